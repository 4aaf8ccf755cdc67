package org.accord.ingest.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.accord.core.model.Person;
import org.jspecify.annotations.Nullable;

/**
 * The people an English sentence names: with a title before the name, in brackets after it or in apposition
 * ("Liu Wei, President of ..."), as hosts of a ceremony or listed before "attended". Who signed is who a sentence
 * about "signed by" or "on behalf of" names.
 */
final class EnglishPeople {
    private static final Pattern PERSON_NAME = Pattern.compile(
            "\\p{Lu}[\\p{L}'’\\-]+(?:\\s+(?:\\p{Lu}\\.\\s*|\\p{Lu}\\s+(?=\\p{Lu}))*\\p{Lu}[\\p{L}'’\\-]+){1,3}");
    private static final Pattern NOT_LETTER = Pattern.compile("[^\\p{L}]+");
    private static final Pattern NAME_NEXT = Pattern.compile("\\s+" + PERSON_NAME);
    /** A further name in a list: after a comma or "and", followed by the list going on or ending. */
    private static final Pattern LISTED_NAME = Pattern.compile("(?:\\s*,\\s*(?:and\\s+)?|\\s+and\\s+)(" + PERSON_NAME
            + ")(?=\\s*(?:,|\\band\\b|\\(|\\battended\\b|\\bsigned\\b|\\bwitnessed\\b|\\bwere\\b|\\.|;|$))");
    private static final Pattern HONORIFIC_WORD = Pattern.compile("Mr\\.?|Ms\\.?|Mrs\\.?|Dr\\.?|Prof\\.?|Hon\\.?|His|Her|"
            + "Excellency|HE|H\\.E\\.|Party");
    /** Words that attribute a quotation or a statement. */
    private static final Literals SPEECH = Literals.words("said", "says", "told", "wrote", "writes", "noted", "added",
            "stated", "commented", "according to", "announced");
    /** The heading of a release's contact details. */
    private static final Literals CONTACT = Literals.words("contact:", "contacts:", "media contact", "press contact",
            "media relations", "investor relations", "media inquiries", "press inquiries");
    /** Words that place people at the signing. */
    private static final Pattern CEREMONY = Pattern.compile("(?i)\\b(?:attend|witness|present|ceremony|sign|signed|"
            + "signing|signatories|on behalf|led|delegation|host|hosted|presided|met|meeting|visit|visited)\\w*");
    /** "The ceremony was presided over by Tian Xuechao": who hosts a ceremony attends it. */
    private static final Pattern HOSTED_BY = Pattern.compile("\\b(?:presided over|hosted|chaired|moderated|emceed|"
            + "witnessed|attended|signed)\\s+by\\s+(?:(?:Mr|Ms|Mrs|Dr|Prof)\\.?\\s+)?(" + PERSON_NAME + ")");
    /** "together with Tian Xuechao, Sun Jiande, and Wang Yong attended": names listed before "attended". */
    private static final Pattern LIST_BEFORE_ATTENDED = Pattern.compile("\\b(?:with|and|by|,)\\s+(" + PERSON_NAME
            + ")(?=(?:\\s*,\\s*(?:and\\s+)?" + PERSON_NAME + "|\\s+and\\s+" + PERSON_NAME + ")*\\s+(?:also\\s+)?"
            + "(?:attended|were present|witnessed|joined))");
    /** The words {@link #HOSTED_BY} opens with: it is tried only where one starts. */
    private static final Literals HOSTING_VERBS = Literals.substringsIgnoringCase(List.of("presided over", "hosted",
            "chaired", "moderated", "emceed", "witnessed", "attended", "signed"));
    /** One of these is in every sentence {@link #LIST_BEFORE_ATTENDED} matches. */
    private static final Literals ATTENDING_VERBS = Literals.substrings("attended", "were present", "witnessed", "joined");
    private static final Literals SIGNED_BY = Literals.words("signed by", "signed the", "on behalf of");

    private final EnglishOrganisationNames organisationNames;
    private final Lexicon titles;
    private final CountryNames countries;
    private final Set<String> titleWords;
    /** The first word of every title, in lower case. */
    private final Set<String> titleStarts;
    private final Pattern titleThenName;
    /** The titles, where {@link #titleThenName} may start. */
    private final Literals titleStartsAnywhere;
    private final Pattern nameThenBracketedTitle;
    private final Pattern apposition;

    /**
     * @param organisationNames the grammar of the organisation a person is "of" or "at", and of words no name has
     * @param titles the English titles that introduce or follow a name
     * @param countries the countries, which are no person's name
     */
    EnglishPeople(EnglishOrganisationNames organisationNames, Lexicon titles, CountryNames countries) {
        this.organisationNames = organisationNames;
        this.titles = titles;
        this.countries = countries;
        this.titleWords = titles.entries().stream().flatMap(t -> Arrays.stream(t.toLowerCase(Locale.ROOT).split("\\s+")))
                .filter(w -> w.length() > 2 && !Set.of("the", "and", "for").contains(w))
                .collect(Collectors.toUnmodifiableSet());
        this.titleStarts = titles.entries().stream()
                .map(t -> NOT_LETTER.split(t.toLowerCase(Locale.ROOT).strip())[0])
                .collect(Collectors.toUnmodifiableSet());
        titleStartsAnywhere = Literals.substringsIgnoringCase(titles.entries());
        titleThenName = Pattern.compile("(?<![\\p{L}])((?i:" + titles.alternation() + ")s?)\\s+(" + PERSON_NAME + ")");
        nameThenBracketedTitle = Pattern.compile("(" + PERSON_NAME + ")\\s*\\((?:the\\s+)?([^()]{0,40}?\\b(?i:"
                + titles.alternation() + ")\\b[^()]{0,60})\\)");
        apposition = Pattern.compile("((?-i:" + PERSON_NAME + ")),\\s+(?:the\\s+|a\\s+)?([^,;.()]{0,60}?)\\b("
                + titles.alternation() + ")\\b(?:\\s+(?:of|at)\\s+(?:the\\s+)?([^,;.()]{3,80}))?",
                Pattern.CASE_INSENSITIVE);
    }

    /** People the sentence names, with their titles and, in apposition, organisations resolved through aliases. */
    List<Person> in(String sentence, Map<String, String> aliases) {
        if (SPEECH.foundIn(sentence) && !CEREMONY.matcher(sentence).find()) {
            return List.of(); // "…, said Alain Ruinet": quoted, not said to be there
        }
        if (CONTACT.foundIn(sentence)) {
            return List.of(); // "Media Contact: Dr. Blake Hawley, CEO": whom to call, not who was there
        }
        Map<String, Person> people = new LinkedHashMap<>();
        boolean titled = hasTitleWord(sentence);
        Matcher ap = apposition.matcher(sentence);
        int from = 0;
        while (titled && ap.find(from)) {
            // "…and International Cooperation, Professor David J Francis": the title introduces the next name.
            boolean titleOfNext = ap.group(4) == null && NAME_NEXT.matcher(sentence).region(ap.end(3),
                    sentence.length()).lookingAt();
            String name = titleOfNext ? null : cleanName(ap.group(1));
            if (name != null) {
                String org = ap.group(4) == null ? null : firstOrganisation(ap.group(4), aliases);
                people.putIfAbsent(name, new Person(name, ap.group(3), org));
            }
            // "Duan Peiyong, President of the University and Ding Kuiling, President of…": the next name may sit
            // inside this one's organisation, so look again right after the title.
            from = ap.end(3);
        }
        Matcher tn = titleThenName.matcher(sentence);
        for (boolean found = titled && titleStartsAnywhere.findStarting(tn, sentence, 0); found;
                found = titleStartsAnywhere.findStarting(tn, sentence, tn.end())) {
            String name = cleanName(tn.group(2));
            if (name != null) {
                people.putIfAbsent(name, new Person(name, tn.group(1), null));
                // "Dr. Matthew Mell, Vascular Surgery": an honorific is written before each name it goes with.
                if (!HONORIFIC_WORD.matcher(tn.group(1)).matches()) {
                    addListedAfter(sentence, tn.end(), tn.group(1), people);
                }
            }
        }
        Matcher by = HOSTED_BY.matcher(sentence);
        for (boolean found = HOSTING_VERBS.findStarting(by, sentence, 0); found;
                found = HOSTING_VERBS.findStarting(by, sentence, by.end())) {
            String name = cleanName(by.group(1));
            if (name != null) {
                people.putIfAbsent(name, new Person(name, null, null));
            }
        }
        Matcher attended = LIST_BEFORE_ATTENDED.matcher(sentence);
        boolean attending = ATTENDING_VERBS.foundIn(sentence);
        while (attending && attended.find()) {
            String name = cleanName(attended.group(1));
            if (name != null) {
                people.putIfAbsent(name, new Person(name, null, null));
                addListedAfter(sentence, attended.end(1), null, people);
            }
        }
        Matcher bt = nameThenBracketedTitle.matcher(sentence);
        while (titled && bt.find()) {
            String name = cleanName(bt.group(1));
            if (name != null) {
                people.putIfAbsent(name, new Person(name, bt.group(2).strip(), null));
            }
        }
        return List.copyOf(people.values());
    }

    /**
     * Whether a word of the sentence may start a title: the patterns that need one try every title at every offset,
     * which most sentences are spared.
     */
    private boolean hasTitleWord(String sentence) {
        for (String word : NOT_LETTER.split(sentence.toLowerCase(Locale.ROOT))) {
            if (titleStarts.contains(word) || (word.endsWith("s") && titleStarts.contains(word.substring(0,
                    word.length() - 1)))) {
                return true;
            }
        }
        return false;
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
        Matcher m = organisationNames.span().matcher(text);
        if (m.find()) {
            List<String> orgs = organisationNames.organisationsIn(m.group());
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
        if (words.size() < 2 || words.size() > 4 || words.stream().anyMatch(w -> organisationNames.isHead(w)
                || organisationNames.breaksName(w) || EnglishDates.isMonthOrDay(w) || countries.contains(w)
                || w.equals("The") || w.matches(".*['’]s"))) {
            return null;
        }
        return String.join(" ", words);
    }

    /** Whether the sentence says the person signed ("signed by", "on behalf of") rather than attended. */
    boolean namesSignatory(String sentence, String personName) {
        int at = sentence.indexOf(personName);
        return at >= 0 && SIGNED_BY.foundIn(sentence);
    }
}
