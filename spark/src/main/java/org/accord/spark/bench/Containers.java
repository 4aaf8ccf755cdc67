package org.accord.spark.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;
import org.accord.core.model.Article;
import org.jsoup.nodes.Entities;

/**
 * Writes articles into the containers Accord reads record by record, the way crawlers and CMS exports write them: a
 * WARC.gz of HTTP responses (one gzip member per record, a request record before each response) and JSON Lines
 * (one article a line). An article written and read back with {@code Accord.reader()} has the same title, text,
 * publication date and language: JSON Lines always; a WARC when the article states its publication date (a page
 * without one has its date looked for in its first lines, which a plain text file does not).
 */
public final class Containers {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Containers() {
    }

    /**
     * Writes one article as a WARC request and response, each its own gzip member.
     *
     * @param out the WARC.gz file's stream
     * @param article the article
     * @param uri its address: the page's canonical link and the record's {@code WARC-Target-URI}
     */
    public static void warcRecord(OutputStream out, Article article, String uri) throws IOException {
        byte[] request = ("GET " + java.net.URI.create(uri).getRawPath() + " HTTP/1.1\r\nHost: "
                + java.net.URI.create(uri).getHost() + "\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        gzipMember(out, warcHeader("request", uri, "application/http; msgtype=request", request.length), request);
        byte[] page = html(article, uri).getBytes(StandardCharsets.UTF_8);
        byte[] http = ("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " + page.length
                + "\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream block = new ByteArrayOutputStream(http.length + page.length);
        block.write(http);
        block.write(page);
        gzipMember(out, warcHeader("response", uri, "application/http; msgtype=response", block.size()),
                block.toByteArray());
    }

    /** The article as an HTML page: title, date and canonical link in the head, one {@code <p>} per paragraph. */
    static String html(Article article, String uri) {
        StringBuilder page = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">\n");
        page.append("<title>").append(Entities.escape(article.title())).append("</title>\n");
        if (!article.title().isEmpty()) {
            page.append("<meta property=\"og:title\" content=\"").append(Entities.escape(article.title()))
                    .append("\">\n");
        }
        if (article.published() != null) {
            page.append("<meta name=\"date\" content=\"").append(article.published()).append("\">\n");
        }
        page.append("<link rel=\"canonical\" href=\"").append(Entities.escape(uri)).append("\">\n</head><body>\n");
        for (String paragraph : article.text().split("\n\n")) {
            page.append("<p>");
            String[] lines = paragraph.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                page.append(i == 0 ? "" : "<br>").append(Entities.escape(lines[i]));
            }
            page.append("</p>\n");
        }
        return page.append("</body></html>\n").toString();
    }

    /**
     * Writes one article as a JSON Lines record: {@code title}, {@code content} (the text), {@code date} (ISO, or
     * left out) and {@code url}.
     */
    public static void jsonLine(Writer out, Article article, String url) throws IOException {
        ObjectNode record = JSON.createObjectNode();
        record.put("title", article.title());
        record.put("content", article.text());
        if (article.published() != null) {
            record.put("date", article.published().toString());
        }
        record.put("url", url);
        out.write(JSON.writeValueAsString(record));
        out.write('\n');
    }

    private static byte[] warcHeader(String type, String uri, String contentType, int length) {
        return ("WARC/1.0\r\nWARC-Type: " + type + "\r\nWARC-Target-URI: " + uri + "\r\nWARC-Date: "
                + "2024-01-01T00:00:00Z\r\nWARC-Record-ID: <urn:uuid:" + UUID.nameUUIDFromBytes(
                        (type + uri).getBytes(StandardCharsets.UTF_8)) + ">\r\nContent-Type: " + contentType
                + "\r\nContent-Length: " + length + "\r\n\r\n").getBytes(StandardCharsets.UTF_8);
    }

    private static void gzipMember(OutputStream out, byte[] header, byte[] block) throws IOException {
        GZIPOutputStream gzip = new GZIPOutputStream(new NonClosing(out));
        gzip.write(header);
        gzip.write(block);
        gzip.write("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        gzip.finish();
        gzip.close();
    }

    /** Lets a gzip member end without closing the file it is written to. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
