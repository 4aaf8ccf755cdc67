package org.accord.core.model;

import static java.util.Objects.requireNonNull;

/**
 * A person who attended a signing.
 *
 * <pre>{@code
 * for (Attendee attendee : agreement.attendees()) {
 *     String role = attendee.signatory() ? "signed" : "attended";
 *     System.out.println(attendee.person().name() + " " + role);
 * }
 * }</pre>
 *
 * @param person who attended
 * @param signatory whether the article says this person signed the agreement
 */
public record Attendee(Person person, boolean signatory) {

    /** Checks that the person is present. */
    public Attendee {
        requireNonNull(person, "person");
    }
}
