package org.accord.report.pdf;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.accord.core.merge.OrganisationNames;
import org.accord.core.model.Agreement;
import org.accord.core.model.Attendee;
import org.accord.core.model.Fact;
import org.accord.core.model.Mention;
import org.accord.core.model.SigningDate;
import org.accord.core.model.Source;
import org.jspecify.annotations.Nullable;

/**
 * Finds, for each value of an agreement, the sentences of its mentions that state it, so that a reader can check a
 * value against the article. A merged agreement holds the values the merge chose; a mention's fact supports one when
 * it names the same thing (compared as {@link OrganisationNames#key} does, ignoring case, width and punctuation).
 */
final class Citations {

    /**
     * One sentence that states a value.
     *
     * @param source the number of the source in the briefing's list of sources, from 1
     * @param sentence the sentence as the article has it
     */
    record Citation(int source, String sentence) {
    }

    private final Agreement agreement;
    private final List<Source> sources;

    Citations(Agreement agreement) {
        this.agreement = agreement;
        this.sources = agreement.sources();
    }

    List<Citation> kind() {
        return cite(m -> listOf(m.kind()), value -> sameText(value, agreement.kind()));
    }

    List<Citation> signedOn() {
        SigningDate date = agreement.signedOn();
        return cite(m -> listOf(m.signedOn()), value -> date != null && value.isCompatibleWith(date));
    }

    List<Citation> location() {
        return cite(m -> listOf(m.location()), value -> sameText(value, agreement.location()));
    }

    List<Citation> parties() {
        return cite(Mention::parties, value -> agreement.parties().stream()
                .anyMatch(party -> OrganisationNames.sameOrganisation(party, value)));
    }

    List<Citation> attendees() {
        Set<String> names = keys(agreement.attendees().stream().map(a -> a.person().name()).toList());
        return cite(Mention::attendees,
                (Attendee value) -> names.contains(OrganisationNames.key(value.person().name())));
    }

    List<Citation> fields() {
        return citeAny(Mention::fields, agreement.fields());
    }

    List<Citation> principles() {
        return citeAny(Mention::principles, agreement.principles());
    }

    List<Citation> commitments() {
        return citeAny(Mention::commitments, agreement.commitments());
    }

    private List<Citation> citeAny(Function<Mention, List<Fact<String>>> facts, List<String> values) {
        Set<String> wanted = keys(values);
        return cite(facts, value -> wanted.contains(OrganisationNames.key(value)));
    }

    /** The distinct sentences, in mention order, of the facts whose value the agreement holds. */
    private <T> List<Citation> cite(Function<Mention, List<Fact<T>>> facts, Predicate<T> held) {
        Set<Citation> citations = new LinkedHashSet<>();
        for (Mention mention : agreement.mentions()) {
            int source = sources.indexOf(mention.source()) + 1;
            for (Fact<T> fact : facts.apply(mention)) {
                if (held.test(fact.value())) {
                    citations.add(new Citation(source, fact.evidence().sentence()));
                }
            }
        }
        return List.copyOf(citations);
    }

    private static <T> List<Fact<T>> listOf(@Nullable Fact<T> fact) {
        return fact == null ? List.of() : List.of(fact);
    }

    private static boolean sameText(String value, @Nullable String held) {
        return held != null && OrganisationNames.key(value).equals(OrganisationNames.key(held));
    }

    private static Set<String> keys(List<String> values) {
        return values.stream().map(OrganisationNames::key).collect(Collectors.toSet());
    }
}
