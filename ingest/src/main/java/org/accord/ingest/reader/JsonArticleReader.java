package org.accord.ingest.reader;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.accord.ingest.ArticleReader;
import org.accord.ingest.ArticleSink;
import org.accord.ingest.Format;
import org.accord.ingest.IngestException;
import org.accord.ingest.Input;
import org.accord.ingest.Limits;

/**
 * Reads JSON article records: JSON Lines (one object per line, each named {@code file:line}), an array of objects
 * (each named by the line it starts on), or a single object. A record without text, or a JSON Lines line that is not
 * valid JSON, is reported as failed and the next one is read; a broken array stops at the break.
 *
 * <p>Fields: the title from {@code title} or {@code headline}; the text from {@code content}, {@code body},
 * {@code text} and similar (plain or HTML); the date from {@code date}, {@code published} and similar; the address from
 * {@code url} or {@code link}.
 *
 * <p>Not called directly: {@link org.accord.ingest.Readers#standard()}, which {@link org.accord.ingest.Accord#reader()}
 * returns, finds it through {@code META-INF/services} and hands it every input whose content starts with a JSON object
 * or an array of objects, whatever its name.
 *
 * <pre>{@code
 * Format format = Accord.reader().read(Path.of("export.jsonl"), listener);   // each record to the listener
 * }</pre>
 */
public final class JsonArticleReader implements ArticleReader {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern ONE_OBJECT_LINE = Pattern.compile("\\A\\s*\\{.*}\\s*\\z", Pattern.DOTALL);

    @Override
    public Format format() {
        return Format.JSON;
    }

    @Override
    public void read(Input input, ArticleSink sink) throws IngestException {
        if (isJsonLines(input)) {
            readLines(input, sink);
        } else {
            readDocument(input, sink);
        }
    }

    /** JSON Lines when so named, or when the first line alone is a whole object. */
    private static boolean isJsonLines(Input input) {
        String name = input.fileName();
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson")) {
            return true;
        }
        String head = new String(input.head(), StandardCharsets.UTF_8).replace("\uFEFF", "").stripLeading();
        int end = head.indexOf('\n');
        if (end < 0 || !ONE_OBJECT_LINE.matcher(head.substring(0, end)).matches()) {
            return false;
        }
        try {
            return JSON.readTree(head.substring(0, end)).isObject();
        } catch (JsonProcessingException notWhole) {
            return false;
        }
    }

    private static void readLines(Input input, ArticleSink sink) throws IngestException {
        Limits limits = input.limits();
        BoundedLines lines = new BoundedLines(input.stream(), limits.maxDocumentBytes());
        int records = 0;
        try {
            for (BoundedLines.Line line = lines.next(); line != null; line = lines.next()) {
                String source = input.source() + ":" + line.number();
                if (line.tooLong()) {
                    sink.failed(source, "the line is longer than " + limits.describeMaxDocument() + "; not read");
                } else if (!line.text().isBlank() && ++records > limits.maxEntries()) {
                    sink.failed(source, "more than " + limits.maxEntries() + " records; this one and the rest are "
                            + "not read");
                    return;
                } else if (!line.text().isBlank()) {
                    readLine(source, line.text(), sink);
                }
            }
        } catch (IOException e) {
            throw new IngestException(input.source(), "cannot read past line " + lines.lineNumber() + " ("
                    + e.getMessage() + ")", e);
        }
    }

    private static void readLine(String source, String line, ArticleSink sink) {
        try {
            sink.article(ArticleRecords.fromJson(source, JSON.readTree(line)));
        } catch (JsonProcessingException e) {
            sink.failed(source, "malformed JSON (" + e.getOriginalMessage() + ")");
        } catch (IngestException e) {
            sink.failed(e.source(), e.reason());
        }
    }

    private static void readDocument(Input input, ArticleSink sink) throws IngestException {
        // Jackson streams the array one element at a time and bounds each string (StreamReadConstraints).
        try (JsonParser parser = JSON.createParser(input.stream())) {
            JsonToken first = parser.nextToken();
            if (first == JsonToken.START_ARRAY) {
                readArray(input, parser, sink);
            } else if (first == JsonToken.START_OBJECT) {
                record(input.source(), parser.readValueAsTree(), sink);
            } else {
                throw new IngestException(input.source(), "not JSON article records: it starts with " + first);
            }
        } catch (JsonProcessingException e) {
            throw new IngestException(input.source(), "malformed JSON at line " + e.getLocation().getLineNr()
                    + " (" + e.getOriginalMessage() + "); records after it are not read", e);
        } catch (IOException e) {
            throw new IngestException(input.source(), "cannot read the JSON (" + e.getMessage() + ")", e);
        }
    }

    private static void readArray(Input input, JsonParser parser, ArticleSink sink) throws IOException {
        int records = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            String source = input.source() + ":" + parser.currentTokenLocation().getLineNr();
            if (++records > input.limits().maxEntries()) {
                sink.failed(source, "more than " + input.limits().maxEntries() + " records; this one and the rest "
                        + "are not read");
                return;
            }
            record(source, parser.readValueAsTree(), sink);
        }
    }

    private static void record(String source, JsonNode record, ArticleSink sink) {
        try {
            sink.article(ArticleRecords.fromJson(source, record));
        } catch (IngestException e) {
            sink.failed(e.source(), e.reason());
        }
    }
}
