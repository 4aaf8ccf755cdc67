package org.accord.ingest.reader;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.accord.core.model.Article;
import org.accord.ingest.Format;
import org.accord.ingest.IngestException;
import org.accord.ingest.RawDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Reads a Markdown document or a Jekyll/Hugo post. The YAML front matter, when present, gives the title
 * ({@code title}), the publication date ({@code date}) and the address ({@code url}, {@code permalink},
 * {@code link}); the body is HTML (as exported by many CMSs) or Markdown, and a leading {@code # heading} is the title
 * when the front matter names none.
 *
 * <p>Not called directly: {@link org.accord.ingest.Readers#standard()}, which {@link org.accord.ingest.Accord#reader()}
 * returns, finds it through {@code META-INF/services} and hands it every input whose content starts with YAML front
 * matter between {@code ---} lines, whatever its name, and one named {@code .md} whose content shows no other format.
 *
 * <pre>{@code
 * List<Article> articles = Accord.reader().read(Path.of("_posts/2021-12-17-signing.md"));
 * }</pre>
 */
public final class MarkdownArticleReader extends DocumentReader {
    private static final Pattern FRONT_MATTER = Pattern.compile("\\A\\s*---\\s*\\R(.*?)\\R---\\s*(?:\\R|\\z)",
            Pattern.DOTALL);
    private static final Pattern HTML_BODY = Pattern.compile("<(p|div|br|span|strong|table|h[1-6])[\\s/>]",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern HEADING = Pattern.compile("(?m)^#{1,6}\\s+(.+?)\\s*#*$");
    private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]]*]\\([^)]*\\)");
    private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)]\\((?:[^)]*)\\)|<(https?://[^>]*)>");
    private static final Pattern EMPHASIS = Pattern.compile("(\\*{1,3}|_{2,3}|`+)(?=\\S)(.+?)(?<=\\S)\\1");
    private static final Pattern LIST_MARK = Pattern.compile("(?m)^\\s{0,3}(?:[-*+]|\\d+\\.)\\s+|^\\s{0,3}>\\s?");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Override
    public Format format() {
        return Format.MARKDOWN;
    }

    @Override
    Article read(RawDocument document) throws IngestException {
        String raw = TextDecoder.decode(document);
        Matcher frontMatter = FRONT_MATTER.matcher(raw);
        JsonNode meta = frontMatter.lookingAt() ? yaml(document, frontMatter.group(1)) : YAML.createObjectNode();
        String body = frontMatter.lookingAt() ? raw.substring(frontMatter.end()) : raw;
        String text = HTML_BODY.matcher(body).find() ? htmlText(body) : markdownText(body);
        if (text.isBlank()) {
            throw new IngestException(document.source(), "the post has no body text");
        }
        String title = Optional.ofNullable(meta.get("title")).map(JsonNode::asText).filter(t -> !t.isBlank())
                .orElseGet(() -> firstHeading(body));
        LocalDate published = Optional.ofNullable(meta.get("date"))
                .flatMap(date -> PublicationDates.parseLeading(date.asText()))
                .or(() -> PublicationDates.find(text.substring(0, Math.min(text.length(), 400)))).orElse(null);
        String url = url(meta);
        return new Article(document.source(), url, title.strip(),
                LanguageDetector.detect(title + "\n" + text), published, text, LanguageDetector.isMixed(text));
    }

    private static JsonNode yaml(RawDocument document, String frontMatter) throws IngestException {
        try {
            JsonNode node = YAML.readTree(frontMatter);
            return node != null && node.isObject() ? node : YAML.createObjectNode();
        } catch (JacksonException e) {
            throw new IngestException(document.source(), "malformed YAML front matter (" + e.getOriginalMessage()
                    + ")", e);
        }
    }

    private static String htmlText(String body) {
        Element root = Jsoup.parseBodyFragment(body).body();
        HtmlText.removeInvisible(root);
        return HtmlText.text(root);
    }

    private static String markdownText(String body) {
        // Each pass only where its mark is: most posts have no image and many no link or emphasis.
        String text = body.contains("![") ? IMAGE.matcher(body).replaceAll("") : body;
        if (text.contains("](") || text.contains("<http")) {
            text = LINK.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1) != null ? m.group(1)
                    : m.group(2)));
        }
        text = text.indexOf('#') >= 0 ? HEADING.matcher(text).replaceAll("$1") : text;
        if (text.indexOf('*') >= 0 || text.indexOf('_') >= 0 || text.indexOf('`') >= 0) {
            text = EMPHASIS.matcher(text).replaceAll("$2");
        }
        text = LIST_MARK.matcher(text).replaceAll("");
        return Paragraphs.normalise(text);
    }

    private static String firstHeading(String body) {
        Matcher heading = HEADING.matcher(body);
        return heading.find() ? EMPHASIS.matcher(heading.group(1)).replaceAll("$2") : "";
    }

    private static String url(JsonNode meta) {
        for (String key : new String[] {"url", "permalink", "link", "canonical_url"}) {
            JsonNode value = meta.get(key);
            if (value != null && value.asText().matches("(?i)https?://.+")) {
                return value.asText();
            }
        }
        return null;
    }
}
