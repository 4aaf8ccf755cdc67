package org.accord.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.jspecify.annotations.Nullable;

/**
 * Tells an input's format from its content first and its name second, so a Jekyll post saved as {@code .txt} is read
 * as a post and an HTML page saved as {@code .txt} as a page.
 * Binary formats are told by their magic bytes ({@code %PDF-}, {@code PK}, gzip), text formats by how they start.
 */
final class FormatDetector {
    private static final Pattern FRONT_MATTER = Pattern.compile("\\A\\s*---\\s*\\R(?s:.*?)\\R---\\s*(\\R|\\z)");
    private static final Pattern HTML_MARKERS = Pattern.compile(
            "<(?:!doctype html|html[\\s>]|head[\\s>]|body[\\s>]|meta\\s|div[\\s>]|p[\\s>]|title>)",
            Pattern.CASE_INSENSITIVE);
    /** A feed's root element, after an XML declaration, comments, processing instructions or a DOCTYPE. */
    private static final Pattern FEED_ROOT = Pattern.compile("\\A\\s*(?:<\\?xml[^>]*>\\s*)?"
            + "(?:<!--(?s:.*?)-->\\s*|<\\?(?s:.*?)\\?>\\s*|<!DOCTYPE[^\\[>]*(?:\\[(?s:.*?)])?\\s*>\\s*)*"
            + "<(?:rss|feed|rdf:RDF)[\\s>]", Pattern.CASE_INSENSITIVE);
    /** An object, an array of objects, or JSON Lines: an object key or an empty object first. */
    private static final Pattern JSON_RECORDS = Pattern.compile("\\A\\s*(?:\\[\\s*)?\\{\\s*(?:\"|})");
    private static final Pattern WARC_VERSION = Pattern.compile("\\A\\s*WARC/\\d");

    /** Detects the format of a document in memory. */
    Format detect(RawDocument document) {
        return detect(document.fileName(), document.content());
    }

    /** Detects the format of an input from its first bytes and its name. */
    Format detect(Input input) {
        return detect(input.fileName(), input.head());
    }

    private Format detect(String fileName, byte[] head) {
        Format binary = byMagic(fileName, head);
        if (binary != null) {
            return binary;
        }
        Format text = byText(asText(head));
        return text != null ? text : byName(fileName);
    }

    private static @Nullable Format byMagic(String fileName, byte[] head) {
        if (startsWith(head, "%PDF-")) {
            return Format.PDF;
        }
        if (startsWith(head, "PK\u0003\u0004") || startsWith(head, "PK\u0005\u0006")) {
            // A DOCX is a ZIP whose parts sit under word/; the part names are stored uncompressed near the start.
            return fileName.endsWith(".docx") || asText(head).contains("word/") ? Format.DOCX : Format.ZIP;
        }
        if (head.length > 2 && (head[0] & 0xFF) == 0x1F && (head[1] & 0xFF) == 0x8B) {
            return fileName.endsWith(".warc.gz") || WARC_VERSION.matcher(gunzippedStart(head)).lookingAt()
                    ? Format.WARC : null;
        }
        return null;
    }

    private static @Nullable Format byText(String head) {
        if (WARC_VERSION.matcher(head).lookingAt()) {
            return Format.WARC;
        }
        if (FRONT_MATTER.matcher(head).lookingAt()) {
            return Format.MARKDOWN;
        }
        if (FEED_ROOT.matcher(head).lookingAt()) {
            return Format.FEED;
        }
        if (JSON_RECORDS.matcher(head).lookingAt()) {
            return Format.JSON;
        }
        return HTML_MARKERS.matcher(head).find() ? Format.HTML : null;
    }

    private static Format byName(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
            return Format.HTML;
        }
        if (name.endsWith(".md") || name.endsWith(".markdown")) {
            return Format.MARKDOWN;
        }
        if (name.endsWith(".json") || name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            return Format.JSON;
        }
        if (name.endsWith(".rss") || name.endsWith(".atom") || name.endsWith(".xml")) {
            return Format.FEED;
        }
        if (name.endsWith(".warc") || name.endsWith(".warc.gz")) {
            return Format.WARC;
        }
        if (name.endsWith(".zip")) {
            return Format.ZIP;
        }
        return Format.PLAIN_TEXT;
    }

    private static String asText(byte[] head) {
        return new String(head, StandardCharsets.UTF_8)
                .replace("\uFEFF", "");
    }

    private static String gunzippedStart(byte[] head) {
        try (GZIPInputStream gunzip = new GZIPInputStream(new ByteArrayInputStream(head))) {
            return new String(gunzip.readNBytes(16), StandardCharsets.ISO_8859_1);
        } catch (IOException truncatedOrNotGzip) {
            // The head may end mid-stream; what was inflated before that is all detection needs, and none is fine.
            return "";
        }
    }

    private static boolean startsWith(byte[] bytes, String prefix) {
        if (bytes.length < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (bytes[i] != (byte) prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
