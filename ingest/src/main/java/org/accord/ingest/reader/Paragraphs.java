package org.accord.ingest.reader;

import java.util.ArrayList;
import java.util.List;


/**
 * The text layout every reader produces, so that extraction sees one shape: lines trimmed, runs of spaces collapsed,
 * one blank line between paragraphs, Unix line ends, no leading or trailing blank lines. Readers of formats whose
 * line ends may be a tool's wrapping (plain text, PDF) also have the wrapped lines joined back into their paragraphs
 * ({@link WrappedLines}).
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
        return laidOut(text, false);
    }

    /** The text {@link #normalise laid out}, and the lines of paragraphs wrapped at a fixed width joined. */
    static String unwrapped(String text) {
        return laidOut(text, true);
    }

    private static String laidOut(String text, boolean unwrap) {
        List<String> lines = new ArrayList<>();
        List<Integer> indents = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        boolean blankBefore = false;
        boolean inSpaces = false;
        int indent = 0;
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
                    blankBefore = !lines.isEmpty();
                } else {
                    if (blankBefore) {
                        lines.add("");
                        indents.add(0);
                    }
                    lines.add(stripped);
                    indents.add(indent);
                    blankBefore = false;
                }
                indent = 0;
            } else if (SPACES.indexOf(c) >= 0) {
                indent += line.isEmpty() || (line.length() == 1 && indent > 0) ? 1 : 0;
                if (!inSpaces) {
                    line.append(' ');
                }
                inSpaces = true;
            } else {
                line.append(c);
                inSpaces = false;
            }
        }
        return unwrap ? WrappedLines.joined(lines, indents) : String.join("\n", lines);
    }
}
