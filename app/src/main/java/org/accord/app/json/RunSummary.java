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

/**
 * The figures of one {@code run}, as {@code run-summary.json}: every input file accounted for as read or failed (with
 * the reason), the counts of articles, signings and agreements, and the paths of the outputs.
 *
 * <pre>{@code
 * {"inputs": ["samples"], "files": {"found": 2, "read": 2, "failed": 0}, "failures": [],
 *  "articles": 2, "signings": 2, "agreements": 2,
 *  "outputs": {"predictions": "out/agreements.jsonl", "workbook": "out/agreements.xlsx", "briefings": [...]}}
 * }</pre>
 *
 * @param inputs the paths as given on the command line
 * @param batch what the run read, extracted and merged
 * @param predictions the JSON Lines file
 * @param workbook the Excel workbook
 * @param briefings the PDF briefings, one per agreement, in agreement order
 */
public record RunSummary(List<Path> inputs, Batch batch, Path predictions, Path workbook, List<Path> briefings) {

    /** Copies the lists. */
    public RunSummary {
        inputs = List.copyOf(inputs);
        requireNonNull(batch, "batch");
        requireNonNull(predictions, "predictions");
        requireNonNull(workbook, "workbook");
        briefings = List.copyOf(briefings);
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
        ObjectNode files = node.putObject("files");
        files.put("found", batch.filesFound());
        files.put("read", batch.filesRead());
        files.put("failed", batch.failures().size());
        ArrayNode failures = node.putArray("failures");
        for (Failure failure : batch.failures()) {
            failures.addObject().put("source", failure.source()).put("reason", failure.reason());
        }
        node.put("articles", batch.articles().size());
        node.put("signings", batch.mentionCount());
        node.put("agreements", batch.agreements().size());
        ObjectNode outputs = node.putObject("outputs");
        outputs.put("predictions", predictions.toString());
        outputs.put("workbook", workbook.toString());
        paths(outputs.putArray("briefings"), briefings);
        return node;
    }

    private static void paths(ArrayNode array, List<Path> paths) {
        paths.forEach(path -> array.add(path.toString()));
    }
}
