package org.accord.app.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.time.Duration;
import org.accord.app.bench.BenchResult;
import org.accord.app.bench.Environment;
import org.accord.app.bench.LoadingCost;
import org.accord.app.bench.Throughput;
import org.accord.app.pipeline.Failure;
import org.jspecify.annotations.Nullable;

/**
 * Writes what {@code accord bench} measured as indented JSON. Sizes of input are in MB (10^6 bytes), heap sizes in MiB
 * (2^20 bytes), times in milliseconds or seconds as the field names say; a first extraction is null when the inputs
 * hold no article of its language.
 *
 * <pre>{@code
 * {"inputs": ["samples"], "files": {"found": 2, "loaded": 2, "bytes": 9876}, "threads": 1,
 *  "environment": {"java": "17.0.15+6 (OpenJDK 64-Bit Server VM, Debian)", "processors": 8, "max_heap_mib": 2048.0},
 *  "loading_ms": {"first_read": 41.2, "first_english_extraction": 310.5, "first_chinese_extraction": 2210.9},
 *  "warmup": {"articles": 200, "seconds": 0.9},
 *  "measured": {"articles": 10000, "raw_bytes": 56000000, "raw_mb": 56.0, "seconds": 30.1,
 *               "articles_per_second": 332.2, "mb_per_second": 1.86, "mentions": 10300, "failures": 0},
 *  "peak_heap_mib": 410.5, "failed_inputs": [],
 *  "units": {"MB": "10^6 bytes", "MiB": "2^20 bytes"}}
 * }</pre>
 */
public final class BenchmarkWriter {

    /**
     * Writes the result.
     *
     * @param result what the benchmark measured
     * @param writer where to write; not closed
     * @throws IOException when writing fails
     */
    public void write(BenchResult result, Writer writer) throws IOException {
        writer.write(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(toJson(result)));
        writer.write('\n');
    }

    private static ObjectNode toJson(BenchResult result) {
        ObjectNode node = Json.mapper().createObjectNode();
        ArrayNode inputs = node.putArray("inputs");
        result.inputs().forEach(path -> inputs.add(path.toString()));
        node.putObject("files").put("found", result.filesFound()).put("loaded", result.documents())
                .put("bytes", result.documentBytes());
        node.put("threads", result.threads());
        node.set("environment", environment(node.objectNode(), result.environment()));
        node.set("loading_ms", loading(node.objectNode(), result.loading()));
        node.putObject("warmup").put("articles", result.warmup().articles())
                .put("seconds", round(result.warmup().seconds()));
        node.set("measured", measured(node.objectNode(), result.measured()));
        node.put("peak_heap_mib", round(Environment.mebibytes(result.peakHeapBytes())));
        ArrayNode failures = node.putArray("failed_inputs");
        for (Failure failure : result.failedInputs()) {
            failures.addObject().put("source", failure.source()).put("reason", failure.reason());
        }
        node.putObject("units").put("MB", "10^6 bytes").put("MiB", "2^20 bytes");
        return node;
    }

    private static ObjectNode environment(ObjectNode node, Environment environment) {
        return node.put("java", environment.java())
                .put("processors", environment.processors())
                .put("max_heap_mib", round(Environment.mebibytes(environment.maxHeapBytes())));
    }

    private static ObjectNode loading(ObjectNode node, LoadingCost loading) {
        node.put("first_read", milliseconds(loading.firstRead()));
        node.put("first_english_extraction", milliseconds(loading.firstEnglish()));
        node.put("first_chinese_extraction", milliseconds(loading.firstChinese()));
        return node;
    }

    private static ObjectNode measured(ObjectNode node, Throughput measured) {
        return node.put("articles", measured.articles())
                .put("raw_bytes", measured.bytes())
                .put("raw_mb", round(measured.megabytes()))
                .put("seconds", round(measured.seconds()))
                .put("articles_per_second", round(measured.articlesPerSecond()))
                .put("mb_per_second", round(measured.megabytesPerSecond()))
                .put("mentions", measured.mentions())
                .put("failures", measured.failures());
    }

    private static @Nullable Double milliseconds(@Nullable Duration duration) {
        return duration == null ? null : round(duration.toNanos() / 1e6);
    }

    /** Three decimals are more than any of these figures can tell. */
    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
