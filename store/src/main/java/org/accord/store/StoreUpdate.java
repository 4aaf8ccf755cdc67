package org.accord.store;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * What one {@link AgreementStore#add} did.
 *
 * <pre>{@code
 * StoreUpdate update = store.add(batch);
 * System.out.printf("%d articles added, %d already stored; %d agreements (%d new, %d with new sources)%n",
 *         update.articlesAdded(), update.articlesKnown(), update.agreements(), update.newAgreements(),
 *         update.agreementsWithNewSources());
 * }</pre>
 *
 * @param articlesAdded articles the store did not hold before
 * @param articlesKnown articles it already held (same content hash), left as they were
 * @param agreements the agreements in the store afterwards
 * @param newAgreements agreements made only of mentions added now
 * @param agreementsWithNewSources agreements the store held before that gained a mention now
 */
public record StoreUpdate(int articlesAdded, int articlesKnown, int agreements, int newAgreements,
        int agreementsWithNewSources) {

    /** Checks that no count is negative. */
    public StoreUpdate {
        checkArgument(articlesAdded >= 0 && articlesKnown >= 0 && agreements >= 0 && newAgreements >= 0
                        && agreementsWithNewSources >= 0, "counts must not be negative: %s added, %s known, "
                        + "%s agreements, %s new, %s with new sources", articlesAdded, articlesKnown, agreements,
                newAgreements, agreementsWithNewSources);
    }
}
