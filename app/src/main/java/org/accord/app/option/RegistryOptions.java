package org.accord.app.option;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.accord.core.merge.AgreementMerger;
import org.accord.core.merge.OrganisationRegistry;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The organisations a merging command knows: the bundled registry, extended with the user's own file.
 *
 * <pre>{@code
 * @Mixin RegistryOptions registry;
 * AgreementMerger merger = registry.merger();   // usage error (exit 2) when the file cannot be read
 * }</pre>
 */
public final class RegistryOptions {
    @Spec(Spec.Target.MIXEE)
    private CommandSpec mixee;

    @Option(names = "--organisations", paramLabel = "FILE",
            description = "More organisations known by several names, one per line, names separated by '|' "
                    + "(\"University of Macau | 澳門大學 | UM\"), and '@country XX' lines giving the country of those after "
                    + "them; added to the bundled registry.")
    private @Nullable Path file;

    /**
     * The merger that knows the bundled organisations and those of {@code --organisations}.
     *
     * @throws ParameterException when the file cannot be read or a line lists fewer than two names
     */
    public AgreementMerger merger() {
        return new AgreementMerger(registry());
    }

    /**
     * The bundled registry with the organisations of {@code --organisations}: their names, and their countries for
     * queries by country ({@code registry::countryOf}).
     *
     * @throws ParameterException when the file cannot be read or a line is malformed
     */
    public OrganisationRegistry registry() {
        if (file == null) {
            return OrganisationRegistry.standard();
        }
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return OrganisationRegistry.standard().with(OrganisationRegistry.parse(reader, file.toString()));
        } catch (IOException e) {
            throw new ParameterException(mixee.commandLine(),
                    "--organisations (" + file + ") cannot be read: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new ParameterException(mixee.commandLine(), "--organisations: " + e.getMessage());
        }
    }
}
