package org.accord.ingest.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A set of words or phrases found in text as a regular expression alternation of them would find them (the leftmost
 * occurrence, and there the longest entry), in one pass over the characters that looks at the entries only where one
 * of them starts. {@code java.util.regex} tries every branch of an alternation at every offset: for the lists the rules
 * test every sentence against ("表示|指出|强调|…", "said|says|told|…"), that was most of the cost of extraction.
 *
 * <p>Immutable and safe to share between threads.
 */
final class Literals {
    /** Where an entry was found: {@code text.substring(start, end)}. */
    record Match(int start, int end) {
        String in(String text) {
            return text.substring(start, end);
        }
    }

    private static final int ASCII = 128;

    /** One bit per UTF-16 unit: whether an entry may start with it (any case of it, when case is ignored). */
    private final long[] starts = new long[(Character.MAX_VALUE + 1) / Long.SIZE];
    /** The entries as a tree of their units (folded when case is ignored). */
    private final Node root = new Node();
    private final boolean ignoreCase;
    private final boolean wholeWords;

    private Literals(List<String> entries, boolean ignoreCase, boolean wholeWords) {
        this.ignoreCase = ignoreCase;
        this.wholeWords = wholeWords;
        for (String entry : entries) {
            if (entry.isEmpty()) {
                throw new IllegalArgumentException("an entry is empty, in " + entries);
            }
            Node node = root;
            for (int i = 0; i < entry.length(); i++) {
                node = node.add(key(entry.charAt(i)));
            }
            node.end = true;
        }
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            if (root.next(key((char) c)) != null) {
                starts[c >>> 6] |= 1L << c;
            }
        }
    }

    /** A node of the tree: the units that may follow, and whether an entry ends here. */
    private static final class Node {
        private char[] units = new char[0];
        private Node[] nodes = new Node[0];
        private boolean end;

        @Nullable Node next(char unit) {
            for (int i = 0; i < units.length; i++) {
                if (units[i] == unit) {
                    return nodes[i];
                }
            }
            return null;
        }

        Node add(char unit) {
            Node found = next(unit);
            if (found != null) {
                return found;
            }
            units = Arrays.copyOf(units, units.length + 1);
            nodes = Arrays.copyOf(nodes, nodes.length + 1);
            units[units.length - 1] = unit;
            nodes[nodes.length - 1] = new Node();
            return nodes[nodes.length - 1];
        }
    }

    /** Entries found anywhere, as written: for scripts without spaces between words. */
    static Literals substrings(List<String> entries) {
        return new Literals(entries, false, false);
    }

    /** Entries found anywhere, as written. */
    static Literals substrings(String... entries) {
        return substrings(List.of(entries));
    }

    /** Entries found anywhere, ignoring case: where a case-insensitive pattern opening with one may match. */
    static Literals substringsIgnoringCase(List<String> entries) {
        return new Literals(entries, true, false);
    }

    /**
     * Entries found as whole words, ignoring case: no letter and no number (a code point of {@code \p{L}} or
     * {@code \p{N}}) just before nor just after. This is what {@link Lexicon#wordPattern} says, but for a letter
     * outside the Basic Multilingual Plane just before, which its lookbehind does not see; and it is not quite
     * {@code \b}, for which "_" is a word character and "²" or "Ⅻ" are not.
     */
    static Literals words(List<String> entries) {
        return new Literals(entries, true, true);
    }

    /** Entries found as whole words, ignoring case. */
    static Literals words(String... entries) {
        return words(List.of(entries));
    }

    /** Whether the text holds an entry. */
    boolean foundIn(String text) {
        return find(text, 0) != null;
    }

    /** Whether the text is one of the entries, whole. */
    boolean isEntry(String text) {
        Node node = root;
        for (int i = 0; i < text.length() && node != null; i++) {
            node = node.next(key(text.charAt(i)));
        }
        return node != null && node.end && !text.isEmpty();
    }

    /** The first entry found at or after {@code from}, or null. */
    @Nullable Match find(String text, int from) {
        int length = text.length();
        for (int i = Math.max(0, from); i < length; i++) {
            char c = text.charAt(i);
            if ((starts[c >>> 6] & (1L << c)) == 0 || wholeWords && i > 0 && isWordPart(text.codePointBefore(i))) {
                continue;
            }
            int end = longestAt(text, i);
            if (end > 0) {
                return new Match(i, end);
            }
        }
        return null;
    }

    /** The end of the longest entry that starts at {@code start} (and ends a word, for whole words), or -1. */
    private int longestAt(String text, int start) {
        int end = -1;
        Node node = root;
        for (int i = start; i < text.length(); i++) {
            node = node.next(key(text.charAt(i)));
            if (node == null) {
                break;
            }
            if (node.end && (!wholeWords || i + 1 == text.length() || !isWordPart(text.codePointAt(i + 1)))) {
                end = i + 1;
            }
        }
        return end;
    }

    /**
     * Finds the matcher's pattern at or after {@code from} as {@link java.util.regex.Matcher#find(int)} would, for a
     * pattern every match of which starts with one of the entries: it is tried only where an entry starts. Lookbehinds
     * see the text before, and {@code $} matches only at its end. The entries must be found wherever such a match may
     * start: substrings, ignoring case if the pattern does, since the pattern checks its own word boundaries.
     *
     * @param matcher a matcher of {@code text}; its region is changed
     */
    boolean findStarting(java.util.regex.Matcher matcher, String text, int from) {
        matcher.useTransparentBounds(true).useAnchoringBounds(false);
        for (Match m = find(text, from); m != null; m = find(text, m.start() + 1)) {
            if (matcher.region(m.start(), text.length()).lookingAt()) {
                return true;
            }
        }
        return false;
    }

    /** Every entry found, each after the end of the one before. */
    List<Match> all(String text) {
        List<Match> found = new ArrayList<>();
        for (Match m = find(text, 0); m != null; m = find(text, m.end())) {
            found.add(m);
        }
        return found;
    }

    /** How many entries the text holds, counting no further than {@code limit}. */
    int count(String text, int limit) {
        int count = 0;
        for (Match m = find(text, 0); m != null && count < limit; m = find(text, m.end())) {
            count++;
        }
        return count;
    }

    /** The unit as the tree holds it: as written, or folded as a case-insensitive comparison folds it. */
    private char key(char c) {
        if (!ignoreCase) {
            return c;
        }
        if (c < ASCII) {
            return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    private static boolean isWordPart(int codePoint) {
        if (codePoint < ASCII) {
            return codePoint >= 'a' && codePoint <= 'z' || codePoint >= 'A' && codePoint <= 'Z'
                    || codePoint >= '0' && codePoint <= '9';
        }
        if (Character.isLetter(codePoint)) {
            return true;
        }
        int type = Character.getType(codePoint);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }
}
