package org.accord.report.pdf;

import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The briefing's typeface, Noto Sans SC, shipped inside this module so that no one has to install a font: it has the
 * Chinese characters of the articles and Latin letters alike. Each weight is read once, on first use, and shared by
 * every document; OpenPDF embeds only the glyphs a document uses.
 */
final class Fonts {
    private static final String FOLDER = "/org/accord/report/fonts/";

    private Fonts() {
    }

    /** The regular weight (400). */
    static BaseFont regular() {
        return Holder.REGULAR;
    }

    /** The bold weight (700). */
    static BaseFont bold() {
        return Holder.BOLD;
    }

    /**
     * Loaded by the JVM when first touched, which makes the loading lazy and thread-safe without locks (each font
     * file is about 10 MB, too much to read per document).
     */
    private static final class Holder {
        static final BaseFont REGULAR = load("NotoSansSC_400Regular.ttf", "NotoSansSC-Regular.ttf");
        static final BaseFont BOLD = load("NotoSansSC_700Bold.ttf", "NotoSansSC-Bold.ttf");
    }

    private static BaseFont load(String resource, String name) {
        try (InputStream in = Fonts.class.getResourceAsStream(FOLDER + resource)) {
            if (in == null) {
                throw new IllegalStateException("font " + FOLDER + resource + " is missing from the report module");
            }
            // Identity-H with embedding: any character can be shown, and OpenPDF embeds a subset. Not in OpenPDF's
            // own font cache (cached = false): this holder is the cache, and the cache is keyed by name alone, so a
            // font another library registered under the same name would be returned instead of ours.
            return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read font " + FOLDER + resource, e);
        }
    }
}
