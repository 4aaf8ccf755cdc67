package org.accord.ingest.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.accord.core.merge.OrganisationNames;
import org.accord.core.model.Organisation;
import org.accord.core.model.Person;
import org.accord.core.model.SigningDate;
import org.jspecify.annotations.Nullable;

/**
 * English: a grammar of capitalised names, organisation head nouns ("University", "Laboratory", "Group"), titles
 * and dates, with the word lists in {@code en/*.txt}.
 */
final class EnglishRules implements LanguageRules {
    private static final String MONTH = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
            + "|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    /** A release's dateline: optional place, the date, an optional wire in slashes or brackets, then a dash. */
    private static final Pattern DATELINE = Pattern.compile("\\s*(?:date\\s+\\d{4}-\\d{2}-\\d{2}\\s+)?(?:[\\p{Lu}][\\p{L} .,'’-]{0,40}"
            + ",\\s+)?(?:" + MONTH + "\\s+(\\d{1,2}),?\\s+((?:19|20)\\d{2})|(\\d{1,2})\\s+" + MONTH
            + "\\s+((?:19|20)\\d{2}))\\s*(?:/[^/]{1,40}/|\\([\\p{Lu}\\s]{2,30}\\))?\\s*(?:--|—|–|-)\\s*");
    private static final Pattern MONTH_DAY = Pattern.compile(
            "\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+((?:19|20)\\d{2})\\b)?");
    private static final Pattern DAY_MONTH = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + "\\b(?:,?\\s+((?:19|20)\\d{2})\\b)?");
    private static final Pattern ISO = Pattern.compile("\\b((?:19|20)\\d{2})-(\\d{2})-(\\d{2})\\b");
    private static final Pattern MONTH_YEAR = Pattern.compile("\\b(?:in|In|during)\\s+" + MONTH + ",?\\s+((?:19|20)\\d{2})\\b");
    private static final Pattern RELATIVE_DAY = Pattern.compile(
            "\\b(yesterday|today|this (?:morning|afternoon|evening)|(?:on )?(Monday|Tuesday|Wednesday|Thursday|Friday|"
                    + "Saturday|Sunday))\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern REMOTE = Pattern.compile(
            "\\b(video ?conference|video link|videoconference|online ceremony|virtual(?:ly)? ceremony|online)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final String NAME_WORD = "(?:\\p{Lu}[\\p{L}\\p{N}'’&.\\-]*|\\d+[\\p{L}]*)";
    private static final String CONNECTOR = "(?:of|and|for|the|de|da|do|dos|del|&|on)";
    private static final Pattern KIND = Pattern.compile("(?i)\\b((?:(?:comprehensive|strategic|framework|cooperation|"
            + "co-operation|cooperative|collaboration|partnership|academic|research|memorandum of understanding|"
            + "new round of|joint|exchange|sister|twinning|investment|development)\\s+){0,5}"
            + "(?:agreement|memorandum of understanding|memorandum|MoU|MOU|contract|letter of intent|protocol))\\b");
    private static final Pattern PERSON_NAME = Pattern.compile(
            "\\p{Lu}[\\p{L}'’\\-]+(?:\\s+(?:\\p{Lu}\\.\\s*)*\\p{Lu}[\\p{L}'’\\-]+){1,3}");
    /** A further name in a list: after a comma or "and", followed by the list going on or ending. */
    private static final Pattern LISTED_NAME = Pattern.compile("(?:\\s*,\\s*(?:and\\s+)?|\\s+and\\s+)(" + PERSON_NAME
            + ")(?=\\s*(?:,|\\band\\b|\\(|\\battended\\b|\\bsigned\\b|\\bwitnessed\\b|\\bwere\\b|\\.|;|$))");
    private static final Pattern HONORIFIC_WORD = Pattern.compile("Mr\\.?|Ms\\.?|Mrs\\.?|Dr\\.?|Prof\\.?|Hon\\.?|His|Her|"
            + "Excellency|HE|H\\.E\\.|Party");
    /** "The ceremony was presided over by Tian Xuechao": who hosts a ceremony attends it. */
    private static final Pattern HOSTED_BY = Pattern.compile("\\b(?:presided over|hosted|chaired|moderated|emceed|"
            + "witnessed|attended|signed)\\s+by\\s+(?:(?:Mr|Ms|Mrs|Dr|Prof)\\.?\\s+)?(" + PERSON_NAME + ")");
    /** "together with Tian Xuechao, Sun Jiande, and Wang Yong attended": names listed before "attended". */
    private static final Pattern LIST_BEFORE_ATTENDED = Pattern.compile("\\b(?:with|and|by|,)\\s+(" + PERSON_NAME
            + ")(?=(?:\\s*,\\s*(?:and\\s+)?" + PERSON_NAME + "|\\s+and\\s+" + PERSON_NAME + ")*\\s+(?:also\\s+)?"
            + "(?:attended|were present|witnessed|joined))");
    private static final Pattern HONORIFIC = Pattern.compile("\\b(?:Mr|Ms|Mrs|Dr|Prof)\\.?\\s+(" + PERSON_NAME + ")");
    private static final Pattern LIST_END = Pattern.compile(
            "[.;:]|\\s(?:in order to|so as to|to promote|to further|which|that|while|with the aim|aiming)\\b|"
                    + ",\\s*(?:focusing|aiming|and will|and to|so|thus|with|in order|which|as well as)\\b");
    private static final Pattern FIELDS = Pattern.compile("(?i)\\bin (?:the )?(?:fields?|areas?|sectors?|domains?)"
            + "(?: of| such as| including| like)?\\s+|\\bcooperat(?:e|ion) (?:in|on) "
            + "(?!(?:the )?(?:fields?|areas?|sectors?|domains?)\\b)");
    private static final Pattern FOCUS = Pattern.compile("(?i)\\bfocus(?:ing|es|ed)? (?:mainly )?on\\s+");
    private static final Pattern PRINCIPLES = Pattern.compile("(?i)\\bprinciples? of\\s+");
    /** Words after which an article states what a party will do. */
    private static final Pattern UNDERTAKING = Pattern.compile("(?i)\\b(?:will|shall|agreed to|agree to|agrees to|"
            + "pledged to|pledge to|undertake to|undertakes to|committed to|commit to|aims? to|seeks? to|plans? to|"
            + "intends? to|are to|is to|expected to|continue to)(?:\\s+(?:jointly|further|also|actively|continue to|"
            + "work together to|work to|help to|help))*\\s+");
    /** Where the list of undertakings ends: a new clause, not a comma between verbs. */
    private static final Pattern UNDERTAKING_END = Pattern.compile("[;:.!?]|\\s(?:which|who|while|whereas|said|says)\\b"
            + "|,\\s*(?:said|according|he|she|they|it)\\b");
    /** Commas and "and" before the next verb of a list of undertakings. */
    private static final Pattern VERB_PHRASE_SPLIT = Pattern.compile(",\\s*(?:and\\s+|as well as\\s+)?|\\s+and\\s+"
            + "|\\s+as well as\\s+");
    private static final Pattern COOPERATION_CONTEXT = Pattern.compile("(?i)\\b(?:agreement|memorandum|mou|cooperat|"
            + "co-operat|collaborat|partnership|both|parties|sides|jointly|together|the two)");
    private static final int MAX_PHRASE_WORDS = 16;
    private static final Pattern PARTY_COUNT = Pattern.compile("(?i)\\b(bilateral|both parties|both sides|the two sides|"
            + "tripartite|trilateral|three-way|three parties|"
            + "quadripartite|quadrilateral|four-way|four parties|five parties)\\b");
    private static final Pattern WITH = Pattern.compile("\\bwith\\b");
    /** "Datavault AI (DVLT)", "(NASDAQ: DVLT)": an acronym in brackets after a name is that name's short form. */
    private static final Pattern BRACKETED_AFTER_NAME = Pattern.compile("\\p{L}\\s*\\((?:[\\p{Lu}\\s]+:\\s*)?$");
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s\\b");
    private static final Pattern BRACKETED = Pattern.compile("\\(([^()]{2,60})\\)");
    private static final int MAX_NAME = 160;
    /** A venue written in lower case: "held in the conference hall of No.1 Building", "ceremony on PolyU campus". */
    private static final Pattern VENUE = Pattern.compile("\\b(?:held|signed|took place|hosted|ceremony|signing)\\b[^.;]*?"
            + "\\b(?:in|at|on)\\s+((?:the\\s+)?(?:[\\p{L}\\d.'’-]+\\s+){0,3}?(?:conference hall|hall|meeting room|room|campus|"
            + "auditorium|headquarters|hotel|building|center|centre)\\b(?:\\s+of\\s+(?:[\\p{Lu}\\d][\\p{L}\\d.'’-]*\\s*)+"
            + "(?:of\\s+(?:[\\p{Lu}\\d][\\p{L}\\d.'’-]*\\s*)+)*)?)");
    private static final Pattern AREA_PREFIX = Pattern.compile("(?i)^(?:the\\s+)?(?:areas?|fields?|sectors?|domains?)\\s+"
            + "(?:such as|including|like|of)\\s+");
    private static final Pattern PRINCIPLE_TAIL = Pattern.compile("(?i)(?:\\s+and\\s+[\\w-]+(?:\\s+results)?)?[\\s”\"')]*");
    /** A list item, or a line under a Title Case heading before a colon (lists lose their marks in Markdown). */
    private static final String HEADING = "\\p{Lu}[\\p{L}&-]*(?:\\s+(?:and|of|for|&|\\p{Lu}[\\p{L}&-]*)){0,6}:\\s+";
    private static final Pattern BULLET = Pattern.compile("^(?:[*•\\-]\\s+(?:" + HEADING + ")?|" + HEADING + ")(.+?)[.;]?$");
    private static final Pattern PURPOSE = Pattern.compile("\\s+(?:to|in order to|so as to|so that|with a focus)\\s+|[.;,]\\s");
    private static final Pattern REGION = Pattern.compile("\\b(?:Province|Prefecture|County|State|Region|Oblast|District)$");
    private static final Pattern AGREEMENT_WORD = Pattern.compile("(?i)\\b(?:agreements?|memorand(?:um|a|ums)|mous?|"
            + "contracts?)\\b");
    private static final Pattern SINGLE_AGREEMENT = Pattern.compile("(?i)\\b(?:a|an|one)\\s+(?:[\\w-]+\\s+){0,4}?"
            + "(?:agreement|memorandum|mou|contract|letter of intent|protocol|partnership)\\b");
    private static final Pattern PLURAL_AGREEMENTS = Pattern.compile("(?i)\\b(?:agreements|memoranda|memorandums|mous|"
            + "contracts|letters of intent|protocols|partnerships)\\b");
    private static final Pattern SEPARATELY = Pattern.compile("(?i)\\b(respectively|separately|separate|"
            + "multiple|several|a series of|each)\\b");
    /** What may stand between a subject and its signing verb, peeled off from the end one piece at a time. */
    private static final Pattern BEFORE_VERB = Pattern.compile("(?:\\s+(?:has|have|had|have been|has been|officially|"
            + "formally|today|recently|also|jointly|successfully|together|finally|will|would|to)"
            + "|\\s+(?:announced|announces|said|says|confirmed)(?:\\s+(?:today|that))*\\s+(?:it|they)"
            + "|\\s*\\([^()]{0,40}\\)|,[^,]{3,80},)\\s*$");
    /** A verb in the passive: what stands before it was signed, not a signatory. */
    private static final Pattern PASSIVE = Pattern.compile("(?i)\\b(?:was|were|been|be|is|are|being)\\s*$");
    /** Capitalised words (with "and", "of", "&" between them) that end right before the verb. */
    private static final Pattern TRAILING_NAME = Pattern.compile("(?:^|[^\\p{L}\\p{N}'’.-])((?:" + NAME_WORD
            + ")(?:\\s+(?:(?:of|and|for|the|&)\\s+)*" + NAME_WORD + ")*)\\s*$");
    private static final Pattern WORD_BEFORE = Pattern.compile("(\\S+)\\s+$");
    private static final Pattern WORD_AFTER = Pattern.compile("^\\s+(\\S+)");
    private static final Pattern SIGNED_BY = Pattern.compile("(?i)\\bsigned by\\b|\\bsigned the\\b|\\bon behalf of\\b");
    private static final Set<String> ARTICLES = Set.of("the", "a", "an", "and", "other", "etc", "various");

    private final Set<String> heads = Set.copyOf(Lexicon.load("en/organisation-heads.txt").entries());
    private final Set<String> breakers = Set.copyOf(Lexicon.load("en/span-breakers.txt").entries());
    private final Lexicon notOrganisations = Lexicon.load("en/not-organisations.txt");
    private final Lexicon countries = Lexicon.load("en/countries.txt");
    private final Pattern countryPattern = Pattern.compile("(?<![\\p{L}.])(?:" + countries.alternation() + ")(?![\\p{L}])");
    private final Lexicon titles = Lexicon.load("en/titles.txt");
    private final Pattern span;
    private final Pattern verbs;
    private final Pattern titleWord;
    private final Pattern knownPrinciple = Lexicon.load("en/principles.txt").wordPattern();
    private final Set<String> actionVerbs = Set.copyOf(Lexicon.load("en/action-verbs.txt").entries());
    private final Pattern titleThenName;
    private final Pattern nameThenBracketedTitle;
    private final Set<String> titleWords;
    private final Pattern apposition;
    private final Pattern spanAtEnd;
    private final Pattern placeAfterVerb;
    private final Pattern visited;
    private final Lexicon notPlaces = Lexicon.load("en/not-places.txt");
    private final Pattern acronym = Pattern.compile("\\b\\p{Lu}[\\p{L}]*\\p{Lu}[\\p{L}]*\\b");

    /** @param cues the English signing cues, whose verbs mark where the subject of a signing ends */
    EnglishRules(SigningCues cues) {
        this.verbs = cues.verbs();
        this.titleWords = titles.entries().stream().flatMap(t -> Arrays.stream(t.toLowerCase(Locale.ROOT).split("\\s+")))
                .filter(w -> w.length() > 2 && !Set.of("the", "and", "for").contains(w))
                .collect(Collectors.toUnmodifiableSet());
        this.titleWord = Pattern.compile("\\b(?:" + titles.alternation() + "|Mr|Ms|Mrs|Dr|Prof)\\b\\.?");
        String lowerHeads = heads.stream().map(h -> h.toLowerCase(Locale.ROOT)).filter(h -> h.length() > 3)
                .map(Pattern::quote).collect(Collectors.joining("|"));
        String word = "(?:" + NAME_WORD + "|(?:" + lowerHeads + ")(?![\\p{L}]))";
        span = Pattern.compile(word + "(?:\\s+(?:" + CONNECTOR + "\\s+)*" + word + ")*");
        spanAtEnd = Pattern.compile("(" + span.pattern() + ")\\s*$");
        placeAfterVerb = Pattern.compile("\\b(?:held|signed|took place|hosted|inked|ceremony|signing)\\b[^.;]*?\\b(?:in|at)"
                + "\\s+((?:the\\s+)?" + span.pattern() + "(?:,\\s*" + NAME_WORD + "(?:\\s+" + NAME_WORD + ")*)?)")
                ;
        visited = Pattern.compile("\\b(?:visited|(?:visit|trip|travelled|traveled|went) to)\\s+(" + NAME_WORD
                + "(?:\\s+" + NAME_WORD + ")*(?:,\\s*" + NAME_WORD + "(?:\\s+" + NAME_WORD + ")*)?)");
        titleThenName = Pattern.compile("(?<![\\p{L}])((?i:" + titles.alternation() + ")s?)\\s+(" + PERSON_NAME + ")");
        nameThenBracketedTitle = Pattern.compile("(" + PERSON_NAME + ")\\s*\\((?:the\\s+)?([^()]{0,40}?\\b(?i:"
                + titles.alternation() + ")\\b[^()]{0,60})\\)");
        apposition = Pattern.compile("((?-i:" + PERSON_NAME + ")),\\s+(?:the\\s+|a\\s+)?([^,;.()]{0,60}?)\\b("
                + titles.alternation() + ")\\b(?:\\s+(?:of|at)\\s+(?:the\\s+)?([^,;.()]{3,80}))?",
                Pattern.CASE_INSENSITIVE);
    }

    @Override
    public Map<String, String> definedAliases(String text) {
        Map<String, String> aliases = new LinkedHashMap<>();
        // Brackets first, the name before them second: the name pattern tried at every offset is slow.
        Matcher m = BRACKETED.matcher(text);
        while (m.find()) {
            Matcher name = spanAtEnd.matcher(text.substring(Math.max(0, m.start() - MAX_NAME), m.start()));
            if (!name.find()) {
                continue;
            }
            List<String> orgs = organisationsIn(name.group(1));
            String inner = m.group(1).strip();
            if (!orgs.isEmpty() && (acronym.matcher(inner).matches() || hasHead(inner))) {
                aliases.putIfAbsent(inner, orgs.get(orgs.size() - 1));
            }
        }
        return aliases;
    }

    @Override
    public List<Organisation> parties(String sentence, Map<String, String> aliases) {
        String place = location(sentence).orElse("");
        // Names inside the place of signing ("held in the hall of Xuhui District Institution Compound") are where,
        // not who; the same name elsewhere in the sentence still counts.
        int placeStart = place.isEmpty() ? -1 : sentence.indexOf(place);
        int placeEnd = placeStart < 0 ? -1 : placeStart + place.length();
        Map<Integer, String> found = new java.util.TreeMap<>();
        Matcher m = span.matcher(sentence);
        while (m.find()) {
            int offset = m.start();
            for (String org : organisationsIn(m.group())) {
                int at = offset + m.group().indexOf(org);
                if (at < placeStart || at >= placeEnd) {
                    found.putIfAbsent(at, org);
                }
            }
        }
        Matcher a = acronym.matcher(sentence);
        while (a.find()) {
            String token = a.group();
            if (aliases.containsKey(token)) {
                found.putIfAbsent(a.start(), token);
            } else if (standsAlone(sentence, a.start(), a.end()) && token.length() <= 8
                    && !BRACKETED_AFTER_NAME.matcher(sentence.substring(0, a.start())).find()
                    && token.chars().filter(Character::isUpperCase).count() >= 3 && !isExcluded(token)
                    && !titles.containsIgnoreCase(token) && !countries.containsIgnoreCase(token)) {
                found.putIfAbsent(a.start(), token);
            }
        }
        if (found.size() < 2) {
            Matcher c = countryPattern.matcher(sentence);
            while (c.find()) {
                // "northern China's Inner Mongolia": a country in the possessive says where, not who.
                if (!POSSESSIVE.matcher(sentence.substring(c.end())).lookingAt()) {
                    found.putIfAbsent(c.start(), c.group());
                }
            }
        }
        subject(sentence).ifPresent(subject -> {
            for (String name : subject.names()) {
                int at = sentence.indexOf(name, subject.start());
                if (found.values().stream().noneMatch(known -> known.contains(name) || name.contains(known))) {
                    found.putIfAbsent(at, name);
                }
            }
        });
        dropAddressQualifiers(sentence, found);
        return organisations(found.values(), aliases);
    }

    /** "Rizhao City, Shandong Province": a province after a comma says where the city is, it is no further party. */
    private static void dropAddressQualifiers(String sentence, Map<Integer, String> found) {
        Integer previousEnd = null;
        for (var it = found.entrySet().iterator(); it.hasNext(); ) {
            var entry = it.next();
            int start = entry.getKey();
            boolean qualifier = previousEnd != null && previousEnd <= start
                    && sentence.substring(previousEnd, start).matches(",\\s*")
                    && REGION.matcher(entry.getValue()).find();
            if (qualifier) {
                it.remove();
            } else {
                previousEnd = start + entry.getValue().length();
            }
        }
    }

    /**
     * The subject of the signing verb, which is a party whatever its name ends in: "Datavault AI (NASDAQ: DVLT)
     * announced it has signed...", "Airbus Defence and Space and Omnitronics Sign MoU". Auxiliaries, a ticker in
     * brackets and an appositive between commas may stand between the name and the verb.
     */
    private Optional<Subject> subject(String sentence) {
        Matcher verb = verbs.matcher(sentence);
        if (!verb.find()) {
            return Optional.empty();
        }
        String before = sentence.substring(0, verb.start());
        String previous;
        do {
            previous = before;
            before = BEFORE_VERB.matcher(before).replaceFirst("");
        } while (!before.equals(previous));
        Matcher name = TRAILING_NAME.matcher(before);
        if (PASSIVE.matcher(before).find() || !name.find() || namesPerson(before, name.start(1))) {
            return Optional.empty();
        }
        List<String> names = new ArrayList<>();
        // "Airbus Defence and Space and Omnitronics": only the last "and" is taken to join two subjects.
        for (String part : name.group(1).split("\\s+(?:and|&)\\s+(?:the\\s+)?(?=\\p{Lu}(?!.*\\s(?:and|&)\\s))")) {
            String bare = part.replaceFirst("^(?:The|the)\\s+", "").strip();
            if (!bare.isEmpty() && !isExcluded(bare) && !titles.containsIgnoreCase(bare)
                    && !breakers.contains(bare) && !isMonthOrDay(bare)) {
                names.add(bare);
            }
        }
        return names.isEmpty() ? Optional.empty() : Optional.of(new Subject(names, name.start(1)));
    }

    /** A title or honorific before or inside the name makes it a person's: "President Yonghua Song signed". */
    private boolean namesPerson(String before, int nameStart) {
        Matcher title = titleWord.matcher(before);
        while (title.find()) {
            if (title.end() >= nameStart - 1) {
                return true;
            }
        }
        return false;
    }

    /** The names before a signing verb and where they start. */
    private record Subject(List<String> names, int start) {
    }

    private List<Organisation> organisations(Iterable<String> names, Map<String, String> aliases) {
        List<Organisation> result = new ArrayList<>();
        for (String name : names) {
            String full = aliases.getOrDefault(name, name);
            Organisation org = new Organisation(full, full.equals(name) ? List.of() : List.of(name));
            boolean known = result.stream().anyMatch(o -> OrganisationNames.sameOrganisation(o, org)
                    || o.allNames().stream().anyMatch(n -> n.contains(full)));
            if (!known) {
                result.removeIf(o -> full.contains(o.name()));
                result.add(org);
            }
        }
        return result;
    }

    /** An acronym stands alone when no other capitalised word touches it and it is not a ticker or a dateline. */
    private boolean standsAlone(String sentence, int start, int end) {
        Matcher before = WORD_BEFORE.matcher(sentence.substring(0, start));
        Matcher after = WORD_AFTER.matcher(sentence.substring(end));
        boolean prevName = before.find() && isNameWord(before.group(1));
        boolean nextName = after.find() && isNameWord(after.group(1));
        String next = sentence.substring(end);
        return !prevName && !nextName && !next.startsWith("/") && !sentence.substring(0, start).endsWith(": ");
    }

    private boolean isNameWord(String word) {
        return Character.isUpperCase(word.charAt(0)) && !breakers.contains(word.replaceAll("\\W+$", ""));
    }

    /** The organisation names in a run of capitalised words, split where two names are joined by "and". */
    List<String> organisationsIn(String run) {
        List<String> words = new ArrayList<>(Arrays.asList(run.split("\\s+")));
        List<String> result = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String word : words) {
            if (breakers.contains(word)) {
                addOrganisation(current, result);
                current = new ArrayList<>();
            } else {
                current.add(word);
            }
        }
        addOrganisation(current, result);
        return result;
    }

    private void addOrganisation(List<String> words, List<String> out) {
        int and = words.indexOf("and");
        if (and > 0 && isOrganisationLike(words.subList(0, and)) && isOrganisationLike(words.subList(and + 1,
                words.size())) && !(words.subList(0, and).contains("of") && !hasHead(String.join(" ",
                words.subList(and + 1, words.size()))))) {
            addOrganisation(new ArrayList<>(words.subList(0, and)), out);
            addOrganisation(new ArrayList<>(words.subList(and + 1, words.size())), out);
            return;
        }
        int lastHead = -1;
        for (int i = 0; i < words.size(); i++) {
            if (isHead(words.get(i))) {
                lastHead = i;
            }
        }
        if (lastHead < 0) {
            return;
        }
        int end = lastHead + 1;
        if (end < words.size() && words.get(end).equals("of")) {
            end = words.size();
        }
        int start = 0;
        int of = words.indexOf("of");
        if (of > 0 && of < lastHead && titles.containsIgnoreCase(String.join(" ", words.subList(0, of)))) {
            start = of + 1;
        }
        while (start < lastHead && (Character.isLowerCase(words.get(start).charAt(0))
                || words.get(start).equals("The") || words.get(start).equals("of") || isMonthOrDay(words.get(start)))) {
            start++;
        }
        while (end > start && Character.isLowerCase(words.get(end - 1).charAt(0)) && !isHead(words.get(end - 1))) {
            end--;
        }
        String name = String.join(" ", words.subList(start, end)).replaceAll("(?:’s|'s|[,.])+$", "")
                .replaceAll("^(?:Both|Leaders|On|In|At)\\s+", "");
        if (name.contains(" ") && Character.isUpperCase(name.charAt(0))) {
            if (!isExcluded(name) && !titles.containsIgnoreCase(name)) {
                out.add(name);
            }
        }
    }

    private boolean isOrganisationLike(List<String> words) {
        List<String> rest = words.isEmpty() || !words.get(0).equalsIgnoreCase("the") ? words
                : words.subList(1, words.size());
        return hasHead(String.join(" ", rest)) || (rest.size() == 1 && acronym.matcher(rest.get(0)).matches());
    }

    /** Listed as no organisation, or naming the agreement itself ("Memorandum of Understanding for ..."). */
    private boolean isExcluded(String name) {
        return notOrganisations.entries().stream().anyMatch(n -> n.equalsIgnoreCase(name))
                || AGREEMENT_WORD.matcher(name).find();
    }

    private boolean hasHead(String text) {
        return Arrays.stream(text.split("\\s+")).anyMatch(this::isHead);
    }

    private boolean isHead(String word) {
        String bare = word.replaceAll("[.,’']+$", "");
        return heads.contains(bare) || (bare.length() > 3 && Character.isLowerCase(bare.charAt(0))
                && heads.contains(Character.toUpperCase(bare.charAt(0)) + bare.substring(1)));
    }

    private static boolean isMonthOrDay(String word) {
        return word.matches(MONTH + "|\\d+(st|nd|rd|th)?,?|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday");
    }

    @Override
    public boolean signsSeparately(String sentence) {
        return SEPARATELY.matcher(sentence).find();
    }

    @Override
    public int statedPartyCount(String sentence) {
        Matcher m = PARTY_COUNT.matcher(sentence);
        if (!m.find()) {
            return 0;
        }
        String word = m.group(1).toLowerCase(Locale.ROOT);
        if (word.startsWith("bi") || word.startsWith("both") || word.startsWith("the two")) {
            return 2;
        }
        return word.startsWith("tri") || word.startsWith("three") ? 3 : word.startsWith("four")
                || word.startsWith("quadri") ? 4 : 5;
    }

    @Override
    public boolean namesOneAgreement(String sentence) {
        return SINGLE_AGREEMENT.matcher(sentence).find() && !PLURAL_AGREEMENTS.matcher(sentence).find();
    }

    @Override
    public boolean joinsWithPartner(String between) {
        return WITH.matcher(between).find();
    }

    @Override
    public Optional<SigningDate> date(String written, @Nullable LocalDate published) {
        // "HONG KONG, May 29, 2024 /PRNewswire/ -- ... signed yesterday (28 May)": the dateline dates the release.
        Matcher dateline = DATELINE.matcher(written);
        String sentence = written;
        if (dateline.lookingAt()) {
            sentence = written.substring(dateline.end());
            published = EventDates.day(Integer.valueOf(dateline.group(3) != null ? dateline.group(3) : dateline.group(6)),
                    month(dateline.group(1) != null ? dateline.group(1) : dateline.group(5)),
                    Integer.parseInt(dateline.group(2) != null ? dateline.group(2) : dateline.group(4)), null)
                    .map(SigningDate::date).orElse(published);
        }
        Matcher iso = ISO.matcher(sentence);
        if (iso.find()) {
            return EventDates.day(Integer.valueOf(iso.group(1)), Integer.parseInt(iso.group(2)),
                    Integer.parseInt(iso.group(3)), published);
        }
        Matcher md = MONTH_DAY.matcher(sentence);
        if (md.find()) {
            return EventDates.day(year(md.group(3)), month(md.group(1)), Integer.parseInt(md.group(2)), published);
        }
        Matcher dm = DAY_MONTH.matcher(sentence);
        if (dm.find()) {
            return EventDates.day(year(dm.group(3)), month(dm.group(2)), Integer.parseInt(dm.group(1)), published);
        }
        Matcher my = MONTH_YEAR.matcher(sentence);
        if (my.find()) {
            return EventDates.month(Integer.parseInt(my.group(2)), month(my.group(1)));
        }
        Matcher relative = RELATIVE_DAY.matcher(sentence);
        if (relative.find() && published != null) {
            String word = relative.group(1).toLowerCase(Locale.ROOT);
            if (word.equals("yesterday")) {
                return EventDates.daysBefore(1, published);
            }
            if (relative.group(2) != null) {
                DayOfWeek day = DayOfWeek.valueOf(relative.group(2).toUpperCase(Locale.ROOT));
                return Optional.of(SigningDate.ofDay(published.with(TemporalAdjusters.previousOrSame(day))));
            }
            return EventDates.daysBefore(0, published);
        }
        return Optional.empty();
    }

    private static @Nullable Integer year(@Nullable String year) {
        return year == null ? null : Integer.valueOf(year);
    }

    private static int month(String name) {
        return Integer.parseInt(org.accord.ingest.extract.MonthNames.number(name));
    }

    @Override
    public Optional<String> location(String sentence) {
        Matcher remote = REMOTE.matcher(sentence);
        if (remote.find()) {
            return Optional.of(remote.group(1));
        }
        Matcher venue = VENUE.matcher(sentence);
        if (venue.find()) {
            return Optional.of(venue.group(1).replaceAll("[.,]+$", "").strip());
        }
        Matcher m = placeAfterVerb.matcher(sentence);
        while (m.find()) {
            String place = m.group(1).replaceAll("[.,]+$", "").replaceAll("\\s+(?:and|on|the|of)$", "").strip();
            if (!isMonthOrDay(place.split("\\s+")[0]) && !place.matches("(?i)the\\s*")
                    && !notPlaces.containsIgnoreCase(place)) {
                return Optional.of(place);
            }
        }
        // "The delegation recently visited Lisbon, Portugal. During the visit, UM signed...": where they went.
        Matcher visit = visited.matcher(sentence);
        return visit.find() ? Optional.of(visit.group(1).replaceAll("[.,]+$", "").strip()) : Optional.empty();
    }

    @Override
    public Optional<String> kind(String sentence) {
        Matcher m = KIND.matcher(sentence);
        return m.find() ? Optional.of(m.group(1).strip()) : Optional.empty();
    }

    @Override
    public List<Person> people(String sentence, Map<String, String> aliases) {
        Map<String, Person> people = new LinkedHashMap<>();
        Matcher ap = apposition.matcher(sentence);
        while (ap.find()) {
            String name = cleanName(ap.group(1));
            if (name != null) {
                String org = ap.group(4) == null ? null : firstOrganisation(ap.group(4), aliases);
                people.putIfAbsent(name, new Person(name, ap.group(3), org));
            }
        }
        Matcher tn = titleThenName.matcher(sentence);
        while (tn.find()) {
            String name = cleanName(tn.group(2));
            if (name != null) {
                people.putIfAbsent(name, new Person(name, tn.group(1), null));
                addListedAfter(sentence, tn.end(), tn.group(1), people);
            }
        }
        Matcher by = HOSTED_BY.matcher(sentence);
        while (by.find()) {
            String name = cleanName(by.group(1));
            if (name != null) {
                people.putIfAbsent(name, new Person(name, null, null));
            }
        }
        Matcher attended = LIST_BEFORE_ATTENDED.matcher(sentence);
        while (attended.find()) {
            String name = cleanName(attended.group(1));
            if (name != null) {
                people.putIfAbsent(name, new Person(name, null, null));
                addListedAfter(sentence, attended.end(1), null, people);
            }
        }
        Matcher bt = nameThenBracketedTitle.matcher(sentence);
        while (bt.find()) {
            String name = cleanName(bt.group(1));
            if (name != null) {
                people.putIfAbsent(name, new Person(name, bt.group(2).strip(), null));
            }
        }
        return List.copyOf(people.values());
    }

    /** "Vice Presidents Liu Zuyuan, Chen Wen and Wang Fazhou": the names listed after a titled one share its title. */
    private void addListedAfter(String sentence, int from, @Nullable String title, Map<String, Person> people) {
        Matcher next = LISTED_NAME.matcher(sentence).region(from, sentence.length());
        while (next.lookingAt()) {
            String name = cleanName(next.group(1));
            if (name == null) {
                return;
            }
            people.putIfAbsent(name, new Person(name, title, null));
            next.region(next.end(1), sentence.length());
        }
    }

    private @Nullable String firstOrganisation(String text, Map<String, String> aliases) {
        Matcher m = span.matcher(text);
        if (m.find()) {
            List<String> orgs = organisationsIn(m.group());
            if (!orgs.isEmpty()) {
                return aliases.getOrDefault(orgs.get(0), orgs.get(0));
            }
            String word = m.group().split("\\s+")[0];
            return aliases.get(word);
        }
        return null;
    }

    private @Nullable String cleanName(String raw) {
        List<String> words = new ArrayList<>(Arrays.asList(raw.strip().split("\\s+")));
        words.removeIf(w -> titles.containsIgnoreCase(w) || HONORIFIC_WORD.matcher(w).matches());
        // "Vice Presidents Liu Zuyuan": words of a title left in front of the name.
        while (!words.isEmpty() && (titleWords.contains(words.get(0).toLowerCase(Locale.ROOT))
                || titleWords.contains(words.get(0).toLowerCase(Locale.ROOT).replaceFirst("s$", "")))) {
            words.remove(0);
        }
        if (words.stream().anyMatch(w -> !Character.isUpperCase(w.charAt(0)))
                || (!words.isEmpty() && titleWords.contains(words.get(words.size() - 1).toLowerCase(Locale.ROOT)))) {
            return null; // "Associate Vice (President)": the words of a title, cut before its end
        }
        if (words.size() < 2 || words.size() > 4 || words.stream().anyMatch(w -> isHead(w) || breakers.contains(w)
                || isMonthOrDay(w) || countries.containsIgnoreCase(w) || w.equals("The") || w.matches(".*['’]s"))) {
            return null;
        }
        return String.join(" ", words);
    }

    @Override
    public boolean namesSignatory(String sentence, String personName) {
        int at = sentence.indexOf(personName);
        return at >= 0 && SIGNED_BY.matcher(sentence).find();
    }

    @Override
    public List<String> fields(String sentence) {
        List<String> fields = listAfter(FIELDS, sentence);
        // "focusing on A, B and C" lists fields, unless the sentence named its fields already: then it lists what
        // the parties will do in them.
        return fields.isEmpty() ? listAfter(FOCUS, sentence) : fields;
    }

    @Override
    public List<String> principles(String sentence) {
        List<String> principles = listAfter(PRINCIPLES, sentence);
        return principles.isEmpty() ? knownPrinciplesListed(sentence) : principles;
    }

    /**
     * "realize the complementary advantages, resource sharing, common development, mutual benefit and win-win": the
     * comma-separated items of a list naming a known principle ({@code en/principles.txt}), without the verb before.
     */
    private List<String> knownPrinciplesListed(String sentence) {
        Matcher known = knownPrinciple.matcher(sentence);
        if (!known.find()) {
            return List.of();
        }
        List<String> found = new ArrayList<>();
        for (String item : sentence.split("[,;.:]\\s*(?:and\\s+)?")) {
            Matcher m = knownPrinciple.matcher(item);
            // The principle ends its item ("mutual benefit and win-win"); "common development goals" is no principle.
            if (m.find() && PRINCIPLE_TAIL.matcher(item.substring(m.end())).matches()) {
                String phrase = trimPhrase(item.substring(item.substring(0, m.start()).lastIndexOf(' ') + 1));
                found.add(phrase.isEmpty() ? m.group() : phrase);
            }
        }
        return found;
    }

    @Override
    public List<String> commitments(String sentence) {
        List<String> result = new ArrayList<>();
        if (!listAfter(FIELDS, sentence).isEmpty()) {
            result.addAll(listAfter(FOCUS, sentence));
        }
        Matcher bullet = BULLET.matcher(sentence);
        if (bullet.matches() && startsWithActionVerb(bullet.group(1).replaceFirst("^(?i)jointly\\s+", ""))) {
            // "* Advance Education and Training: Enhance academic programs ... to ensure ...": the item, not its aim.
            result.add(PURPOSE.split(bullet.group(1), 2)[0].strip());
        }
        Matcher m = UNDERTAKING.matcher(sentence);
        if (m.find() && COOPERATION_CONTEXT.matcher(sentence).find()) {
            String rest = sentence.substring(m.end());
            Matcher end = UNDERTAKING_END.matcher(rest);
            for (String phrase : verbPhrases(end.find() ? rest.substring(0, end.start()) : rest)) {
                String trimmed = phrase.strip().replaceAll("[,.;:]+$", "");
                if (startsWithActionVerb(trimmed) && trimmed.split("\\s+").length <= MAX_PHRASE_WORDS
                        && trimmed.split("\\s+").length >= 2) {
                    result.add(trimmed);
                }
            }
        }
        return result;
    }

    /** Splits "promote A, develop B and establish C" before each verb, leaving "hold A, B and C" whole. */
    private List<String> verbPhrases(String list) {
        List<String> phrases = new ArrayList<>();
        Matcher split = VERB_PHRASE_SPLIT.matcher(list);
        int from = 0;
        while (split.find()) {
            String next = list.substring(split.end()).replaceFirst("^(?:further|jointly|fully|better|actively|also)\\s+", "");
            if (startsWithActionVerb(next)) {
                phrases.add(list.substring(from, split.start()));
                from = split.end();
            }
        }
        phrases.add(list.substring(from));
        return phrases;
    }

    private boolean startsWithActionVerb(String phrase) {
        String first = phrase.split("\\s+")[0].toLowerCase(Locale.ROOT);
        String base = first.endsWith("ing") ? first.substring(0, first.length() - 3) : first;
        return actionVerbs.contains(first) || actionVerbs.contains(base) || actionVerbs.contains(base + "e");
    }

    /** The items of the list that follows the cue, cut at the end of the list and split at commas and "and". */
    private static List<String> listAfter(Pattern cue, String sentence) {
        List<String> items = new ArrayList<>();
        Matcher m = cue.matcher(sentence);
        while (m.find()) {
            String rest = sentence.substring(m.end());
            Matcher end = LIST_END.matcher(rest);
            String list = end.find() ? rest.substring(0, end.start()) : rest;
            // "A, B and C" splits at the commas and the last "and"; "education and training, consulting" keeps its
            // inner "and": only a list without commas splits at every "and".
            String separator = list.contains(",") ? ",\\s*(?:and\\s+|or\\s+)?|\\s+as well as\\s+"
                    : "\\s+and\\s+|\\s+as well as\\s+";
            for (String item : list.split(separator)) {
                String phrase = trimPhrase(item);
                int words = phrase.isEmpty() ? 0 : phrase.split("\\s+").length;
                if (words >= 1 && words <= 8) {
                    items.add(phrase);
                }
            }
        }
        return items;
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
        return String.join(" ", words).replaceAll("[\\p{Punct}“”‘’]+$", "").strip();
    }
}
