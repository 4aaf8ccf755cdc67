package org.accord.core.merge;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.accord.core.model.Organisation;

/**
 * Organisations known by several names: in English and in Chinese (simplified and traditional), with their short
 * forms, so that "澳門大學", "澳门大学", "University of Macau" and "UM" are one party when mentions are merged.
 *
 * <p>The registry is a text file, one organisation per line, its names separated by {@code |}, the usual name first;
 * {@code #} starts a comment line:
 *
 * <pre>
 * &#64;country MO
 * University of Macau | 澳門大學 | 澳门大学 | UM
 * </pre>
 *
 * <p>A line {@code @country XX} gives the country (ISO 3166-1 alpha-2) of the organisations listed after it, up to the
 * next such line; {@code @country -} says it is not known, as it is at the start of each file. {@link #countryOf}
 * tells it; queries by country take it as
 * {@code registry::countryOf}.
 *
 * <p>A bundled registry ({@link #standard()}) lists well-known universities, research institutes, companies and
 * governments; users extend it with their own file ({@link #parse}, {@link #with}). Names are compared by
 * {@link OrganisationNames#key}: case, width, spacing and punctuation aside, a name must be written as listed.
 * Names not in the registry are matched only by {@link OrganisationNames}' conservative rules.
 */
public final class OrganisationRegistry {
    private static final String BUNDLED = "organisations.txt";
    private static final OrganisationRegistry EMPTY = new OrganisationRegistry(List.of(), List.of());

    private static final String COUNTRY = "@country";
    private static final Pattern COUNTRY_CODE = Pattern.compile("[A-Z]{2}|-");

    private final List<List<String>> entries;
    private final List<Optional<String>> countries;
    private final Map<String, Integer> entryByKey;
    private final Map<Integer, String> countryByEntry;

    private OrganisationRegistry(List<List<String>> entries, List<Optional<String>> countries) {
        this.entries = List.copyOf(entries);
        this.countries = List.copyOf(countries);
        // Entries sharing a name are one organisation (a user's file adding names to a bundled one): every name of
        // them leads to the first such entry.
        int[] first = new int[this.entries.size()];
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < this.entries.size(); i++) {
            first[i] = i;
            for (String name : this.entries.get(i)) {
                Integer known = index.putIfAbsent(OrganisationNames.key(name), i);
                if (known != null) {
                    int a = root(first, known);
                    int b = root(first, i);
                    first[Math.max(a, b)] = Math.min(a, b);
                }
            }
        }
        index.replaceAll((key, entry) -> root(first, entry));
        for (int i = 0; i < first.length; i++) {
            first[i] = root(first, i);
        }
        this.entryByKey = Map.copyOf(index);
        this.countryByEntry = new HashMap<>();
        for (int i = 0; i < this.entries.size(); i++) {
            if (this.countries.get(i).isPresent()) {
                countryByEntry.putIfAbsent(first[i], this.countries.get(i).get());
            }
        }
    }

    private static int root(int[] parent, int i) {
        while (parent[i] != i) {
            i = parent[i];
        }
        return i;
    }

    /** A registry that knows no organisation. */
    public static OrganisationRegistry empty() {
        return EMPTY;
    }

    /** The registry bundled with Accord, loaded once. */
    public static OrganisationRegistry standard() {
        return Bundled.INSTANCE;
    }

    /**
     * Reads a registry file.
     *
     * @param source the file's text, one organisation per line (closed by the caller)
     * @param name what to call the source in error messages, such as its path
     * @throws IllegalArgumentException when a line lists fewer than two names, naming the source and the line
     */
    public static OrganisationRegistry parse(Reader source, String name) throws IOException {
        requireNonNull(source, "source");
        List<List<String>> entries = new ArrayList<>();
        List<Optional<String>> countries = new ArrayList<>();
        Optional<String> country = Optional.empty();
        BufferedReader lines = new BufferedReader(source);
        int number = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            number++;
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            if (text.startsWith(COUNTRY)) {
                String code = text.substring(COUNTRY.length()).strip();
                checkArgument(COUNTRY_CODE.matcher(code).matches(),
                        "%s line %s (%s) must give a two-letter country code in capitals, or '-'", name, number, text);
                country = code.equals("-") ? Optional.empty() : Optional.of(code);
                continue;
            }
            List<String> names = List.of(text.split("\\s*\\|\\s*"));
            checkArgument(names.size() >= 2 && names.stream().noneMatch(String::isBlank),
                    "%s line %s (%s) must list at least two names separated by '|'", name, number, text);
            entries.add(names);
            countries.add(country);
        }
        return new OrganisationRegistry(entries, countries);
    }

    /** This registry and another; an organisation listed in both keeps the names of both. */
    public OrganisationRegistry with(OrganisationRegistry other) {
        List<List<String>> merged = new ArrayList<>(entries);
        merged.addAll(other.entries);
        List<Optional<String>> mergedCountries = new ArrayList<>(countries);
        mergedCountries.addAll(other.countries);
        return new OrganisationRegistry(merged, mergedCountries);
    }

    /** How many organisations the registry lists. */
    public int size() {
        return entries.size();
    }

    /** The usual name of the organisation that has this name, when the registry lists it. */
    public Optional<String> usualName(String name) {
        return entry(name).map(i -> entries.get(i).get(0));
    }

    /**
     * The country of an organisation, when the registry lists one of its names under a country. An organisation
     * listed in several files has the country of the first file that gives one.
     *
     * <pre>{@code
     * List<Agreement> macao = AgreementQuery.all().withCountry("MO").apply(agreements, registry::countryOf);
     * }</pre>
     *
     * @return its ISO 3166-1 alpha-2 code, such as {@code "MO"}
     */
    public Optional<String> countryOf(Organisation organisation) {
        return organisation.allNames().stream()
                .map(this::entry)
                .flatMap(Optional::stream)
                .map(countryByEntry::get)
                .filter(java.util.Objects::nonNull)
                .findFirst();
    }

    /** Whether the registry lists a name of one organisation and a name of the other under one entry. */
    public boolean sameOrganisation(Organisation a, Organisation b) {
        for (String x : a.allNames()) {
            Optional<Integer> entry = entry(x);
            if (entry.isPresent() && b.allNames().stream().anyMatch(y -> entry.equals(entry(y)))) {
                return true;
            }
        }
        return false;
    }

    /** The position of the entry listing a name, when the registry lists it. */
    Optional<Integer> entryOf(String name) {
        return entry(name);
    }

    private Optional<Integer> entry(String name) {
        return Optional.ofNullable(entryByKey.get(OrganisationNames.key(name)));
    }

    /** Loaded on first use. */
    private static final class Bundled {
        static final OrganisationRegistry INSTANCE = load();

        private static OrganisationRegistry load() {
            try (InputStream in = OrganisationRegistry.class.getResourceAsStream(BUNDLED)) {
                if (in == null) {
                    throw new IllegalStateException("the bundled registry " + BUNDLED + " is missing");
                }
                return parse(new InputStreamReader(in, StandardCharsets.UTF_8), BUNDLED);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the bundled registry " + BUNDLED, e);
            }
        }
    }
}
