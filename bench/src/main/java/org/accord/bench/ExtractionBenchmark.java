package org.accord.bench;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.accord.core.model.Article;
import org.accord.core.model.Mention;
import org.accord.ingest.extract.Extractor;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** The full extraction of one article that reports a signing: the cost the cascade's filter saves on the others. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class ExtractionBenchmark {
    @Param({"en", "zh"})
    String language;

    private Extractor extractor;
    private Article article;

    /** Loads the extractor, its dictionaries and the article. */
    @Setup
    public void setUp() {
        extractor = Extractor.standard();
        article = Articles.sample(language);
        if (extractor.extract(article).isEmpty()) {
            throw new IllegalStateException("the " + language + " sample reports no signing");
        }
    }

    /** The signings of the article. */
    @Benchmark
    public List<Mention> extract() {
        return extractor.extract(article);
    }
}
