package org.accord.ingest.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How English organisation names are written: runs of capitalised words ending in a head noun ("University",
 * "Laboratory", "Group", {@code en/organisation-heads.txt}), cut at words that end a name in a headline
 * ({@code en/span-breakers.txt}), except what is listed as no organisation ({@code en/not-organisations.txt}).
 * Short forms, parties, people's organisations and places are all read with this grammar.
 */
final class EnglishOrganisationNames {
    /** A word of a name: capitalised, or a number, letters may follow ("3M", "2024"). */
    static final String NAME_WORD = "(?:\\p{Lu}[\\p{L}\\p{N}'’&.\\-]*|\\d+[\\p{L}]*)";
    private static final String CONNECTOR = "(?:of|and|for|the|de|da|do|dos|del|&|on)";
    private static final Pattern AGREEMENT_WORD = Pattern.compile("(?i)\\b(?:agreements?|memorand(?:um|a|ums)|mous?|"
            + "contracts?)\\b");
    private static final Pattern TRAILING_MARKS = Pattern.compile("[.,’']+$");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern ACRONYM = Pattern.compile("\\b\\p{Lu}[\\p{L}]*\\p{Lu}[\\p{L}]*\\b");

    private final Set<String> heads = Set.copyOf(Lexicon.load("en/organisation-heads.txt").entries());
    private final Set<String> subjectHeads = Set.copyOf(Lexicon.load("en/subject-heads.txt").entries());
    private final Set<String> breakers = Set.copyOf(Lexicon.load("en/span-breakers.txt").entries());
    private final Lexicon notOrganisations = Lexicon.load("en/not-organisations.txt");
    private final Lexicon titles;
    private final Pattern span;

    /** @param titles the English titles, which are no organisation ("Director of the Office" is a person's) */
    EnglishOrganisationNames(Lexicon titles) {
        this.titles = titles;
        // A trie of the heads: the pattern is tried at almost every offset of a sentence, and a flat alternation
        // compares every head there. One head at most matches at an offset (a letter may not follow), so the
        // order of the branches changes nothing found.
        String lowerHeads = Lexicon.of(heads.stream().map(h -> h.toLowerCase(Locale.ROOT)).filter(h -> h.length() > 3)
                .toList()).alternation();
        String word = "(?:" + NAME_WORD + "|(?:" + lowerHeads + ")(?![\\p{L}]))";
        span = Pattern.compile(word + "(?:\\s+(?:" + CONNECTOR + "\\s+)*" + word + ")*");
    }

    /** A run of name words (and head nouns in lower case) joined by connectors, in which organisations are found. */
    Pattern span() {
        return span;
    }

    /** Whether the word is an acronym: capitalised, with a further capital inside ("ZUEL", "PolyU"). */
    boolean isAcronym(String word) {
        return ACRONYM.matcher(word).matches();
    }

    /** A matcher for the acronyms of a text. */
    Matcher acronymsIn(String text) {
        return ACRONYM.matcher(text);
    }

    /** Whether a capitalised word ends a name where a headline goes on ("Signs", "With"). */
    boolean breaksName(String word) {
        return breakers.contains(word);
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
        int and = splittingAnd(words);
        if (and > 0) {
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
        if (end < words.size() && (words.get(end).equals("of") || words.get(end).equals("for"))) {
            end = words.size(); // "Agency for International Development"
        }
        int start = 0;
        int of = words.indexOf("of");
        if (of > 0 && of < lastHead && titles.containsIgnoreCase(String.join(" ", words.subList(0, of)))) {
            start = of + 1;
        }
        while (start < lastHead && (Character.isLowerCase(words.get(start).charAt(0))
                || words.get(start).equals("The") || words.get(start).equals("of")
                || EnglishDates.isMonthOrDay(words.get(start)))) {
            start++;
        }
        while (end > start && Character.isLowerCase(words.get(end - 1).charAt(0)) && !isHead(words.get(end - 1))) {
            end--;
        }
        String last = words.get(end - 1);
        if (Character.isLowerCase(last.charAt(0)) && last.endsWith("s")) {
            return; // "European universities", "Chinese companies": a kind of organisation, not one of them
        }
        String name = String.join(" ", words.subList(start, end)).replaceAll("(?:’s|'s|[,.])+$", "")
                .replaceAll("^(?:Both|Leaders|On|In|At)\\s+", "");
        if (name.contains(" ") && Character.isUpperCase(name.charAt(0))) {
            if (!isExcluded(name) && !titles.containsIgnoreCase(name)) {
                out.add(name);
            }
        }
    }

    /**
     * Where "and" joins two names in the run, or -1. Of several places, one before "the" ("the Ministry of Foreign
     * Affairs and International Cooperation and the United States Agency for…"): "and" without an article goes on
     * naming what the first name is "of".
     */
    private int splittingAnd(List<String> words) {
        int first = -1;
        for (int and = words.indexOf("and"); and > 0; and = indexOf(words, "and", and + 1)) {
            if (joinsTwoNames(words, and)) {
                if (first < 0) {
                    first = and;
                }
                if (and + 1 < words.size() && words.get(and + 1).equalsIgnoreCase("the")) {
                    return and;
                }
            }
        }
        return first;
    }

    private boolean joinsTwoNames(List<String> words, int and) {
        List<String> left = words.subList(0, and);
        List<String> right = words.subList(and + 1, words.size());
        return isOrganisationLike(left) && isOrganisationLike(right)
                && !(left.contains("of") && !hasInstitutionHead(String.join(" ", right)));
    }

    private static int indexOf(List<String> words, String word, int from) {
        for (int i = from; i < words.size(); i++) {
            if (words.get(i).equals(word)) {
                return i;
            }
        }
        return -1;
    }

    private boolean isOrganisationLike(List<String> words) {
        List<String> rest = words.isEmpty() || !words.get(0).equalsIgnoreCase("the") ? words
                : words.subList(1, words.size());
        return hasHead(String.join(" ", rest)) || (rest.size() == 1 && isAcronym(rest.get(0)));
    }

    /** Listed as no organisation, or naming the agreement itself ("Memorandum of Understanding for ..."). */
    boolean isExcluded(String name) {
        return notOrganisations.entries().stream().anyMatch(n -> n.equalsIgnoreCase(name))
                || AGREEMENT_WORD.matcher(name).find();
    }

    /** Whether any word of the text is a head noun. */
    boolean hasHead(String text) {
        return Arrays.stream(SPACES.split(text)).anyMatch(this::isHead);
    }

    /** A head that names an institution, not one that may end a subject too ("Engineering Systems"). */
    private boolean hasInstitutionHead(String text) {
        return Arrays.stream(SPACES.split(text))
                .anyMatch(w -> isHead(w) && !subjectHeads.contains(TRAILING_MARKS.matcher(w).replaceAll("")));
    }

    /** Whether the word is a head noun ("University"), also in lower case ("university") when longer than three. */
    boolean isHead(String word) {
        String bare = TRAILING_MARKS.matcher(word).replaceAll("");
        return heads.contains(bare) || (bare.length() > 3 && Character.isLowerCase(bare.charAt(0))
                && heads.contains(Character.toUpperCase(bare.charAt(0)) + bare.substring(1)));
    }
}
