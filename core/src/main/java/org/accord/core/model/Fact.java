package org.accord.core.model;

import static java.util.Objects.requireNonNull;

/**
 * A value an article states, with the evidence for it.
 *
 * <pre>{@code
 * Fact<SigningDate> signedOn = mention.signedOn();   // null when the article states no date
 * if (signedOn != null) {
 *     System.out.println(signedOn.value().iso() + " <- " + signedOn.evidence().sentence());
 * }
 * }</pre>
 *
 * @param value the value, such as a party, a date or a phrase
 * @param evidence the sentence it was read from
 * @param <T> the kind of value
 */
public record Fact<T>(T value, Evidence evidence) {

    /** Checks that both parts are present. */
    public Fact {
        requireNonNull(value, "value");
        requireNonNull(evidence, "evidence");
    }
}
