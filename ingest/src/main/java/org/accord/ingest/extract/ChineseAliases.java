package org.accord.ingest.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The other names a Chinese article gives its organisations: the short forms it defines ("（以下简称“壳牌”）") and
 * the organisations its pronouns stand for ("我校", "集团").
 */
final class ChineseAliases {
    private static final Pattern SHORT_FORM = Pattern.compile("[（(](?:以下)?(?:简称|簡稱)[“「\"]?([^”」\"）)]{1,12})");
    private static final int MAX_NAME = 31;
    /** "荷兰皇家壳牌有限公司(壳牌)": a short form in brackets right after the name, without "简称". */
    /** How a name ends, as far as telling a joiner between names from one inside a name goes. */
    private static final Pattern EARLIER_NAME_END = Pattern.compile("(?:公司|集团|集團|大学|大學|学院|學院|银行|銀行|"
            + "研究院|研究所|中心|协会|協會|政府|委员会|委員會|局|厅|廳|部|院|所|校|社|会|會)$");
    private static final Pattern LEADING_DATE = Pattern.compile("^[)）]*(?:\\d{2,4}年)?(?:\\d{1,2}月)?(?:\\d{1,2}日)?");
    private static final Pattern NAME_BREAK = Pattern.compile("[)）与與和及、，,]");
    private static final Pattern BRACKETED_SHORT_FORM = Pattern.compile("[（(]([\\p{IsHan}]{2,6})[）)]");
    /** First-person and anaphoric names only: "学校合作项目签约" under a photo names no one in particular. */
    private static final List<String> SCHOOL_PRONOUNS = List.of("我校", "本校", "我院", "本院");
    private static final List<String> COMPANY_PRONOUNS = List.of("本公司", "该公司", "該公司", "上市公司", "集团", "集團", "公司");
    /**
     * A pronoun standing as a party ("我校与…", "，集团与…"): only then is it worth finding what it refers to. Not the end
     * of a name ("中国电信集团与…").
     */
    private static final Pattern PRONOUN_IN_TEXT = Pattern.compile("(?:我校|本校|我院|本院|本公司|该公司|該公司|上市公司|"
            + "(?<!\\p{IsHan})(?:集团|集團|公司))[与與和同跟]");
    /** What every match of {@link #PRONOUN_IN_TEXT} starts with: the pattern is tried only there. */
    private static final Literals PRONOUNS = Literals.substrings("我校", "本校", "我院", "本院", "本公司", "该公司", "該公司",
            "上市公司", "集团", "集團", "公司");
    private static final Pattern SCHOOL = Pattern.compile("(?:大学|大學|学院|學院|学校|學校)$");
    private static final Pattern UNIVERSITY = Pattern.compile("(?:大学|大學)$");
    private static final Pattern COMPANY = Pattern.compile("(?:集团|集團|公司)$");
    /** Where a school's or a company's name may end: only the sentences holding one are worth segmenting. */
    private static final Pattern KIND_WORD = Pattern.compile("大学|大學|学院|學院|学校|學校|集团|集團|公司");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[。！？；!?;\\n])");

    private final ChineseTagger tagger;
    private final ChineseOrganisationNames organisations;

    ChineseAliases(ChineseTagger tagger, ChineseOrganisationNames organisations) {
        this.tagger = tagger;
        this.organisations = organisations;
    }

    /** Short forms and pronouns, each mapped to the full name it stands for. */
    Map<String, String> definedIn(String text) {
        Map<String, String> aliases = new LinkedHashMap<>();
        // Find "（简称…" first and the name before it second: a name pattern tried at every offset of the text
        // costs more than all the rest of the extraction.
        Matcher m = SHORT_FORM.matcher(text);
        while (m.find()) {
            String name = organisations.atEndOf(text.substring(Math.max(0, m.start() - MAX_NAME), m.start()));
            if (name != null) {
                aliases.putIfAbsent(m.group(1), lastName(name));
            }
        }
        Matcher bracketed = BRACKETED_SHORT_FORM.matcher(text);
        while (bracketed.find()) {
            String name = organisations.atEndOf(text.substring(Math.max(0, bracketed.start() - MAX_NAME),
                    bracketed.start()));
            // The name pattern reaches back over earlier names: "A(甲)与B(乙)" gives B only after the last break.
            String last = name == null ? null : NAME_BREAK.splitAsStream(name).reduce((a, b) -> b).orElse(name);
            if (last != null && isAbbreviation(bracketed.group(1), last)) {
                aliases.putIfAbsent(bracketed.group(1), last);
            }
        }
        if (PRONOUNS.findStarting(PRONOUN_IN_TEXT.matcher(text), text, 0)) {
            addPronounReferents(text, aliases);
        }
        return aliases;
    }

    /**
     * The last name of what the name pattern took before a bracket, which may reach back over a date and an earlier
     * name: "2019年7月16日无锡上机数控股份有限公司", ")与保利协鑫(苏州)新能源有限公司". A bracket the name opens and closes
     * ("(苏州)") stays.
     */
    static String lastName(String taken) {
        int depth = 0;
        int from = 0;
        for (int i = taken.length() - 1; i >= 0 && from == 0; i--) {
            char c = taken.charAt(i);
            if (c == ')' || c == '）') {
                depth++;
            } else if (c == '(' || c == '（') {
                depth--;
            }
            boolean joiner = "与與和及".indexOf(c) >= 0 && endsAnEarlierName(taken.substring(0, i));
            if (depth < 0 || (depth == 0 && ("、，,".indexOf(c) >= 0 || joiner)) || (depth > 0 && i == 0)) {
                from = i + 1;
            }
        }
        return LEADING_DATE.matcher(taken.substring(from)).replaceFirst("");
    }

    /**
     * Whether a joiner after this text ends an earlier name ("…有限公司与…", "…)与…"), rather than standing inside
     * one ("长江和记实业有限公司", "北京和利时").
     */
    private static boolean endsAnEarlierName(String before) {
        return before.endsWith(")") || before.endsWith("）") || EARLIER_NAME_END.matcher(before).find();
    }

    /** "中石油" for "中国石油天然气集团公司": every character of the short form, in order, in the name. */
    static boolean isAbbreviation(String shortForm, String name) {
        if (shortForm.length() >= name.length()) {
            return false;
        }
        int at = 0;
        for (int i = 0; i < shortForm.length() && at >= 0; i++) {
            at = name.indexOf(shortForm.charAt(i), at);
            at = at < 0 ? -1 : at + 1;
        }
        return at >= 0;
    }

    /**
     * "我校" in a university's news is that university, "集团" in a group's news that group: the organisation of the
     * matching kind the article names most often (first named on a tie).
     */
    private void addPronounReferents(String text, Map<String, String> aliases) {
        Map<String, Integer> schools = new LinkedHashMap<>();
        Map<String, Integer> companies = new LinkedHashMap<>();
        for (ChineseTagger.Word word : wordsOfKindSentences(text)) {
            String name = word.kind() == ChineseTagger.Kind.ORGANISATION ? withoutLeadingVerb(word.text()) : null;
            if (name != null && name.length() >= 4) {
                // Counted where written, not only where the tagger cut it out.
                Map<String, Integer> kind = SCHOOL.matcher(name).find() ? schools
                        : COMPANY.matcher(name).find() ? companies : null;
                if (kind != null) {
                    kind.computeIfAbsent(name, n -> occurrences(text, n));
                }
            }
        }
        // A university's news names its schools (学院) too: the university comes first.
        Map<String, Integer> universities = new LinkedHashMap<>(schools);
        universities.keySet().removeIf(name -> !UNIVERSITY.matcher(name).find());
        (universities.isEmpty() ? mostNamed(schools) : mostNamed(universities))
                .ifPresent(school -> SCHOOL_PRONOUNS.forEach(p -> aliases.putIfAbsent(p, school)));
        mostNamed(companies).ifPresent(company -> COMPANY_PRONOUNS.forEach(p -> aliases.putIfAbsent(p, company)));
    }

    /**
     * The words of the sentences that hold a school's or a company's kind word, in order. Segmenting the whole text
     * of a long article costs more than the rest of its extraction; the other sentences cannot name either kind.
     */
    private List<ChineseTagger.Word> wordsOfKindSentences(String text) {
        List<ChineseTagger.Word> words = new ArrayList<>();
        for (String sentence : SENTENCE_END.split(text)) {
            if (KIND_WORD.matcher(sentence).find()) {
                words.addAll(tagger.words(sentence));
            }
        }
        return words;
    }

    /** "促进武汉科技大学" as the tagger sometimes glues it: the name after the last verb. */
    private String withoutLeadingVerb(String word) {
        List<ChineseTagger.Word> parts = tagger.words(word);
        int from = 0;
        for (ChineseTagger.Word part : parts) {
            if (part.kind() == ChineseTagger.Kind.VERB || part.kind() == ChineseTagger.Kind.ADVERB) {
                from = part.end();
            }
        }
        return word.substring(from);
    }

    private static int occurrences(String text, String name) {
        int count = 0;
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length())) {
            count++;
        }
        return count;
    }

    private static Optional<String> mostNamed(Map<String, Integer> counts) {
        return counts.entrySet().stream().max(Comparator.comparingInt(Map.Entry::getValue))
                .map(Map.Entry::getKey);
    }
}
