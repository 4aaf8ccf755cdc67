/**
 * Accord on Apache Spark: {@link org.accord.spark.SparkExtraction} reads, extracts and merges as {@code accord extract}
 * does, with the same readers, extractor and merger, on a cluster; {@link org.accord.spark.AccordSpark} is the
 * application {@code spark-submit} runs. See the README, "Running on Spark".
 */
@NullMarked
package org.accord.spark;

import org.jspecify.annotations.NullMarked;
