package org.accord.core.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * The articles behind one agreement state different values for one of its fields, and which one the merge kept.
 *
 * <p>Only values that contradict each other count: "Beijing" beside "Tsinghua University, Beijing", or "2021-12" beside
 * "2021-12-15", say the same thing more or less precisely. Values in different scripts ("视频会议", "video
 * conference") are not compared, as they cannot be told apart by their wording.
 *
 * <pre>{@code
 * for (Disagreement disagreement : Disagreements.of(agreement)) {
 *     if (disagreement.field() == Disagreement.Field.SIGNED_ON) {
 *         System.out.println("date " + disagreement.chosen() + " kept by " + disagreement.rule());
 *     }
 * }
 * }</pre>
 *
 * @param field the field the articles disagree on
 * @param chosen the value the merged agreement has
 * @param rule the rule that decided between the values
 * @param values every value stated for the field, each with the articles stating it, the chosen one first
 */
public record Disagreement(Field field, String chosen, Rule rule, List<StatedValue> values) {

    /** Checks that at least two values are stated, the chosen one first. */
    public Disagreement {
        requireNonNull(field, "field");
        requireNonNull(chosen, "chosen");
        requireNonNull(rule, "rule");
        values = List.copyOf(values);
        checkArgument(values.size() >= 2, "a disagreement on %s needs at least two values, got %s", field, values);
        checkArgument(values.get(0).value().equals(chosen), "the chosen value %s must come first in %s", chosen,
                values);
    }

    /** A field of an agreement that has one value. */
    public enum Field {
        /** {@link Agreement#kind()}. */
        KIND,
        /** {@link Agreement#signedOn()}. */
        SIGNED_ON,
        /** {@link Agreement#location()}. */
        LOCATION
    }

    /**
     * How the merge chooses one value among contradicting ones, each rule deciding only when the ones before it leave
     * a tie. (A less precise value that agrees with a more precise one is not in contradiction with it: it is folded
     * into it and supports it.)
     */
    public enum Rule {
        /** The value the most articles support (a less precise value that agrees with it supports it). */
        MOST_ARTICLES,
        /** The value of the article published first, closest to the event. */
        FIRST_PUBLISHED,
        /** The value of the first article in the order of their sources, when nothing else tells them apart. */
        FIRST_SOURCE
    }
}
