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
    /** A PDF's line this share as long as its longest reaches the end of the text column. */
    private static final double FULL_LINE = 0.6;
    /** How a sentence ends, its closing quotation mark or bracket after it. */
    private static final java.util.regex.Pattern SENTENCE_END =
            java.util.regex.Pattern.compile("[.。!！?？:：;；][”\"’)）」』]*$");
    /** The columns a tab indents by. */
    private static final int TAB = 8;

    private Paragraphs() {
    }

    /**
     * The text laid out: line ends unified, each run of {@link #SPACES} one space, each line stripped, runs of blank
     * lines one blank line, none at either end. One pass over the characters (every article goes through it).
     */
    static String normalise(String text) {
        StringBuilder out = new StringBuilder(text.length());
        layOut(text, (line, indent) -> {
            if (out.length() > 0 || !line.isEmpty()) {
                out.append(out.length() > 0 ? "\n" : "").append(line);
            }
        });
        return out.toString();
    }

    /** The text {@link #normalise laid out}, and the lines of paragraphs wrapped at a fixed width joined. */
    static String unwrapped(String text) {
        List<String> lines = new ArrayList<>();
        List<Integer> indents = new ArrayList<>();
        layOut(text, (line, indent) -> {
            lines.add(line);
            indents.add(indent);
        });
        return WrappedLines.joined(lines, indents);
    }

    /**
     * The text of a page laid out by a PDF's lines, joined back into paragraphs: a line as long as most ends where the
     * text column does, and unless it ends a sentence, its paragraph goes on in the next line ("…and Cui" /
     * "Hongtao (SHINVA…"). The first line, a headline, stays a line of its own, and so does a short line. A PDF's
     * text tool starts a paragraph at each line it finds a gap above, which a wide line spacing gives every line.
     */
    static String fromLayout(String text) {
        List<String> lines = new ArrayList<>();
        layOut(text, (line, indent) -> {
            if (!line.isEmpty()) {
                lines.add(line);
            }
        });
        int longest = lines.stream().mapToInt(String::length).max().orElse(0);
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            out.append(line);
            if (i + 1 < lines.size()) {
                boolean goesOn = i > 0 && line.length() >= FULL_LINE * longest && !SENTENCE_END.matcher(line).find();
                out.append(goesOn ? WrappedLines.joiner(line, lines.get(i + 1)) : "\n\n");
            }
        }
        return out.toString();
    }

    /** Where the lines of a text laid out go: each stripped line, with an empty one between paragraphs. */
    private interface LineSink {
        /**
         * @param line the stripped line, empty between paragraphs
         * @param indent the columns of spaces before it, a tab counting eight
         */
        void add(String line, int indent);
    }

    private static void layOut(String text, LineSink sink) {
        StringBuilder line = new StringBuilder();
        boolean blankBefore = false;
        boolean any = false;
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
                    blankBefore = any;
                } else {
                    if (blankBefore) {
                        sink.add("", 0);
                    }
                    sink.add(stripped, indent);
                    any = true;
                    blankBefore = false;
                }
                indent = 0;
            } else if (SPACES.indexOf(c) >= 0) {
                if (line.isEmpty() || (line.length() == 1 && indent > 0)) {
                    indent += c == '\t' ? TAB : 1;
                }
                if (!inSpaces) {
                    line.append(' ');
                }
                inSpaces = true;
            } else {
                line.append(c);
                inSpaces = false;
            }
        }
    }
}
