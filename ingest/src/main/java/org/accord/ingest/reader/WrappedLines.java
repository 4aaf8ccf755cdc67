package org.accord.ingest.reader;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

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
    /** No Chinese, Japanese or full-width character comes before the CJK radicals. */
    private static final int FIRST_WIDE = 0x2E80;
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
    /** The share of wrapped Latin lines after which the next goes on in lower case, in prose. */
    private static final double MIN_CONTINUED_SHARE = 0.4;
    /** "BOSTON, May 20, 2024 --", "NAIROBI (Reuters) -": a dateline in capitals opening a release's body. */
    private static final Pattern DATELINE = Pattern.compile("\\p{Lu}{2,}[\\p{Lu} .'-]*(?:,|\\s\\()");

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
        // How many lines broke for each width: a line this wide, with this next word, did for every width from its
        // own up to one short of both together (counted for all widths at once, by the differences).
        int[] brokenFrom = new int[MAX_WIDTH + 2];
        int inner = 0;
        for (int i = 0; i + 1 < n; i++) {
            if (isInner(lines, i)) {
                widths[i] = Math.min(indents.get(i), MAX_INDENT) + length(lines.get(i), inColumns);
                // Counted in characters, only Chinese or Japanese is wrapped; Latin text is wrapped in columns.
                boolean chinese = isWide(lines.get(i + 1).codePointAt(0)) || isMostlyWide(lines.get(i));
                nextWords[i] = inColumns || chinese ? firstWordLength(lines.get(i + 1), inColumns) : 0;
                if (widths[i] <= MAX_WIDTH && nextWords[i] > 0) {
                    brokenFrom[widths[i]]++;
                    brokenFrom[Math.min(MAX_WIDTH + 1, widths[i] + nextWords[i])]--;
                }
                inner++;
            }
        }
        int best = 0;
        int bestCount = 0;
        int count = 0;
        for (int width = 0; width <= MAX_WIDTH; width++) {
            count += brokenFrom[width];
            if (width >= (inColumns ? MIN_COLUMNS : MIN_CHARACTERS) && count >= bestCount) {
                best = width;
                bestCount = count;
            }
        }
        boolean[] wrapped = new boolean[n];
        if (bestCount == 0 || bestCount < MIN_WRAPPED_SHARE * inner) {
            return wrapped;
        }
        // A page that repeats itself repeats its long lines: only different lines tell of wrapping.
        Set<String> different = new HashSet<>();
        int latin = 0;
        int continued = 0;
        for (int i = 0; i + 1 < n; i++) {
            wrapped[i] = isInner(lines, i) && brokeFor(best, widths[i], nextWords[i]) && !isHeadline(lines, i);
            if (wrapped[i]) {
                different.add(lines.get(i));
                int first = lines.get(i + 1).codePointAt(0);
                if (!isWide(first) && !isMostlyWide(lines.get(i))) {
                    latin++;
                    continued += Character.isUpperCase(first) ? 0 : 1;
                }
            }
        }
        // Prose wrapped goes on in lower case at most line starts; a list of titles, one a line, does not.
        boolean prose = latin == 0 || continued >= MIN_CONTINUED_SHARE * latin;
        return different.size() < MIN_WRAPPED || !prose ? new boolean[n] : wrapped;
    }

    /** Whether the next line opens a release's dateline ("BOSTON, May 20, 2024 --"): this one is a headline. */
    private static boolean isHeadline(List<String> lines, int i) {
        return DATELINE.matcher(lines.get(i + 1)).lookingAt();
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
    static String joiner(String line, String next) {
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
        if (codePoint < FIRST_WIDE) {
            return false; // Latin, Greek, Cyrillic, punctuation: most characters, told apart without a lookup
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || (codePoint >= 0x3000 && codePoint <= 0x303F)
                || (codePoint >= 0xFF00 && codePoint <= 0xFF60);
    }
}
