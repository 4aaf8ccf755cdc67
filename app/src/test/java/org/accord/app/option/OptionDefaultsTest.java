package org.accord.app.option;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.accord.app.AccordCli;
import org.accord.app.Execution;
import org.accord.app.ExitCodes;
import org.accord.app.Fixtures;
import org.accord.store.AgreementStore;
import org.accord.store.StoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Option defaults from an injected environment and a properties file in a temporary working directory, so that the
 * real environment and working directory play no part.
 */
class OptionDefaultsTest {
    @TempDir
    Path temp;

    private Execution execute(OptionDefaults defaults, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = AccordCli.commandLine(new PrintWriter(out), new PrintWriter(err), defaults).execute(args);
        return new Execution(exitCode, out.toString(), err.toString());
    }

    /** An empty store in {@code temp/NAME/accord.db}; {@code list} names the store it read on stderr. */
    private Path store(String name) throws StoreException {
        Path file = temp.resolve(name).resolve("accord.db");
        AgreementStore.open(file).close();
        return file;
    }

    private void properties(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    @Test
    void list_storeFromEnvironment_readsThatStore() throws StoreException {
        Path store = store("env");

        Execution execution = execute(OptionDefaults.load(Map.of("ACCORD_STORE", store.toString()), temp), "list");

        assertThat(execution.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(execution.err()).isEqualTo("accord list: 0 of 0 agreements in " + store + System.lineSeparator());
    }

    @Test
    void list_outFromPropertiesFileInWorkingDirectory_readsItsStore() throws Exception {
        Path store = store("file");
        properties(temp.resolve("accord.properties"), "# defaults\nout = " + store.getParent() + "\n");

        Execution execution = execute(OptionDefaults.load(Map.of(), temp), "list");

        assertThat(execution.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(execution.err()).contains("0 of 0 agreements in " + store);
    }

    @Test
    void list_commandLine_winsOverEnvironmentAndFile() throws Exception {
        Path given = store("given");
        properties(temp.resolve("accord.properties"), "store=" + store("file") + "\n");

        Execution execution = execute(OptionDefaults.load(Map.of("ACCORD_STORE", store("env").toString()), temp),
                "list", "--store", given.toString());

        assertThat(execution.err()).contains("agreements in " + given);
    }

    @Test
    void list_environment_winsOverFile() throws Exception {
        Path env = store("env");
        properties(temp.resolve("accord.properties"), "list.store=" + store("file") + "\n");

        Execution execution = execute(OptionDefaults.load(Map.of("ACCORD_STORE", env.toString()), temp), "list");

        assertThat(execution.err()).contains("agreements in " + env);
    }

    @Test
    void list_commandVariable_winsOverGeneralVariable() throws StoreException {
        Path specific = store("specific");
        Map<String, String> environment = Map.of("ACCORD_STORE", store("general").toString(),
                "ACCORD_LIST_STORE", specific.toString());

        Execution execution = execute(OptionDefaults.load(environment, temp), "list");

        assertThat(execution.err()).contains("agreements in " + specific);
    }

    @Test
    void list_commandKey_winsOverGeneralKeyInFile() throws Exception {
        Path specific = store("specific");
        properties(temp.resolve("accord.properties"), "store=" + store("general") + "\nlist.store=" + specific + "\n");

        Execution execution = execute(OptionDefaults.load(Map.of(), temp), "list");

        assertThat(execution.err()).contains("agreements in " + specific);
    }

    @Test
    void list_blankVariable_countsAsUnset() throws Exception {
        Path store = store("file");
        properties(temp.resolve("accord.properties"), "store=" + store + "\n");

        Execution execution = execute(OptionDefaults.load(Map.of("ACCORD_STORE", " "), temp), "list");

        assertThat(execution.err()).contains("agreements in " + store);
    }

    @Test
    void list_configVariable_namesTheFileInsteadOfTheWorkingDirectorys() throws Exception {
        Path named = store("named");
        properties(temp.resolve("accord.properties"), "store=" + store("working") + "\n");
        properties(temp.resolve("conf").resolve("team.properties"), "store=" + named + "\n");

        Execution execution = execute(OptionDefaults.load(Map.of("ACCORD_CONFIG", "conf/team.properties"), temp),
                "list");

        assertThat(execution.err()).contains("agreements in " + named);
    }

    @Test
    void list_formatFromEnvironment_isConvertedLikeTheOption() throws StoreException {
        Path store = store("env");

        Execution execution = execute(OptionDefaults.load(Map.of("ACCORD_FORMAT", "json"), temp),
                "list", "--store", store.toString());

        assertThat(execution.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(execution.out()).isEmpty(); // JSON Lines of no agreement; a table would print its header
    }

    @Test
    void list_noDefaultsAndNoStore_exitsTwo() {
        Execution execution = execute(OptionDefaults.load(Map.of(), temp), "list");

        assertThat(execution.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(execution.err()).contains("Missing required argument", "(--store=FILE | -o=DIR)");
    }

    @Test
    void list_configVariableNamesMissingFile_exitsTwoNamingIt() {
        Execution execution = execute(OptionDefaults.load(Map.of("ACCORD_CONFIG", "missing.properties"), temp),
                "list", "--store", "x.db");

        assertThat(execution.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(execution.err()).startsWith("accord list: ACCORD_CONFIG (missing.properties) cannot be read: "
                + "NoSuchFileException");
    }

    @Test
    void run_unknownKeyInFile_exitsTwoNamingTheKey() throws IOException {
        properties(temp.resolve("accord.properties"), "organization=Partnership Office\n");

        Execution execution = execute(OptionDefaults.load(Map.of(), temp), "run", "in", "--out", "out");

        assertThat(execution.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(execution.err()).contains("accord run: accord.properties (", "has the key 'organization', which "
                + "names no option that takes a default", "OPTION one of [format, language, organisation, "
                + "organisations, out, store, title]");
    }

    @Test
    void extract_organisationsFromEnvironment_isUsedLikeTheOption() throws IOException {
        Path in = Fixtures.copySamples(temp.resolve("in"), Fixtures.ENGLISH_SAMPLE);
        Path missing = temp.resolve("missing.txt");

        Execution execution = execute(OptionDefaults.load(Map.of("ACCORD_ORGANISATIONS", missing.toString()), temp),
                "extract", in.toString(), "--json", "-");

        assertThat(execution.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(execution.err()).contains("--organisations (" + missing + ") cannot be read");
    }

    @Test
    void run_outFromCommandKeyInFile_writesThere() throws IOException {
        Path in = Fixtures.copySamples(temp.resolve("in"), Fixtures.ENGLISH_SAMPLE);
        Path out = temp.resolve("from-file");
        properties(temp.resolve("accord.properties"), "run.out=" + out + "\n");

        Execution execution = execute(OptionDefaults.load(Map.of(), temp), "run", in.toString(), "--quiet");

        assertThat(execution.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(out.resolve("agreements.jsonl")).isNotEmptyFile();
        assertThat(out.resolve("accord.db")).isNotEmptyFile();
    }

    @Test
    void defaultValue_otherCommandsAndOptions_haveNone() {
        OptionDefaults defaults = OptionDefaults.load(Map.of("ACCORD_ARTICLES", "5", "ACCORD_MONTH", "2021-12"), temp);
        var commands = AccordCli.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()))
                .getSubcommands();

        assertThat(defaults.defaultValue(commands.get("bench").getCommandSpec().findOption("--articles"))).isNull();
        assertThat(defaults.defaultValue(commands.get("list").getCommandSpec().findOption("--month"))).isNull();
    }
}
