package org.accord.core.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One value of a field as some of the articles behind an agreement state it.
 *
 * <pre>{@code
 * for (Disagreement disagreement : Disagreements.of(agreement)) {
 *     for (StatedValue stated : disagreement.values()) {
 *         System.out.println(disagreement.field() + " " + stated.value() + ": " + stated.sources().size());
 *     }
 * }
 * }</pre>
 *
 * @param value the value as written ({@code "2021-12-15"}, {@code "Beijing"})
 * @param sources the articles that state it, at least one
 */
public record StatedValue(String value, List<Source> sources) {

    /** Copies the sources and checks that there is at least one. */
    public StatedValue {
        requireNonNull(value, "value");
        sources = List.copyOf(sources);
        checkArgument(!sources.isEmpty(), "value %s must be stated by at least one source", value);
    }
}
