package org.accord.app.command;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.Map;
import org.accord.app.json.AgreementWriter;
import org.accord.app.option.RegistryOptions;
import org.accord.core.merge.OrganisationRegistry;
import org.accord.core.model.Agreement;
import org.accord.core.query.AgreementQuery;
import org.accord.store.AgreementStore;
import org.accord.store.StoreException;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code accord list}: prints the agreements of a store, all of them or those a month, a party or a field chooses, as
 * an aligned table or as JSON Lines.
 */
@Command(
        name = "list",
        mixinStandardHelpOptions = true,
        header = "Prints the agreements kept in a store, as a table or as JSON Lines.",
        description = {
            "Prints the agreements of the store that a run or an extract --store built: every one, or those of a "
                    + "month, with a party, in a field or with a party of a country (all given criteria must hold), "
                    + "ordered by signing date (undated last), then by id.",
            "An undated agreement is in the months its articles were published in. A party matches by any of its "
                    + "names, ignoring case, spacing and punctuation; a field matches when it contains the text as "
                    + "whole words."},
        footer = {"%nExamples:",
            "  accord list --out out",
            "  accord list --store news.db --month 2021-12 --party 中国电信",
            "  accord list --out out --field \"artificial intelligence\" --format json | jq .parties",
            "  accord list --out out --country MO --organisations partners.txt"})
public final class ListCommand implements Callable<Integer> {

    /** How agreements are printed. */
    public enum Format {
        /** An aligned text table: date, parties, place, kind, number of sources. */
        TABLE,
        /** JSON Lines, one agreement per line. */
        JSON
    }

    /** Where the store is: named, or the one a run wrote into its output folder. */
    static final class Location {
        @Option(names = "--store", paramLabel = "FILE", required = true, description = "The store file.")
        @Nullable Path store;

        @Option(names = {"-o", "--out"}, paramLabel = "DIR", required = true,
                description = "The output folder of a run: its store, DIR/" + RunCommand.STORE + ".")
        @Nullable Path out;

        Path file() {
            return store != null ? store : out.resolve(RunCommand.STORE);
        }
    }

    @Spec
    private CommandSpec spec;

    /** Optional here only so that a default (accord.properties, ACCORD_STORE, ACCORD_OUT) can stand in for it. */
    @ArgGroup(exclusive = true, multiplicity = "0..1")
    private @Nullable Location location;

    @Option(names = "--month", paramLabel = "YYYY-MM",
            description = "Only agreements signed in this month (undated ones: published in it).")
    private @Nullable YearMonth month;

    @Option(names = "--party", paramLabel = "NAME", description = "Only agreements with this party.")
    private @Nullable String party;

    @Option(names = "--field", paramLabel = "TEXT", description = "Only agreements with a field containing this text.")
    private @Nullable String field;

    @Option(names = "--country", paramLabel = "CODE",
            description = "Only agreements with a party of this country (ISO 3166-1 code such as CN, MO, PT), as "
                    + "the organisation registry and --organisations tell it.")
    private @Nullable String country;

    @Mixin
    private RegistryOptions registry;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table (the default) or json.")
    private Format format = Format.TABLE;

    /** Reads the store, prints the agreements chosen and returns the exit code. */
    @Override
    public Integer call() throws IOException, StoreException {
        AgreementQuery query = query();
        List<Agreement> agreements;
        int total;
        Path file = storeFile();
        OrganisationRegistry organisations = registry.registry();
        Map<String, List<String>> formerIds;
        try (AgreementStore store = AgreementStore.openExisting(file)) {
            List<Agreement> all = store.agreements();
            total = all.size();
            agreements = query.apply(all, organisations::countryOf);
            formerIds = store.formerIds();
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.JSON) {
            new AgreementWriter(organisations::countryOf, formerIds).write(agreements, out);
        } else {
            new AgreementTable(agreements).print(out);
        }
        out.flush();
        spec.commandLine().getErr().printf("%s: %d of %d %s in %s%n", spec.qualifiedName(), agreements.size(),
                total, total == 1 ? "agreement" : "agreements", file);
        return 0;
    }

    /**
     * The store named on the command line, else by the defaults ({@code --store} before {@code --out}).
     *
     * @throws ParameterException when neither names one
     */
    private Path storeFile() {
        if (location != null) {
            return location.file();
        }
        IDefaultValueProvider defaults = spec.defaultValueProvider();
        String store = defaultOf(defaults, "--store");
        if (store != null) {
            return Path.of(store);
        }
        String out = defaultOf(defaults, "--out");
        if (out != null) {
            return Path.of(out).resolve(RunCommand.STORE);
        }
        throw new ParameterException(spec.commandLine(),
                "Missing required argument (specify one of these): (--store=FILE | -o=DIR)");
    }

    private @Nullable String defaultOf(@Nullable IDefaultValueProvider defaults, String option) {
        try {
            return defaults == null ? null : defaults.defaultValue(spec.findOption(option));
        } catch (ParameterException e) {
            throw e;
        } catch (Exception e) {
            throw new ParameterException(spec.commandLine(), "The default of " + option + ": " + e.getMessage(), e);
        }
    }

    private AgreementQuery query() {
        AgreementQuery query = AgreementQuery.all();
        try {
            if (month != null) {
                query = query.withMonth(month);
            }
            if (party != null) {
                query = query.withParty(party);
            }
            if (field != null) {
                query = query.withField(field);
            }
            if (country != null) {
                query = query.withCountry(country);
            }
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e);
        }
        return query;
    }
}
