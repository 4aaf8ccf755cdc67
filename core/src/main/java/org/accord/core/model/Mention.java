package org.accord.core.model;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What one article says about one signing. Every value carries the sentence it was read from.
 *
 * <pre>{@code
 * for (Mention mention : extractor.extract(article)) {   // an Extractor of accord-ingest
 *     for (Fact<Organisation> party : mention.parties()) {
 *         System.out.println(party.value().name() + " <- " + party.evidence().sentence());
 *     }
 * }
 * }</pre>
 *
 * @param source the article the mention comes from
 * @param kind the kind of agreement as the article states it ("strategic cooperation agreement", "战略合作协议")
 * @param parties the organisations that are party to the agreement, in the order the article names them
 * @param signedOn the date of signing, when stated
 * @param location where it was signed (venue and/or city, or a video conference), when stated
 * @param attendees the people named as attending or signing
 * @param fields the fields of cooperation, as worded in the article
 * @param principles the stated principles of the cooperation
 * @param commitments what the parties undertake to do
 */
public record Mention(
        Source source,
        @Nullable Fact<String> kind,
        List<Fact<Organisation>> parties,
        @Nullable Fact<SigningDate> signedOn,
        @Nullable Fact<String> location,
        List<Fact<Attendee>> attendees,
        List<Fact<String>> fields,
        List<Fact<String>> principles,
        List<Fact<String>> commitments) {

    /** Copies every list. */
    public Mention {
        requireNonNull(source, "source");
        parties = List.copyOf(parties);
        attendees = List.copyOf(attendees);
        fields = List.copyOf(fields);
        principles = List.copyOf(principles);
        commitments = List.copyOf(commitments);
    }

    /** The parties without their evidence. */
    public List<Organisation> partyValues() {
        return parties.stream().map(Fact::value).toList();
    }
}
