package org.accord.core.merge;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.accord.core.model.Organisation;

/**
 * Compares organisation names the way a reader would: ignoring case, width, spacing, punctuation and a leading
 * "the", and accepting a name that contains another when the shorter is long enough not to match by accident.
 *
 * <pre>{@code
 * OrganisationNames.sameName("The Peng Cheng Laboratory", "peng cheng laboratory");   // true
 * OrganisationNames.sameName("Peng Cheng", "Peng Cheng Laboratory");   // true: long enough to be contained
 * OrganisationNames.sameName("CAS", "Castle Group");                    // false: too short
 * }</pre>
 */
public final class OrganisationNames {
    /** What {@code \\s} matches: the spaces that may follow a leading "the". */
    private static final String SPACES = " \t\n\u000B\f\r";
    /** Shorter containment matches than this are too often accidental ("CAS" in "CASTLE"). */
    static final int MIN_CONTAINED_LATIN = 6;
    static final int MIN_CONTAINED_CJK = 4;
    private static final String ADMINISTRATIVE_LEVELS = "省市区區县縣州镇鎮";
    /**
     * How English names a Chinese place's government, or the place standing for it, after the place's name (as keys):
     * "Rizhao City" and "Rizhao Municipal People's Government" are one party.
     */
    private static final Pattern GOVERNMENT_OF_PLACE = Pattern.compile("(?:municipal|provincial|district|county|city|"
            + "autonomousregion)?(?:peoples)?government$|municipality$|city$|province$|district$|county$");
    private static final java.util.List<String> GOVERNMENT_ENDS = java.util.List.of("government", "municipality", "city",
            "province", "district", "county");
    /** The first code point of the CJK Radicals Supplement, where the Han script's characters begin. */
    private static final int FIRST_HAN_BLOCK = 0x2E80;
    /** A place's name shorter than this is too short to tell one government from another. */
    private static final int MIN_PLACE = 3;

    private OrganisationNames() {
    }

    /** The comparison key of a name: NFKC, lower case, no leading "the", letters and digits only. */
    public static String key(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).strip();
        int from = 0;
        if (folded.startsWith("the") && folded.length() > 3 && SPACES.indexOf(folded.charAt(3)) >= 0) {
            from = 3;
            while (from < folded.length() && SPACES.indexOf(folded.charAt(from)) >= 0) {
                from++;
            }
        }
        // Keys are compared for every pair of names an article gives: a loop, not a regular expression.
        StringBuilder key = new StringBuilder(folded.length() - from);
        for (int i = from; i < folded.length(); ) {
            int codePoint = folded.codePointAt(i);
            if (isLetterOrDigit(codePoint)) {
                key.appendCodePoint(codePoint);
            }
            i += Character.charCount(codePoint);
        }
        return key.toString();
    }

    /** What {@code \\p{L}} or {@code \\p{N}} matches. */
    private static boolean isLetterOrDigit(int codePoint) {
        if (Character.isLetter(codePoint)) {
            return true;
        }
        int type = Character.getType(codePoint);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    /** Whether two names can denote the same organisation. */
    public static boolean sameName(String a, String b) {
        return sameKey(key(a), key(b));
    }

    /** Whether two names, given by their keys, can denote the same organisation. */
    private static boolean sameKey(String x, String y) {
        if (x.isEmpty() || y.isEmpty()) {
            return false;
        }
        if (x.equals(y)) {
            return true;
        }
        String shorter = x.length() <= y.length() ? x : y;
        String longer = shorter == x ? y : x;
        return shorter.length() >= minimumContained(shorter) && longer.contains(shorter)
                || isLocalGovernmentOf(shorter, longer) || sameGovernedPlace(x, y);
    }

    /** "Rizhao City", "Rizhao Municipal Government", "Rizhao Municipal People's Government": one place's government. */
    private static boolean sameGovernedPlace(String x, String y) {
        if (!endsWithGovernment(x) || !endsWithGovernment(y)) {
            return false; // what every match of GOVERNMENT_OF_PLACE ends with, tested before it is tried at each offset
        }
        java.util.regex.Matcher a = GOVERNMENT_OF_PLACE.matcher(x);
        java.util.regex.Matcher b = GOVERNMENT_OF_PLACE.matcher(y);
        if (!a.find() || !b.find()) {
            return false;
        }
        String place = x.substring(0, a.start());
        return place.length() >= MIN_PLACE && !containsCjk(place) && place.equals(y.substring(0, b.start()));
    }

    private static boolean endsWithGovernment(String key) {
        return GOVERNMENT_ENDS.stream().anyMatch(key::endsWith);
    }

    /** How long a name's key must be to match a name that contains it. */
    static int minimumContained(String key) {
        return containsCjk(key) ? MIN_CONTAINED_CJK : MIN_CONTAINED_LATIN;
    }

    /** Whether any name of one organisation can denote the other. */
    public static boolean sameOrganisation(Organisation a, Organisation b) {
        List<String> others = b.allNames().stream().map(OrganisationNames::key).toList();
        for (String x : a.allNames()) {
            String key = key(x);
            for (String y : others) {
                if (sameKey(key, y)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * "省政府" and "市委" are how an article names again the government it called "湖北省政府": an administrative
     * level followed by the body, at the end of the full name.
     */
    private static boolean isLocalGovernmentOf(String shorter, String longer) {
        return shorter.length() == 3 && ADMINISTRATIVE_LEVELS.indexOf(shorter.charAt(0)) >= 0
                && longer.length() > shorter.length() && longer.endsWith(shorter);
    }

    static boolean containsCjk(String text) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            // No Han character comes before the CJK radicals: the script lookup only above them.
            if (c >= FIRST_HAN_BLOCK && Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                return true;
            }
            i += Character.charCount(c);
        }
        return false;
    }
}
