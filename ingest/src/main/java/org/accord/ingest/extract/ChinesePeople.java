package org.accord.ingest.extract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.accord.core.model.Person;
import org.jspecify.annotations.Nullable;

/**
 * The people a Chinese sentence names: a title followed by a name ("董事长柯瑞文"), checked against HanLP's tagger,
 * with the organisation written before the title; at a ceremony, names listed beside them too. Who signed is who
 * "代表…签署".
 */
final class ChinesePeople {
    private static final String HAN = "\\p{IsHan}";
    /** Verbs of taking part in a ceremony: the people they name attended it, and the clause names no parties. */
    static final Literals ATTENDANCE = Literals.substrings("出席", "见证", "見證", "参加", "參加", "陪同", "会见", "會見", "主持",
            "致辞", "致詞");
    private static final Pattern SIGNATORY = Pattern.compile("代表.{0,20}签|代表.{0,20}簽|签署了?|簽署了?|签订了?|簽訂了?");
    /** What stands between a person and a signing verb when the person is not the one signing. */
    private static final Pattern NOT_SIGNING_SUBJECT = Pattern.compile("[，,。；;：:]|出席|见证|見證|参加|參加|陪同|会见|會見|"
            + "主持|致辞|致詞|表示|说|說|介绍|介紹|指出|讲话|講話|希望|认为|認為|認爲|的");
    /** "经开区", "市政府": a body or an area, not a person, however the tagger reads it. */
    private static final Pattern ADMINISTRATIVE_END = Pattern.compile("[区區市省县縣镇鎮村州局处處委办辦院所部]$");
    /**
     * "据…院长唐忠义介绍": the person is the article's source for what follows, not said to be at the ceremony. The 据
     * opens a clause ("大数据", "根据" are other words), and 称 is the verb, not part of "简称".
     */
    private static final Pattern QUOTED_SOURCE = Pattern.compile("(?:^|(?<=[，,。；;：:\\s]))[据據]([^，,。；;：:]{2,40}?)"
            + "(?:介绍|介紹|表示|透露|(?<![简簡名号號职職声聲])[称稱])");
    /** A foreign name as Chinese text writes it: two to four capitalised words, the last not followed by a letter. */
    private static final String LATIN_NAME = "(\\p{Lu}[\\p{IsLatin}'’-]+(?: \\p{Lu}[\\p{IsLatin}'’.-]*){1,3})"
            + "(?![\\p{IsLatin}])";
    /** The longest body without a suffix taken as a person's ("统战部"), and a verb before it ("离不开"). */
    private static final int MAX_BODY_BEFORE_TITLE = 12;
    private static final int MAX_LEADING_VERB = 3;
    private static final Pattern NAME_JOINER = Pattern.compile("[和与與及、等]");
    private static final Pattern FUNCTION_WORD = Pattern.compile("[的了在和与與及等将將也亦]");

    private final ChineseTagger tagger;
    private final ChineseTitles titles;
    private final ChineseOrganisationNames organisations;
    private final Pattern titledPerson;

    /**
     * @param tagger the tagger that confirms a name and finds untitled ones at a ceremony
     * @param titles the titles a name follows
     * @param organisations the organisation suffixes that mark the organisation written before a title
     */
    ChinesePeople(ChineseTagger tagger, ChineseTitles titles, ChineseOrganisationNames organisations) {
        this.tagger = tagger;
        this.titles = titles;
        this.organisations = organisations;
        String title = titles.alternation();
        // A name ends where a joiner, a verb of the ceremony, a time ("今日", "以及") or another title ("医生") follows.
        // A name in Latin letters ("校长Luís Ferreira分别代表") ends where its letters do.
        titledPerson = Pattern.compile("((?:" + title + ")(?:[、兼](?:" + title + "))*)(?:([" + HAN + "]{2,3}?)"
                + "(?=[、，,。；;及和与與等出席在共同代表分别分別表示说說指出介绍介紹致辞致詞讲话講話主持签簽见見證证一行率（(\\s]"
                + "|以及|今日|今天|昨日|昨天|日前|近日|会见|會見|接见|接見|会谈|會談|的见证|的見證|的陪同|(?:" + title + ")|$)|"
                + LATIN_NAME + ")");
    }

    /** People the sentence names with a title, or lists at a ceremony, organisations resolved through aliases. */
    List<Person> in(String sentence, Map<String, String> aliases) {
        boolean ceremony = ATTENDANCE.foundIn(sentence) || SIGNATORY.matcher(sentence).find();
        Literals titleWords = titles.literals();
        Matcher m = titledPerson.matcher(sentence);
        boolean titled = titleWords.findStarting(m, sentence, 0);
        if (!ceremony && !titled) {
            return List.of(); // most sentences name no one: spare them the tagger
        }
        List<ChineseTagger.Word> words = tagger.words(sentence);
        Map<String, Person> people = new LinkedHashMap<>();
        String lastOrg = null;
        for (boolean found = titled; found; found = titleWords.findStarting(m, sentence, m.end())) {
            String org = organisationBefore(sentence, m.start());
            if (org != null) {
                lastOrg = aliases.getOrDefault(org, org);
            }
            int group = m.group(2) != null ? 2 : 3;
            String name = group == 3 ? m.group(3) : personAt(words, m.start(2), m.group(2));
            // "协会", "中心": the grammar took the body a title belongs to for a name.
            if (name != null && !organisations.isSuffix(name) && !isOnlyQuoted(sentence, m.start(group))) {
                people.putIfAbsent(name, new Person(name, m.group(1), lastOrg));
            }
        }
        if (ceremony) {
            for (int i = 0; i < words.size(); i++) {
                ChineseTagger.Word word = words.get(i);
                if (word.kind() == ChineseTagger.Kind.PERSON && word.text().length() >= 2 && word.text().length() <= 4
                        && !ADMINISTRATIVE_END.matcher(word.text()).find() && isListed(words, i)
                        && !isOnlyQuoted(sentence, word.start())) {
                    String org = organisationBefore(sentence, word.start());
                    people.putIfAbsent(word.text(), new Person(word.text(), null,
                            org == null ? null : aliases.getOrDefault(org, org)));
                }
            }
        }
        people.keySet().removeIf(name -> people.keySet().stream().anyMatch(o -> o.length() > name.length()
                && o.startsWith(name)));
        return List.copyOf(people.values());
    }

    /**
     * Whether the name at this offset is the source an article cites ("据锦辉控股集团董事长陈宏介绍"), unless the
     * citation says they signed ("据韩方签约代表、…主任委员赵东成介绍").
     */
    private static boolean isOnlyQuoted(String sentence, int nameStart) {
        if (sentence.indexOf('据') < 0 && sentence.indexOf('據') < 0) {
            return false;
        }
        Matcher m = QUOTED_SOURCE.matcher(sentence);
        while (m.find()) {
            if (m.start(1) <= nameStart && nameStart < m.end(1)) {
                return !SIGNATORY.matcher(m.group(1)).find() && !m.group(1).contains("签约") && !m.group(1).contains("簽約");
            }
        }
        return false;
    }

    /**
     * The name the title grammar found, as the tagger reads it: its person word where it has one there (the grammar
     * may stop a character short), nothing where a verb, a time or a function word stands ("表示", "今日", "的见").
     */
    private static @Nullable String personAt(List<ChineseTagger.Word> words, int start, String name) {
        for (ChineseTagger.Word word : words) {
            if (word.start() <= start && start < word.end()) {
                if (word.kind() == ChineseTagger.Kind.PERSON) {
                    return word.start() == start ? longerName(name, word.text()) : null;
                }
                if (word.kind() == ChineseTagger.Kind.ORGANISATION && word.start() == start
                        && isNameOrNamesJoined(word.text(), name) && !ADMINISTRATIVE_END.matcher(name).find()) {
                    // "陈亮" tagged as an organisation, or "宋永华及里斯本大学" taken for one: a title's two or
                    // three characters are a name.
                    return name;
                }
                boolean content = word.kind() == ChineseTagger.Kind.OTHER && !FUNCTION_WORD.matcher(word.text()).lookingAt();
                return content && word.start() == start ? name : null;
            }
        }
        return null;
    }

    private static boolean isNameOrNamesJoined(String word, String name) {
        return word.equals(name) || (word.startsWith(name) && NAME_JOINER.matcher(word.substring(name.length(),
                name.length() + 1)).matches());
    }

    /**
     * Of the grammar's name and the tagger's, both starting at one place: the grammar's when longer (its end was checked
     * against what follows, "丁焰章出席"), the tagger's when longer unless what it adds joins names ("傅赛和").
     */
    private static String longerName(String grammar, String tagged) {
        if (grammar.length() >= tagged.length()) {
            return grammar;
        }
        return NAME_JOINER.matcher(tagged.substring(grammar.length())).find() ? grammar : tagged;
    }

    /**
     * People listed without a title of their own ("副总董少虎、赵秀璞", "岳祖润教授") at a ceremony are attendees
     * too; a name standing alone in the sentence is more often someone spoken of.
     */
    private boolean isListed(List<ChineseTagger.Word> words, int i) {
        if (i > 0 && (words.get(i - 1).kind() == ChineseTagger.Kind.ORGANISATION
                || organisations.endsLikeOrganisation(words.get(i - 1).text()))) {
            return false; // "美国在台协会高雄分处长": a branch of the body before, which the tagger took for a name
        }
        boolean before = i > 0 && (words.get(i - 1).text().equals("、")
                || titles.isTitle(words.get(i - 1).text()));
        boolean after = i + 1 < words.size() && (words.get(i + 1).text().equals("、")
                || titles.isTitle(words.get(i + 1).text()));
        return before || after;
    }

    /** The organisation written just before a title, within the same list item ("中国电信董事长"). */
    private @Nullable String organisationBefore(String sentence, int titleStart) {
        int from = titleStart;
        while (from > 0 && !"、，,。；;与與和及：:（(）)“”「」".contains(sentence.substring(from - 1, from))) {
            from--;
        }
        String prefix = ChineseClauses.withoutLeadingAdverbial(sentence.substring(from, titleStart));
        // "省长黄强会见中国安能集团董事长": the organisation starts after the verb of the one who receives.
        List<Literals.Match> verbs = ATTENDANCE.all(prefix);
        if (!verbs.isEmpty()) {
            prefix = prefix.substring(verbs.get(verbs.size() - 1).end());
        }
        String found = organisations.lastIn(prefix);
        if (found == null && prefix.length() >= 2 && prefix.length() <= MAX_BODY_BEFORE_TITLE + MAX_LEADING_VERB) {
            // "离不开奥勒冈州众议员…": a verb the sentence goes on with is not part of the body a title is of.
            List<ChineseTagger.Word> words = tagger.words(prefix);
            String body = words.get(0).kind() == ChineseTagger.Kind.VERB ? prefix.substring(words.get(0).end())
                    : prefix;
            return body.length() >= 2 && body.length() <= MAX_BODY_BEFORE_TITLE && !body.matches(".*[出席在].*") ? body
                    : null;
        }
        return found;
    }

    /**
     * Whether the sentence says the person signed rather than attended: "代表…签署", or the person is the subject of
     * the signing verb ("康乐与…副校长吴平分别签署了…协议"), with no verb of attending or speaking in between.
     */
    boolean namesSignatory(String sentence, String personName) {
        int at = sentence.indexOf(personName);
        if (at < 0) {
            return false;
        }
        String after = sentence.substring(at + personName.length());
        Matcher m = SIGNATORY.matcher(after);
        if (!m.find()) {
            return false;
        }
        String between = after.substring(0, m.start());
        return sentence.contains("代表") || !NOT_SIGNING_SUBJECT.matcher(between).find();
    }
}
