package org.accord.app.pipeline;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * Where the time of a {@link Conveyor} run went, summed over every thread, and how many articles the cascade's filter
 * let through to the full extraction.
 *
 * @param readNanos reading: opening, decoding, detecting the format and parsing, without the stages below
 * @param detectNanos the cascade's filter ({@code detect}): the signing cues looked for in each article
 * @param extractNanos the full extraction of the articles the filter let through
 * @param writeNanos handing each article to the receiver, on the calling thread (writing the output)
 * @param articles the articles read
 * @param passed the articles the filter let through to the full extraction (all of them without a filter)
 */
public record StageTimes(long readNanos, long detectNanos, long extractNanos, long writeNanos, long articles,
        long passed) {

    /** Checks that nothing is negative. */
    public StageTimes {
        checkArgument(readNanos >= 0 && detectNanos >= 0 && extractNanos >= 0 && writeNanos >= 0,
                "times (%s, %s, %s, %s ns) must not be negative", readNanos, detectNanos, extractNanos, writeNanos);
        checkArgument(articles >= 0 && passed >= 0 && passed <= articles,
                "passed (%s) must be between 0 and articles (%s)", passed, articles);
    }

    /** No time, no article. */
    public static StageTimes none() {
        return new StageTimes(0, 0, 0, 0, 0, 0);
    }

    /** The time of every stage together, in nanoseconds: the work done, whichever thread did it. */
    public long busyNanos() {
        return readNanos + detectNanos + extractNanos + writeNanos;
    }

    /** A stage's share of the work done, from 0 to 1; 0 when nothing was done. */
    public double share(long stageNanos) {
        long busy = busyNanos();
        return busy == 0 ? 0 : (double) stageNanos / busy;
    }

    /** These times plus others. */
    public StageTimes plus(StageTimes other) {
        return new StageTimes(readNanos + other.readNanos, detectNanos + other.detectNanos,
                extractNanos + other.extractNanos, writeNanos + other.writeNanos, articles + other.articles,
                passed + other.passed);
    }
}
