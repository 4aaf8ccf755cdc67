package org.accord.bench;

import java.util.concurrent.TimeUnit;
import org.accord.core.model.Article;
import org.accord.ingest.extract.SigningFilter;
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

/**
 * The cascade's filter on one article: the one pass over the characters of its title and text that decides whether it
 * goes to the full extraction. {@code cue} is the sample as it is (a signing verb early in the text); {@code none} is
 * its text with every character but the last shifted out of the verbs, so the filter reads it all.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class FilterBenchmark {
    @Param({"en", "zh"})
    String language;

    @Param({"cue", "none"})
    String text;

    private SigningFilter filter;
    private Article article;

    /** Loads the filter and the article. */
    @Setup
    public void setUp() {
        filter = SigningFilter.standard();
        Article sample = Articles.sample(language);
        article = text.equals("cue") ? sample : new Article(sample.source(), sample.url(), "",
                sample.language(), sample.published(), withoutCues(sample.text()), false);
        if (filter.mayReportSigning(article) != text.equals("cue")) {
            throw new IllegalStateException("the " + text + " article of " + language + " is not what it should be");
        }
    }

    /** Whether the article may report a signing. */
    @Benchmark
    public boolean mayReportSigning() {
        return filter.mayReportSigning(article);
    }

    /** The text with every letter of a signing verb's first character changed: same length, no cue. */
    private static String withoutCues(String text) {
        StringBuilder out = new StringBuilder(text);
        for (int i = 0; i < out.length(); i++) {
            char c = out.charAt(i);
            if (c == 's' || c == 'S' || c == 'i' || c == 'I' || c == 'c' || c == 'C' || c == 'r' || c == 'R'
                    || c == 'e' || c == 'E' || c == '签' || c == '簽' || c == '籤' || c == '缔' || c == '締'
                    || c == '订' || c == '訂' || c == '正') {
                out.setCharAt(i, 'x');
            }
        }
        return out.toString();
    }
}
