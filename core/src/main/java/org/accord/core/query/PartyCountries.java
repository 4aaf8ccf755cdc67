package org.accord.core.query;

import java.util.Optional;
import org.accord.core.model.Organisation;

/**
 * Tells the country of an organisation, when it is known. Accord does not know any country yet (the organisation
 * registry will), so {@link #unknown()} is what queries use unless told otherwise.
 *
 * <pre>{@code
 * PartyCountries countries = party -> party.name().endsWith("大学") ? Optional.of("CN") : Optional.empty();
 * List<Agreement> chinese = AgreementQuery.all().withCountry("CN").apply(agreements, countries);
 * }</pre>
 */
@FunctionalInterface
public interface PartyCountries {

    /**
     * The country of an organisation.
     *
     * @param party the organisation
     * @return its ISO 3166-1 alpha-2 code ({@code "CN"}, {@code "GB"}), or empty when it is not known
     */
    Optional<String> countryOf(Organisation party);

    /** Knows no country: a query by country then matches no agreement. */
    static PartyCountries unknown() {
        return party -> Optional.empty();
    }
}
