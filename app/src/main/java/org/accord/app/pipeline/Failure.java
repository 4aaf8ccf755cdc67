package org.accord.app.pipeline;

import static java.util.Objects.requireNonNull;

/**
 * An input that could not be read or whose articles could not be extracted.
 *
 * @param source the input, as it was named
 * @param reason what went wrong, for a person to read
 */
public record Failure(String source, String reason) {

    /** Checks that both parts are present. */
    public Failure {
        requireNonNull(source, "source");
        requireNonNull(reason, "reason");
    }

    @Override
    public String toString() {
        return source + ": " + reason;
    }
}
