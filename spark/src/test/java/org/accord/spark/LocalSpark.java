package org.accord.spark;

import org.apache.spark.sql.SparkSession;

/**
 * One local Spark session ({@code local[2]}) for all the tests of the module, started on first use: starting one costs
 * seconds. Few shuffle partitions, since the test data is small; no web UI.
 */
final class LocalSpark {
    private static SparkSession session;

    private LocalSpark() {
    }

    static synchronized SparkSession session() {
        if (session == null) {
            session = SparkSession.builder()
                    .master("local[2]")
                    .appName("accord-spark-tests")
                    .config("spark.ui.enabled", "false")
                    .config("spark.sql.shuffle.partitions", "4")
                    .config("spark.driver.host", "127.0.0.1")
                    .config("spark.driver.bindAddress", "127.0.0.1")
                    .getOrCreate();
        }
        return session;
    }
}
