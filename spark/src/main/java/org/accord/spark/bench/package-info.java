/**
 * The tools that measure and check the Spark job: {@link org.accord.spark.bench.BenchmarkInput} generates a large
 * input from a corpus, {@link org.accord.spark.bench.SparkBenchmark} times the job in local mode, and
 * {@link org.accord.spark.bench.WrappedCorpus} re-wraps a corpus as WARC.gz and JSON Lines and compares predictions.
 */
@NullMarked
package org.accord.spark.bench;

import org.jspecify.annotations.NullMarked;
