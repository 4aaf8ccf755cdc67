package org.accord.app.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.accord.app.pipeline.StageTimes;
import org.jspecify.annotations.Nullable;

/**
 * The figures of a benchmark beyond those of a single-threaded run, as JSON fields: the workload, the stages' shares
 * of the work, the cascade's filter, the parse-only ceiling, the live heap before and after the measured run and the
 * process's resident memory. Sizes of input in MB (10^6 bytes), of memory in MiB (2^20 bytes).
 *
 * <pre>{@code
 * "workload": {"name": "stream", "description": "1 article in 50 reports a signing ..."},
 * "stages": {"read": 0.61, "detect": 0.02, "extract": 0.33, "write": 0.04, "busy_seconds": 5.1},
 * "filter": {"articles": 100000, "passed": 4000},
 * "ceiling": {"articles": 100000, "seconds": 2.1, "articles_per_second": 47600.0, "mb_per_second": 160.2},
 * "share_of_ceiling": 0.52,
 * "live_heap_mib": {"before": 120.3, "after": 121.0},
 * "rss_mib": {"now": 401.2, "peak": 433.9},
 * "uptime_seconds_at_measured_end": 6.2, "articles_per_second_with_startup": 16100.0
 * }</pre>
 */
public final class BenchFigures {

    private BenchFigures() {
    }

    /**
     * Adds the figures to a JSON object.
     *
     * @param node the object, such as the one of the single-threaded figures
     * @param result what the benchmark measured
     */
    public static void addTo(ObjectNode node, BenchResult result) {
        node.putObject("workload").put("name", result.workload()).put("description", result.workloadDescription());
        node.put("threads", result.threads());
        StageTimes stages = result.measured().stages();
        node.putObject("stages")
                .put("read", round(stages.share(stages.readNanos())))
                .put("detect", round(stages.share(stages.detectNanos())))
                .put("extract", round(stages.share(stages.extractNanos())))
                .put("write", round(stages.share(stages.writeNanos())))
                .put("busy_seconds", round(stages.busyNanos() / 1e9));
        node.putObject("filter").put("articles", stages.articles()).put("passed", stages.passed());
        Throughput ceiling = result.ceiling();
        node.putObject("ceiling").put("articles", ceiling.articles())
                .put("seconds", round(ceiling.seconds()))
                .put("articles_per_second", round(ceiling.articlesPerSecond()))
                .put("mb_per_second", round(ceiling.megabytesPerSecond()));
        node.put("share_of_ceiling", round(result.shareOfCeiling()));
        node.putObject("live_heap_mib").put("before", round(Environment.mebibytes(result.liveHeapBeforeBytes())))
                .put("after", round(Environment.mebibytes(result.liveHeapAfterBytes())));
        node.putObject("rss_mib").put("now", mebibytes(result.memory().residentBytes()))
                .put("peak", mebibytes(result.memory().peakResidentBytes()));
        node.put("uptime_seconds_at_measured_end", round(result.uptimeAtMeasuredEnd().toNanos() / 1e9));
        node.put("articles_per_second_with_startup", round(result.articlesPerSecondWithStartup()));
    }

    private static @Nullable Double mebibytes(@Nullable Long bytes) {
        return bytes == null ? null : round(Environment.mebibytes(bytes));
    }

    /** Three decimals are more than any of these figures can tell. */
    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
