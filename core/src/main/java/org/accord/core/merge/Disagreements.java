package org.accord.core.merge;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.accord.core.model.Agreement;
import org.accord.core.model.Disagreement;
import org.accord.core.model.Disagreement.Field;
import org.accord.core.model.Mention;

/**
 * Where the articles behind an agreement contradict each other on its kind, date or place, and which rule of
 * {@link AgreementMerger} chose the value the agreement has.
 *
 * <pre>{@code
 * for (Disagreement d : Disagreements.of(agreement)) {
 *     System.out.println(d.field() + ": kept " + d.chosen() + " by " + d.rule() + " among " + d.values());
 * }
 * }</pre>
 */
public final class Disagreements {
    static final SingleValues<String> KINDS = new SingleValues<>(Field.KIND, SingleValues.KINDS);
    static final SingleValues<org.accord.core.model.SigningDate> DATES =
            new SingleValues<>(Field.SIGNED_ON, SingleValues.DATES);
    static final SingleValues<String> LOCATIONS = new SingleValues<>(Field.LOCATION, SingleValues.WORDINGS);

    private Disagreements() {
    }

    /**
     * The contradictions among an agreement's mentions, in the order kind, date, place; empty when they all agree
     * (or state a value less precisely than another).
     */
    public static List<Disagreement> of(Agreement agreement) {
        List<Mention> mentions = agreement.mentions().stream()
                .sorted(Comparator.comparing((Mention m) -> m.source().source())).toList();
        return Stream.of(
                        KINDS.choose(mentions, Mention::kind).disagreement(),
                        DATES.choose(mentions, Mention::signedOn).disagreement(),
                        LOCATIONS.choose(mentions, Mention::location).disagreement())
                .flatMap(Optional::stream)
                .toList();
    }
}
