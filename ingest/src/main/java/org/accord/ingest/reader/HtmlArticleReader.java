package org.accord.ingest.reader;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.accord.core.model.Article;
import org.accord.ingest.Format;
import org.accord.ingest.IngestException;
import org.accord.ingest.RawDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads an HTML page: the title from Open Graph, the first {@code <h1>} or {@code <title>}; the publication date from
 * {@code article:published_time} and similar meta tags, {@code <time>}, JSON-LD, or a date line near the top; the
 * main text without navigation, footers, forms and hidden elements.
 *
 * <p>Not called directly: {@link org.accord.ingest.Readers#standard()}, which {@link org.accord.ingest.Accord#reader()}
 * returns, finds it through {@code META-INF/services} and hands it every input whose content looks like an HTML page
 * ({@code <html>}, {@code <body>}, {@code <p>}...), whatever its name.
 *
 * <pre>{@code
 * List<Article> articles = Accord.reader().read(Path.of("news/page.html"));
 * }</pre>
 */
public final class HtmlArticleReader extends DocumentReader {
    private static final Pattern SERVER_TAGS = Pattern.compile("<%.*?%>", Pattern.DOTALL);
    private static final String BOILERPLATE = "nav, footer, aside, form, [role=navigation], [role=banner], "
            + "[role=contentinfo], .breadcrumb, .breadcrumbs, .share, .social, .menu, .sidebar, #footer, #header, "
            + "#nav, #menu";
    private static final String[] DATE_META = {"article:published_time", "og:published_time", "datePublished",
        "pubdate", "publishdate", "PubDate", "publish_date", "date", "dc.date", "DC.date.issued", "sailthru.date"};
    private static final int HEADER_CHARS = 600;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public Format format() {
        return Format.HTML;
    }

    @Override
    Article read(RawDocument document) throws IngestException {
        String html = SERVER_TAGS.matcher(TextDecoder.decode(document)).replaceAll("");
        Document page = Jsoup.parse(html);
        String title = title(page);
        Optional<LocalDate> published = metaDate(page);
        String url = canonicalUrl(page);
        Element body = page.body();
        HtmlText.removeInvisible(body);
        body.select(BOILERPLATE).remove();
        String text = HtmlText.text(body);
        if (text.isBlank()) {
            throw new IngestException(document.source(), "the HTML page has no visible text");
        }
        LocalDate date = published.or(() -> PublicationDates.find(head(text))).orElse(null);
        return new Article(document.source(), url, title, LanguageDetector.detect(title + "\n" + text), date,
                text, LanguageDetector.isMixed(text));
    }

    private static String title(Document page) {
        return Stream.of(page.select("meta[property=og:title]").attr("content"),
                        page.select("h1").stream().findFirst().map(Element::text).orElse(""), page.title())
                .map(String::strip).filter(s -> !s.isEmpty()).findFirst().orElse("");
    }

    private static Optional<LocalDate> metaDate(Document page) {
        for (String name : DATE_META) {
            String value = page.select("meta[property=" + name + "], meta[name=" + name + "], meta[itemprop=" + name
                    + "]").attr("content");
            Optional<LocalDate> date = PublicationDates.parseLeading(value);
            if (date.isPresent()) {
                return date;
            }
        }
        Optional<LocalDate> time = PublicationDates.parseLeading(page.select("time[datetime]").attr("datetime"));
        return time.isPresent() ? time : jsonLdDate(page);
    }

    private static Optional<LocalDate> jsonLdDate(Document page) {
        for (Element script : page.select("script[type=application/ld+json]")) {
            try {
                JsonNode published = JSON.readTree(script.data()).findValue("datePublished");
                if (published != null) {
                    return PublicationDates.parseLeading(published.asText());
                }
            } catch (java.io.IOException malformed) {
                // A broken JSON-LD block is common and says nothing about the article: look elsewhere.
            }
        }
        return Optional.empty();
    }

    private static String canonicalUrl(Document page) {
        String url = Stream.of(page.select("link[rel=canonical]").attr("href"),
                page.select("meta[property=og:url]").attr("content")).filter(s -> s.matches("(?i)https?://.+"))
                .findFirst().orElse(null);
        return url;
    }

    private static String head(String text) {
        return text.substring(0, Math.min(HEADER_CHARS, text.length()));
    }
}
