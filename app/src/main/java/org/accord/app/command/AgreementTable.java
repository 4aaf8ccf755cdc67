package org.accord.app.command;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.accord.core.model.Agreement;
import org.accord.core.model.Organisation;
import org.jspecify.annotations.Nullable;

/**
 * Agreements as an aligned text table: date, parties, place, kind and the number of sources, one agreement a line,
 * under a header. Columns are aligned by display width, so that Chinese text (two columns a character) lines up in a
 * terminal; a missing value is {@code -}.
 *
 * <pre>
 * DATE        PARTIES                              PLACE     KIND                             SOURCES
 * 2021-12-15  中国电信; 上海人工智能实验室         视频会议  战略合作协议                     1
 * </pre>
 */
final class AgreementTable {
    private static final List<String> HEADER = List.of("DATE", "PARTIES", "PLACE", "KIND", "SOURCES");
    private static final String GAP = "  ";

    private final List<List<String>> rows = new ArrayList<>();

    AgreementTable(List<Agreement> agreements) {
        rows.add(HEADER);
        for (Agreement a : agreements) {
            rows.add(List.of(
                    a.signedOn() == null ? "-" : a.signedOn().iso(),
                    a.parties().stream().map(Organisation::name).collect(Collectors.joining("; ")),
                    orDash(a.location()),
                    orDash(a.kind()),
                    Integer.toString(a.sources().size())));
        }
    }

    /** Prints the header and one line per agreement, without trailing spaces. */
    void print(PrintWriter out) {
        int[] widths = new int[HEADER.size()];
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], width(row.get(i)));
            }
        }
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.size(); i++) {
                String cell = row.get(i);
                line.append(cell);
                if (i < row.size() - 1) {
                    line.append(" ".repeat(widths[i] - width(cell))).append(GAP);
                }
            }
            out.println(line.toString().stripTrailing());
        }
    }

    /** The columns a text takes in a terminal: two for East Asian wide and fullwidth characters, one otherwise. */
    static int width(String text) {
        return text.codePoints().map(c -> isWide(c) ? 2 : 1).sum();
    }

    private static boolean isWide(int c) {
        return c >= 0x1100 && c <= 0x115F        // Hangul Jamo
                || c >= 0x2E80 && c <= 0x303E    // CJK radicals, Kangxi, ideographic punctuation
                || c >= 0x3041 && c <= 0x33FF    // kana, Bopomofo, CJK compatibility
                || c >= 0x3400 && c <= 0x4DBF    // CJK extension A
                || c >= 0x4E00 && c <= 0x9FFF    // CJK unified ideographs
                || c >= 0xA000 && c <= 0xA4CF    // Yi
                || c >= 0xAC00 && c <= 0xD7A3    // Hangul syllables
                || c >= 0xF900 && c <= 0xFAFF    // CJK compatibility ideographs
                || c >= 0xFE30 && c <= 0xFE4F    // CJK compatibility forms
                || c >= 0xFF00 && c <= 0xFF60    // fullwidth forms
                || c >= 0xFFE0 && c <= 0xFFE6    // fullwidth signs
                || c >= 0x20000 && c <= 0x3FFFD; // CJK extensions B and later
    }

    private static String orDash(@Nullable String value) {
        return value == null || value.isBlank() ? "-" : value;
    }
}
