package org.accord.app.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.accord.app.json.PredictionWriter;
import org.accord.ingest.Readers;
import org.accord.ingest.extract.SigningFilter;
import org.junit.jupiter.api.Test;

/**
 * The cascade on the shared development corpus ({@code ../shared/corpus}, or the folder the system property
 * {@code accord.corpus} names; skipped when there is none): the filter lets through every gold-positive article and
 * every article the full pipeline finds a signing in, and the predictions are byte for byte those of the full
 * pipeline, on one thread and on several. Prints the filter's figures.
 *
 * <pre>{@code
 * ./mvnw -B -pl core,ingest,report,store,app -am test -Dtest=CorpusCascadeIT -Dsurefire.failIfNoSpecifiedTests=false
 * }</pre>
 */
class CorpusCascadeIT {
    private static final Path CORPUS = Path.of(System.getProperty("accord.corpus", "../../shared/corpus"));

    @Test
    void cascade_corpus_losesNoSigningAndWritesTheSamePredictions() throws IOException {
        assumeTrue(Files.isDirectory(CORPUS.resolve("articles")), "no corpus at " + CORPUS.toAbsolutePath());
        List<Path> files = Readers.expand(List.of(CORPUS.resolve("articles")));
        Pipeline full = Pipeline.standard().withoutFilter();

        Batch reference = full.run(files, failure -> { });
        String expected = predictions(reference);
        for (int threads : new int[] {1, 2, 4}) {
            assertThat(predictions(Pipeline.standard().withThreads(threads).run(files, failure -> { })))
                    .as("the cascade on %s threads", threads).isEqualTo(expected);
        }

        Map<String, Boolean> goldPositive = goldLabels();
        SigningFilter filter = SigningFilter.standard();
        int[] positives = new int[2];
        int[] negatives = new int[2];
        int[] found = new int[2];
        for (ExtractedArticle article : reference.articles()) {
            String name = Path.of(article.article().source()).getFileName().toString();
            boolean passes = filter.mayReportSigning(article.article());
            int[] counts = goldPositive.getOrDefault(name, false) ? positives : negatives;
            counts[0] += passes ? 1 : 0;
            counts[1]++;
            if (!article.mentions().isEmpty()) {
                found[0] += passes ? 1 : 0;
                found[1]++;
            }
        }
        System.out.printf("cascade on %s: gold positives passed %d/%d, gold negatives passed %d/%d, "
                + "articles with a signing found passed %d/%d%n", CORPUS, positives[0], positives[1], negatives[0],
                negatives[1], found[0], found[1]);
        assertThat(positives[0]).isEqualTo(positives[1]).isPositive();
        assertThat(found[0]).isEqualTo(found[1]);
    }

    private static String predictions(Batch batch) throws IOException {
        StringWriter out = new StringWriter();
        new PredictionWriter().write(batch, out);
        return out.toString();
    }

    /** Each labelled file's name, and whether it reports a signing. */
    private static Map<String, Boolean> goldLabels() throws IOException {
        Map<String, Boolean> labels = new HashMap<>();
        ObjectMapper json = new ObjectMapper();
        try (Stream<Path> files = Files.list(CORPUS.resolve("labels"))) {
            for (Path file : files.toList()) {
                JsonNode label = json.readTree(file.toFile());
                labels.put(label.get("file").asText(), !label.get("agreements").isEmpty());
            }
        }
        return labels;
    }
}
