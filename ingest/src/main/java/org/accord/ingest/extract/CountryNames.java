package org.accord.ingest.extract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The countries of {@code en/countries.txt}, each line a country's names separated by {@code |}, the usual one first
 * ("United States | United States of America | USA | US | U.S. | America"): so that "US" in one article and "USA" in
 * another name one party.
 */
final class CountryNames {
    private final Map<String, String> canonical;
    private final Pattern pattern;

    CountryNames() {
        Map<String, String> names = new LinkedHashMap<>();
        List<String> written = new java.util.ArrayList<>();
        for (String line : Lexicon.load("en/countries.txt").entries()) {
            List<String> variants = List.of(line.split("\\s*\\|\\s*"));
            variants.forEach(v -> names.putIfAbsent(v.toLowerCase(Locale.ROOT), variants.get(0)));
            written.addAll(variants);
        }
        this.canonical = Map.copyOf(names);
        // Longest first, so that "United States of America" is found whole rather than as "United States".
        String alternation = written.stream().distinct()
                .sorted((a, b) -> b.length() != a.length() ? b.length() - a.length() : a.compareTo(b))
                .map(Pattern::quote).collect(Collectors.joining("|"));
        // As written: "us" is a pronoun, "US" a country.
        this.pattern = Pattern.compile("(?<![\\p{L}.])(?:" + alternation + ")(?![\\p{L}])");
    }

    /** Finds any country name as a whole word, as written. */
    Pattern pattern() {
        return pattern;
    }

    boolean contains(String name) {
        return canonical.containsKey(name.toLowerCase(Locale.ROOT));
    }

    /** The usual name of the country, or the name itself when it is no country. */
    String canonical(String name) {
        return canonical.getOrDefault(name.toLowerCase(Locale.ROOT), name);
    }
}
