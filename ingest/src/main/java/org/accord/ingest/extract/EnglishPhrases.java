package org.accord.ingest.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an English sentence says of the agreement itself: its kind ("strategic cooperation agreement"), the fields of
 * cooperation ("in the fields of ..."), its principles ("principles of ...", {@code en/principles.txt}) and what the
 * parties undertake ("will promote ...", verbs of {@code en/action-verbs.txt}).
 */
final class EnglishPhrases {
    private static final Pattern KIND = Pattern.compile("(?i)\\b((?:(?:comprehensive|strategic|framework|cooperation|"
            + "co-operation|cooperative|collaboration|partnership|academic|research|memorandum of understanding|"
            + "new round of|joint|exchange|sister|twinning|investment|development)\\s+){0,5}"
            + "(?:agreement|memorandum of understanding|memorandum|MoU|MOU|contract|letter of intent|protocol))\\b");
    private static final Pattern LIST_END = Pattern.compile(
            "[.;:]|\\s+and other (?:fields|areas|sectors|domains|aspects)\\b|\\s(?:in order to|so as to|to promote|to further|which|that|while|with the aim|aiming)\\b|"
                    + ",\\s*(?:focusing|aiming|and will|and to|so|thus|with|along with|in order|which|said|says|"
                    + "according)\\b");
    private static final Cue FIELDS = new Cue(Pattern.compile("(?i)\\bin (?:the )?(?:fields?|areas?|sectors?|domains?)"
            + "(?: of| such as| including| like)?\\s+|\\b(?:fields?|areas?|sectors?|domains?) (?:for|of) "
            + "(?:[\\p{L}.-]+\\s+){0,3}?(?:cooperation|collaboration),?\\s+(?:including|such as|like|namely)\\s+|"
            + "\\bjoint (?:research|studies|work) (?:on|in)\\s+|"
            + "\\b(?:across|in)\\s+(?:the\\s+)?(?=[^.;]{3,120}\\band other (?:fields|areas|sectors|domains|aspects)\\b)|\\bcooperat(?:e|ion) (?:in|on) "
            + "(?!(?:the )?(?:fields?|areas?|sectors?|domains?)\\b|an?\\s)"),
            // Where a match of the cue may start, and words without one of which it does not match.
            List.of("in", "field", "area", "sector", "domain", "joint", "across", "cooperat"),
            "field", "area", "sector", "domain", "cooperat", "joint", "across", "aspects");
    /** Words that tell of the parties' past, not of the agreement ("have cooperated for years in…"). */
    private static final Pattern BACKGROUND = Pattern.compile("(?i)\\b(?:for (?:many )?years|for decades|(?:has|have) "
            + "long|since (?:19|20)\\d{2}|previously|in the past)\\b");
    /** A verb that goes on with the clause a list opened ("are committed to…"). */
    private static final Pattern CLAUSE_VERB = Pattern.compile("(?:are|is|was|were|will|shall|have|has|had)\\s");
    /** "…, to become stronger than ever before": a purpose, not a field. */
    private static final Pattern INFINITIVE = Pattern.compile("(?i)to\\s");
    /** "focusing on A and B"; not "a platform with a focus on...", which describes a company, not the agreement. */
    private static final Cue FOCUS = new Cue(Pattern.compile("(?i)(?<!\\ba )\\bfocus(?:ing|es|ed)? (?:mainly )?on\\s+"),
            List.of("focus"), "focus");
    /** "a Memorandum of Understanding on agricultural technology cooperation on Monday": what the agreement is on. */
    private static final Pattern AGREEMENT_ON = Pattern.compile("(?i)\\b(?:agreement|memorandum of understanding|"
            + "memorandum|mou)\\s+on\\s+((?:[\\p{L}\\d'’-]+\\s*?){2,6}?)(?=\\s+(?:on|with|between|at|in|during|to|"
            + "was|were|is|has|and the|which|that|signed|last|this|yesterday|today)\\b|\\s*[,.;:(]|\\s*$)");
    private static final Pattern AGREEMENT_WORD = Pattern.compile("(?i)\\b(?:agreement|memorand|mou)");
    /** "…, public health security, among others": the list's own closing words, no item. */
    private static final Pattern AMONG_OTHERS = Pattern.compile("(?i)^among others$");
    private static final Cue PRINCIPLES = new Cue(Pattern.compile("(?i)\\bprinciples? of\\s+"), List.of("principle"),
            "principle");
    /**
     * "signed a framework agreement to establish…", "an MOU to guide…", "a ceremony… was held to further strengthen…":
     * the purpose of the signing.
     */
    private static final String PURPOSE_OF_SIGNING = "(?:agreement|memorandum|memorandum of understanding|MoU|MOU)"
            + "(?:\\s*\\([^)]{1,12}\\))?(?:\\s+with\\s+[^,.;()]{2,80}?(?:\\s*\\([^)]{1,12}\\))?)?\\s+to"
            + "|(?<=ceremony|signing).{0,160}?\\bwas held\\s+to|\\ba commitment to";
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s\\b");
    /** "build Sichuan-Yibin Industrial Park on the morning of April 25th": when is not part of what is undertaken. */
    private static final Pattern TRAILING_TIME = Pattern.compile("\\s+(?:on|in|by|before|from)\\s+(?:the\\s+"
            + "(?:morning|afternoon|evening)\\s+of\\s+)?(?:\\d{1,2}(?:st|nd|rd|th)?\\s+)?" + EnglishDates.MONTH_NAME
            + "(?:\\s+\\d{1,2}(?:st|nd|rd|th)?)?(?:,?\\s+\\d{4})?$");
    /**
     * Words that report what someone said, or a speaker's "we": what follows is their view or hope, not what the
     * parties undertook.
     */
    private static final Literals SPEECH = Literals.words("said", "says", "told", "noted", "added", "stated", "stressed",
            "emphasised", "emphasized", "remarked", "commented", "pointed out", "expressed", "we", "our");
    /** Words after which an article states what a party will do. */
    private static final Pattern UNDERTAKING = Pattern.compile("(?i)\\b(?:will|shall|agreed to|agree to|agrees to|"
            + "pledged to|pledges? to|vowed to|vows? to|undertake to|undertakes to|committed to|commit to|aims? to|"
            + "seeks? to|plans? to|intends? to|are to|is to|expected to|continue to|"
            + PURPOSE_OF_SIGNING + ")(?:\\s+(?:jointly|further|also|actively|continue to|"
            + "work together to|work to|help to|help))*\\s+");
    /**
     * A party's promise in its own words ("agreed to", "vowed to"), or the purpose an agreement is signed for ("an
     * agreement to establish…"): undertakings whatever else the sentence says, unlike "will", which needs a sentence
     * about the cooperation.
     */
    private static final Pattern PROMISE = Pattern.compile("(?i)^(?:agree|pledge|vow|undertake|commit|a commitment)|"
            + "(?:agreement|memorandum|understanding|mou|held)\\b");
    /** Where the list of undertakings ends: a new clause, not a comma between verbs. */
    private static final Pattern UNDERTAKING_END = Pattern.compile("[;:.!?]|\\s(?:which|who|while|whereas|said|says)\\b"
            + "|,\\s*(?:said|according|he|she|they|it)\\b");
    /** Commas and "and" before the next verb of a list of undertakings. */
    private static final Pattern VERB_PHRASE_SPLIT = Pattern.compile("(?:,\\s*(?:and\\s+|as well as\\s+)?|\\s+and\\s+"
            + "|\\s+as well as\\s+)(?:to\\s+)?");
    private static final Pattern COOPERATION_CONTEXT = Pattern.compile("(?i)\\b(?:agreement|memorandum|mou|cooperat|"
            + "co-operat|collaborat|partnership|both|parties|sides|jointly|together|the two)");
    private static final int MAX_PHRASE_WORDS = 16;
    /**
     * A field or principle of one word ("research", "education") is too general to tell one agreement from another:
     * a phrase has two words at least.
     */
    private static final int MIN_PHRASE_WORDS = 2;
    private static final int MIN_KNOWN_PRINCIPLES = 2;
    /** "deepen the cooperation with the goal of optimising A and achieving B": the aims are undertakings too. */
    private static final Pattern AIM = Pattern.compile("(?i)\\s+with the (?:goal|aim|purpose) of\\s+");
    /** ", marking its twelfth institute": a participle and its object describe what came before. */
    private static final Pattern PARTICIPLE_CLAUSE = Pattern.compile("\\p{L}+ing\\s+(?:its|their|the|a|an|this|"
            + "these|his|her)\\b");
    /** "…Sign MOU to Advance Quantum Computing in South Korea": a headline's words, not the article's. */
    private static final Pattern TITLE_CASE = Pattern.compile("\\p{Lu}\\S*(?:\\s+(?:\\p{Lu}\\S*|in|of|and|for|the|to|on|with|a|an))+");
    private static final Pattern LEADING_ADVERB = Pattern.compile("^\\p{L}+ly\\s+(?=\\p{L})");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern AREA_WORD = Pattern.compile("(?i)(?:fields?|areas?|sectors?|domains?)\\b");
    private static final Pattern AREA_PREFIX = Pattern.compile("(?i)^(?:the\\s+)?(?:areas?|fields?|sectors?|domains?)\\s+"
            + "(?:such as|including|like|of)\\s+");
    private static final Pattern PRINCIPLE_TAIL = Pattern.compile("(?i)(?:\\s+and\\s+[\\w-]+(?:\\s+results)?)?[\\s”\"')]*");
    /** A list item, or a line under a Title Case heading before a colon (lists lose their marks in Markdown). */
    private static final String HEADING = "\\p{Lu}[\\p{L}&-]*(?:\\s+(?:and|of|for|&|\\p{Lu}[\\p{L}&-]*)){0,6}:\\s+";
    private static final Pattern BULLET = Pattern.compile("^(?:[*•\\-]\\s+(?:" + HEADING + ")?|" + HEADING + ")(.+?)[.;]?$");
    private static final Pattern PURPOSE = Pattern.compile("\\s+(?:to|in order to|so as to|so that|with a focus)\\s+|[.;,]\\s");
    private static final String AGREEMENT_NOUN = "(?:agreement|memorandum of understanding|memorandum|MoU|MOU|"
            + "protocol|accord|treaty|contract|letter of intent)";
    /** "The Memoranda of Understanding (MoU) include", "The agreements signed were": a list of agreements follows. */
    private static final Pattern AGREEMENTS_LISTED = Pattern.compile("(?i)^(?:the\\s+)?(?:\\w+\\s+){0,2}?"
            + "(?:memoranda|agreements|MoUs|MOUs|protocols|accords|documents|instruments)\\b[^,;]{0,40}?"
            + "\\b(?:include|includes|included|are|were|cover|covered|comprise|comprised)\\s*:?\\s+");
    /** Before each agreement of a list: "an MoU on A, an MoU on B and an MoU on C" splits before each "an MoU". */
    private static final Pattern LISTED_AGREEMENT_SPLIT = Pattern.compile("(?i)(?:,\\s*(?:and\\s+)?|\\s+and\\s+)"
            + "(?=(?:an?|the|one)\\s+(?:[\\w-]+\\s+){0,3}?" + AGREEMENT_NOUN + "\\b)");
    /** "an MoU on Trade and Investment, Tourism and Art": the kind as written, and what it is about. */
    private static final Pattern LISTED_AGREEMENT = Pattern.compile("(?i)(?:an?|the|one)\\s+((?:[\\w-]+\\s+){0,3}?"
            + AGREEMENT_NOUN + "(?:\\s+(?:on|for|of|regarding|concerning|in)\\s+(.{3,80}?))?)");
    /** What joins two agreements signed together: '" and "', ', and an ', ' and the "…'. */
    private static final Pattern AGREEMENT_JOIN = Pattern.compile("(?i)[\"”’']?\\s*,?\\s*(?:and|as well as)\\s+"
            + "(?:an?\\s+|the\\s+)?[\"“‘']?(?:[\\p{L}\\d&'’-]+\\s+){0,8}?");
    private static final Set<String> ARTICLES = Set.of("the", "a", "an", "and", "other", "etc", "various");

    private final EnglishOrganisationNames organisationNames;
    private final Literals knownPrinciple = Lexicon.load("en/principles.txt").literals(true);
    private final Set<String> actionVerbs = Set.copyOf(Lexicon.load("en/action-verbs.txt").entries());

    /** @param organisationNames the grammar of names, by which an organisation saying it will do something is known */
    EnglishPhrases(EnglishOrganisationNames organisationNames) {
        this.organisationNames = organisationNames;
    }

    /** The kind of agreement the sentence names, as written. */
    Optional<String> kind(String sentence) {
        Matcher m = KIND.matcher(sentence);
        return m.find() ? Optional.of(m.group(1).strip()) : Optional.empty();
    }

    /** Agreements named one after another, joined by "and": "signed a … agreement and an agreement on …". */
    int agreementsNamed(String sentence) {
        Matcher m = KIND.matcher(sentence);
        int count = 0;
        int previousEnd = -1;
        while (m.find()) {
            if (previousEnd < 0 || AGREEMENT_JOIN.matcher(sentence.substring(previousEnd, m.start())).matches()) {
                count++;
                previousEnd = m.end();
            }
        }
        return Math.max(1, count);
    }

    /** The agreements the sentence lists ("The memoranda include an MoU on A, an MoU on B and…"), if two or more. */
    List<LanguageRules.ListedAgreement> agreementsListed(String sentence) {
        Matcher opener = AGREEMENTS_LISTED.matcher(sentence);
        if (!opener.find()) {
            return List.of();
        }
        String list = sentence.substring(opener.end()).replaceFirst("[.;]\\s*$", "");
        List<LanguageRules.ListedAgreement> listed = new ArrayList<>();
        for (String item : LISTED_AGREEMENT_SPLIT.split(list)) {
            Matcher m = LISTED_AGREEMENT.matcher(item.strip());
            if (!m.matches()) {
                return List.of(); // not a list of agreements after all
            }
            listed.add(new LanguageRules.ListedAgreement(m.group(1), m.group(2)));
        }
        return listed.size() >= 2 ? List.copyOf(listed) : List.of();
    }

    /** The fields of cooperation the sentence states. */
    List<String> fields(String sentence) {
        if (SPEECH.foundIn(sentence) || BACKGROUND.matcher(sentence).find()) {
            // "…in the fields of sustainable development, he stressed": a speaker's view (measured: en fields F1
            // .659 -> .674; the same in Chinese, where 表示 often states the agreement's fields, .770 -> .742).
            return List.of();
        }
        List<String> fields = listAfter(FIELDS, sentence);
        // "focusing on A, B and C" lists fields, unless the sentence named its fields already: then it lists what
        // the parties will do in them.
        List<String> listed = new ArrayList<>(fields.isEmpty() ? listAfter(FOCUS, sentence) : fields);
        Matcher on = AGREEMENT_ON.matcher(sentence);
        while (on.find()) {
            String subject = trimPhrase(on.group(1));
            // "on behalf of", a headline's "MoU on Deepening Cooperation", a list of agreements: no subject.
            if (!subject.startsWith("behalf") && !TITLE_CASE.matcher(subject).matches()
                    && !AGREEMENT_WORD.matcher(subject).find()) {
                listed.add(subject);
            }
        }
        // A field is a noun phrase ("sharing best practices" is one): "safeguard national security" is what the
        // parties will do, and "fields between the two sides" names no field.
        // "cooperation on April 2": a date, no field.
        return listed.stream().filter(f -> isGerund(f) || !startsWithActionVerb(f))
                .filter(f -> !AREA_WORD.matcher(f).lookingAt() && !INFINITIVE.matcher(f).lookingAt())
                .filter(f -> !EnglishDates.isMonthOrDay(f.split("\\s+")[0])).toList();
    }

    /** The principles of cooperation the sentence states. */
    List<String> principles(String sentence) {
        // "…“project-based”, are committed to…": the list ran into the clause it opened.
        List<String> principles = listAfter(PRINCIPLES, sentence).stream()
                .filter(p -> !CLAUSE_VERB.matcher(p).lookingAt()).toList();
        return principles.isEmpty() ? knownPrinciplesListed(sentence) : principles;
    }

    /**
     * "realize the complementary advantages, resource sharing, common development, mutual benefit and win-win": the
     * comma-separated items of a list naming two known principles ({@code en/principles.txt}), without the verb
     * before.
     */
    private List<String> knownPrinciplesListed(String sentence) {
        // One known principle in passing ("the potential for mutual benefit") states a hope, not the principles agreed.
        if (knownPrinciple.count(sentence, MIN_KNOWN_PRINCIPLES) < MIN_KNOWN_PRINCIPLES) {
            return List.of();
        }
        List<String> found = new ArrayList<>();
        for (String item : sentence.split("[,;.:]\\s*(?:and\\s+)?")) {
            Literals.Match m = knownPrinciple.find(item, 0);
            // The principle ends its item ("mutual benefit and win-win"); "common development goals" is no principle.
            if (m != null && PRINCIPLE_TAIL.matcher(item.substring(m.end())).matches()) {
                String phrase = trimPhrase(item.substring(item.substring(0, m.start()).lastIndexOf(' ') + 1));
                found.add(phrase.isEmpty() ? m.in(item) : phrase);
            }
        }
        return found;
    }

    /** What the sentence says the parties undertake. */
    List<String> commitments(String sentence) {
        if (SPEECH.foundIn(sentence)) {
            return List.of(); // "…will create a new high point of the cooperation, he said": a hope, not undertaken
        }
        List<String> result = new ArrayList<>();
        List<String> fields = listAfter(FIELDS, sentence);
        if (!fields.isEmpty()) {
            // "focus on A and B in areas such as C, D": the fields are not what is done in them.
            listAfter(FOCUS, sentence).stream().filter(item -> !fields.contains(item)).forEach(result::add);
        }
        Matcher bullet = BULLET.matcher(sentence);
        if (bullet.matches() && startsWithActionVerb(bullet.group(1).replaceFirst("^(?i)jointly\\s+", ""))) {
            // "* Advance Education and Training: Enhance academic programs ... to ensure ...": the item, not its aim.
            result.add(PURPOSE.split(bullet.group(1), 2)[0].strip());
        }
        Matcher m = UNDERTAKING.matcher(sentence);
        boolean aboutCooperation = COOPERATION_CONTEXT.matcher(sentence).find();
        int from = 0;
        while (from < sentence.length() && m.find(from)) {
            String rest = sentence.substring(m.end());
            Matcher end = UNDERTAKING_END.matcher(rest);
            int listEnd = end.find() ? end.start() : rest.length();
            from = m.end() + listEnd;
            if (aboutCooperation || PROMISE.matcher(m.group().strip()).find()
                    || organisationSays(sentence.substring(0, m.start()))) {
                result.addAll(undertakings(rest.substring(0, listEnd)));
            }
        }
        return result;
    }

    /** The verb phrases of a list of undertakings, each trimmed to the phrase. */
    private List<String> undertakings(String list) {
        List<String> result = new ArrayList<>();
        List<String> phrases = new ArrayList<>();
        for (String part : AIM.split(list)) {
            phrases.addAll(verbPhrases(part));
        }
        for (String phrase : phrases) {
            // "establish the … Institute (the Institute)": the name the article goes on to use is not undertaken.
            String trimmed = TRAILING_TIME.matcher(withoutFieldList(phrase.strip()).replaceAll("[,.;:]+$", "")
                    .replaceFirst("\\s*\\([^()]*\\)$", "")).replaceFirst("");
            if (startsWithActionVerb(trimmed) && trimmed.split("\\s+").length <= MAX_PHRASE_WORDS
                    && trimmed.split("\\s+").length >= 2 && !TITLE_CASE.matcher(trimmed).matches()) {
                result.add(trimmed);
            }
        }
        return result;
    }

    /**
     * "In addition, Hebei Province will…", "The University's scholars will…": an organisation, or its people, is the
     * subject of the clause before the cue.
     */
    private boolean organisationSays(String beforeCue) {
        String clause = beforeCue.substring(beforeCue.lastIndexOf(',') + 1);
        return organisationNames.hasHead(POSSESSIVE.matcher(clause).replaceAll(""));
    }

    /**
     * "enhance their cooperation in talent nurturing, knowledge exchanges": the list after "cooperation in" or "in
     * the fields of" is the fields; the undertaking ends before it. Without a comma, "cooperate on technology
     * training and transfers" stays whole.
     */
    private static String withoutFieldList(String phrase) {
        Matcher fields = FIELDS.pattern().matcher(phrase);
        if (!fields.find() || !phrase.substring(fields.end()).contains(",")) {
            return phrase;
        }
        String before = phrase.substring(0, fields.start());
        return fields.group().toLowerCase(Locale.ROOT).startsWith("cooperat")
                ? before + fields.group().replaceFirst("\\s+(?:in|on)\\s+$", "") : before.strip();
    }

    /** Splits "promote A, develop B and establish C" before each verb, leaving "hold A, B and C" whole. */
    private List<String> verbPhrases(String list) {
        List<String> phrases = new ArrayList<>();
        Matcher split = VERB_PHRASE_SPLIT.matcher(list);
        int from = 0;
        // The verbs of a list share their form: after "offer consulting", "and training services" goes on the object.
        boolean gerunds = isGerund(list.strip());
        while (split.find()) {
            String next = list.substring(split.end()).replaceFirst("^(?:further|jointly|fully|better|actively|also)\\s+", "");
            if (startsWithActionVerb(next) && isGerund(next) == gerunds) {
                phrases.add(list.substring(from, split.start()));
                from = split.end();
            } else if ((startsWithActionVerb(next) || (!gerunds && PARTICIPLE_CLAUSE.matcher(next).lookingAt()))
                    && split.group().startsWith(",")) {
                // "facilitate the exchange of news, providing audiences with…": a participle after a comma describes
                // the undertaking before it and ends the list.
                phrases.add(list.substring(from, split.start()));
                return phrases;
            }
        }
        phrases.add(list.substring(from));
        return phrases;
    }

    private static boolean isGerund(String phrase) {
        return withoutLeadingAdverb(phrase).split("\\s+")[0].toLowerCase(Locale.ROOT).endsWith("ing");
    }

    /** "proactively enhance…": the verb after an adverb in -ly, which stays part of the undertaking. */
    private static String withoutLeadingAdverb(String phrase) {
        return LEADING_ADVERB.matcher(phrase).replaceFirst("");
    }

    private boolean startsWithActionVerb(String phrase) {
        String first = withoutLeadingAdverb(phrase).split("\\s+")[0].toLowerCase(Locale.ROOT);
        String base = first.endsWith("ing") ? first.substring(0, first.length() - 3) : first;
        return actionVerbs.contains(first) || actionVerbs.contains(base) || actionVerbs.contains(base + "e");
    }

    /** The items of the list that follows the cue, cut at the end of the list and split at commas and "and". */
    private static List<String> listAfter(Cue cue, String sentence) {
        if (!cue.mayMatch(sentence)) {
            return List.of(); // spare most sentences the branches of the cue, tried at every offset
        }
        List<String> items = new ArrayList<>();
        Matcher m = cue.pattern().matcher(sentence);
        for (boolean found = cue.openers().findStarting(m, sentence, 0); found;
                found = cue.openers().findStarting(m, sentence, m.end())) {
            String rest = sentence.substring(m.end());
            Matcher end = LIST_END.matcher(rest);
            String list = end.find() ? rest.substring(0, end.start()) : rest;
            // "A, B and C" splits at the commas and the last "and"; "education and training, consulting" keeps its
            // inner "and": only a list without commas splits at every "and".
            String separator = list.contains(",") ? ",\\s*(?:and\\s+|or\\s+|as well as\\s+)?|\\s+as well as\\s+"
                    : "\\s+and\\s+|\\s+as well as\\s+";
            for (String item : list.split(separator)) {
                String phrase = AMONG_OTHERS.matcher(trimPhrase(item)).replaceFirst("");
                int words = phrase.isEmpty() ? 0 : phrase.split("\\s+").length;
                if (wordsOf(phrase) >= MIN_PHRASE_WORDS && words <= 8 && !EnglishDates.isMonthOrDay(phrase)) {
                    items.add(phrase);
                }
            }
        }
        return items;
    }

    /**
     * A pattern that opens a list; what each of its matches starts with, in any case; and words (in lower case) one
     * of which is in every text it matches.
     */
    private record Cue(Pattern pattern, Literals openers, String... words) {
        Cue(Pattern pattern, List<String> openers, String... words) {
            this(pattern, Literals.substringsIgnoringCase(openers), words);
        }

        boolean mayMatch(String sentence) {
            String lower = sentence.toLowerCase(Locale.ROOT);
            return Arrays.stream(words).anyMatch(lower::contains);
        }
    }

    /** The words of a phrase, as its readers count them: "demand-oriented" is two. */
    private static int wordsOf(String phrase) {
        return (int) WORD.matcher(phrase).results().count();
    }

    private static String trimPhrase(String item) {
        String bare = AREA_PREFIX.matcher(item.strip()).replaceFirst("");
        List<String> words = new ArrayList<>(Arrays.asList(bare.split("\\s+")));
        while (!words.isEmpty() && ARTICLES.contains(words.get(0).toLowerCase(Locale.ROOT))) {
            words.remove(0);
        }
        while (!words.isEmpty() && ARTICLES.contains(words.get(words.size() - 1).toLowerCase(Locale.ROOT)
                .replaceAll("\\W", ""))) {
            words.remove(words.size() - 1);
        }
        return String.join(" ", words).replaceAll("^[\"“‘']+|[\\p{Punct}“”‘’]+$", "").strip();
    }
}
