package org.accord.ingest.reader;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.accord.core.model.Article;
import org.accord.ingest.ArticleReader;
import org.accord.ingest.ArticleSink;
import org.accord.ingest.Format;
import org.accord.ingest.IngestException;
import org.accord.ingest.Input;
import org.accord.ingest.RawDocument;
import org.jspecify.annotations.Nullable;

/**
 * Reads a WARC web archive ({@code .warc} or {@code .warc.gz}) as a stream, record by record: each HTML response
 * (HTTP 2xx, {@code text/html} or XHTML) is one article, named {@code crawl.warc.gz#7} for the seventh record, read
 * with the charset of its HTTP {@code Content-Type} when it states one and addressed by its {@code WARC-Target-URI}
 * when the page names no canonical address. Other records (requests, metadata, images, redirects) are skipped with
 * the reason. Only one record is in memory at a time, bounded by {@link org.accord.ingest.Limits#maxDocumentBytes()}.
 *
 * <p>Not called directly: {@link org.accord.ingest.Readers#standard()}, which {@link org.accord.ingest.Accord#reader()}
 * returns, finds it through {@code META-INF/services} and hands it every input whose content is a WARC archive, plain
 * or gzipped.
 *
 * <pre>{@code
 * Format format = Accord.reader().read(Path.of("crawl.warc.gz"), listener);   // each record to the listener
 * }</pre>
 */
public final class WarcArticleReader implements ArticleReader {
    private static final int MAX_HEADER_LINE = 64 * 1024;
    private static final int MAX_HEADERS = 200;
    private static final Pattern CHARSET =
            Pattern.compile("charset\\s*=\\s*[\"']?([\\w.:-]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern STATUS = Pattern.compile("HTTP/\\d(?:\\.\\d)?\\s+(\\d{3}).*");
    private final HtmlArticleReader html = new HtmlArticleReader();

    @Override
    public Format format() {
        return Format.WARC;
    }

    @Override
    public void read(Input input, ArticleSink sink) throws IngestException {
        int records = 0;
        try {
            InputStream warc = records(input);
            for (Map<String, String> header = header(warc, true); header != null; header = header(warc, true)) {
                String source = input.source() + "#" + ++records;
                if (records > input.limits().maxEntries()) {
                    sink.failed(source, "more than " + input.limits().maxEntries() + " records; this one and the "
                            + "rest are not read");
                    return;
                }
                BoundedStream block = new BoundedStream(warc, contentLength(header, source));
                record(input, source, header, block, sink);
                block.drain();
                if (block.count() < contentLength(header, source)) {
                    throw new IOException("record " + records + " ends before its Content-Length");
                }
            }
        } catch (IOException e) {
            throw new IngestException(input.source(), "broken WARC after " + Math.max(0, records - 1) + " records ("
                    + e.getMessage() + "); the rest is not read", e);
        }
    }

    /** The archive's records as one stream: gzipped archives are a series of gzip members, one per record. */
    private static InputStream records(Input input) throws IOException {
        byte[] head = input.head();
        boolean gzipped = head.length > 1 && (head[0] & 0xFF) == 0x1F && (head[1] & 0xFF) == 0x8B;
        return gzipped ? new BufferedInputStream(new GZIPInputStream(input.stream(), 65536), 65536) : input.stream();
    }

    private void record(Input input, String source, Map<String, String> warcHeader, InputStream block,
            ArticleSink sink) throws IOException {
        String type = warcHeader.getOrDefault("warc-type", "");
        String contentType = warcHeader.getOrDefault("content-type", "");
        if (type.equals("response") && contentType.startsWith("application/http")) {
            httpResponse(input, source, warcHeader, block, sink);
        } else if ((type.equals("response") || type.equals("resource")) && isHtml(contentType)) {
            page(input, source, warcHeader, block, charsetOf(contentType), sink);
        } else {
            sink.skipped(source, "a WARC " + (type.isEmpty() ? "record without a type" : type + " record")
                    + ", not an HTML response");
        }
    }

    private void httpResponse(Input input, String source, Map<String, String> warcHeader, InputStream block,
            ArticleSink sink) throws IOException {
        Map<String, String> http = header(block, false);
        String status = http == null ? "" : http.getOrDefault(":status", "");
        String contentType = http == null ? "" : http.getOrDefault("content-type", "");
        if (!status.startsWith("2")) {
            sink.skipped(source, "an HTTP " + (status.isEmpty() ? "response without a status" : status)
                    + " response, not a page");
        } else if (!isHtml(contentType)) {
            sink.skipped(source, "an HTTP response of " + (contentType.isEmpty() ? "no stated type" : contentType)
                    + ", not HTML");
        } else if (!http.getOrDefault("content-encoding", "identity").matches("identity|gzip|x-gzip")) {
            sink.failed(source, "the page is compressed with " + http.get("content-encoding")
                    + ", which is not supported");
        } else {
            try {
                InputStream body = new BoundedStream(block, input.limits().maxDocumentBytes() + 1);
                page(input, source, warcHeader, payload(http, body), charsetOf(contentType), sink);
            } catch (IOException | NumberFormatException e) {
                sink.failed(source, "broken HTTP body (" + e.getMessage() + ")");
            }
        }
    }

    /** The body as sent: chunks joined and gzip undone, so the page reader sees the page's own bytes. */
    private static InputStream payload(Map<String, String> http, InputStream body) throws IOException {
        InputStream payload = http.getOrDefault("transfer-encoding", "").contains("chunked")
                ? new ByteArrayInputStream(Chunks.join(body)) : body;
        return http.getOrDefault("content-encoding", "").contains("gzip") ? new GZIPInputStream(payload) : payload;
    }

    private void page(Input input, String source, Map<String, String> warcHeader, InputStream body,
            @Nullable String charset, ArticleSink sink) throws IOException {
        RawDocument document;
        try {
            document = input.nested(source, body, charset).readAll();
            Article article = html.read(document);
            sink.article(article.url() != null ? article : withUrl(article, warcHeader.get("warc-target-uri")));
        } catch (IngestException e) {
            sink.failed(e.source(), e.reason());
        }
    }

    private static Article withUrl(Article article, @Nullable String uri) {
        String url = uri == null ? null : uri.replaceAll("^<|>$", "");
        return new Article(article.source(), url, article.title(), article.language(), article.published(),
                article.text(), article.mixedLanguage());
    }

    /**
     * Reads header lines up to an empty line: WARC fields, or an HTTP status line and fields (the status stored under
     * {@code :status}). Names are lower case.
     *
     * @param skipBlankLines whether blank lines before the header are separators to pass over (between WARC records)
     * @return the fields, or null at the end of the stream
     */
    private static @Nullable Map<String, String> header(InputStream in, boolean skipBlankLines) throws IOException {
        String first = line(in);
        while (skipBlankLines && first != null && first.isEmpty()) {
            first = line(in);
        }
        if (first == null) {
            return null;
        }
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher status = STATUS.matcher(first);
        if (status.matches()) {
            fields.put(":status", status.group(1));
        } else if (!first.startsWith("WARC/")) {
            throw new IOException("expected a WARC or HTTP header, found '" + abbreviate(first) + "'");
        }
        for (String line = line(in); line != null && !line.isEmpty(); line = line(in)) {
            int colon = line.indexOf(':');
            if (colon > 0 && fields.size() < MAX_HEADERS) {
                fields.putIfAbsent(line.substring(0, colon).strip().toLowerCase(Locale.ROOT),
                        line.substring(colon + 1).strip());
            }
        }
        return fields;
    }

    private static @Nullable String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b = in.read();
        if (b < 0) {
            return null;
        }
        for (; b >= 0 && b != '\n'; b = in.read()) {
            if (line.size() >= MAX_HEADER_LINE) {
                throw new IOException("a header line longer than " + MAX_HEADER_LINE + " bytes");
            }
            line.write(b);
        }
        return line.toString(StandardCharsets.ISO_8859_1).replaceFirst("\r$", "");
    }

    private static long contentLength(Map<String, String> header, String source) throws IOException {
        try {
            return Long.parseLong(header.getOrDefault("content-length", ""));
        } catch (NumberFormatException e) {
            throw new IOException(source + " has no valid Content-Length ('"
                    + header.getOrDefault("content-length", "") + "'), so the next record cannot be found", e);
        }
    }

    private static boolean isHtml(String contentType) {
        String type = contentType.toLowerCase(Locale.ROOT);
        return type.startsWith("text/html") || type.startsWith("application/xhtml");
    }

    private static @Nullable String charsetOf(String contentType) {
        Matcher m = CHARSET.matcher(contentType);
        return m.find() ? m.group(1) : null;
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }

    /** HTTP/1.1 chunked transfer coding, undone. */
    private static final class Chunks {
        private Chunks() {
        }

        static byte[] join(InputStream in) throws IOException {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (String size = line(in); size != null; size = line(in)) {
                long length = Long.parseLong(size.replaceFirst(";.*", "").strip(), 16);
                if (length == 0) {
                    break;
                }
                out.write(in.readNBytes(Math.toIntExact(length)));
                line(in);
            }
            return out.toByteArray();
        }
    }
}
