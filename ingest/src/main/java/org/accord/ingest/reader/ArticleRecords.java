package org.accord.ingest.reader;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.accord.core.model.Article;
import org.accord.ingest.IngestException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Turns one article record, as exported by a CMS or a crawler, into an {@link Article}: the title, the text (plain or
 * HTML), the date and the address, each under the first of the usual field names it has. Values may be strings or
 * WordPress-style objects ({@code {"rendered": "..."}}).
 */
final class ArticleRecords {
    private static final List<String> TITLE = List.of("title", "headline", "name");
    private static final List<String> TEXT = List.of("content", "body", "text", "articleBody", "article",
            "content_html", "html", "description", "summary");
    private static final List<String> DATE = List.of("date", "published", "published_at", "publishedAt",
            "datePublished", "pubDate", "publish_date", "created_at", "time");
    private static final List<String> URL = List.of("url", "link", "href", "canonical_url", "permalink");
    private static final Pattern HTML_TAG = Pattern.compile("<(p|div|br|span|strong|table|h[1-6]|li|a)[\\s/>]",
            Pattern.CASE_INSENSITIVE);

    private ArticleRecords() {
    }

    /**
     * The article of a JSON record.
     *
     * @param source the record's name, such as {@code export.jsonl:12}
     * @throws IngestException when the record is not an object or has no text
     */
    static Article fromJson(String source, JsonNode record) throws IngestException {
        if (!record.isObject()) {
            throw new IngestException(source, "not a JSON object but " + record.getNodeType().toString()
                    .toLowerCase(java.util.Locale.ROOT));
        }
        String text = field(record, TEXT);
        if (text == null) {
            throw new IngestException(source, "the record has no text (none of the fields " + TEXT + ")");
        }
        String date = field(record, DATE);
        return article(source, field(record, TITLE), text, date, field(record, URL));
    }

    /**
     * An article from its parts, the text given as plain text or HTML.
     *
     * @throws IngestException when the text is blank once markup is removed
     */
    static Article article(String source, @Nullable String title, String text, @Nullable String date,
            @Nullable String url) throws IngestException {
        String plain = HTML_TAG.matcher(text).find() ? htmlText(text) : Paragraphs.normalise(text);
        if (plain.isBlank()) {
            throw new IngestException(source, "the record's text is blank");
        }
        String headline = title == null ? "" : Paragraphs.normalise(Jsoup.parse(title).text());
        LocalDate published = date == null ? null : PublicationDates.parseStated(date).orElse(null);
        String address = url != null && url.strip().matches("(?i)https?://\\S+") ? url.strip() : null;
        return new Article(source, address, headline, LanguageDetector.detect(headline + "\n" + plain), published,
                plain, LanguageDetector.isMixed(plain));
    }

    private static String htmlText(String html) {
        Element root = Jsoup.parseBodyFragment(html).body();
        HtmlText.removeInvisible(root);
        return HtmlText.text(root);
    }

    private static @Nullable String field(JsonNode record, List<String> names) {
        for (String name : names) {
            JsonNode value = record.get(name);
            if (value != null && value.isObject()) {
                value = value.get("rendered");
            }
            if (value != null && value.isValueNode() && !value.isNull() && !value.asText().isBlank()) {
                return value.asText();
            }
        }
        return null;
    }
}
