/**
 * Measuring reading and extraction: {@link org.accord.app.bench.Benchmark} cycles documents held in memory through
 * the readers and the extractor, and reports the one-off loading cost, the throughput and the peak heap.
 */
@NullMarked
package org.accord.app.bench;

import org.jspecify.annotations.NullMarked;
