package org.accord.ingest.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
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
    private static final Pattern LEADING_ADVERBIAL = Pattern.compile("^(?:date\\s+\\d{4}-\\d{2}-\\d{2}\\s*|(?:(?:19|20)\\d{2}年)?(?:\\d{1,2}月)?"
            + "(?:\\d{1,2}日)?(?:上午|下午|晚上|晚间|当天|當天|期间|期間)?|近日|日前|今天|今日|昨天|昨日|目前|当天|當天|"
            + "本报讯|本報訊|据悉|據悉|记者从|記者從|日後|随后|隨後|同时|同時|此外|另外|会上|會上|会议期间|活動中|活动中|其中|其後|其后)+");
    private static final Pattern TRAILING_ADVERBIAL = Pattern.compile("(?:(?:19|20)\\d{2}年|在|于|於|通过|通過|以|正式|共同|双方|雙方|"
            + "战略|戰略|合作|协议|協議|签约|簽約|框架|全面|深化|"
            + "分别|分別|举行|舉行|今天|今日|日前|近日|将|將|就|还|還|也|又|再次|成功|顺利|順利|隆重|共|現場|现场).*$");
    /** First-person and anaphoric names only: "学校合作项目签约" under a photo names no one in particular. */
    private static final Pattern SHORT_FORM = Pattern.compile("[（(](?:以下)?(?:简称|簡稱)[“\"]?([^”\"）)]{1,12})");
    private static final int MAX_NAME = 31;
    private static final List<String> SCHOOL_PRONOUNS = List.of("我校", "本校", "我院", "本院");
    private static final List<String> COMPANY_PRONOUNS = List.of("本公司", "该公司", "該公司", "集团", "集團", "公司");
    /** A pronoun standing as a party ("我校与…"): only then is it worth finding what it refers to. */
    private static final Pattern PRONOUN_IN_TEXT = Pattern.compile("(?:我校|本校|我院|本院|本公司|该公司|該公司|集团|集團|公司)"
            + "(?:[与與和同跟])");
    private static final Pattern SCHOOL = Pattern.compile("(?:大学|大學|学院|學院|学校|學校)$");
    private static final Pattern UNIVERSITY = Pattern.compile("(?:大学|大學)$");
    private static final Pattern COMPANY = Pattern.compile("(?:集团|集團|公司)$");
    private static final Pattern PRONOUN = Pattern.compile("^(?:我校|本校|我院|本院|我市|本市|我省|本省|我区|本公司|公司|该公司|該公司|"
            + "双方|雙方|集团|集團|学校|學校)$");
    private static final Pattern FULL_DATE = Pattern.compile("((?:19|20)\\d{2})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日号號]");
    private static final Pattern PUBLICATION_LABEL = Pattern.compile("(?:(?:发布|發布|發佈|更新|来源|來源)(?:时间|時間|日期)?"
            + "\\s*[:：]|^\\s*date\\s)\\s*[\\d年月日/.:\\s-]+");
    private static final Pattern DATELINE_THEN_DAY = Pattern.compile("((?:19|20)\\d{2})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})"
            + "\\s*[日号號](?:\\s*\\d{1,2}:\\d{2}(?::\\d{2})?)?\\s{0,3}(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*[日号號]");
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
    private static final Pattern REMOTE = Pattern.compile("视频会议|視頻會議|视频连线|視頻連線|线上|線上|云签约|雲簽約");
    private static final Pattern KIND = Pattern.compile("(?:签署|签订|簽署|簽訂|缔结|締結|签定)了?[《“]?(["
            + HAN + "A-Za-z]{0,16}?(?:协议书|協議書|协议|協議|备忘录|備忘錄|合同|协定|協定|意向书|意向書|MOU|MoU))");
    /** Where an enumeration of short items ends: any punctuation but the separators, or a word not in a list. */
    private static final Pattern ENUMERATION_BREAK = Pattern.compile("[。；;：:！？!?“”\"‘’（）()《》\\s]|的|等");
    private static final Pattern ENUMERATION_SEPARATOR = Pattern.compile("[、，,]|和|与|與|及");
    private static final Pattern PRINCIPLES = Pattern.compile("(?:本着|本著|基于|基於|按照|遵循|秉承|坚持|堅持|秉持)[“\"‘]?"
            + "([^。；;]{2,80}?)[”\"’]?的?(?:合作)?(?:原则|原則)");
    private static final Pattern AREA_WORD = Pattern.compile("等?(?:多个|多個|多|重点|重點|相关|相關)?(?:领域|領域|方面)");
    /** "合作,包括开院筹备工作、中医药人才交流、建立科研网络": what the cooperation includes. */
    private static final Pattern INCLUDING = Pattern.compile("(?:包括|包含|涵盖|涵蓋|涉及)[:：]?");
    private static final Pattern LIST_OPENER = Pattern.compile("在|就|围绕|圍繞|聚焦|如|加强|加強|推进|推進|深化|开展|開展|"
            + "涵盖|涵蓋|包括|覆盖|覆蓋|涉及|拓展|加大");
    private static final Pattern FIELDS = Pattern.compile("(?:在|就|围绕|圍繞|聚焦)([^。；;在，,]{2,80}?)等?(?:多个|多個|多|重点|重點)?"
            + "(?:领域|領域|方面)");
    private static final Pattern DEVOTED = Pattern.compile("致力于|致力於");
    private static final Pattern ENUMERATED = Pattern.compile("(?:^|[。；;！\\s])[一二三四五六七八九十]是([^。；;，,]{2,30})");
    private static final Pattern LIST_COMMA = Pattern.compile("[、，,]|以及");
    private static final Pattern ITEM_SPLIT = Pattern.compile("[、，,和及与與]|以及");
    private static final Pattern PARTY_COUNT = Pattern.compile("([两兩双雙三四五六七八九十])方(?:共同|联合|聯合)?"
            + "(?:签|簽|战略|戰略|合作|协议|協議|框架|备忘|備忘)");
    private static final Pattern WITH = Pattern.compile("与|與|同|跟");
    /** Words after which an article states what a party will do. */
    private static final Pattern UNDERTAKING = Pattern.compile("将|將|将会|將會|愿|願|愿意|願意|拟|擬|承诺|承諾|约定|約定|"
            + "决定|決定|致力于|致力於|同意|计划|計劃|着力|著力");
    private static final Pattern UNDERTAKING_ANYWHERE = Pattern.compile(UNDERTAKING.pattern());
    private static final Pattern UNDERTAKING_SPLIT = Pattern.compile("[，,；;：:。！!]|并且|並且|以及|同时|同時|从而|從而");
    private static final Pattern LEADING_SUBJECT = Pattern.compile("^(?:双方|雙方|两校|兩校|三方|各方|我们|我們|也|还|還|都|将|將|并|並|要)+");
    private static final int MAX_UNDERTAKINGS = 6;
    private static final Pattern NAME_JOINER = Pattern.compile("[和与與及、等]");
    private static final Pattern INCLUDED_END = Pattern.compile("[。；;！？!?]|等(?:方面|领域|領域|内容|內容)");
    private static final Pattern FUNCTION_WORD = Pattern.compile("[的了在和与與及等将將也亦]");
    /** Undertakings are stated about the cooperation, not about market figures or history. */
    private static final Pattern COOPERATION_CONTEXT = Pattern.compile("合作|协议|協議|双方|雙方|两校|兩校|三方|签约|簽約|"
            + "签署|簽署|携手|攜手|共同|共建");
    /** Verbs that state what is, not what a party will do. */
    private static final Pattern STATIVE = Pattern.compile("是|有|成为|成為|达到|達到|到|获|獲|获得|獲得|标志着|標誌著|"
            + "包括|用于|用於|可以|可|能|追究|浮出|出炉|出爐|超过|超過|占|佔|有望|达|達|敬请|敬請|请|請|注意");
    private static final Pattern SEPARATELY = Pattern.compile("分别|分別|逐一|各自|先后|先後");
    private static final Pattern ATTENDANCE = Pattern.compile("出席|见证|見證|参加|參加|陪同|会见|會見|主持|致辞|致詞");
    private static final Pattern SIGNATORY = Pattern.compile("代表.{0,20}签|代表.{0,20}簽|签署了?|簽署了?");

    /** Prepositions that introduce where something happens: the noun run after them is a place, not a party. */
    /** A clause whose coordination has no left member: "并与B签署". */
    private static final Pattern OPEN_COORDINATION = Pattern.compile("^\\s*(?:并|並|还|還|也|将|將|另)?(?:分别|分別)?(?:与|與|同|跟)");
    private static final Pattern TRAVEL = Pattern.compile("(?:前往|赴|抵达|抵達|来到|來到)([\\p{IsHan}·]{2,12}?)(?=[，,])");
    private static final Pattern LOCATIVE = Pattern.compile("在|于|於|从|從|赴|到");
    /** Words that are tagged as nouns by the dictionary but never belong inside an organisation's name. */
    private static final Pattern RUN_BREAK = Pattern.compile("\\d+|[年月日号號]|上午|下午|晚上|当天|當天|双方|雙方|签约|簽約|仪式|儀式");

    private final ChineseTagger tagger = new ChineseTagger();
    private final Lexicon suffixes = Lexicon.load("zh/organisation-suffixes.txt");
    private final Lexicon knownPrinciples = Lexicon.load("zh/principles.txt");
    private final Lexicon venueSuffixes = Lexicon.load("zh/venue-suffixes.txt");
    private final Lexicon placeAbbreviations = Lexicon.load("zh/place-abbreviations.txt");
    private final Pattern organisation;
    private final Pattern verbOrCeremony;
    private final Pattern cuesVerb;
    private final Pattern organisationAtEnd;
    private final Pattern titledPerson;
    private final Pattern locationPattern;
    private final Pattern titlePattern;

    /** @param cues the Chinese signing cues, whose verbs mark where the parties' clause ends */
    ChineseRules(SigningCues cues) {
        Lexicon titles = Lexicon.load("zh/titles.txt");
        String title = titles.alternation();
        titlePattern = Pattern.compile("(?:" + title + ")");
        organisation = Pattern.compile("[" + HAN + "A-Za-z0-9（）()]{1,30}?(?:" + suffixes.alternation() + ")");
        organisationAtEnd = Pattern.compile("(?:" + organisation.pattern() + ")$");
        cuesVerb = cues.verbs();
        verbOrCeremony = Pattern.compile("(?:" + cues.verbs().pattern() + "|举行|舉行)");
        titledPerson = Pattern.compile("((?:" + title + ")(?:、(?:" + title + "))*)([" + HAN + "]{2,3}?)"
                + "(?=[、，,。；;及和与與等出席在共同代表分别分別表示说說指出介绍介紹致辞致詞讲话講話主持签簽见见證证一行率（(\\s]|$)");
        locationPattern = Pattern.compile("(?:在|于|於)([" + HAN + "A-Za-z0-9·]{1,24}?)(?:隆重|正式|共同|成功)?(?:"
                + Lexicon.load("zh/location-verbs.txt").alternation() + ")");
    }

    @Override
    public Map<String, String> definedAliases(String text) {
        Map<String, String> aliases = new LinkedHashMap<>();
        // Find "（简称…" first and the name before it second: a name pattern tried at every offset of the text
        // costs more than all the rest of the extraction.
        Matcher m = SHORT_FORM.matcher(text);
        while (m.find()) {
            Matcher name = organisationAtEnd.matcher(text.substring(Math.max(0, m.start() - MAX_NAME), m.start()));
            if (name.find()) {
                aliases.putIfAbsent(m.group(1), name.group());
            }
        }
        if (PRONOUN_IN_TEXT.matcher(text).find()) {
            addPronounReferents(text, aliases);
        }
        return aliases;
    }

    /**
     * "我校" in a university's news is that university, "集团" in a group's news that group: the organisation of the
     * matching kind the article names most often (first named on a tie).
     */
    private void addPronounReferents(String text, Map<String, String> aliases) {
        Map<String, Integer> schools = new LinkedHashMap<>();
        Map<String, Integer> companies = new LinkedHashMap<>();
        for (ChineseTagger.Word word : tagger.words(text)) {
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
        return counts.entrySet().stream().max(java.util.Comparator.comparingInt(Map.Entry::getValue))
                .map(Map.Entry::getKey);
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
        if (best.size() < 2) {
            List<String> tagged = taggedParties(sentence.substring(0, verb.start()));
            if (tagged.size() > best.size()) {
                best = tagged;
            }
        }
        if (OPEN_COORDINATION.matcher(clauses[clauses.length - 1]).find()) {
            best = withSubject(clauses[0], best);
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
        for (String item : joinNamesAroundWith(core, aliases)) {
            String name = cleanParty(item);
            if (name != null) {
                parties.add(name);
            } else {
                // "我校与…": a pronoun whose referent the article names.
                String bare = TRAILING_ADVERBIAL.matcher(LEADING_ADVERBIAL.matcher(item.strip()).replaceFirst(""))
                        .replaceFirst("").strip();
                if (PRONOUN.matcher(bare).matches() && aliases.containsKey(bare)) {
                    parties.add(bare);
                }
            }
        }
        boolean named = parties.stream().anyMatch(p -> aliases.containsKey(p) || endsLikeOrganisation(p));
        return named ? parties : List.of();
    }

    /**
     * The items of a coordination, except that "与" inside a name stays there: in "機器人與工程系統實驗室" the part
     * before "與" names no organisation while the part after ends like one, so the two are one name.
     */
    private List<String> joinNamesAroundWith(String core, Map<String, String> aliases) {
        List<String> items = new ArrayList<>();
        Matcher conjunction = CONJUNCTION.matcher(core);
        int from = 0;
        String pending = null;
        while (true) {
            boolean found = conjunction.find();
            String item = core.substring(from, found ? conjunction.start() : core.length());
            String joined = pending == null ? item : pending + item;
            pending = null;
            boolean inName = found && cleanParty(item) != null && WITH.matcher(conjunction.group()).matches()
                    && !aliases.containsKey(item)
                    && !endsLikeOrganisation(item) && tagger.words(item).stream()
                            .noneMatch(w -> w.kind() == ChineseTagger.Kind.PLACE || w.kind() == ChineseTagger.Kind.ORGANISATION)
                    && endsLikeOrganisation(nextItem(core, conjunction.end()));
            if (inName) {
                pending = joined + conjunction.group();
            } else {
                items.add(joined);
            }
            if (!found) {
                return items;
            }
            from = conjunction.end();
        }
    }

    private static String nextItem(String core, int from) {
        Matcher next = CONJUNCTION.matcher(core);
        return next.find(from) ? core.substring(from, next.start()) : core.substring(from);
    }

    /**
     * "澳大校长率团访问欧洲，并与科英布拉大学签署…": the clause before the verb starts with "与", so its first party is
     * the subject of the sentence, the first organisation its first clause names.
     */
    private List<String> withSubject(String firstClause, List<String> parties) {
        List<String> subjects = taggedParties(firstClause);
        if (subjects.isEmpty() || parties.contains(subjects.get(0))) {
            return parties;
        }
        List<String> result = new ArrayList<>(parties.size() + 1);
        result.add(subjects.get(0));
        result.addAll(parties);
        return result;
    }

    /**
     * The parties HanLP's tagger finds before the signing verb: runs of nouns that end in an organisation (or an
     * organisation suffix), and places standing as parties in a coordination ("与利川市签订"). Runs after a locative
     * preposition are where the signing took place, and words in brackets are short forms, not further parties.
     */
    private List<String> taggedParties(String prefix) {
        List<ChineseTagger.Word> words = tagger.words(prefix);
        List<String> parties = new ArrayList<>();
        int depth = 0;
        int runStart = -1;
        boolean locative = false;
        for (int i = 0; i <= words.size(); i++) {
            ChineseTagger.Word word = i < words.size() ? words.get(i) : null;
            if (word != null && depth == 0 && runStart >= 0 && isPlaceInName(words, i)) {
                continue; // "保利协鑫(苏州)新能源有限公司": a bracketed place inside a company's name
            }
            boolean opens = word != null && "（(".contains(word.text());
            boolean closes = word != null && "）)".contains(word.text());
            boolean breaks = word == null || depth > 0 || opens || closes
                    || (isRunBreak(word) && !isNameInOrganisation(words, i));
            if (breaks && runStart >= 0) {
                String party = partyOfRun(words.subList(runStart, i), locative, coordinated(words, runStart, i));
                if (party != null) {
                    parties.add(party);
                }
                runStart = -1;
            }
            if (word == null) {
                break;
            }
            depth += opens ? 1 : closes && depth > 0 ? -1 : 0;
            if (breaks) {
                if (depth == 0 && !closes) {
                    locative = word.kind() == ChineseTagger.Kind.PREPOSITION && LOCATIVE.matcher(word.text()).matches();
                }
            } else if (runStart < 0) {
                runStart = i;
            }
        }
        return parties;
    }

    /** "马偕医学大学": a person's name the tagger finds at the head of an organisation's name belongs to it. */
    private boolean isNameInOrganisation(List<ChineseTagger.Word> words, int i) {
        if (words.get(i).kind() != ChineseTagger.Kind.PERSON || i + 1 >= words.size()) {
            return false;
        }
        ChineseTagger.Word next = words.get(i + 1);
        return next.kind() == ChineseTagger.Kind.ORGANISATION || endsLikeOrganisation(words.get(i).text() + next.text());
    }

    /** Whether the word at {@code i} is inside "(苏州)" followed by the rest of the name. */
    private boolean isPlaceInName(List<ChineseTagger.Word> words, int i) {
        for (int open = i; open >= 0 && open >= i - 2; open--) {
            if ("（(".contains(words.get(open).text())) {
                int close = open + 2;
                return close + 1 < words.size() && words.get(open + 1).kind() == ChineseTagger.Kind.PLACE
                        && "）)".contains(words.get(close).text()) && !isRunBreak(words.get(close + 1));
            }
        }
        return false;
    }

    private boolean isRunBreak(ChineseTagger.Word word) {
        return switch (word.kind()) {
            case ORGANISATION, PLACE, OTHER -> word.text().equals("的") || RUN_BREAK.matcher(word.text()).matches()
                    || ATTENDANCE.matcher(word.text()).matches() || titlePattern.matcher(word.text()).matches();
            default -> true;
        };
    }

    private static boolean coordinated(List<ChineseTagger.Word> words, int from, int to) {
        boolean before = from > 0 && words.get(from - 1).kind() == ChineseTagger.Kind.CONJUNCTION;
        boolean after = to < words.size() && words.get(to).kind() == ChineseTagger.Kind.CONJUNCTION;
        return before || after;
    }

    private @Nullable String partyOfRun(List<ChineseTagger.Word> run, boolean locative, boolean coordinated) {
        if (locative) {
            return null;
        }
        int end = run.size();
        while (end > 0 && run.get(end - 1).kind() != ChineseTagger.Kind.ORGANISATION
                && !endsLikeOrganisation(text(run.subList(0, end)))) {
            end--;
        }
        boolean places = run.stream().allMatch(w -> w.kind() == ChineseTagger.Kind.PLACE);
        if (end == 0 && !(places && coordinated)) {
            return null;
        }
        List<ChineseTagger.Word> name = end == 0 ? run : run.subList(0, end);
        String text = text(name);
        // Two characters the dictionary calls an organisation are more often a verb-object pair ("率团") than a name.
        return end > 0 && text.length() < 3 ? null : cleanParty(text);
    }

    private static String text(List<ChineseTagger.Word> words) {
        return words.stream().map(ChineseTagger.Word::text).collect(java.util.stream.Collectors.joining());
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
    public int statedPartyCount(String sentence) {
        Matcher m = PARTY_COUNT.matcher(sentence);
        return !m.find() ? 0 : "两兩双雙".contains(m.group(1)) ? 2 : numeral(m.group(1));
    }

    /** Chinese does not mark the number of agreements: "与B、C签署协议" says nothing of how many. */
    @Override
    public boolean namesOneAgreement(String sentence) {
        return false;
    }

    @Override
    public boolean joinsWithPartner(String between) {
        return WITH.matcher(between).find();
    }

    @Override
    public Optional<SigningDate> date(String written, @Nullable LocalDate published) {
        // "发布时间：2020-11-10" dates the page, not the event.
        String sentence = PUBLICATION_LABEL.matcher(written).replaceAll("");
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

    @Override
    public Optional<String> location(String sentence) {
        Matcher remote = REMOTE.matcher(sentence);
        if (remote.find()) {
            return Optional.of(remote.group());
        }
        Matcher m = locationPattern.matcher(sentence);
        while (m.find()) {
            // "在利川市政府礼堂与利川市签订": the place ends where the party it was signed with begins.
            String place = m.group(1).split("[与與]", 2)[0];
            if (!place.matches(".*(?:\\d|月|日|期间|期間|基础|基礎|方面|合作|领域|領域).*") && isPlace(place)) {
                return Optional.of(place);
            }
        }
        // "一行前往葡國里斯本,分別與…簽署": where the delegation went is where it signed.
        Matcher travel = TRAVEL.matcher(sentence);
        if (travel.find() && isPlace(travel.group(1)) && cuesVerb.matcher(sentence.substring(travel.end())).find()) {
            return Optional.of(travel.group(1));
        }
        return Optional.empty();
    }

    /**
     * Whether what stands between "在" and "举行" is a place: a name the tagger knows as a place or an
     * organisation (a campus), a venue ("山东大厦"), or a one-character place name ("在京"); not a person ("于林")
     * nor an adverb ("双方只是").
     */
    private boolean isPlace(String candidate) {
        if (placeAbbreviations.containsIgnoreCase(candidate)) {
            return true;
        }
        List<ChineseTagger.Word> words = tagger.words(candidate);
        ChineseTagger.Kind first = words.get(0).kind();
        if (first == ChineseTagger.Kind.PERSON || first == ChineseTagger.Kind.ADVERB) {
            return false;
        }
        return venueSuffixes.entries().stream().anyMatch(candidate::endsWith)
                || words.stream().anyMatch(w -> w.kind() == ChineseTagger.Kind.PLACE
                        || w.kind() == ChineseTagger.Kind.ORGANISATION);
    }

    @Override
    public Optional<String> kind(String sentence) {
        Matcher m = KIND.matcher(sentence);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    @Override
    public List<Person> people(String sentence, Map<String, String> aliases) {
        boolean ceremony = ATTENDANCE.matcher(sentence).find() || SIGNATORY.matcher(sentence).find();
        Matcher titled = titledPerson.matcher(sentence);
        if (!ceremony && !titled.find()) {
            return List.of(); // most sentences name no one: spare them the tagger
        }
        List<ChineseTagger.Word> words = tagger.words(sentence);
        Map<String, Person> people = new LinkedHashMap<>();
        Matcher m = titledPerson.matcher(sentence);
        String lastOrg = null;
        while (m.find()) {
            String org = organisationBefore(sentence, m.start());
            if (org != null) {
                lastOrg = aliases.getOrDefault(org, org);
            }
            String name = personAt(words, m.start(2), m.group(2));
            if (name != null) {
                people.putIfAbsent(name, new Person(name, m.group(1), lastOrg));
            }
        }
        if (ceremony) {
            for (int i = 0; i < words.size(); i++) {
                ChineseTagger.Word word = words.get(i);
                if (word.kind() == ChineseTagger.Kind.PERSON && word.text().length() >= 2 && word.text().length() <= 4
                        && isListed(words, i)) {
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
     * The name the title grammar found, as the tagger reads it: its person word where it has one there (the grammar
     * may stop a character short), nothing where a verb, a time or a function word stands ("表示", "今日", "的见").
     */
    private static @Nullable String personAt(List<ChineseTagger.Word> words, int start, String name) {
        for (ChineseTagger.Word word : words) {
            if (word.start() <= start && start < word.end()) {
                if (word.kind() == ChineseTagger.Kind.PERSON) {
                    return word.start() == start ? longerName(name, word.text()) : null;
                }
                boolean content = word.kind() == ChineseTagger.Kind.OTHER && !FUNCTION_WORD.matcher(word.text()).lookingAt();
                return content && word.start() == start ? name : null;
            }
        }
        return null;
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
        boolean before = i > 0 && (words.get(i - 1).text().equals("、")
                || titlePattern.matcher(words.get(i - 1).text()).matches());
        boolean after = i + 1 < words.size() && (words.get(i + 1).text().equals("、")
                || titlePattern.matcher(words.get(i + 1).text()).matches());
        return before || after;
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
        if (items.isEmpty()) {
            items.addAll(listedBeforeAreaWord(sentence));
        }
        included(sentence).stream().filter(item -> !startsWithVerb(item)).forEach(items::add);
        Matcher devoted = DEVOTED.matcher(sentence);
        if (devoted.find()) {
            String rest = sentence.substring(devoted.end());
            Matcher end = CLAUSE_BREAK.matcher(rest);
            items.addAll(split(end.find() ? rest.substring(0, end.start()) : rest));
        }
        return items;
    }

    /**
     * The items a sentence about the cooperation says it includes: nouns among them are fields ("中医药人才交流"),
     * verb phrases are commitments ("建立科研网络").
     */
    private static List<String> included(String sentence) {
        Matcher m = INCLUDING.matcher(sentence);
        if (!m.find() || !COOPERATION_CONTEXT.matcher(sentence.substring(0, m.start())).find()) {
            return List.of();
        }
        String rest = sentence.substring(m.end());
        Matcher end = INCLUDED_END.matcher(rest);
        String list = end.find() ? rest.substring(0, end.start()) : rest;
        if (!list.contains("、")) {
            return List.of();
        }
        List<String> items = new ArrayList<>();
        for (String item : LIST_COMMA.split(list.replaceAll("等$", ""))) {
            String phrase = item.replaceAll("^[“\"‘《]|[”\"’》]$", "").strip();
            if (phrase.length() >= 2 && phrase.length() <= 30) {
                items.add(phrase);
            }
        }
        return items;
    }

    /**
     * "进一步加强如学科建设、人才培养等方面的交流": a list of two or more items before "等方面/领域", from the
     * last verb or preposition that opens it.
     */
    private static List<String> listedBeforeAreaWord(String sentence) {
        List<String> items = new ArrayList<>();
        Matcher area = AREA_WORD.matcher(sentence);
        int from = 0;
        while (area.find()) {
            String before = sentence.substring(from, area.start());
            from = area.end();
            String[] clauses = CLAUSE_BREAK.split(before);
            String clause = clauses.length == 0 ? "" : clauses[clauses.length - 1];
            Matcher opener = LIST_OPENER.matcher(clause);
            int start = 0;
            while (opener.find()) {
                start = opener.end();
            }
            String list = clause.substring(start);
            if (list.contains("、")) {
                items.addAll(split(list));
            }
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
        if (items.isEmpty()) {
            items.addAll(knownPrinciplesListed(sentence));
        }
        return items;
    }

    /**
     * "实现优势互补、互利共赢、共同发展": an enumeration of short items of which one is a known principle
     * ({@code zh/principles.txt}) is an enumeration of principles; a verb before the known one is left out.
     */
    private List<String> knownPrinciplesListed(String sentence) {
        List<String> found = new ArrayList<>();
        for (String run : ENUMERATION_BREAK.split(sentence)) {
            String[] items = ENUMERATION_SEPARATOR.split(run);
            if (items.length < 2 || Arrays.stream(items).noneMatch(this::endsWithPrinciple)) {
                continue;
            }
            // The first item carries the verb of the clause ("努力实现战略认同"): the four-character phrase ends it.
            if (items[0].length() > 4 && run.charAt(items[0].length()) == '、') {
                items[0] = items[0].substring(items[0].length() - 4);
            }
            for (String item : items) {
                String principle = knownPrinciples.entries().stream().filter(item::endsWith).findFirst()
                        .orElse(item.length() == 4 && tagger.words(item).get(0).kind() != ChineseTagger.Kind.PREPOSITION
                                ? item : null);
                if (principle != null) {
                    found.add(principle);
                }
            }
        }
        return found;
    }

    private boolean endsWithPrinciple(String item) {
        return knownPrinciples.entries().stream().anyMatch(item::endsWith);
    }

    @Override
    public List<String> commitments(String sentence) {
        List<String> items = new ArrayList<>();
        Matcher m = ENUMERATED.matcher(sentence);
        while (m.find()) {
            items.add(m.group(1).strip());
        }
        items.addAll(undertakings(sentence));
        included(sentence).stream().filter(this::startsWithVerb).filter(item -> !items.contains(item))
                .forEach(items::add);
        return items;
    }

    /**
     * The verb phrases after "将", "愿", "承诺"…: "双方将进一步深化合作，助力山东经济社会高质量发展" undertakes
     * "进一步深化合作" and "助力山东经济社会高质量发展". A phrase must start with a verb (an adverb may lead it).
     */
    private List<String> undertakings(String sentence) {
        if (!COOPERATION_CONTEXT.matcher(sentence).find() || !UNDERTAKING_ANYWHERE.matcher(sentence).find()) {
            return List.of(); // most sentences undertake nothing: spare them the tagger
        }
        List<ChineseTagger.Word> words = tagger.words(sentence);
        int from = -1;
        for (ChineseTagger.Word word : words) {
            if (UNDERTAKING.matcher(word.text()).matches()) {
                from = word.end();
                break;
            }
        }
        if (from < 0 || !COOPERATION_CONTEXT.matcher(sentence).find()) {
            return List.of();
        }
        List<String> phrases = new ArrayList<>();
        for (String clause : UNDERTAKING_SPLIT.split(sentence.substring(from))) {
            String phrase = LEADING_SUBJECT.matcher(clause.strip()).replaceFirst("").replaceAll("等$", "").strip();
            if (phrase.length() >= 4 && phrase.length() <= 30 && startsWithVerb(phrase)
                    && phrases.size() < MAX_UNDERTAKINGS) {
                phrases.add(phrase);
            }
        }
        return phrases;
    }

    private boolean startsWithVerb(String phrase) {
        List<ChineseTagger.Word> words = tagger.words(phrase);
        int first = words.get(0).kind() == ChineseTagger.Kind.ADVERB && words.size() > 1 ? 1 : 0;
        return words.get(first).kind() == ChineseTagger.Kind.VERB && !STATIVE.matcher(words.get(first).text()).matches();
    }

    private static List<String> split(String list) {
        List<String> items = new ArrayList<>();
        // "资本和金融" stays one item in a list separated by "、"; only a list without "、" splits at "和".
        Pattern separator = list.contains("、") ? LIST_COMMA : ITEM_SPLIT;
        for (String item : separator.split(list)) {
            String phrase = item.replaceAll("^[“\"‘《]|[”\"’》]$", "").replaceAll("^(?:双方|雙方|在|推进|推進)", "")
                    .strip();
            if (phrase.length() >= 2 && phrase.length() <= 20) {
                items.add(phrase);
            }
        }
        return items;
    }
}
