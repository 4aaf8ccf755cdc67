package org.accord.app.option;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/**
 * Defaults for the options of {@code run}, {@code extract}, {@code report} and {@code list}, from the environment and
 * from a properties file. An option given on the command line always wins; then, for option {@code --out} of
 * {@code report}:
 * <ol>
 *   <li>the environment variable {@code ACCORD_REPORT_OUT}, then {@code ACCORD_OUT};</li>
 *   <li>the key {@code report.out}, then {@code out}, of the file {@code ACCORD_CONFIG} names, or else of
 *       {@code accord.properties} in the working directory when there is one;</li>
 *   <li>the option's own default.</li>
 * </ol>
 * Values are read as if typed on the command line: relative paths are relative to the working directory. Blank values
 * count as unset. Only the options in {@link #OPTIONS} take defaults; a file key naming another is a usage error.
 *
 * <pre>{@code
 * OptionDefaults defaults = OptionDefaults.load(System.getenv(), Path.of(""));
 * String out = defaults.defaultValue(runSpec.findOption("--out"));   // null: the option's own default
 * }</pre>
 */
public final class OptionDefaults implements IDefaultValueProvider {
    /** The environment variable that names the properties file, instead of {@value #FILE_NAME}. */
    static final String CONFIG_VARIABLE = "ACCORD_CONFIG";
    /** The properties file read from the working directory when {@value #CONFIG_VARIABLE} is not set. */
    static final String FILE_NAME = "accord.properties";
    /** The commands whose options take defaults. */
    static final Set<String> COMMANDS = Set.of("run", "extract", "report", "list");
    /** The options (long names without the dashes) that take defaults. */
    static final Set<String> OPTIONS = Set.of("out", "store", "organisations", "language", "title",
            "organisation", "format");

    private static final String PREFIX = "ACCORD_";

    private final Map<String, String> environment;
    private final Map<String, String> file;
    private final @Nullable String problem;

    private OptionDefaults(Map<String, String> environment, Map<String, String> file, @Nullable String problem) {
        this.environment = Map.copyOf(environment);
        this.file = Map.copyOf(file);
        this.problem = problem;
    }

    /** No defaults: every option has its own default only. */
    public static OptionDefaults none() {
        return new OptionDefaults(Map.of(), Map.of(), null);
    }

    /**
     * The defaults of the given environment and of its properties file. A file that cannot be read, or that holds a
     * key no option takes, is not refused here but on the first option looked up, as a usage error that names it.
     *
     * @param environment the environment variables, such as {@link System#getenv()}
     * @param workingDirectory where {@value #FILE_NAME} is looked for, and what a relative {@value #CONFIG_VARIABLE}
     *     is resolved against
     */
    public static OptionDefaults load(Map<String, String> environment, Path workingDirectory) {
        requireNonNull(environment, "environment");
        requireNonNull(workingDirectory, "workingDirectory");
        Map<String, String> variables = new LinkedHashMap<>();
        environment.forEach((name, value) -> {
            if (name.startsWith(PREFIX) && !value.isBlank()) {
                variables.put(name, value);
            }
        });
        String named = variables.get(CONFIG_VARIABLE);
        Path path = named != null ? workingDirectory.resolve(named) : workingDirectory.resolve(FILE_NAME);
        if (named == null && !Files.isRegularFile(path)) {
            return new OptionDefaults(variables, Map.of(), null);
        }
        String origin = named != null ? CONFIG_VARIABLE + " (" + named + ")"
                : FILE_NAME + " (" + path.toAbsolutePath() + ")";
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            return new OptionDefaults(variables, Map.of(), origin + " cannot be read: " + describe(e));
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (String key : new TreeSet<>(properties.stringPropertyNames())) {
            if (!isKnown(key)) {
                return new OptionDefaults(variables, Map.of(), origin + " has the key '" + key
                        + "', which names no option that takes a default; keys are OPTION or COMMAND.OPTION, with "
                        + "COMMAND one of " + new TreeSet<>(COMMANDS) + " and OPTION one of "
                        + new TreeSet<>(OPTIONS));
            }
            String value = properties.getProperty(key).strip();
            if (!value.isEmpty()) {
                values.put(key, value);
            }
        }
        return new OptionDefaults(variables, values, null);
    }

    /**
     * The default of an option of {@link #COMMANDS} named in {@link #OPTIONS}, or {@code null} to leave it to the
     * option's own default.
     *
     * @throws ParameterException when the properties file could not be read or holds an unknown key
     */
    @Override
    public @Nullable String defaultValue(ArgSpec argSpec) {
        if (!(argSpec instanceof OptionSpec option) || option.command() == null) {
            return null;
        }
        String command = option.command().name();
        String name = option.longestName().replaceFirst("^-+", "");
        if (!COMMANDS.contains(command) || !OPTIONS.contains(name)) {
            return null;
        }
        if (problem != null) {
            throw new ParameterException(option.command().commandLine(), problem);
        }
        for (String variable : List.of(variable(command + "_" + name), variable(name))) {
            String value = environment.get(variable);
            if (value != null) {
                return value;
            }
        }
        String value = file.get(command + "." + name);
        return value != null ? value : file.get(name);
    }

    private static boolean isKnown(String key) {
        int dot = key.indexOf('.');
        return dot < 0 ? OPTIONS.contains(key)
                : COMMANDS.contains(key.substring(0, dot)) && OPTIONS.contains(key.substring(dot + 1));
    }

    private static String variable(String name) {
        return PREFIX + name.toUpperCase(Locale.ROOT).replace('-', '_');
    }

    private static String describe(Exception e) {
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + message;
    }
}
