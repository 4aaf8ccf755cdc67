package org.accord.ingest.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.accord.core.merge.OrganisationNames;
import org.accord.core.model.Organisation;
import org.accord.core.model.Person;
import org.accord.core.model.SigningDate;
import org.jspecify.annotations.Nullable;

/**
 * Chinese, simplified and traditional: the parties are read from the clause before the signing verb
 * ("A与B在京签署…"), split at conjunctions and cleared of time and place adverbials; people are a title followed by a
 * name ("董事长柯瑞文"); dates follow the 年/月/日 grammar. Word lists are in {@code zh/*.txt}.
 */
final class ChineseRules implements LanguageRules {
    private static final String HAN = "\\p{IsHan}";
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[，,；;：:。！？!?（）()“”\"]");
    private static final Pattern CONJUNCTION = Pattern.compile("(?<!共)和|与|與|同|跟|及|以及|、|和");
    private static final Pattern LEADING_ADVERBIAL = Pattern.compile("^(?:(?:(?:19|20)\\d{2}年)?(?:\\d{1,2}月)?"
            + "(?:\\d{1,2}日)?(?:上午|下午|晚上|晚间|当天|當天|期间|期間)?|近日|日前|今天|今日|昨天|昨日|目前|当天|當天|"
            + "本报讯|本報訊|据悉|據悉|日後|随后|隨後|同时|同時|此外|另外|会上|會上|会议期间|活動中|活动中|其中|其後|其后)+");
    private static final Pattern TRAILING_ADVERBIAL = Pattern.compile("(?:(?:19|20)\\d{2}年|在|于|於|通过|通過|以|正式|共同|双方|雙方|"
            + "战略|戰略|合作|协议|協議|签约|簽約|框架|全面|深化|"
            + "分别|分別|举行|舉行|今天|今日|日前|近日|将|將|就|还|還|也|又|再次|成功|顺利|順利|隆重|共|現場|现场).*$");
    private static final Pattern PRONOUN = Pattern.compile("^(?:我校|本校|我院|我市|本市|我省|本省|我区|本公司|公司|"
            + "双方|雙方|集团|集團|学校|學校)$");
    private static final Pattern FULL_DATE = Pattern.compile("((?:19|20)\\d{2})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日号號]");
    private static final Pattern MONTH_DAY = Pattern.compile("(?<![\\d年])(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日号號]");
    private static final Pattern DAY_ONLY = Pattern.compile("(?<![\\d月])(\\d{1,2})\\s*[日号號](?:上午|下午|晚|当天|，|,)");
    private static final Pattern YEAR_MONTH = Pattern.compile("((?:19|20)\\d{2})\\s*年\\s*(\\d{1,2})\\s*月(?!\\s*\\d)");
    private static final Pattern ISO = Pattern.compile("((?:19|20)\\d{2})-(\\d{2})-(\\d{2})");
    private static final Pattern RELATIVE = Pattern.compile("(今天|今日|昨天|昨日|前天|前日)");
    private static final Pattern REMOTE = Pattern.compile("视频会议|視頻會議|视频连线|視頻連線|线上|線上|云签约|雲簽約");
    private static final Pattern KIND = Pattern.compile("(?:签署|签订|簽署|簽訂|缔结|締結|签定)了?[《“]?(["
            + HAN + "A-Za-z]{0,16}?(?:协议书|協議書|协议|協議|备忘录|備忘錄|合同|协定|協定|意向书|意向書|MOU|MoU))");
    private static final Pattern PRINCIPLES = Pattern.compile("(?:本着|本著|基于|基於|按照|遵循|秉承|坚持|堅持|秉持)[“\"‘]?"
            + "([^。；;]{2,80}?)[”\"’]?的?(?:合作)?原则");
    private static final Pattern FIELDS = Pattern.compile("(?:在|就|围绕|圍繞|聚焦)([^。；;在，,]{2,80}?)等?(?:多个|多個|重点|重點)?"
            + "(?:领域|領域|方面)");
    private static final Pattern DEVOTED = Pattern.compile("致力于|致力於");
    private static final Pattern ENUMERATED = Pattern.compile("(?:^|[。；;！\\s])[一二三四五六七八九十]是([^。；;，,]{2,30})");
    private static final Pattern ITEM_SPLIT = Pattern.compile("[、，,和及与與]|以及");
    private static final Pattern SEPARATELY = Pattern.compile("分别|分別|逐一|各自|先后|先後");
    private static final Pattern ATTENDANCE = Pattern.compile("出席|见证|見證|参加|參加|陪同|会见|會見|主持|致辞|致詞");
    private static final Pattern SIGNATORY = Pattern.compile("代表.{0,20}签|代表.{0,20}簽|签署了?|簽署了?");

    private final Lexicon suffixes = Lexicon.load("zh/organisation-suffixes.txt");
    private final Pattern organisation;
    private final Pattern verbOrCeremony;
    private final Pattern aliasDefinition;
    private final Pattern titledPerson;
    private final Pattern locationPattern;
    private final Pattern titlePattern;

    /** @param cues the Chinese signing cues, whose verbs mark where the parties' clause ends */
    ChineseRules(SigningCues cues) {
        Lexicon titles = Lexicon.load("zh/titles.txt");
        String title = titles.alternation();
        titlePattern = Pattern.compile("(?:" + title + ")");
        organisation = Pattern.compile("[" + HAN + "A-Za-z0-9（）()]{1,30}?(?:" + suffixes.alternation() + ")");
        aliasDefinition = Pattern.compile("(" + organisation.pattern() + ")[（(](?:以下)?(?:简称|簡稱)[“\"]?"
                + "([^”\"）)]{1,12})");
        verbOrCeremony = Pattern.compile("(?:" + cues.verbs().pattern() + "|举行|舉行)");
        titledPerson = Pattern.compile("((?:" + title + ")(?:、(?:" + title + "))*)([" + HAN + "]{2,3}?)"
                + "(?=[、，,。；;及和与與等出席在共同代表分别分別表示说說指出介绍介紹致辞致詞讲话講話主持签簽见见證证一行率（(\\s]|$)");
        locationPattern = Pattern.compile("(?:在|于|於)([" + HAN + "A-Za-z0-9·]{1,24}?)(?:隆重|正式|共同|成功)?(?:"
                + Lexicon.load("zh/location-verbs.txt").alternation() + ")");
    }

    @Override
    public Map<String, String> definedAliases(String text) {
        Map<String, String> aliases = new LinkedHashMap<>();
        Matcher m = aliasDefinition.matcher(text);
        while (m.find()) {
            aliases.putIfAbsent(m.group(2), m.group(1));
        }
        return aliases;
    }

    @Override
    public List<Organisation> parties(String sentence, Map<String, String> aliases) {
        Matcher verb = verbOrCeremony.matcher(sentence);
        if (!verb.find()) {
            return List.of();
        }
        String[] clauses = CLAUSE_BREAK.split(sentence.substring(0, verb.start()));
        List<String> best = List.of();
        for (int i = clauses.length - 1; i >= Math.max(0, clauses.length - 2) && best.size() < 2; i--) {
            if (ATTENDANCE.matcher(clauses[i]).find()) {
                continue;
            }
            List<String> found = partiesIn(clauses[i], aliases);
            if (found.size() > best.size()) {
                best = found;
            }
        }
        List<Organisation> result = new ArrayList<>();
        for (String name : best) {
            String full = aliases.getOrDefault(name, name);
            Organisation org = new Organisation(full, full.equals(name) ? List.of() : List.of(name));
            if (result.stream().noneMatch(o -> OrganisationNames.sameOrganisation(o, org))) {
                result.add(org);
            }
        }
        return result;
    }

    /** The parties a clause names; none unless at least one of them ends like an organisation name. */
    private List<String> partiesIn(String clause, Map<String, String> aliases) {
        String core = LEADING_ADVERBIAL.matcher(clause.strip()).replaceFirst("");
        List<String> parties = new ArrayList<>();
        for (String item : CONJUNCTION.split(core)) {
            String name = cleanParty(item);
            if (name != null) {
                parties.add(name);
            }
        }
        boolean named = parties.stream().anyMatch(p -> aliases.containsKey(p) || endsLikeOrganisation(p));
        return named ? parties : List.of();
    }

    private boolean endsLikeOrganisation(String name) {
        return suffixes.entries().stream().anyMatch(suffix -> name.endsWith(suffix) && name.length() > suffix.length());
    }

    private @Nullable String cleanParty(String item) {
        String name = LEADING_ADVERBIAL.matcher(item.strip()).replaceFirst("");
        Matcher title = titlePattern.matcher(name);
        if (title.find() && title.start() > 1) {
            name = name.substring(0, title.start());
        }
        name = TRAILING_ADVERBIAL.matcher(name).replaceFirst("").replaceAll("等$", "").strip();
        if (name.length() < 2 || name.length() > 40 || PRONOUN.matcher(name).matches()
                || !name.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                        || Character.isUpperCase(c))
                || name.matches(".*(?:\\d{1,2}[月日]|[的了是这這对對]).*") || name.matches("\\d.*")) {
            return null;
        }
        return name;
    }

    @Override
    public boolean signsSeparately(String sentence) {
        return SEPARATELY.matcher(sentence).find();
    }

    @Override
    public Optional<SigningDate> date(String sentence, @Nullable LocalDate published) {
        Matcher m = FULL_DATE.matcher(sentence);
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

    @Override
    public Optional<String> location(String sentence) {
        Matcher remote = REMOTE.matcher(sentence);
        if (remote.find()) {
            return Optional.of(remote.group());
        }
        Matcher m = locationPattern.matcher(sentence);
        while (m.find()) {
            String place = m.group(1);
            if (!place.matches(".*(?:\\d|月|日|期间|期間|基础|基礎|方面|合作|领域|領域).*")) {
                return Optional.of(place);
            }
        }
        return Optional.empty();
    }

    @Override
    public Optional<String> kind(String sentence) {
        Matcher m = KIND.matcher(sentence);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    @Override
    public List<Person> people(String sentence, Map<String, String> aliases) {
        List<Person> people = new ArrayList<>();
        Matcher m = titledPerson.matcher(sentence);
        String lastOrg = null;
        while (m.find()) {
            String org = organisationBefore(sentence, m.start());
            if (org != null) {
                lastOrg = aliases.getOrDefault(org, org);
            }
            people.add(new Person(m.group(2), m.group(1), org != null ? lastOrg : lastOrg));
        }
        return people;
    }

    /** The organisation written just before a title, within the same list item ("中国电信董事长"). */
    private @Nullable String organisationBefore(String sentence, int titleStart) {
        int from = titleStart;
        while (from > 0 && !"、，,。；;与與和及：:（(）)“”".contains(sentence.substring(from - 1, from))) {
            from--;
        }
        String prefix = LEADING_ADVERBIAL.matcher(sentence.substring(from, titleStart)).replaceFirst("");
        Matcher org = organisation.matcher(prefix);
        String found = null;
        while (org.find()) {
            found = prefix.substring(org.start(), org.end());
        }
        if (found == null && prefix.length() >= 2 && prefix.length() <= 12 && !prefix.matches(".*[出席在].*")) {
            return prefix;
        }
        return found;
    }

    @Override
    public boolean namesSignatory(String sentence, String personName) {
        int at = sentence.indexOf(personName);
        if (at < 0) {
            return false;
        }
        Matcher m = SIGNATORY.matcher(sentence.substring(at));
        return m.find() && sentence.contains("代表");
    }

    @Override
    public List<String> fields(String sentence) {
        List<String> items = new ArrayList<>();
        Matcher m = FIELDS.matcher(sentence);
        while (m.find()) {
            items.addAll(split(m.group(1)));
        }
        Matcher devoted = DEVOTED.matcher(sentence);
        if (devoted.find()) {
            String rest = sentence.substring(devoted.end());
            Matcher end = CLAUSE_BREAK.matcher(rest);
            items.addAll(split(end.find() ? rest.substring(0, end.start()) : rest));
        }
        return items;
    }

    @Override
    public List<String> principles(String sentence) {
        List<String> items = new ArrayList<>();
        Matcher m = PRINCIPLES.matcher(sentence);
        while (m.find()) {
            items.addAll(split(m.group(1)));
        }
        return items;
    }

    @Override
    public List<String> commitments(String sentence) {
        List<String> items = new ArrayList<>();
        Matcher m = ENUMERATED.matcher(sentence);
        while (m.find()) {
            items.add(m.group(1).strip());
        }
        return items;
    }

    private static List<String> split(String list) {
        List<String> items = new ArrayList<>();
        for (String item : ITEM_SPLIT.split(list)) {
            String phrase = item.replaceAll("^[“\"‘《]|[”\"’》]$", "").replaceAll("^(?:双方|雙方|在|推进|推進)", "")
                    .strip();
            if (phrase.length() >= 2 && phrase.length() <= 20) {
                items.add(phrase);
            }
        }
        return items;
    }
}
