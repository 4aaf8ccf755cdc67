package org.accord.core.query;

import java.util.Optional;
import org.accord.core.model.Organisation;

/**
 * Tells the country of an organisation, when it is known. The organisation registry knows the countries of the
 * organisations it lists ({@code OrganisationRegistry::countryOf}); {@link #unknown()} knows none.
 *
 * <pre>{@code
 * PartyCountries countries = OrganisationRegistry.standard()::countryOf;
 * List<Agreement> macao = AgreementQuery.all().withCountry("MO").apply(agreements, countries);
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
