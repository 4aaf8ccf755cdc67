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
import org.accord.core.model.Organisation;

/**
 * Organisations known by several names: in English and in Chinese (simplified and traditional), with their short
 * forms, so that "澳門大學", "澳门大学", "University of Macau" and "UM" are one party when mentions are merged.
 *
 * <p>The registry is a text file, one organisation per line, its names separated by {@code |}, the usual name first;
 * {@code #} starts a comment line:
 *
 * <pre>
 * University of Macau | 澳門大學 | 澳门大学 | UM
 * </pre>
 *
 * <p>A bundled registry ({@link #standard()}) lists well-known universities, research institutes, companies and
 * governments; users extend it with their own file ({@link #parse}, {@link #with}). Names are compared by
 * {@link OrganisationNames#key}: case, width, spacing and punctuation aside, a name must be written as listed.
 * Names not in the registry are matched only by {@link OrganisationNames}' conservative rules.
 */
public final class OrganisationRegistry {
    private static final String BUNDLED = "organisations.txt";
    private static final OrganisationRegistry EMPTY = new OrganisationRegistry(List.of());

    private final List<List<String>> entries;
    private final Map<String, Integer> entryByKey;

    private OrganisationRegistry(List<List<String>> entries) {
        this.entries = List.copyOf(entries);
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < this.entries.size(); i++) {
            for (String name : this.entries.get(i)) {
                index.putIfAbsent(OrganisationNames.key(name), i);
            }
        }
        this.entryByKey = Map.copyOf(index);
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
        BufferedReader lines = new BufferedReader(source);
        int number = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            number++;
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            List<String> names = List.of(text.split("\\s*\\|\\s*"));
            checkArgument(names.size() >= 2 && names.stream().noneMatch(String::isBlank),
                    "%s line %s (%s) must list at least two names separated by '|'", name, number, text);
            entries.add(names);
        }
        return new OrganisationRegistry(entries);
    }

    /** This registry and another; an organisation listed in both keeps the names of both. */
    public OrganisationRegistry with(OrganisationRegistry other) {
        List<List<String>> merged = new ArrayList<>(entries);
        merged.addAll(other.entries);
        return new OrganisationRegistry(merged);
    }

    /** How many organisations the registry lists. */
    public int size() {
        return entries.size();
    }

    /** The usual name of the organisation that has this name, when the registry lists it. */
    public Optional<String> usualName(String name) {
        return entry(name).map(i -> entries.get(i).get(0));
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
