package org.accord.ingest.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A list of words or phrases kept in a data file under {@code org/accord/ingest/extract/}: one entry per line,
 * {@code #} starts a comment. Domain knowledge (signing cues, organisation suffixes, titles) lives in these files,
 * not in code. Entries are kept longest first, so alternations prefer the longest match.
 */
final class Lexicon {
    private final List<String> entries;

    private Lexicon(List<String> entries) {
        this.entries = entries.stream().distinct()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .toList();
    }

    /**
     * Loads a data file.
     *
     * @param name the file's path relative to this package, such as {@code en/titles.txt}
     * @throws IllegalStateException when the file is missing: a build without its data is broken
     */
    static Lexicon load(String name) {
        try (InputStream in = Lexicon.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("data file " + name + " is missing from the class path");
            }
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                return new Lexicon(reader.lines().map(String::strip)
                        .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read data file " + name, e);
        }
    }

    List<String> entries() {
        return entries;
    }

    /** A regular expression alternation of the entries, longest first, each quoted. */
    String alternation() {
        return entries.stream().map(Pattern::quote).collect(Collectors.joining("|"));
    }

    /** A pattern that finds any entry as a whole word, ignoring case. */
    Pattern wordPattern() {
        return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternation() + ")(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** A pattern that finds any entry anywhere, as written: for scripts without spaces between words. */
    Pattern substringPattern() {
        return Pattern.compile("(?:" + alternation() + ")");
    }

    boolean containsIgnoreCase(String value) {
        String lower = value.toLowerCase(Locale.ROOT);
        return entries.stream().anyMatch(e -> e.toLowerCase(Locale.ROOT).equals(lower));
    }
}
