package org.accord.ingest.reader;

import java.util.regex.Pattern;

/**
 * The text layout every reader produces, so that extraction sees one shape: lines trimmed, runs of spaces collapsed,
 * one blank line between paragraphs, Unix line ends, no leading or trailing blank lines.
 */
final class Paragraphs {
    private static final Pattern LINE_END = Pattern.compile("\\r\\n?");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\u00A0\\u3000\\f]+");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n(?:[ ]*\\n)+");

    private Paragraphs() {
    }

    static String normalise(String text) {
        String unified = LINE_END.matcher(text).replaceAll("\n");
        unified = SPACES.matcher(unified).replaceAll(" ");
        StringBuilder out = new StringBuilder(unified.length());
        for (String line : unified.split("\n", -1)) {
            out.append(line.strip()).append('\n');
        }
        return BLANK_LINES.matcher(out).replaceAll("\n\n").strip();
    }
}
