package org.accord.app.pipeline;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * How many inputs, or records of containers, were read, skipped (they hold no article, on purpose) or failed.
 *
 * @param read how many were read
 * @param skipped how many were left out with a reason
 * @param failed how many could not be read
 */
public record Tally(int read, int skipped, int failed) {

    /** Checks that no count is negative. */
    public Tally {
        checkArgument(read >= 0 && skipped >= 0 && failed >= 0, "counts (%s read, %s skipped, %s failed) must not "
                + "be negative", read, skipped, failed);
    }

    /** Nothing counted. */
    static Tally none() {
        return new Tally(0, 0, 0);
    }

    /** How many there were in all. */
    public int found() {
        return read + skipped + failed;
    }

    /** This tally plus another. */
    Tally plus(Tally other) {
        return new Tally(read + other.read, skipped + other.skipped, failed + other.failed);
    }
}
