package org.accord.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.accord.core.merge.OrganisationNames;
import org.accord.core.model.Organisation;
import org.jspecify.annotations.Nullable;

/**
 * The parties of a Chinese signing, read from the clause before the signing verb ("A与B在京签署…"), split at
 * conjunctions and cleared of time and place adverbials, with HanLP's tagger to fall back on; and how the sentence
 * says they are coordinated (分别, 三方, 与).
 */
final class ChineseParties {
    /** "《A与B战略合作协议》": the sides, then the kind of agreement. */
    private static final Pattern AGREEMENT_TITLE = Pattern.compile("《([^》]{4,60}?)(?:战略|戰略|合作|框架|全面)[^》]{0,20}"
            + "(?:协议|協議|备忘录|備忘錄|合同)》");
    /** "其中国合作伙伴北京汽车集团", "葡萄牙顶尖高校科英布拉大学": what the party is, before its name. */
    private static final Pattern DESCRIPTOR = Pattern.compile("^[\\p{IsHan}]{0,8}?(?:合作伙伴|合作夥伴|伙伴|夥伴|旗下|下属|下屬|"
            + "顶尖高校|頂尖高校|知名高校|一流高校)(?=[\\p{IsHan}A-Za-z]{3,})");
    /** Pronoun referents are no names of the party: "我校" names a different university in every article. */
    private static final java.util.Set<String> PRONOUNS = java.util.Set.of("我校", "本校", "我院", "本院", "本公司",
            "该公司", "該公司", "上市公司", "集团", "集團", "公司");
    private static final Pattern TRAILING_DENG = Pattern.compile("等$");
    /** A date or a function word: a clause, not a name. */
    private static final Pattern NOT_A_NAME = Pattern.compile("\\d{1,2}[月日]|[的了是这這对對]");
    private static final Pattern CONJUNCTION = Pattern.compile("(?<!共)和|与|與|同(?![时時])|跟|及|以及|、|和");
    private static final Pattern PRONOUN = Pattern.compile("^(?:我校|本校|我院|本院|我市|本市|我省|本省|我区|本公司|上市公司|公司|该公司|該公司|"
            + "双方|雙方|集团|集團|学校|學校)$");
    private static final Pattern PARTY_COUNT = Pattern.compile("([两兩双雙三四五六七八九十])方(?:共同|联合|聯合)?"
            + "(?:签|簽|战略|戰略|合作|协议|協議|框架|备忘|備忘)");
    private static final Pattern WITH = Pattern.compile("与|與|同|跟");
    private static final Pattern SEPARATELY = Pattern.compile("分别|分別|逐一|各自|先后|先後");
    /** A clause whose coordination has no left member: "并与B签署". */
    private static final Pattern OPEN_COORDINATION = Pattern.compile("^\\s*(?:并|並|还|還|也|将|將|另)?(?:分别|分別)?(?:与|與|同|跟)");
    /** Prepositions that introduce where something happens: the noun run after them is a place, not a party. */
    private static final Pattern LOCATIVE = Pattern.compile("在|于|於|从|從|赴|到");
    /** Words that are tagged as nouns by the dictionary but never belong inside an organisation's name. */
    private static final Pattern RUN_BREAK = Pattern.compile("\\d+|[年月日号號]|上午|下午|晚上|当天|當天|双方|雙方|签约|簽約|仪式|儀式");

    /** "四所大学", "3家企业": a count of organisations ending a party's name, before a single suffix. */
    private static final Pattern COLLECTIVE = Pattern.compile("(\\d{1,2}|[两兩二三四五六七八九十]{1,2})(?:所|家|个|個|间|間)"
            + "\\p{IsHan}{1,4}$");
    /** "包括A、B及C", "分别是A和B": the members of a group follow. */
    private static final Pattern MEMBERS = Pattern.compile("(?:包括|包含|分别是|分別是|分别为|分別為|分別爲|即)[:：]?"
            + "([^。；;！？]+?)(?:等|[一二两兩三四五六七八九十\\d]{1,2}(?:所|家|个|個|间|間)|[。；;！？]|$)");
    /** "东阿阿胶、天士力…、康美药业等7家药企联手": a list closed by how many it holds, just before the verb. */
    private static final Pattern COUNTED_LIST = Pattern.compile("([^，,。；;：:（）()]+?)等?(\\d{1,2}|[两兩二三四五六七八九十]{1,2})"
            + "(?:所|家|个|個|间|間)\\p{IsHan}{1,4}?(?:联手|聯手|共同|携手|攜手|一起|一同|联合|聯合)?$");
    /** "签约仪式在京举行": the verb of a ceremony, after which no party is named. */
    private static final Pattern HELD = Pattern.compile("举行|舉行");
    /** "此次由A、B…", "已有A、B…", "共有A、B…": the words that open a list are no part of its first member. */
    private static final Pattern LIST_OPENING = Pattern.compile("^(?:此次|本次|这次|這次|目前|现|現)?(?:已|共|还|還)?"
            + "(?:由|有|包括|包含)?");
    /** How far from a clause's end the counter of a counted list may be: a noun of four and two words of together. */
    private static final int MAX_COUNTED_TAIL = 7;
    /** The longest name a counted list may hold: longer, an item is a clause, not a name. */
    private static final int MAX_MEMBER = 20;
    private static final Pattern MEMBER_SEPARATOR = Pattern.compile("[、，,]|及|和|与|與|以及");

    private final ChineseTagger tagger;
    private final ChineseTitles titles;
    private final ChineseOrganisationNames organisations;
    private final Pattern verbOrCeremony;

    /**
     * @param cues the Chinese signing cues, whose verbs mark where the parties' clause ends
     * @param tagger the tagger the parties are found with when the clause grammar finds fewer than two
     * @param titles the titles that end a party's name ("…大学校长")
     * @param organisations the organisation suffixes a party's name ends with
     */
    ChineseParties(SigningCues cues, ChineseTagger tagger, ChineseTitles titles,
            ChineseOrganisationNames organisations) {
        this.tagger = tagger;
        this.titles = titles;
        this.organisations = organisations;
        verbOrCeremony = Pattern.compile("(?:" + cues.verbs().pattern() + "|" + HELD.pattern() + ")");
    }

    /** The organisations the signing sentence names as parties, in order, short forms resolved through aliases. */
    int collectiveCount(String name) {
        Matcher m = COLLECTIVE.matcher(name);
        if (!m.find() || !organisations.endsLikeOrganisation(name)) {
            return 0;
        }
        String count = m.group(1);
        return count.chars().allMatch(Character::isDigit) ? Integer.parseInt(count)
                : ChineseDates.numeral(count.replace('两', '二').replace('兩', '二'));
    }

    List<Organisation> membersListed(String sentence) {
        Matcher m = MEMBERS.matcher(sentence);
        if (!m.find()) {
            return List.of();
        }
        List<Organisation> members = new ArrayList<>();
        for (String item : MEMBER_SEPARATOR.split(m.group(1))) {
            String name = item.strip();
            if (!organisations.endsLikeOrganisation(name) || collectiveCount(name) > 0) {
                return List.of(); // a list of something else, or of groups
            }
            members.add(Organisation.named(name));
        }
        return members.size() >= 2 ? List.copyOf(members) : List.of();
    }

    List<Organisation> in(String sentence, Map<String, String> aliases) {
        Matcher verb = verbOrCeremony.matcher(sentence);
        boolean hasVerb = verb.find();
        // "在日前举行的…沙龙上，A、B…签下": an event the clause is set at, not the verb the parties are the subject of.
        while (hasVerb && sentence.startsWith("的", verb.end()) && HELD.matcher(verb.group()).matches()) {
            hasVerb = verb.find();
        }
        if (!hasVerb) {
            return List.of();
        }
        String[] clauses = ChineseClauses.split(sentence.substring(0, verb.start()));
        List<String> best = titledAgreementParties(sentence.substring(0, verb.start()), aliases);
        if (best.size() < 2) {
            best = countedList(clauses[clauses.length - 1]);
        }
        for (int i = clauses.length - 1; i >= Math.max(0, clauses.length - 2) && best.size() < 2; i--) {
            if (ChinesePeople.ATTENDANCE.foundIn(clauses[i])) {
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
            // Every short form the article gives the party goes with it, for merging with articles using those.
            List<String> shortForms = aliases.entrySet().stream()
                    .filter(e -> e.getValue().equals(full) && !PRONOUNS.contains(e.getKey()))
                    .map(Map.Entry::getKey).filter(n -> !n.equals(full)).toList();
            Organisation org = new Organisation(full, shortForms);
            if (result.stream().noneMatch(o -> OrganisationNames.sameOrganisation(o, org))) {
                result.add(org);
            }
        }
        return result;
    }

    /**
     * The members of a list the clause closes with their number ("A、B…和G等7家药企"), when the list holds that many:
     * names a brand alone ("天士力") the grammar and the tagger cannot tell for an organisation's.
     */
    private List<String> countedList(String clause) {
        String core = ChineseClauses.withoutLeadingAdverbial(clause.strip());
        // The pattern is tried from every start of the clause: most clauses end with no count, and are spared it.
        if (!endsWithCount(core)) {
            return List.of();
        }
        Matcher m = COUNTED_LIST.matcher(core);
        if (!m.find()) {
            return List.of();
        }
        String count = m.group(2);
        int stated = number(count);
        List<String> members = MEMBER_SEPARATOR.splitAsStream(LIST_OPENING.matcher(m.group(1)).replaceFirst(""))
                .map(String::strip).filter(item -> !item.isEmpty()).toList();
        boolean names = members.stream().allMatch(item -> item.length() >= 2 && item.length() <= MAX_MEMBER);
        return members.size() == stated && stated >= 2 && names ? members : List.of();
    }

    /** Whether one of the counters of {@link #COUNTED_LIST} ("7家药企联手") is among the clause's last characters. */
    private static boolean endsWithCount(String clause) {
        for (int i = Math.max(0, clause.length() - MAX_COUNTED_TAIL); i < clause.length(); i++) {
            if ("所家个個间間".indexOf(clause.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** The parties a clause names; none unless at least one of them ends like an organisation name. */
    private List<String> partiesIn(String clause, Map<String, String> aliases) {
        String core = ChineseClauses.withoutLeadingAdverbial(clause.strip());
        List<String> parties = new ArrayList<>();
        for (String item : joinNamesAroundWith(core, aliases)) {
            String name = cleanParty(item);
            if (name != null) {
                parties.add(name);
            } else {
                // "我校与…": a pronoun whose referent the article names.
                String bare = ChineseClauses.withoutTrailingAdverbial(
                        ChineseClauses.withoutLeadingAdverbial(item.strip())).strip();
                if (PRONOUN.matcher(bare).matches() && aliases.containsKey(bare)) {
                    parties.add(bare);
                }
            }
        }
        boolean named = parties.stream().anyMatch(p -> aliases.containsKey(p) || organisations.endsLikeOrganisation(p));
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
                    && !organisations.endsLikeOrganisation(item) && tagger.words(item).stream()
                            .noneMatch(w -> w.kind() == ChineseTagger.Kind.PLACE || w.kind() == ChineseTagger.Kind.ORGANISATION)
                    && organisations.endsLikeOrganisation(nextItem(core, conjunction.end()));
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
        return next.kind() == ChineseTagger.Kind.ORGANISATION
                || organisations.endsLikeOrganisation(words.get(i).text() + next.text());
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
                    || ChinesePeople.ATTENDANCE.isEntry(word.text()) || titles.isTitle(word.text());
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
                && !organisations.endsLikeOrganisation(text(run.subList(0, end)))) {
            end--;
        }
        // Places and proper nouns coordinated with another party are parties too: "与利川市签订", "中石油和壳牌签署".
        boolean names = run.stream().allMatch(w -> w.kind() == ChineseTagger.Kind.PLACE || w.proper());
        if (end == 0 && !(names && coordinated)) {
            return null;
        }
        List<ChineseTagger.Word> name = end == 0 ? run : run.subList(0, end);
        String text = text(name);
        // Two characters the dictionary calls an organisation are more often a verb-object pair ("率团") than a name.
        return end > 0 && text.length() < 3 ? null : cleanParty(text);
    }

    private static String text(List<ChineseTagger.Word> words) {
        return words.stream().map(ChineseTagger.Word::text).collect(Collectors.joining());
    }

    /**
     * "局长见证《广东省中医院与香港中医医院战略合作协议》签署仪式": an agreement's title that names its sides says who
     * signed, whoever else the sentence names before it.
     */
    private List<String> titledAgreementParties(String beforeVerb, Map<String, String> aliases) {
        Matcher title = AGREEMENT_TITLE.matcher(beforeVerb);
        List<String> best = List.of();
        while (title.find()) {
            List<String> found = partiesIn(title.group(1), aliases);
            if (found.size() >= 2) {
                best = found;
            }
        }
        return best;
    }

    private @Nullable String cleanParty(String item) {
        String name = DESCRIPTOR.matcher(ChineseClauses.withoutLeadingAdverbial(item.strip())).replaceFirst("");
        int title = titles.indexIn(name);
        if (title > 1) {
            name = organisationBeforeName(name.substring(0, title));
        }
        name = TRAILING_DENG.matcher(ChineseClauses.withoutTrailingAdverbial(name)).replaceAll("").strip();
        if (name.length() < 2 || name.length() > 40 || PRONOUN.matcher(name).matches()
                || !name.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                        || Character.isUpperCase(c))
                || NOT_A_NAME.matcher(name).find() || (name.charAt(0) >= '0' && name.charAt(0) <= '9')) {
            return null;
        }
        return name;
    }

    /**
     * What stands before a title is an organisation and its person ("郑裕彤基金郑裕彤博士"): when the whole does not end
     * like an organisation but a part of it does, the organisation ends there.
     */
    private String organisationBeforeName(String beforeTitle) {
        if (organisations.endsLikeOrganisation(beforeTitle)) {
            return beforeTitle;
        }
        for (int end = beforeTitle.length() - 1; end >= 3; end--) {
            if (organisations.endsLikeOrganisation(beforeTitle.substring(0, end))) {
                return beforeTitle.substring(0, end);
            }
        }
        return beforeTitle;
    }

    /** Whether the sentence reports one party signing separately with each of the others ("分别"). */
    boolean signsSeparately(String sentence) {
        return SEPARATELY.matcher(sentence).find();
    }

    /** How many parties the sentence says one agreement binds ("三方协议"), or zero when it does not say. */
    int statedCount(String sentence) {
        Matcher m = PARTY_COUNT.matcher(sentence);
        return !m.find() ? 0 : number(m.group(1));
    }

    /** A count as written: "7", "三", "两", "双". */
    private static int number(String count) {
        return count.chars().allMatch(Character::isDigit) ? Integer.parseInt(count)
                : "两兩双雙".contains(count) ? 2 : ChineseDates.numeral(count);
    }

    /** Whether the text between two party names joins them as one side signing with the other ("与"). */
    boolean joinsWithPartner(String between) {
        return WITH.matcher(between).find();
    }
}
