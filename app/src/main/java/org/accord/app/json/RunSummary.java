package org.accord.app.json;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import org.accord.app.pipeline.Batch;
import org.accord.app.pipeline.Failure;
import org.accord.app.pipeline.Tally;
import org.accord.store.StoreUpdate;
import org.jspecify.annotations.Nullable;

/**
 * The figures of one {@code run}, as {@code run-summary.json}: every input file accounted for as read, skipped or
 * failed (with the reason), every record of a container (a JSON Lines line, a feed item, a ZIP entry, a WARC record)
 * likewise, the counts of articles, signings and agreements, and the paths of the outputs. {@code failures} lists the
 * files that failed as a whole, {@code record_failures} the records, {@code skipped} the files and records that hold
 * no article.
 *
 * <pre>{@code
 * {"inputs": ["samples"], "files": {"found": 2, "read": 2, "skipped": 0, "failed": 0},
 *  "records": {"found": 0, "read": 0, "skipped": 0, "failed": 0},
 *  "failures": [], "record_failures": [], "skipped": [],
 *  "articles": 2, "signings": 2, "agreements": 2,
 *  "outputs": {"predictions": "out/agreements.jsonl", "workbook": "out/agreements.xlsx", "briefings": [...],
 *              "store": "out/accord.db"},
 *  "store": {"articles_added": 2, "articles_known": 0, "agreements": 2, "new_agreements": 2,
 *            "agreements_with_new_sources": 0}}
 * }</pre>
 *
 * @param inputs the paths as given on the command line
 * @param batch what the run read, extracted and merged
 * @param predictions the JSON Lines file
 * @param workbook the Excel workbook
 * @param briefings the PDF briefings, one per agreement, in agreement order
 * @param store the store the articles were added to, and what that changed; null when none was used
 */
public record RunSummary(List<Path> inputs, Batch batch, Path predictions, Path workbook, List<Path> briefings,
        @Nullable StoreOutput store) {

    /** Copies the lists. */
    public RunSummary {
        inputs = List.copyOf(inputs);
        requireNonNull(batch, "batch");
        requireNonNull(predictions, "predictions");
        requireNonNull(workbook, "workbook");
        briefings = List.copyOf(briefings);
    }

    /**
     * The store a run added its articles to.
     *
     * @param file the store file
     * @param update what adding them changed
     */
    public record StoreOutput(Path file, StoreUpdate update) {

        /** Checks that both are present. */
        public StoreOutput {
            requireNonNull(file, "file");
            requireNonNull(update, "update");
        }
    }

    /**
     * Writes the summary as indented JSON.
     *
     * @param writer where to write; not closed
     * @throws IOException when writing fails
     */
    public void write(Writer writer) throws IOException {
        writer.write(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(toJson()));
        writer.write('\n');
    }

    private ObjectNode toJson() {
        ObjectNode node = Json.mapper().createObjectNode();
        paths(node.putArray("inputs"), inputs);
        tally(node.putObject("files"), batch.files());
        tally(node.putObject("records"), batch.records());
        failures(node.putArray("failures"), batch.failures());
        failures(node.putArray("record_failures"), batch.recordFailures());
        failures(node.putArray("skipped"), batch.skipped());
        node.put("articles", batch.articles().size());
        node.put("signings", batch.mentionCount());
        node.put("agreements", batch.agreements().size());
        ObjectNode outputs = node.putObject("outputs");
        outputs.put("predictions", predictions.toString());
        outputs.put("workbook", workbook.toString());
        paths(outputs.putArray("briefings"), briefings);
        if (store != null) {
            outputs.put("store", store.file().toString());
            StoreUpdate update = store.update();
            node.putObject("store")
                    .put("articles_added", update.articlesAdded())
                    .put("articles_known", update.articlesKnown())
                    .put("agreements", update.agreements())
                    .put("new_agreements", update.newAgreements())
                    .put("agreements_with_new_sources", update.agreementsWithNewSources());
        }
        return node;
    }

    private static void tally(ObjectNode node, Tally tally) {
        node.put("found", tally.found());
        node.put("read", tally.read());
        node.put("skipped", tally.skipped());
        node.put("failed", tally.failed());
    }

    private static void failures(ArrayNode array, List<Failure> failures) {
        failures.forEach(failure -> array.addObject().put("source", failure.source()).put("reason", failure.reason()));
    }

    private static void paths(ArrayNode array, List<Path> paths) {
        paths.forEach(path -> array.add(path.toString()));
    }
}
