package org.accord.ingest.reader;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Joins the lines of a text that a tool wrapped at a fixed width (a press release at 72 columns, a page of Chinese
 * at 40 characters a line) back into the paragraphs they were cut from, so that a sentence is not cut at each line
 * end. A line is taken to have been wrapped when the next line's first word would not have fitted after it within
 * the width; the width is the one at which most lines broke so. Headings and the last lines of paragraphs, after
 * which the next word would have fitted, stay lines of their own; text that does not look wrapped is left as it is.
 */
final class WrappedLines {
    /** Indentation counts towards a line's width up to this: deeper is layout, not a paragraph's first line. */
    private static final int MAX_INDENT = 8;
    /** Lines no wider than this may have been wrapped by a tool; wider ones are paragraphs as written. */
    private static final int MAX_WIDTH = 160;
    /**
     * Narrower lines that break are a page's short items ("Print", "Society"), not a wrapped text: 30 columns, or 16
     * characters (a page of Chinese for a phone).
     */
    private static final int MIN_COLUMNS = 30;
    private static final int MIN_CHARACTERS = 16;
    /** How many lines, and what share of those another line follows, must have broken for the width. */
    private static final int MIN_WRAPPED = 3;
    private static final double MIN_WRAPPED_SHARE = 0.4;

    private WrappedLines() {
    }

    /**
     * The lines as one text, those that were wrapped joined to the next: with nothing between Chinese characters or
     * within a hyphenated word, with a space otherwise; the others, and the empty lines between paragraphs, ended
     * with a line break.
     *
     * @param lines the stripped lines, an empty one between paragraphs
     * @param indents how many spaces each line was indented by before it was stripped
     */
    static String joined(List<String> lines, List<Integer> indents) {
        // Tools wrap at a number of columns (a Chinese character taking two) or of characters: the reading that
        // explains more line breaks is the one the text was wrapped by.
        boolean[] inColumns = wrapped(lines, indents, true);
        boolean[] inCharacters = wrapped(lines, indents, false);
        boolean[] wrapped = count(inCharacters) > count(inColumns) ? inCharacters : inColumns;
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            out.append(lines.get(i));
            if (i + 1 < lines.size()) {
                out.append(wrapped[i] ? joiner(lines.get(i), lines.get(i + 1)) : "\n");
            }
        }
        return out.toString();
    }

    /** Which lines broke for the width that explains most breaks; none when too few did. */
    private static boolean[] wrapped(List<String> lines, List<Integer> indents, boolean inColumns) {
        int n = lines.size();
        int[] widths = new int[n];
        int[] nextWords = new int[n];
        int inner = 0;
        for (int i = 0; i + 1 < n; i++) {
            if (isInner(lines, i)) {
                widths[i] = Math.min(indents.get(i), MAX_INDENT) + length(lines.get(i), inColumns);
                // Counted in characters, only Chinese or Japanese is wrapped; Latin text is wrapped in columns.
                boolean chinese = isWide(lines.get(i + 1).codePointAt(0)) || isMostlyWide(lines.get(i));
                nextWords[i] = inColumns || chinese ? firstWordLength(lines.get(i + 1), inColumns) : 0;
                inner++;
            }
        }
        int best = 0;
        int bestCount = 0;
        for (int i = 0; i + 1 < n; i++) {
            int width = widths[i];
            if (isInner(lines, i) && width >= (inColumns ? MIN_COLUMNS : MIN_CHARACTERS) && width <= MAX_WIDTH
                    && width != best) {
                int count = brokenAt(width, lines, widths, nextWords);
                if (count > bestCount || (count == bestCount && width > best)) {
                    best = width;
                    bestCount = count;
                }
            }
        }
        boolean[] wrapped = new boolean[n];
        if (bestCount < MIN_WRAPPED_SHARE * inner) {
            return wrapped;
        }
        // A page that repeats itself repeats its long lines: only different lines tell of wrapping.
        Set<String> different = new HashSet<>();
        for (int i = 0; i + 1 < n; i++) {
            wrapped[i] = isInner(lines, i) && brokeFor(best, widths[i], nextWords[i]);
            if (wrapped[i]) {
                different.add(lines.get(i));
            }
        }
        return different.size() < MIN_WRAPPED ? new boolean[n] : wrapped;
    }

    private static int brokenAt(int width, List<String> lines, int[] widths, int[] nextWords) {
        int count = 0;
        for (int i = 0; i + 1 < lines.size(); i++) {
            count += isInner(lines, i) && brokeFor(width, widths[i], nextWords[i]) ? 1 : 0;
        }
        return count;
    }

    /**
     * Whether a line this wide ended where a tool wrapping at the width would have ended it: the next word would not
     * have fitted after it. A tool that keeps closing punctuation off the start of a line may end one a character
     * short, which the next word's length allows for (see {@link #firstWordLength}).
     */
    private static boolean brokeFor(int width, int lineWidth, int nextWord) {
        return lineWidth <= width && lineWidth + nextWord > width;
    }

    /** Whether a line is followed by another in its paragraph. */
    private static boolean isInner(List<String> lines, int i) {
        return !lines.get(i).isEmpty() && !lines.get(i + 1).isEmpty();
    }

    /**
     * How much room the line's first word needs after the end of the line before: a space and the word; for a line
     * opening with a Chinese or Japanese character, room for two of them (no space is written between them).
     */
    private static int firstWordLength(String line, boolean inColumns) {
        int first = line.codePointAt(0);
        if (isWide(first)) {
            return 2 * (inColumns ? 2 : 1);
        }
        int end = line.indexOf(' ');
        return 1 + length(end < 0 ? line : line.substring(0, end), inColumns);
    }

    /** What stands where a wrapped line broke: nothing beside a Chinese character or within a hyphenated word. */
    private static String joiner(String line, String next) {
        int last = line.codePointBefore(line.length());
        int first = next.codePointAt(0);
        if (isWide(last) || isWide(first)) {
            return "";
        }
        boolean hyphenated = last == '-' && line.length() > 1 && Character.isLetter(line.charAt(line.length() - 2))
                && Character.isLetter(first);
        return hyphenated ? "" : " ";
    }

    private static int count(boolean[] wrapped) {
        int count = 0;
        for (boolean line : wrapped) {
            count += line ? 1 : 0;
        }
        return count;
    }

    /**
     * The characters of a line, or the columns it takes in a fixed-width font: two for each Chinese, Japanese or
     * full-width character.
     */
    private static int length(String line, boolean inColumns) {
        int length = 0;
        for (int i = 0; i < line.length(); ) {
            int c = line.codePointAt(i);
            length += inColumns && isWide(c) ? 2 : 1;
            i += Character.charCount(c);
        }
        return length;
    }

    private static boolean isMostlyWide(String line) {
        int wide = 0;
        for (int i = 0; i < line.length(); i++) {
            wide += isWide(line.charAt(i)) ? 1 : 0;
        }
        return 2 * wide > line.length();
    }

    private static boolean isWide(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || (codePoint >= 0x3000 && codePoint <= 0x303F)
                || (codePoint >= 0xFF00 && codePoint <= 0xFF60);
    }
}
