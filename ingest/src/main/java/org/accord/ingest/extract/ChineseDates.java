package org.accord.ingest.extract;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.accord.core.model.SigningDate;
import org.jspecify.annotations.Nullable;

/**
 * The date a Chinese sentence gives for an event, by the 年/月/日 grammar in Arabic or Chinese numerals, or relative
 * to publication ("昨日"); and the value of Chinese numerals up to 99.
 */
final class ChineseDates {
    private static final Pattern PLAN = Pattern.compile("(?:将|將|拟|擬|即将|即將|计划|計劃|准备|準備|明日|明天)[^，。；,;！？]{0,20}?"
            + "(?:签署|签订|簽署|簽訂|签约|簽約)");
    /**
     * "A与B签署…协定后，双方…未来将…": what is to follow a signing the sentence only supposes, the signing in its first
     * clause and nothing done (了) before the future (将).
     */
    private static final Pattern AFTER_SIGNING_THEN = Pattern.compile("^[^，。；,;了]*?(?:签署|签订|簽署|簽訂|签约|簽約)"
            + "[^，。；,;了]{0,40}?[后後][，,][^。；;了]*?(?:将|將)");
    private static final Pattern FULL_DATE = Pattern.compile("((?:19|20)\\d{2})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日号號]");
    private static final Pattern PUBLICATION_LABEL = Pattern.compile("(?:(?:发布|發布|發佈|更新|来源|來源)(?:时间|時間|日期)?"
            + "\\s*[:：]|^\\s*date\\s)\\s*[\\d年月日/.:\\s-]+");
    private static final Pattern DATELINE_THEN_DAY = Pattern.compile("((?:19|20)\\d{2})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})"
            + "\\s*[日号號](?:\\s*\\d{1,2}:\\d{2}(?::\\d{2})?)?\\s{0,3}(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日号號]");
    /** A date whose clause tells of the reporter ("6月13日，记者从…获悉", "13日，董秘告诉记者"): when it was reported. */
    private static final Pattern REPORTED_ON = Pattern.compile("(?:(?:19|20)\\d{2}\\s*年\\s*)?(?:\\d{1,2}\\s*月\\s*)?"
            + "\\d{1,2}\\s*[日号號]\\s*[，,]?\\s*(?=[^，,。；;]{0,25}?(?:记者|記者))");
    /** A news dispatch's dateline: "5月30日電", "2月27日讯". */
    private static final Pattern DISPATCH = Pattern.compile("(?<![\\d年])(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日\\s*(?:电|電|讯|訊)");
    /** The lines of a page that tell who put it up and when, not what happened. */
    private static final Pattern PAGE_DETAILS = Pattern.compile("(?:来源|來源|编辑|編輯|作者|浏览|瀏覽|点击|點擊)\\s*[:：]"
            + "|责任编辑|責任編輯");
    private static final Pattern MONTH_DAY = Pattern.compile("(?<![\\d年])(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日号號]");
    private static final Pattern DAY_ONLY = Pattern.compile("(?<![\\d月])(\\d{1,2})\\s*[日号號](?:上午|下午|晚|当天|當天|，|,|"
            + "举行|舉行|签|簽|在|于|於|召开|召開)");
    /** Months and days in Chinese numerals, as official releases write them: "一月二十四日". */
    private static final Pattern NUMERAL_MONTH_DAY =
            Pattern.compile("(?<![一二三四五六七八九十〇零])([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})[日号號]");
    private static final String DIGITS = "〇一二三四五六七八九";
    private static final Pattern YEAR_MONTH = Pattern.compile("((?:19|20)\\d{2})\\s*年\\s*(\\d{1,2})\\s*月(?!\\s*\\d)");
    private static final Pattern ISO = Pattern.compile("((?:19|20)\\d{2})-(\\d{2})-(\\d{2})");
    private static final Pattern RELATIVE = Pattern.compile("(今天|今日|昨天|昨日|前天|前日)");
    /** What every date above holds: most sentences hold none, and are spared the patterns. */
    private static final Literals DATE_MARKS = Literals.substrings("月", "日", "号", "號", "今天", "昨天", "前天", "-");

    private ChineseDates() {
    }

    /** The date the sentence gives for an event, resolved against the publication date. */
    static Optional<SigningDate> in(String written, @Nullable LocalDate published) {
        if (!DATE_MARKS.foundIn(written) || PAGE_DETAILS.matcher(written).find()) {
            return Optional.empty(); // "2026年1月15日 来源:华禹教育网": when the page was put up
        }
        Matcher dateline = DISPATCH.matcher(written);
        if (dateline.find()) {
            // "香港新聞網5月30日電", "本报杭州2月27日讯 …27日上午": the dispatch's day, against which "今天" and "27日"
            // are read; it is not itself the day of the event.
            LocalDate day = EventDates.day(null, Integer.parseInt(dateline.group(1)), Integer.parseInt(dateline.group(2)),
                    published).map(SigningDate::date).orElse(null);
            return eventDate(written.substring(0, dateline.start()) + written.substring(dateline.end()),
                    day != null ? day : published);
        }
        return eventDate(written, published);
    }

    private static Optional<SigningDate> eventDate(String written, @Nullable LocalDate published) {
        // "发布时间：2020-11-10" dates the page, not the event.
        String sentence = PUBLICATION_LABEL.matcher(written).replaceAll("");
        // "6月13日，记者从…获悉，双方已签署": the day the reporter learned of it, not the day of the signing.
        sentence = REPORTED_ON.matcher(sentence).replaceAll("");
        Matcher m = DATELINE_THEN_DAY.matcher(sentence);
        if (m.find()) {
            // "2020年11月10日 11月9日，…签约仪式在京举行": the page's date, then the event's, read against it.
            LocalDate dateline = EventDates.day(Integer.valueOf(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)), null).map(SigningDate::date).orElse(published);
            return EventDates.day(null, Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)), dateline);
        }
        m = FULL_DATE.matcher(sentence);
        if (m.find()) {
            return EventDates.day(Integer.valueOf(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)), published);
        }
        m = ISO.matcher(sentence);
        if (m.find()) {
            return EventDates.day(Integer.valueOf(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)), published);
        }
        m = MONTH_DAY.matcher(sentence);
        if (m.find()) {
            return EventDates.day(null, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), published);
        }
        m = NUMERAL_MONTH_DAY.matcher(sentence);
        if (m.find()) {
            return EventDates.day(null, numeral(m.group(1)), numeral(m.group(2)), published);
        }
        m = YEAR_MONTH.matcher(sentence);
        if (m.find()) {
            return EventDates.month(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        }
        m = DAY_ONLY.matcher(sentence);
        if (m.find()) {
            return EventDates.dayOfPublicationMonth(Integer.parseInt(m.group(1)), published);
        }
        m = RELATIVE.matcher(sentence);
        if (m.find()) {
            int days = switch (m.group(1)) {
                case "昨天", "昨日" -> 1;
                case "前天", "前日" -> 2;
                default -> 0;
            };
            return EventDates.daysBefore(days, published);
        }
        return Optional.empty();
    }

    /** The value of a Chinese numeral up to 99: "十一" is 11, "二十四" is 24, "三十" is 30. */
    static int numeral(String text) {
        int ten = text.indexOf('十');
        if (ten < 0) {
            return DIGITS.indexOf(text.charAt(0));
        }
        int tens = ten == 0 ? 1 : DIGITS.indexOf(text.charAt(0));
        int units = ten == text.length() - 1 ? 0 : DIGITS.indexOf(text.charAt(ten + 1));
        return tens * 10 + units;
    }

    /**
     * "明(6)日将与宏达电签订", "双方拟于下月签署": a future marker and then the signing verb in one clause; or a clause
     * of what will follow a signing ("签署…协定后，双方…未来将…"): with nothing saying it has happened (已).
     */
    static boolean announcesPlan(String sentence) {
        Matcher plan = PLAN.matcher(sentence);
        if (plan.find()) {
            return !sentence.substring(0, plan.end()).contains("已");
        }
        Matcher after = AFTER_SIGNING_THEN.matcher(sentence);
        return after.find() && !sentence.substring(0, after.end()).contains("已");
    }
}
