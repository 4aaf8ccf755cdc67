package org.accord.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Tells an input's format from its content first and its name second, so a Jekyll post saved as {@code .txt} is read
 * as a post and an HTML page saved as {@code .txt} as a page.
 */
public final class FormatDetector {
    private static final int SNIFF_BYTES = 4096;
    private static final Pattern FRONT_MATTER = Pattern.compile("\\A\\s*---\\s*\\R(?s:.*?)\\R---\\s*(\\R|\\z)");
    private static final Pattern HTML_MARKERS = Pattern.compile(
            "<!doctype html|<html[\\s>]|<head[\\s>]|<body[\\s>]|<meta\\s|<div[\\s>]|<p[\\s>]|<title>",
            Pattern.CASE_INSENSITIVE);

    /** Detects the format of the document. */
    public Format detect(RawDocument document) {
        String head = new String(document.content(), 0, Math.min(SNIFF_BYTES, document.content().length),
                StandardCharsets.UTF_8).replace("\uFEFF", "");
        if (FRONT_MATTER.matcher(head).lookingAt()) {
            return Format.MARKDOWN;
        }
        if (HTML_MARKERS.matcher(head).find()) {
            return Format.HTML;
        }
        return byName(document.fileName());
    }

    private static Format byName(String fileName) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
            return Format.HTML;
        }
        if (name.endsWith(".md") || name.endsWith(".markdown")) {
            return Format.MARKDOWN;
        }
        return Format.PLAIN_TEXT;
    }
}
