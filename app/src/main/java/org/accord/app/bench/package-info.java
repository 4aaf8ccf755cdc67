/**
 * Measuring reading and extraction: {@link org.accord.app.bench.Benchmark} runs a
 * {@link org.accord.app.bench.Workload} (the inputs cycled, or a stream where one article in fifty reports a signing)
 * held in memory through the readers, the cascade's filter, the extractor and the writer on several threads, and
 * reports the one-off loading cost, the throughput, the share of each stage, the parse-only ceiling, the heap and the
 * process's resident memory.
 */
@NullMarked
package org.accord.app.bench;

import org.jspecify.annotations.NullMarked;
