package org.accord.spark.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.accord.core.model.Article;
import org.accord.ingest.Accord;
import org.accord.ingest.IngestException;
import org.accord.ingest.Readers;

/**
 * A folder of articles re-wrapped as WARC.gz and JSON Lines, to check that reading the containers gives what reading
 * the files gave: the same articles, so the same signings and the same agreements, under other names.
 *
 * <p>{@code main} writes the names of the records and of the files they came from into {@code OUT/.sources.tsv}
 * (hidden, so not read as an input).
 *
 * <p>Each run of consecutive articles goes into a container: a WARC.gz (four articles at most, each a request and a
 * response record, so records {@code #2}, {@code #4}, {@code #6}, {@code #8}) when the article states its date, else
 * JSON Lines (nine at most, {@code :1} to {@code :9}); containers are numbered {@code 0000}, {@code 0001}... Record
 * names then sort as the files' names did, so the merge, which orders mentions by source, sees them in the same order.
 *
 * <pre>
 * java -cp ... org.accord.spark.bench.WrappedCorpus wrap ../shared/corpus/articles /tmp/wrapped
 * java -cp ... org.accord.spark.bench.WrappedCorpus compare spark.jsonl cli.jsonl /tmp/wrapped/.sources.tsv
 * </pre>
 */
public final class WrappedCorpus {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int WARC_ARTICLES = 4;
    private static final int JSONL_ARTICLES = 9;

    private WrappedCorpus() {
    }

    /**
     * Wraps the articles of a folder.
     *
     * @param plain the folder (or files) as the command line is given it
     * @param out the folder to write the containers into, as the Spark job is given it
     * @return the name of each wrapped record (as reading {@code out} names it) and that of the file it came from
     */
    public static Map<String, String> wrap(List<Path> plain, Path out) throws IOException {
        Files.createDirectories(out);
        Readers readers = Accord.reader();
        List<Article> articles = new ArrayList<>();
        for (Path file : Readers.expand(plain)) {
            try {
                articles.addAll(readers.read(file));
            } catch (IngestException e) {
                // Not an article: the command line names it as a failure, and so will the comparison.
            }
        }
        Map<String, String> sources = new LinkedHashMap<>();
        int container = 0;
        for (int i = 0; i < articles.size(); ) {
            boolean warc = articles.get(i).published() != null;
            int most = warc ? WARC_ARTICLES : JSONL_ARTICLES;
            int end = i;
            while (end < articles.size() && end - i < most && (articles.get(end).published() != null) == warc) {
                end++;
            }
            Path file = out.resolve(String.format("%04d.%s", container++, warc ? "warc.gz" : "jsonl"));
            write(file, articles.subList(i, end), warc, sources);
            i = end;
        }
        return sources;
    }

    private static void write(Path file, List<Article> articles, boolean warc, Map<String, String> sources)
            throws IOException {
        if (warc) {
            try (OutputStream stream = Files.newOutputStream(file)) {
                for (int i = 0; i < articles.size(); i++) {
                    Containers.warcRecord(stream, articles.get(i), address(articles.get(i)));
                    sources.put(file + "#" + (2 * i + 2), articles.get(i).source());
                }
            }
        } else {
            try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                for (int i = 0; i < articles.size(); i++) {
                    Containers.jsonLine(writer, articles.get(i), address(articles.get(i)));
                    sources.put(file + ":" + (i + 1), articles.get(i).source());
                }
            }
        }
    }

    private static String address(Article article) {
        if (article.url() != null) {
            return article.url();
        }
        String name = article.source().replace('\\', '/');
        return "https://example.org/articles/" + java.net.URLEncoder.encode(name.substring(name.lastIndexOf('/') + 1),
                StandardCharsets.UTF_8);
    }

    /**
     * The lines of two predictions files that differ once the wrapped records are named as their files: empty when
     * the Spark job over the containers predicted exactly what the command line predicted over the files.
     *
     * @param wrapped the predictions of the containers
     * @param plain the predictions of the files
     * @param sources the names {@link #wrap} gave
     * @return a description of each difference
     */
    public static List<String> differences(List<String> wrapped, List<String> plain, Map<String, String> sources)
            throws IOException {
        List<String> differences = new ArrayList<>();
        if (wrapped.size() != plain.size()) {
            differences.add(wrapped.size() + " wrapped articles, " + plain.size() + " plain ones");
        }
        for (int i = 0; i < Math.min(wrapped.size(), plain.size()); i++) {
            ObjectNode record = (ObjectNode) JSON.readTree(wrapped.get(i));
            String source = record.get("source").asText();
            record.put("source", sources.getOrDefault(source, source));
            JsonNode expected = JSON.readTree(plain.get(i));
            if (!record.equals(expected)) {
                differences.add("line " + (i + 1) + ": " + source + " gave\n  " + JSON.writeValueAsString(record)
                        + "\nwhere the command line gave\n  " + plain.get(i));
            }
        }
        return differences;
    }

    /**
     * {@code wrap PLAIN... OUT} writes the containers and {@code OUT/.sources.tsv}; {@code compare WRAPPED.jsonl
     * PLAIN.jsonl SOURCES.tsv} prints the differences and exits with 1 when there is one.
     */
    public static void main(String[] args) throws IOException {
        if (args.length >= 3 && args[0].equals("wrap")) {
            List<Path> plain = new ArrayList<>();
            for (int i = 1; i < args.length - 1; i++) {
                plain.add(Path.of(args[i]));
            }
            Path out = Path.of(args[args.length - 1]);
            Map<String, String> sources = wrap(plain, out);
            List<String> lines = new ArrayList<>();
            sources.forEach((wrappedName, plainName) -> lines.add(wrappedName + "\t" + plainName));
            Files.write(out.resolve(".sources.tsv"), lines, StandardCharsets.UTF_8);
            System.out.println("wrapped " + sources.size() + " articles into " + out);
        } else if (args.length == 4 && args[0].equals("compare")) {
            Map<String, String> sources = new LinkedHashMap<>();
            for (String line : Files.readAllLines(Path.of(args[3]), StandardCharsets.UTF_8)) {
                String[] parts = line.split("\t", 2);
                sources.put(parts[0], parts[1]);
            }
            List<String> differences = differences(Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8),
                    Files.readAllLines(Path.of(args[2]), StandardCharsets.UTF_8), sources);
            differences.forEach(System.out::println);
            System.out.println(differences.isEmpty() ? "identical predictions" : differences.size() + " differences");
            System.exit(differences.isEmpty() ? 0 : 1);
        } else {
            System.err.println("usage: WrappedCorpus wrap PLAIN... OUT | compare WRAPPED.jsonl PLAIN.jsonl SOURCES.tsv");
            System.exit(2);
        }
    }
}
