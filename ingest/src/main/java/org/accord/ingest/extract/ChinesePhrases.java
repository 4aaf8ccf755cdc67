package org.accord.ingest.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a Chinese sentence says of the agreement itself: its kind ("战略合作协议"), the fields of cooperation
 * ("在…等领域"), its principles ("本着…的原则", {@code zh/principles.txt}) and what the parties undertake ("双方将…").
 */
final class ChinesePhrases {
    private static final String HAN = "\\p{IsHan}";
    private static final Pattern TITLES_IN_A_ROW = Pattern.compile("《[^》]{2,40}》(?:\\s*[和与與及、]\\s*《[^》]{2,40}》)+");
    private static final Pattern AGREEMENTS_IN_A_ROW = Pattern.compile("(?:签署|签订|簽署|簽訂)了?[\\p{IsHan}]{2,16}?"
            + "(?:协议|協議|合同|备忘录|備忘錄)(?:[和与與及、][\\p{IsHan}]{2,16}?(?:协议|協議|合同|备忘录|備忘錄))+");
    private static final Pattern KIND = Pattern.compile("(?:签署|签订|簽署|簽訂|缔结|締結|签定)了?"
            + "(?:[一两兩二三四五六七八九十多数數]+(?:份|项|項|个|個|批))?[《“「]?(["
            + HAN + "A-Za-z]{0,16}?(?:协议书|協議書|协议|協議|备忘录|備忘錄|合同|协定|協定|意向书|意向書|MOU|MoU))");
    /** "签署的协议包括", "合作文件分别为": the agreements signed are listed next. */
    private static final Pattern AGREEMENTS_LISTED = Pattern.compile("(?:协议|協議|备忘录|備忘錄|合同|文件)[^。；，,]{0,6}?"
            + "(?:包括|包含|分别为|分別為|分別爲|分别是|分別是|有)[:：]?");
    private static final Pattern TITLE = Pattern.compile("《([^》]{2,40})》");
    /**
     * Words that report what someone said, or a speaker's "we": what follows is their view or hope (measured: 2 of 19
     * read were labelled).
     */
    private static final Literals SPEECH = Literals.substrings("表示", "指出", "强调", "強調", "说", "說", "认为", "認為",
            "致辞", "致詞", "讲话", "講話", "我们", "我們");
    /** Where an enumeration of short items ends: any punctuation but the separators, or a word not in a list. */
    private static final Pattern ENUMERATION_BREAK = Pattern.compile("[。；;：:！？!?“”\"‘’「」『』（）()《》\\s]|的|等");
    private static final Pattern ENUMERATION_SEPARATOR = Pattern.compile("[、，,]|和|与|與|及");
    private static final Pattern CLAUSE_COMMA = Pattern.compile("[，,]");
    private static final int MIN_KNOWN_PRINCIPLES = 2;
    private static final Literals PRINCIPLES_OPENERS = Literals.substrings("本着", "本著", "基于", "基於", "按照", "遵循",
            "秉承", "坚持", "堅持", "秉持");
    private static final Pattern PRINCIPLES = Pattern.compile("(?:本着|本著|基于|基於|按照|遵循|秉承|坚持|堅持|秉持)[“「\"‘『]?"
            + "([^。；;]{2,80}?)[”」\"’』]?的?(?:合作)?(?:原则|原則)");
    /** "在合作自愿、利益共享…等原则基础上", "以加快企业资金周转和物资流动为原则": principles as the basis of it all. */
    private static final Pattern PRINCIPLES_AS_BASIS = Pattern.compile("在([^。；;，,]{2,80}?)等?的?(?:原则|原則)"
            + "(?:基础上|基礎上|之上)|以([^。；;，,]{2,30}?)[为為爲](?:原则|原則)");
    private static final Literals PRINCIPLES_AS_BASIS_OPENERS = Literals.substrings("在", "以");
    /** The conjunction before a list's last item, after its last "、" or comma. */
    private static final Pattern LAST_CONJUNCTION = Pattern.compile("(?:和|及|与|與)(?=[^、，,和及与與]*$)");
    private static final Pattern FOUR_AND_FOUR = Pattern.compile("\\p{IsHan}{4}[和及与與]\\p{IsHan}{4}");
    /** Words that tell of the parties' past, not of the agreement. */
    private static final Literals BACKGROUND = Literals.substrings("多年来", "多年來", "早已", "此前", "长期以来", "長期以來",
            "一直以来", "一直以來");
    private static final Pattern AREA_WORD = Pattern.compile("等?(?:多个|多個|多|重点|重點|相关|相關)?(?:领域|領域|方面)");
    /** "合作,包括开院筹备工作、中医药人才交流、建立科研网络": what the cooperation includes. */
    private static final Pattern INCLUDING = Pattern.compile("(?:包括|包含|涵盖|涵蓋|涉及)[:：]?");
    private static final Pattern LIST_OPENER = Pattern.compile("在|就|围绕|圍繞|聚焦|如|加强|加強|推进|推進|深化|开展|開展|"
            + "涵盖|涵蓋|包括|覆盖|覆蓋|涉及|拓展|加大");
    private static final Pattern FIELDS = Pattern.compile("(?:在|就|围绕|圍繞|聚焦)([^。；;在，,]{2,80}?)等?(?:多个|多個|多|重点|重點|"
            + "[一二三四五六七八九十]大)?(?:业务|業務)?(?:领域|領域|方面|板块|板塊)");
    private static final Pattern DEVOTED = Pattern.compile("致力于|致力於");
    private static final Pattern ENUMERATED = Pattern.compile("(?:^|[。；;！\\s])[一二三四五六七八九十]是([^。；;，,]{2,30})");
    private static final Pattern LIST_COMMA = Pattern.compile("[、，,]|以及");
    private static final Pattern ITEM_SPLIT = Pattern.compile("[、，,和及与與]|以及");
    /** Words after which an article states what a party will do. */
    private static final Literals UNDERTAKING = Literals.substrings("将", "將", "将会", "將會", "愿", "願", "愿意", "願意",
            "拟", "擬", "承诺", "承諾", "约定", "約定", "决定", "決定", "致力于", "致力於", "同意", "计划", "計劃", "着力", "著力",
            "旨在", "准备", "準備");
    private static final Pattern UNDERTAKING_SPLIT = Pattern.compile("[，,；;：:。！!]|并且|並且|以及|同时|同時|从而|從而");
    private static final Pattern LEADING_SUBJECT = Pattern.compile("^(?:双方|雙方|两校|兩校|三方|各方|我们|我們|也|还|還|都|将|將|并|並|要)+");
    private static final int MAX_UNDERTAKINGS = 6;
    /** An agreement signed, and a comma: what follows may be what it is for. */
    private static final Pattern AGREEMENT_SIGNED_THEN = Pattern.compile("(?:签署|签订|簽署|簽訂|签定)了?[^，,。；;]{0,30}?"
            + "(?:协议|協議|协议书|協議書|备忘录|備忘錄|合同|协定|協定|意向书|意向書)[》”」\"]?[，,]");
    private static final Pattern SEVERAL_SEPARATELY = Pattern.compile("分别|分別");
    /** "与科英布拉大学及波尔图大学签署…": several partners, as many agreements. */
    private static final Pattern SEVERAL_PARTNERS = Pattern.compile("[与與][^，,。；;]{1,40}?[、及和][^，,。；;]{1,40}?"
            + "(?:签署|签订|簽署|簽訂|签定)");
    /** "举行了…仪式", "表达了…意愿": a verb of what was done then, not of what the agreement is for. */
    private static final Pattern DONE = Pattern.compile("\\p{IsHan}{1,3}了");
    /** "以建设…基地": "in order to", before the verb of a purpose. */
    private static final Pattern PURPOSE_MARK = Pattern.compile("^(?:以|以便|从而|從而)(?=\\p{IsHan})");
    /** "在基础设施等领域开展…合作", "通过开展…": the frame before the verb of an undertaking is not part of it. */
    private static final Pattern FRAME_BEFORE_VERB = Pattern.compile("^(?:(?:在|于|於)[^，,、]{1,60}?(?:领域|領域|方面|"
            + "基础上|基礎上)|通过|通過)(?=\\p{IsHan})");
    /** "以重点项目为牵引", "以绿色低碳发展为方向": what the parties will take as their lead or direction. */
    private static final Pattern TAKING_AS = Pattern.compile("以\\p{IsHan}{2,12}[为為爲]\\p{IsHan}{2,6}");
    /** "与四川进一步深化全面战略合作", "把四川作为重点投资区域": a partner or object before the verb, kept. */
    private static final Pattern PARTNER_BEFORE_VERB = Pattern.compile("^(?:与|與|同|跟|把|向)\\p{IsHan}{1,10}?");
    /** How far into an undertaking a partner named before the verb may reach. */
    private static final int MAX_PARTNER_BEFORE_VERB = 12;
    /** "走深走实" after "、" qualifies the undertaking before it; an undertaking of its own is longer. */
    private static final int MIN_LISTED_UNDERTAKING = 5;
    private static final Pattern INCLUDED_END = Pattern.compile("[。；;！？!?]|等(?:在内|在內)?的?(?:方面|领域|領域|内容|內容)");
    /** "中医药协作等范畴", "基础设施等在内的方面": what closes the last item of a list is not part of it. */
    /** Words of a sentence about the cooperation, without which areas listed are a party's own. */
    private static final Literals FIELD_CONTEXT = Literals.substrings("合作", "協作", "协作", "协议", "協議", "备忘录",
            "備忘錄", "双方", "雙方", "两校", "兩校", "三方", "签约", "簽約", "签署", "簽署", "签订", "簽訂", "共建", "携手", "攜手",
            "联合", "聯合", "对接", "對接", "将在", "將在");
    /** "聚焦于新创育成": the words that open a list of fields are not part of its first item. */
    private static final Pattern FIELD_OPENER = Pattern.compile("^(?:聚焦|围绕|圍繞)?(?:于|於|在)");
    private static final Pattern ITEM_TAIL = Pattern.compile("等(?:在内|在內)?的?(?:方面|领域|領域|范畴|範疇|内容|內容|设施|設施|"
            + "多|[一二三四五六七八九十]|$).*$");
    /**
     * Undertakings are stated about the agreement and its sides, not about market figures, history or the general
     * wish to cooperate ("合作", "共同" alone let speeches in; measured: commitments F1 .340 -> .358 without them).
     */
    /** What a list of included items must follow: "合作,包括…" lists what the cooperation covers. */
    private static final Pattern COOPERATION_BEFORE_LIST = Pattern.compile("合作|协议|協議|双方|雙方|两校|兩校|三方");
    private static final Literals COOPERATION_CONTEXT = Literals.substrings("协议", "協議", "双方", "雙方", "两校", "兩校",
            "三方", "签约", "簽約", "签署", "簽署", "根据", "根據", "按照");
    /** Verbs that state what is, not what a party will do. */
    private static final Pattern STATIVE = Pattern.compile("是|有|成为|成為|成爲|达到|達到|到|获|獲|获得|獲得|标志着|標誌著|標誌着|"
            + "包括|用于|用於|可以|可|能|追究|浮出|出炉|出爐|超过|超過|占|佔|有望|达|達|敬请|敬請|请|請|注意");

    private final ChineseTagger tagger;
    private final Lexicon knownPrinciples = Lexicon.load("zh/principles.txt");
    private final Literals knownPrinciple = knownPrinciples.literals(false);
    private final List<String> actionVerbs = Lexicon.load("zh/action-verbs.txt").entries();
    private final List<String> mannerWords = Lexicon.load("zh/manner-adverbs.txt").entries();
    private final List<String> framingVerbs = Lexicon.load("zh/framing-verbs.txt").entries();

    /** @param tagger the tagger that tells a verb phrase (a commitment) from a noun phrase (a field, a principle) */
    ChinesePhrases(ChineseTagger tagger) {
        this.tagger = tagger;
    }

    /** The kind of agreement the sentence names, as written. */
    Optional<String> kind(String sentence) {
        Matcher m = KIND.matcher(sentence);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** Agreements named one after another: "签署了《A》和《B》", "签署战略合作协议和校地共建协议". */
    int agreementsNamed(String sentence) {
        Matcher titles = TITLES_IN_A_ROW.matcher(sentence);
        if (titles.find()) {
            return (int) titles.group().chars().filter(c -> c == '《').count();
        }
        Matcher named = AGREEMENTS_IN_A_ROW.matcher(sentence);
        return named.find() ? named.group().split("[和与與及、]").length : 1;
    }

    /** The agreements the sentence lists ("签署的协议包括《A》、《B》和《C》"), if two or more. */
    List<LanguageRules.ListedAgreement> agreementsListed(String sentence) {
        Matcher opener = AGREEMENTS_LISTED.matcher(sentence);
        if (!opener.find()) {
            return List.of();
        }
        Matcher titles = TITLES_IN_A_ROW.matcher(sentence);
        if (!titles.find(opener.end()) || titles.start() > opener.end() + 1) {
            return List.of();
        }
        List<LanguageRules.ListedAgreement> listed = new ArrayList<>();
        Matcher title = TITLE.matcher(titles.group());
        while (title.find()) {
            listed.add(new LanguageRules.ListedAgreement(title.group(1), null));
        }
        return List.copyOf(listed);
    }

    /** The fields of cooperation the sentence states. */
    List<String> fields(String sentence) {
        if (BACKGROUND.foundIn(sentence)) {
            return List.of(); // "多年来在教育、文化等领域都有密切合作": the fields of what came before
        }
        if (!FIELD_CONTEXT.foundIn(sentence)) {
            return List.of(); // "该校在材料、交通等领域学科优势突出" describes a party, not the cooperation
        }
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
            items.addAll(split(ChineseClauses.first(rest)));
        }
        // A field is a noun phrase: "共建创新平台、推动科技成果转化等领域" lists what the parties will do. The tagger
        // alone would take "互通诊疗" and "跨领域人才培育" for verb phrases too.
        return items.stream().map(item -> FIELD_OPENER.matcher(item).replaceFirst("")).filter(item -> item.length() >= 2)
                .filter(item -> !startsWithActionVerb(item)).distinct().toList();
    }

    /**
     * The items a sentence about the cooperation says it includes: nouns among them are fields ("中医药人才交流"),
     * verb phrases are commitments ("建立科研网络").
     */
    /**
     * Whether what a list is "included" in is the cooperation: its clause names it ("合作领域包括") or frames the list
     * ("将在包括…在内的方面展开合作"), or the clause just before ends with it ("…开展合作，包括"); not
     * "…两校团队进行校园参访，行程包括…", an itinerary.
     */
    private static boolean listsWhatTheCooperationCovers(String beforeIncluding) {
        Matcher clauses = CLAUSE_COMMA.matcher(beforeIncluding);
        int clauseStart = 0;
        int previousStart = 0;
        while (clauses.find()) {
            previousStart = clauseStart;
            clauseStart = clauses.end();
        }
        String clause = beforeIncluding.substring(clauseStart);
        return clause.isBlank() ? COOPERATION_BEFORE_LIST.matcher(beforeIncluding.substring(previousStart)).find()
                : COOPERATION_BEFORE_LIST.matcher(clause).find() || clause.endsWith("在");
    }

    private static List<String> included(String sentence) {
        Matcher m = INCLUDING.matcher(sentence);
        if (!m.find() || !listsWhatTheCooperationCovers(sentence.substring(0, m.start()))) {
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
            String phrase = ITEM_TAIL.matcher(item.replaceAll("^[“「\"‘『《]|[”」\"’』》]$", "")).replaceFirst("").strip();
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
            String[] clauses = ChineseClauses.split(before);
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

    /** The principles of cooperation the sentence states. */
    List<String> principles(String sentence) {
        List<String> items = new ArrayList<>();
        // Each pattern opens with one of its openers, and is tried only where one starts.
        for (Map.Entry<Pattern, Literals> stated : List.of(Map.entry(PRINCIPLES, PRINCIPLES_OPENERS),
                Map.entry(PRINCIPLES_AS_BASIS, PRINCIPLES_AS_BASIS_OPENERS))) {
            Matcher m = stated.getKey().matcher(sentence);
            Literals openers = stated.getValue();
            for (boolean found = openers.findStarting(m, sentence, 0); found;
                    found = openers.findStarting(m, sentence, m.end())) {
                items.addAll(principlesIn(m.group(1) != null ? m.group(1) : m.group(2)));
            }
        }
        if (items.isEmpty()) {
            items.addAll(knownPrinciplesListed(sentence));
        }
        return items;
    }

    /**
     * "实现优势互补、互利共赢、共同发展": an enumeration of short items of which two are known principles
     * ({@code zh/principles.txt}) is an enumeration of principles; a verb before the first item is left out. One known
     * principle in passing ("实现互利共赢", "两校优势互补") states a hope or a goal, not the principles agreed.
     */
    private List<String> knownPrinciplesListed(String sentence) {
        // Two items ending in a known principle need two of them in the sentence: most sentences have none.
        if (knownPrinciple.count(sentence, MIN_KNOWN_PRINCIPLES) < MIN_KNOWN_PRINCIPLES) {
            return List.of();
        }
        List<String> found = new ArrayList<>();
        for (String run : ENUMERATION_BREAK.split(sentence)) {
            List<String> items = new ArrayList<>();
            for (String chunk : CLAUSE_COMMA.split(run)) {
                String[] listed = ENUMERATION_SEPARATOR.split(chunk);
                // The first item carries the verb of the clause ("努力实现战略认同"): the four-character phrase ends it.
                if (listed.length > 1 && listed[0].length() > 4 && chunk.charAt(listed[0].length()) == '、') {
                    listed[0] = listed[0].substring(listed[0].length() - 4);
                }
                items.addAll(Arrays.asList(listed));
            }
            if (items.size() < 2 || items.stream().filter(this::endsWithPrinciple).count() < MIN_KNOWN_PRINCIPLES) {
                continue;
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

    /** What the sentence says the parties undertake. */
    List<String> commitments(String sentence) {
        if (SPEECH.foundIn(sentence)) {
            return List.of(); // "陈其迈表示，此举将进一步提升高雄的软实力": a speaker's hope, not what the parties undertook
        }
        List<String> items = new ArrayList<>();
        Matcher m = ENUMERATED.matcher(sentence);
        while (m.find()) {
            items.add(m.group(1).strip());
        }
        items.addAll(undertakings(sentence));
        purposeOfSigning(sentence).stream().filter(item -> !items.contains(item)).forEach(items::add);
        included(sentence).stream().filter(this::startsWithVerb).filter(item -> !items.contains(item))
                .forEach(items::add);
        return items;
    }

    /**
     * The verb phrases after "将", "愿", "承诺"…: "双方将进一步深化合作，助力山东经济社会高质量发展" undertakes
     * "进一步深化合作" and "助力山东经济社会高质量发展". A phrase must start with a verb (an adverb may lead it).
     */
    private List<String> undertakings(String sentence) {
        if (!COOPERATION_CONTEXT.foundIn(sentence) || !UNDERTAKING.foundIn(sentence)) {
            return List.of(); // most sentences undertake nothing: spare them the tagger
        }
        int from = undertakingCue(sentence);
        return from < 0 ? List.of() : verbPhrasesFrom(sentence.substring(from), false);
    }

    /**
     * Where the words of what a party undertakes start: after the first cue the tagger reads as a word of its own
     * ("将"; not "将向宁波", which it read as a place: measured, taking such cues as written lets in more noise than
     * undertakings).
     */
    private int undertakingCue(String sentence) {
        for (ChineseTagger.Word word : tagger.words(sentence)) {
            // "落实多项合作计划": the plan named, not a party planning to do what follows.
            if (UNDERTAKING.isEntry(word.text()) && word.kind() != ChineseTagger.Kind.OTHER) {
                return word.end();
            }
        }
        return -1;
    }

    /**
     * "签署了谅解备忘录，进一步深化可持续金融领域的战略合作关系", "已签署战略合作协议，共同开发…，以建设…基地": the
     * clauses right after the agreement signed, as long as they say what is to be done, are its purpose.
     */
    private List<String> purposeOfSigning(String sentence) {
        Matcher signed = AGREEMENT_SIGNED_THEN.matcher(sentence);
        // "分别与A、B、C签署合作协议，全面深化…": after agreements signed with each of several, the aim of them all
        // is the visit's, not the terms of any one (measured: labelled for none of them).
        return signed.find() && !SEVERAL_SEPARATELY.matcher(sentence).find()
                && !SEVERAL_PARTNERS.matcher(sentence.substring(0, signed.end())).find()
                ? verbPhrasesFrom(sentence.substring(signed.end()), true) : List.of();
    }

    /**
     * The undertakings of the clauses of a text, each cut to the phrase; with {@code leadingOnly}, only those of the
     * clauses before the first that states none.
     */
    private List<String> verbPhrasesFrom(String text, boolean leadingOnly) {
        List<String> phrases = new ArrayList<>();
        for (String clause : UNDERTAKING_SPLIT.split(text)) {
            String taken = LEADING_SUBJECT.matcher(clause.strip()).replaceFirst("");
            if (!leadingOnly && TAKING_AS.matcher(taken).matches() && phrases.size() < MAX_UNDERTAKINGS) {
                phrases.add(taken);
                continue;
            }
            String bare = LEADING_SUBJECT.matcher(PURPOSE_MARK.matcher(clause.strip()).replaceFirst("")).replaceFirst("");
            if (leadingOnly && (!startsWithVerb(bare) || DONE.matcher(bare).lookingAt())) {
                break;
            }
            String unframed = FRAME_BEFORE_VERB.matcher(bare).replaceFirst("");
            for (String item : verbPhrases(startsWithVerb(unframed) ? unframed : bare)) {
                String phrase = LEADING_SUBJECT.matcher(item.strip()).replaceFirst("").replaceAll("等$", "").strip();
                if (phrase.length() >= 4 && phrase.length() <= 30
                        && (startsWithVerb(phrase) || verbAfterPartner(phrase))
                        && phrases.size() < MAX_UNDERTAKINGS) {
                    phrases.add(phrase);
                }
            }
        }
        return phrases;
    }

    /** "与四川进一步深化全面战略合作": a partner or object named before a verb of action, close to the start. */
    private boolean verbAfterPartner(String phrase) {
        if (!PARTNER_BEFORE_VERB.matcher(phrase).lookingAt()) {
            return false;
        }
        for (ChineseTagger.Word word : tagger.words(phrase)) {
            if (word.start() > MAX_PARTNER_BEFORE_VERB) {
                return false;
            }
            if (word.start() > 0 && word.kind() == ChineseTagger.Kind.VERB) {
                return startsWithVerb(phrase.substring(word.start()));
            }
        }
        return false;
    }

    /**
     * Splits "促进教师交流、联合申请项目资助" at each "、" that a verb follows, leaving "开展多层次、多渠道的交流" whole:
     * a "、" between objects or modifiers joins one undertaking. A list that does not open with a verb, or states
     * principles, is no list of undertakings.
     */
    private List<String> verbPhrases(String clause) {
        String[] items = clause.split("、");
        if (items.length < 2 || PRINCIPLES.matcher(clause).find() || !startsWithVerb(items[0])) {
            return List.of(clause); // "尊重知识、尊重人才等原则": principles, however verb-like
        }
        List<String> phrases = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String item : items) {
            if (current.length() > 0 && item.length() >= MIN_LISTED_UNDERTAKING && startsWithVerb(item)) {
                phrases.add(current.toString());
                current.setLength(0);
            } else if (current.length() > 0) {
                current.append('、');
            }
            current.append(item);
        }
        phrases.add(current.toString());
        return phrases;
    }

    /**
     * Whether the phrase states an action: after the adverbs and manner words that may lead it ("进一步", "充分",
     * {@code zh/manner-adverbs.txt}), a verb the tagger knows, or one of {@code zh/action-verbs.txt} it reads as a
     * noun ("建设/vn"); not a verb that frames an undertaking ("发挥优势", "实现共赢", {@code zh/framing-verbs.txt}).
     */
    private boolean startsWithVerb(String phrase) {
        String rest = withoutMannerWords(phrase);
        if (rest.isEmpty() || framingVerbs.stream().anyMatch(rest::startsWith)) {
            return false;
        }
        if (startsWithActionVerb(rest)) {
            return true;
        }
        List<ChineseTagger.Word> words = tagger.words(rest);
        int first = words.get(0).kind() == ChineseTagger.Kind.ADVERB && words.size() > 1 ? 1 : 0;
        return words.get(first).kind() == ChineseTagger.Kind.VERB && !STATIVE.matcher(words.get(first).text()).matches();
    }

    /** Whether the phrase, after its manner words, opens with a verb of {@code zh/action-verbs.txt}. */
    private boolean startsWithActionVerb(String phrase) {
        String rest = withoutMannerWords(phrase);
        return actionVerbs.stream().anyMatch(rest::startsWith);
    }

    private String withoutMannerWords(String phrase) {
        String rest = phrase;
        boolean stripped = true;
        while (stripped) {
            stripped = false;
            for (String word : mannerWords) {
                if (rest.startsWith(word) && rest.length() > word.length()) {
                    rest = rest.substring(word.length());
                    stripped = true;
                    break;
                }
            }
        }
        return rest;
    }

    /**
     * The principles of a list: in "合作自愿、利益共享…和依法保护知识产权" the last "和" joins the list like "、";
     * without "、" or a comma, "和" joins two principles only between four-character phrases ("平等互利和优势互补"), not inside
     * one ("加快企业资金周转和物资流动").
     */
    private static List<String> principlesIn(String list) {
        if (LIST_COMMA.matcher(list).find()) {
            return phrases(LIST_COMMA.split(LAST_CONJUNCTION.matcher(list).replaceFirst("、")));
        }
        return phrases(FOUR_AND_FOUR.matcher(list).matches() ? ITEM_SPLIT.split(list) : new String[] {list});
    }

    private static List<String> split(String list) {
        // "资本和金融" stays one item in a list separated by "、"; only a list without "、" splits at "和".
        return phrases((list.contains("、") ? LIST_COMMA : ITEM_SPLIT).split(list));
    }

    /** The items of a list, each trimmed to its phrase, those too short or too long to be one left out. */
    private static List<String> phrases(String[] listed) {
        List<String> items = new ArrayList<>();
        for (String item : listed) {
            String phrase = ITEM_TAIL.matcher(item.replaceAll("^[“「\"‘『《]|[”」\"’』》]$", "")
                    .replaceAll("^(?:双方|雙方|在|于|於|推进|推進)", "")).replaceFirst("").strip();
            if (phrase.length() >= 2 && phrase.length() <= 20 && !phrase.endsWith("的")) {
                items.add(phrase);
            }
        }
        return items;
    }
}
