package org.accord.ingest.reader;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.accord.core.model.Article;
import org.accord.ingest.Format;
import org.accord.ingest.IngestException;
import org.accord.ingest.RawDocument;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Reads a Word press release (Office Open XML, {@code .docx}) with Apache POI: the body's paragraphs and table cells
 * in order, one paragraph each; the title from the document properties, else the first paragraph styled as a title or
 * heading, else the first paragraph; the publication date from a date line near the top. The file's creation date is
 * never used: it dates the file, not the news.
 *
 * <p>Not called directly: {@link org.accord.ingest.Readers#standard()}, which {@link org.accord.ingest.Accord#reader()}
 * returns, finds it through {@code META-INF/services} and hands it every input whose content is a Word document (a ZIP
 * with {@code word/} parts), whatever its name.
 *
 * <pre>{@code
 * List<Article> articles = Accord.reader().read(Path.of("press/release.docx"));
 * }</pre>
 */
public final class DocxArticleReader extends DocumentReader {
    private static final int HEADER_CHARS = 600;

    @Override
    public Format format() {
        return Format.DOCX;
    }

    @Override
    Article read(RawDocument document) throws IngestException {
        // POI refuses entries that inflate suspiciously (ZipSecureFile), so a DOCX zip bomb fails here.
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(document.content()))) {
            List<String> paragraphs = paragraphs(docx.getBodyElements());
            String text = Paragraphs.normalise(String.join("\n\n", paragraphs));
            if (text.isBlank()) {
                throw new IngestException(document.source(), "the Word document has no text");
            }
            String title = title(docx, paragraphs);
            return new Article(document.source(), null, title, LanguageDetector.detect(title + "\n" + text),
                    PublicationDates.find(text.substring(0, Math.min(HEADER_CHARS, text.length()))).orElse(null),
                    text, LanguageDetector.isMixed(text));
        } catch (IOException | RuntimeException e) {
            // POI signals a broken package with unchecked exceptions as often as with IOException.
            throw new IngestException(document.source(), "not a readable Word document (" + e.getMessage() + ")", e);
        }
    }

    private static List<String> paragraphs(List<IBodyElement> elements) {
        List<String> paragraphs = new ArrayList<>();
        for (IBodyElement element : elements) {
            if (element instanceof XWPFParagraph paragraph) {
                paragraphs.add(paragraph.getText());
            } else if (element instanceof XWPFTable table) {
                for (XWPFTableRow row : table.getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) {
                        paragraphs.addAll(paragraphs(cell.getBodyElements()));
                    }
                }
            }
        }
        return paragraphs;
    }

    private static String title(XWPFDocument docx, List<String> paragraphs) {
        POIXMLProperties.CoreProperties core = docx.getProperties().getCoreProperties();
        if (core.getTitle() != null && !core.getTitle().isBlank()) {
            return core.getTitle().strip();
        }
        for (XWPFParagraph paragraph : docx.getParagraphs()) {
            String style = paragraph.getStyle() == null ? "" : paragraph.getStyle().toLowerCase(java.util.Locale.ROOT);
            if ((style.startsWith("title") || style.startsWith("heading")) && !paragraph.getText().isBlank()) {
                return paragraph.getText().strip();
            }
        }
        return paragraphs.stream().map(String::strip).filter(p -> !p.isEmpty()).findFirst().orElse("");
    }
}
