package org.accord.core.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One signing, merged from every mention of it. The values are those the merge chose from the mentions; each mention
 * keeps its own values and evidence, so every value can be traced to the article that stated it.
 *
 * <pre>{@code
 * for (Agreement agreement : new AgreementMerger().merge(mentions)) {
 *     System.out.println(agreement.id() + ": " + agreement.parties().stream().map(Organisation::name).toList());
 *     agreement.sources().forEach(source -> System.out.println("  " + source.title()));
 * }
 * }</pre>
 *
 * @param id a stable identifier made from the date and the parties
 * @param kind the kind of agreement as stated
 * @param parties the organisations that are party to it
 * @param signedOn the date of signing, when any mention states it
 * @param location where it was signed, when any mention states it
 * @param attendees the people who attended or signed
 * @param fields the fields of cooperation
 * @param principles the principles of the cooperation
 * @param commitments what the parties undertake
 * @param mentions the mentions merged into this agreement, at least one
 */
public record Agreement(
        String id,
        @Nullable String kind,
        List<Organisation> parties,
        @Nullable SigningDate signedOn,
        @Nullable String location,
        List<Attendee> attendees,
        List<String> fields,
        List<String> principles,
        List<String> commitments,
        List<Mention> mentions) {

    /** Copies every list and checks that there is at least one mention. */
    public Agreement {
        requireNonNull(id, "id");
        parties = List.copyOf(parties);
        attendees = List.copyOf(attendees);
        fields = List.copyOf(fields);
        principles = List.copyOf(principles);
        commitments = List.copyOf(commitments);
        mentions = List.copyOf(mentions);
        checkArgument(!mentions.isEmpty(), "agreement %s must have at least one mention", id);
    }

    /** The articles behind this agreement, in mention order, each once. */
    public List<Source> sources() {
        return mentions.stream().map(Mention::source).distinct().toList();
    }
}
