package org.accord.spark;

import java.util.List;
import java.util.Map;
import scala.jdk.javaapi.CollectionConverters;

/** Java collections as the Scala ones a {@link org.apache.spark.sql.Row} holds for arrays and maps. */
final class Rows {

    private Rows() {
    }

    static <T> scala.collection.Seq<T> seq(List<T> list) {
        return CollectionConverters.asScala(list).toSeq();
    }

    static <K, V> scala.collection.Map<K, V> map(Map<K, V> map) {
        return CollectionConverters.asScala(map);
    }
}
