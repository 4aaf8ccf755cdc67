package org.accord.app.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.accord.app.Execution;
import org.accord.app.ExitCodes;
import org.accord.app.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {

    @TempDir
    Path temp;

    @Test
    void extract_toFile_writesOneLinePerArticleAndFiguresOnStderr() throws IOException {
        Path in = Fixtures.copySamples(temp.resolve("in"));
        Path json = temp.resolve("predictions.jsonl");

        Execution execution = Execution.of("extract", in.toString(), "--json", json.toString());

        assertThat(execution.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(execution.out()).isEmpty();
        assertThat(execution.err()).contains("accord extract: 2 files found, 2 read, 0 failed", "wrote " + json);
        assertThat(Fixtures.lines(json)).hasSize(2);
        assertThat(Fixtures.lines(json).get(1)).contains("\"上海人工智能实验室\"");
    }

    @Test
    void extract_toStdout_writesTheSameLinesAsToAFile() throws IOException {
        Path in = Fixtures.copySamples(temp.resolve("in"));
        Path json = temp.resolve("predictions.jsonl");
        Execution.of("extract", in.toString(), "--json", json.toString());

        Execution execution = Execution.of("extract", in.toString(), "--json", "-");

        assertThat(execution.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(execution.out()).isEqualTo(Files.readString(json));
    }

    @Test
    void extract_dash_readsStandardInput() throws IOException {
        Path in = Fixtures.copySamples(temp.resolve("in"), Fixtures.ENGLISH_SAMPLE);
        InputStream stdin = System.in;
        Execution execution;
        try (InputStream sample = Files.newInputStream(in.resolve(Fixtures.ENGLISH_SAMPLE))) {
            System.setIn(sample);
            execution = Execution.of("extract", "-", "--json", "-");
        } finally {
            System.setIn(stdin);
        }

        assertThat(execution.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(execution.out()).startsWith("{\"source\":\"-\"").contains("Peng Cheng Laboratory");
    }

    @Test
    void extract_zipWithABadEntry_countsTheRecordsOnStderrAndExitsOne() throws IOException {
        Path in = Fixtures.copySamples(temp.resolve("in"), Fixtures.ENGLISH_SAMPLE);
        Path zip = temp.resolve("bundle.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("a.txt"));
            out.write(Files.readAllBytes(in.resolve(Fixtures.ENGLISH_SAMPLE)));
            out.putNextEntry(new ZipEntry("empty.txt"));
        }

        Execution execution = Execution.of("extract", zip.toString(), "--json", "-");

        assertThat(execution.exitCode()).isEqualTo(ExitCodes.INPUTS_FAILED);
        assertThat(execution.err()).contains("accord extract: cannot read " + zip + "!/empty.txt: the file is empty",
                "1 files found, 1 read, 0 failed; 2 records in containers: 1 read, 0 skipped, 1 failed; 1 articles");
    }

    @Test
    void extract_emptyInput_namesItAndExitsOne() throws IOException {
        Path in = Fixtures.copySamples(temp.resolve("in"), Fixtures.CHINESE_SAMPLE);
        Path empty = Files.createFile(in.resolve("empty.html"));

        Execution execution = Execution.of("extract", in.toString(), "--json", "-");

        assertThat(execution.exitCode()).isEqualTo(ExitCodes.INPUTS_FAILED);
        assertThat(execution.err()).contains("accord extract: cannot read " + empty + ": ");
        assertThat(execution.out().lines()).hasSize(1);
    }

    @Test
    void extract_withoutJson_exitsTwoNamingTheOption() throws IOException {
        Path in = Fixtures.copySamples(temp.resolve("in"), Fixtures.ENGLISH_SAMPLE);

        Execution execution = Execution.of("extract", in.toString());

        assertThat(execution.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(execution.err()).contains("Missing required option: '--json=FILE'");
    }

    @Test
    void extract_jsonIsAnInput_exitsTwoAndLeavesTheInputAlone() throws IOException {
        Path in = Fixtures.copySamples(temp.resolve("in"), Fixtures.ENGLISH_SAMPLE);
        Path article = in.resolve(Fixtures.ENGLISH_SAMPLE);
        String before = Files.readString(article);

        Execution execution = Execution.of("extract", article.toString(), "--json", article.toString());

        assertThat(execution.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(execution.err()).contains("--json (" + article + ") must not be an input");
        assertThat(article).hasContent(before);
    }

    @Test
    void extract_severalThreads_writesTheSameBytesAndFiguresAsOneThread() throws IOException {
        Path in = Fixtures.copySamples(temp.resolve("in"));
        for (int i = 0; i < 30; i++) {
            Files.writeString(in.resolve("weather-" + i + ".txt"), "Weather " + i + "\n\nRain is expected on day "
                    + i + ".\n");
        }
        Path one = temp.resolve("one.jsonl");
        Path four = temp.resolve("four.jsonl");

        Execution single = Execution.of("extract", in.toString(), "--json", one.toString(), "--threads", "1");
        Execution several = Execution.of("extract", in.toString(), "--json", four.toString(), "--threads", "4");

        assertThat(several.exitCode()).isEqualTo(single.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(Files.readAllBytes(four)).isEqualTo(Files.readAllBytes(one));
        assertThat(Fixtures.lines(one)).hasSize(32);
        assertThat(several.err()).contains("32 files found, 32 read, 0 failed; 32 articles, 2 signings, 2 agreements")
                .isEqualTo(single.err().replace(one.toString(), four.toString()));
    }

    @Test
    void extract_zeroThreads_exitsTwoNamingTheOption() throws IOException {
        Path in = Fixtures.copySamples(temp.resolve("in"), Fixtures.ENGLISH_SAMPLE);

        Execution execution = Execution.of("extract", in.toString(), "--json", "-", "--threads", "0");

        assertThat(execution.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(execution.err()).contains("--threads (0) must be at least 1");
    }
}
