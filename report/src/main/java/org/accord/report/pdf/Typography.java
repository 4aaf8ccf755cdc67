package org.accord.report.pdf;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import java.awt.Color;

/**
 * The fonts of one briefing. Made per document because OpenPDF's {@link Font} is mutable; the {@link BaseFont}s
 * underneath are shared.
 *
 * @param title the parties at the top
 * @param subtitle the kind of agreement under the title
 * @param label a section's label
 * @param body values
 * @param strong emphasised values, such as a source's headline
 * @param muted what is not stated, and secondary details
 * @param evidence the sentences values were read from: small, grey, slanted
 * @param link a web address
 * @param tableHeader the attendee table's header
 * @param table the attendee table's cells
 * @param footer the page footer and running header
 * @param coverTitle the title on a periodic report's cover
 * @param figure a headline figure on the cover
 */
record Typography(
        Font title,
        Font subtitle,
        Font label,
        Font body,
        Font strong,
        Font muted,
        Font evidence,
        Font link,
        Font tableHeader,
        Font table,
        Font footer,
        Font coverTitle,
        Font figure) {

    static final Color INK = new Color(0x22, 0x22, 0x22);
    static final Color ACCENT = new Color(0x1F, 0x4E, 0x79);
    static final Color GREY = new Color(0x77, 0x77, 0x77);
    static final Color RULE = new Color(0xC8, 0xCE, 0xD6);
    static final Color SHADE = new Color(0xEC, 0xF1, 0xF7);
    static final Color LINK = new Color(0x1A, 0x5F, 0xB4);
    /** Bars of the months before the period, in charts. */
    static final Color MUTED_BAR = new Color(0xA9, 0xB8, 0xC9);

    static Typography create() {
        BaseFont regular = Fonts.regular();
        BaseFont bold = Fonts.bold();
        return new Typography(
                new Font(bold, 17, Font.NORMAL, INK),
                new Font(regular, 12, Font.NORMAL, ACCENT),
                new Font(bold, 10.5f, Font.NORMAL, ACCENT),
                new Font(regular, 10, Font.NORMAL, INK),
                new Font(bold, 10, Font.NORMAL, INK),
                new Font(regular, 9, Font.NORMAL, GREY),
                // Noto Sans SC has no italic; OpenPDF slants a regular font given Font.ITALIC.
                new Font(regular, 8, Font.ITALIC, GREY),
                new Font(regular, 9, Font.UNDERLINE, LINK),
                new Font(bold, 9, Font.NORMAL, INK),
                new Font(regular, 9, Font.NORMAL, INK),
                new Font(regular, 8, Font.NORMAL, GREY),
                new Font(bold, 26, Font.NORMAL, INK),
                new Font(bold, 24, Font.NORMAL, ACCENT));
    }
}
