package org.accord.ingest.reader;

import java.io.IOException;
import org.accord.core.model.Article;
import org.accord.ingest.Format;
import org.accord.ingest.IngestException;
import org.accord.ingest.RawDocument;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Reads a PDF press release's text layer with PDFBox: the text in reading order, lines joined into paragraphs where
 * PDFBox sees paragraph breaks; the title from the document information, else the first line; the publication date
 * from a date line near the top. Radical code points that Chinese fonts use for common characters are read as those
 * characters ({@link CjkRadicals}). A PDF without a text layer (a scan) is reported as such: there is no OCR.
 *
 * <p>Not called directly: {@link org.accord.ingest.Readers#standard()}, which {@link org.accord.ingest.Accord#reader()}
 * returns, finds it through {@code META-INF/services} and hands it every input whose content is a PDF (it starts with
 * {@code %PDF-}), whatever its name.
 *
 * <pre>{@code
 * List<Article> articles = Accord.reader().read(Path.of("press/release.pdf"));
 * }</pre>
 */
public final class PdfArticleReader extends DocumentReader {
    private static final int HEADER_CHARS = 600;

    @Override
    public Format format() {
        return Format.PDF;
    }

    @Override
    Article read(RawDocument document) throws IngestException {
        try (PDDocument pdf = Loader.loadPDF(document.content())) {
            String text = Paragraphs.fromLayout(CjkRadicals.unify(stripper().getText(pdf)));
            if (text.isBlank()) {
                throw new IngestException(document.source(), "the PDF has no text layer (a scan?); it is not read "
                        + "with OCR");
            }
            String title = title(pdf, text);
            return new Article(document.source(), null, title, LanguageDetector.detect(title + "\n" + text),
                    PublicationDates.find(text.substring(0, Math.min(HEADER_CHARS, text.length()))).orElse(null),
                    text, LanguageDetector.isMixed(text));
        } catch (InvalidPasswordException e) {
            throw new IngestException(document.source(), "the PDF is encrypted with a password", e);
        } catch (IOException e) {
            throw new IngestException(document.source(), "not a readable PDF (" + e.getMessage() + ")", e);
        }
    }

    private static PDFTextStripper stripper() {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        // A blank line between paragraphs, as every reader lays out its text.
        stripper.setParagraphEnd("\n\n");
        return stripper;
    }

    private static String title(PDDocument pdf, String text) {
        String info = pdf.getDocumentInformation().getTitle();
        if (info != null && !info.isBlank()) {
            return CjkRadicals.unify(info.strip());
        }
        return text.lines().map(String::strip).filter(line -> !line.isEmpty()).findFirst().orElse("");
    }
}
