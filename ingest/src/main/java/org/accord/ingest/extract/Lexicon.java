package org.accord.ingest.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A list of words or phrases kept in a data file under {@code org/accord/ingest/extract/}: one entry per line,
 * {@code #} starts a comment. Domain knowledge (signing cues, organisation suffixes, titles) lives in these files,
 * not in code. Entries are kept longest first, so alternations prefer the longest match.
 */
final class Lexicon {
    private final List<String> entries;
    private final Set<String> lowerCase;

    private Lexicon(List<String> entries) {
        this.entries = entries.stream().distinct()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .toList();
        this.lowerCase = this.entries.stream().map(e -> e.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
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

    /** A lexicon of the given entries, as a data file listing them would give. */
    static Lexicon of(List<String> entries) {
        return new Lexicon(entries);
    }

    List<String> entries() {
        return entries;
    }

    /**
     * A regular expression alternation of the entries that prefers the longest match, each quoted. It is written as
     * a trie ("董事(?:长|会)?" rather than "董事长|董事会|董事"): a matcher tries an alternation's branches one by one at
     * every offset, so a flat list of a hundred entries costs a hundred comparisons a character, the trie one per
     * distinct first character. The entries that match at one offset are prefixes of one another, on one path of the
     * trie, which the greedy optional groups try longest first, as the flat list sorted longest first does.
     */
    String alternation() {
        Trie root = new Trie();
        entries.forEach(root::add);
        return root.regex();
    }

    /** The entries as a tree of their characters, each path from the root to a node marked {@code end} an entry. */
    private static final class Trie {
        private final Map<Integer, Trie> next = new LinkedHashMap<>();
        private boolean end;

        void add(String entry) {
            Trie node = this;
            for (int c : entry.codePoints().toArray()) {
                node = node.next.computeIfAbsent(c, k -> new Trie());
            }
            node.end = true;
        }

        String regex() {
            List<String> branches = new ArrayList<>();
            next.forEach((c, child) -> branches.add(literal(c) + child.regex()));
            if (branches.isEmpty()) {
                return "";
            }
            String either = branches.size() == 1 ? branches.get(0) : "(?:" + String.join("|", branches) + ")";
            if (!end) {
                return either;
            }
            return branches.size() == 1 ? "(?:" + either + ")?" : either + "?";
        }

        /** A character matched as itself: ASCII other than letters and digits escaped, the rest as written. */
        private static String literal(int c) {
            String text = Character.toString(c);
            return c < 128 && !Character.isLetterOrDigit(c) ? "\\" + text : text;
        }
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

    /** The entries as {@link Literals}: as whole words ignoring case, like {@link #wordPattern}, or as substrings. */
    Literals literals(boolean wholeWords) {
        return wholeWords ? Literals.words(entries) : Literals.substrings(entries);
    }

    boolean containsIgnoreCase(String value) {
        return lowerCase.contains(value.toLowerCase(Locale.ROOT));
    }
}
