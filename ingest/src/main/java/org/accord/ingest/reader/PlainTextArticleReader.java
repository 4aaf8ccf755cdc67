package org.accord.ingest.reader;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.accord.core.model.Article;
import org.accord.ingest.Format;
import org.accord.ingest.IngestException;
import org.accord.ingest.RawDocument;
import org.jspecify.annotations.Nullable;

/**
 * Reads the plain text of a news page: navigation lines ("Position: Index>>News>>Content"), then a headline, a date
 * line ("Apr 2, 2019 Liu Jianing"), and paragraphs. The headline is the first line near the top that is neither
 * navigation nor a date line; the publication date is the first full date on a short line near the top, or else the
 * date alone on one of the last lines, as an announcement is dated under its signature.
 *
 * <p>Not called directly: {@link org.accord.ingest.Readers#standard()}, which {@link org.accord.ingest.Accord#reader()}
 * returns, finds it through {@code META-INF/services} and hands it every input that neither its content nor its name
 * shows to be in another format.
 *
 * <pre>{@code
 * List<Article> articles = Accord.reader().read(Path.of("samples/000_332cdf8b368dfd31.txt"));
 * }</pre>
 */
public final class PlainTextArticleReader extends DocumentReader {
    private static final int HEADER_LINES = 8;
    private static final int MAX_DATE_LINE = 120;
    private static final int FOOTER_LINES = 3;
    /** A footer's date stands alone on its line: "2019年12月26日", "December 26, 2019". */
    private static final int MAX_FOOTER_DATE_LINE = 20;
    private static final int MIN_TITLE_LETTERS = 8;
    private static final Pattern NAVIGATION = Pattern.compile(
            ">>|»|->|\\s[·|]\\s.*\\s[·|]\\s|^(position|当前位置|skip to|home\\b|首页|首頁)", Pattern.CASE_INSENSITIVE);
    /** The dash that ends a release's dateline ("BOSTON, May 20, 2024 --"), and how far into a paragraph it may be. */
    private static final Pattern DATELINE_DASH = Pattern.compile("\\s(?:--|—|–)\\s");
    private static final int MAX_DATELINE = 80;
    /** A line of a few short items between bars or dots, without a digit (a date line): a site's menu. */
    private static final Pattern MENU = Pattern.compile("[^|｜·\\d]{1,20}(?:\\s*[|｜·]\\s*[^|｜·\\d]{1,20})+");
    /** A word alone above the story: a site's "Search", "登录". */
    private static final Pattern TOP_ITEM = Pattern.compile("[A-Za-z]{1,12}|\\p{IsHan}{1,4}");
    private static final Pattern COPYRIGHT = Pattern.compile("(?i)copyright|©|all rights reserved|版权所有|版權所有");
    private static final Pattern DATE_LINE_PREFIX = Pattern.compile("^date\\s+", Pattern.CASE_INSENSITIVE);

    @Override
    public Format format() {
        return Format.PLAIN_TEXT;
    }

    @Override
    Article read(RawDocument document) throws IngestException {
        String text = withoutSiteMenus(Paragraphs.unwrapped(TextDecoder.decode(document)));
        if (text.isBlank()) {
            throw new IngestException(document.source(), "the file holds only white space");
        }
        List<String> header = text.lines().filter(line -> !line.isBlank()).limit(HEADER_LINES).toList();
        LocalDate published = publicationDate(header);
        if (published == null) {
            published = footerDate(text);
        }
        String title = title(header);
        return new Article(document.source(), null, title, LanguageDetector.detect(text), published, text,
                LanguageDetector.isMixed(text));
    }

    /**
     * The text without a site's menus above the story ("Home | News | About us", "Search") and its footer below
     * ("Copyright © 2024 …", "Contact us | Sitemap"), as a page's reader leaves out its navigation.
     */
    static String withoutSiteMenus(String text) {
        int from = 0;
        while (from < text.length()) {
            int lineEnd = endOfLine(text, from);
            String line = text.substring(from, lineEnd);
            if (!line.isBlank() && !isMenu(line, TOP_ITEM)) {
                break;
            }
            from = Math.min(text.length(), lineEnd + 1);
        }
        int to = text.length();
        while (to > from) {
            int lineStart = text.lastIndexOf('\n', to - 1) + 1;
            String line = text.substring(Math.max(lineStart, from), to);
            if (!line.isBlank() && !isMenu(line, null) && !COPYRIGHT.matcher(line).find()) {
                break;
            }
            to = Math.max(from, lineStart - 1);
        }
        return from == 0 && to == text.length() ? text : text.substring(from, to);
    }

    private static int endOfLine(String text, int from) {
        int end = text.indexOf('\n', from);
        return end < 0 ? text.length() : end;
    }

    private static boolean isMenu(String line, @Nullable Pattern alone) {
        String item = line.strip();
        return MENU.matcher(item).matches() || (alone != null && alone.matcher(item).matches());
    }

    private static LocalDate publicationDate(List<String> header) {
        return header.stream().map(PlainTextArticleReader::datelineOrShortLine).filter(line -> line != null)
                .map(line -> PublicationDates.find(line).orElse(null)).filter(date -> date != null)
                .findFirst().orElse(null);
    }

    /**
     * A line short enough to be a date line, or the dateline a paragraph opens with, up to its dash ("BOSTON, May 20,
     * 2024 -- Acme … signed…": a release wrapped in lines and joined again); null for a paragraph's other dates.
     */
    private static @Nullable String datelineOrShortLine(String line) {
        if (line.length() <= MAX_DATE_LINE) {
            return line;
        }
        Matcher dash = DATELINE_DASH.matcher(line);
        return dash.find() && dash.start() <= MAX_DATELINE ? line.substring(0, dash.start()) : null;
    }

    /**
     * "特此公告。 / 福建三钢闽光股份有限公司董事会 / 2019年12月26日": an announcement is dated on a line of its own
     * under its signature, at the end.
     */
    private static LocalDate footerDate(String text) {
        List<String> lines = text.lines().filter(line -> !line.isBlank()).toList();
        return lines.subList(Math.max(0, lines.size() - FOOTER_LINES), lines.size()).stream()
                .filter(line -> line.strip().length() <= MAX_FOOTER_DATE_LINE)
                .map(line -> PublicationDates.find(line).orElse(null)).filter(date -> date != null)
                .reduce((first, last) -> last).orElse(null);
    }

    private static String title(List<String> header) {
        return header.stream().filter(line -> !NAVIGATION.matcher(line).find())
                .filter(line -> !DATE_LINE_PREFIX.matcher(line).find())
                .filter(line -> line.codePoints().filter(Character::isLetter).count() >= MIN_TITLE_LETTERS)
                .findFirst().orElse(header.isEmpty() ? "" : header.get(0));
    }
}
