/**
 * JMH micro-benchmarks of the hot paths of extraction: {@link org.accord.bench.FilterBenchmark} (the cascade's
 * filter) and {@link org.accord.bench.ExtractionBenchmark} (the full extraction of one article), each on an English
 * and a Chinese article.
 */
@NullMarked
package org.accord.bench;

import org.jspecify.annotations.NullMarked;
