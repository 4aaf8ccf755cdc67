package org.accord.ingest.reader;


/**
 * The text layout every reader produces, so that extraction sees one shape: lines trimmed, runs of spaces collapsed,
 * one blank line between paragraphs, Unix line ends, no leading or trailing blank lines.
 */
final class Paragraphs {
    /** The spaces a run of which becomes one space: space, tab, no-break, ideographic, form feed. */
    private static final String SPACES = " \t\u00A0\u3000\f";

    private Paragraphs() {
    }

    /**
     * The text laid out: line ends unified, each run of {@link #SPACES} one space, each line stripped, runs of blank
     * lines one blank line, none at either end. One pass over the characters (every article goes through it).
     */
    static String normalise(String text) {
        StringBuilder out = new StringBuilder(text.length());
        StringBuilder line = new StringBuilder();
        boolean blankBefore = false;
        boolean inSpaces = false;
        int length = text.length();
        for (int i = 0; i <= length; i++) {
            char c = i < length ? text.charAt(i) : '\n';
            if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n') {
                    i++;
                }
                String stripped = line.toString().strip();
                line.setLength(0);
                inSpaces = false;
                if (stripped.isEmpty()) {
                    blankBefore = out.length() > 0;
                    continue;
                }
                if (out.length() > 0) {
                    out.append(blankBefore ? "\n\n" : "\n");
                }
                out.append(stripped);
                blankBefore = false;
            } else if (SPACES.indexOf(c) >= 0) {
                if (!inSpaces) {
                    line.append(' ');
                }
                inSpaces = true;
            } else {
                line.append(c);
                inSpaces = false;
            }
        }
        return out.toString();
    }
}
