package org.accord.ingest.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a Chinese clause is bounded: the punctuation between clauses, and the time, place and manner words that open
 * and close a clause around the names in it ("近日，A与B在京正式签署…"). Parties, the people's organisations and the
 * lists of fields are all read clause by clause.
 */
final class ChineseClauses {
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[，,；;：:。！？!?（）()“”「」\"]");
    // Every alternative matches at least one character: an alternative matching nothing would end the repetition
    // before the others are tried.
    private static final Pattern LEADING_ADVERBIAL = Pattern.compile("^(?:date\\s+\\d{4}-\\d{2}-\\d{2}\\s*|(?:19|20)\\d{2}年|"
            + "\\d{1,2}月|\\d{1,2}日|上午|下午|晚上|晚间|当天|當天|期间|期間|近日|日前|今天|今日|昨天|昨日|目前|当天|當天|"
            + "本报讯|本報訊|据悉|據悉|记者从|記者從|日後|随后|隨後|同时|同時|此外|另外|会上|會上|会议期间|活動中|活动中|其中|其後|其后)+");
    private static final Pattern TRAILING_ADVERBIAL = Pattern.compile("(?:(?:19|20)\\d{2}年|在|于|於|通过|通過|以|正式|共同|双方|雙方|"
            + "战略|戰略|合作|协议|協議|签约|簽約|框架|全面|深化|"
            + "分别|分別|举行|舉行|今天|今日|日前|近日|将|將|就|还|還|也|亦(?![庄莊])|又|另(?=[签簽外])|再次|成功|顺利|順利|隆重|共|現場|现场).*$");

    private ChineseClauses() {
    }

    /** The clauses of a text, split at the punctuation between them. */
    static String[] split(String text) {
        return CLAUSE_BREAK.split(text);
    }

    /** The text up to the punctuation that ends its first clause, or all of it when it is one clause. */
    static String first(String text) {
        Matcher end = CLAUSE_BREAK.matcher(text);
        return end.find() ? text.substring(0, end.start()) : text;
    }

    /** The text without the dates and adverbs it opens with ("8月3日下午", "近日", "据悉"). */
    static String withoutLeadingAdverbial(String text) {
        return LEADING_ADVERBIAL.matcher(text).replaceFirst("");
    }

    /** The text cut at the first word that follows a subject ("在", "正式", "共同", "双方"…) and everything after it. */
    static String withoutTrailingAdverbial(String text) {
        return TRAILING_ADVERBIAL.matcher(text).replaceFirst("");
    }
}
