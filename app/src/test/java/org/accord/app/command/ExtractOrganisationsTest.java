package org.accord.app.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.accord.app.Execution;
import org.accord.app.ExitCodes;
import org.accord.app.Fixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same signing reported in English and in Chinese, by organisations only the user's registry knows. */
class ExtractOrganisationsTest {
    @TempDir
    Path temp;
    private Path in;

    @BeforeEach
    void writeArticles() throws IOException {
        in = Files.createDirectories(temp.resolve("in"));
        Files.writeString(in.resolve("en.txt"), "Alpha Institute and Beta University sign agreement\n\n"
                + "On 3 May 2024, Alpha Institute and Beta University signed a strategic cooperation agreement.\n");
        Files.writeString(in.resolve("zh.txt"), "阿尔法研究院与贝塔大学签署战略合作协议\n\n"
                + "2024年5月3日，阿尔法研究院与贝塔大学签署战略合作协议。\n");
    }

    private List<String> ids(Path json) throws IOException {
        return Fixtures.lines(json).stream().map(line -> line.replaceAll(".*\"id\":\"([^\"]+)\".*", "$1")).toList();
    }

    @Test
    void extract_withoutTheirNames_keepsTheTwoReportsApart() throws IOException {
        Path json = temp.resolve("p.jsonl");

        Execution.of("extract", in.toString(), "--json", json.toString());

        assertThat(ids(json)).hasSize(2).doesNotHaveDuplicates();
    }

    @Test
    void extract_withTheirNamesInTheUsersRegistry_mergesTheTwoReports() throws IOException {
        Path registry = Files.writeString(temp.resolve("mine.txt"),
                "# our partners\nAlpha Institute | 阿尔法研究院\nBeta University | 贝塔大学\n");
        Path json = temp.resolve("p.jsonl");

        Execution execution = Execution.of("extract", in.toString(), "--json", json.toString(), "--organisations",
                registry.toString());

        assertThat(execution.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(ids(json)).hasSize(2).containsOnly(ids(json).get(0));
    }

    @Test
    void extract_registryWithABadLine_exitsTwoNamingTheFileAndLine() throws IOException {
        Path registry = Files.writeString(temp.resolve("mine.txt"), "Alpha Institute | 阿尔法研究院\nBeta University\n");

        Execution execution = Execution.of("extract", in.toString(), "--json", temp.resolve("p.jsonl").toString(),
                "--organisations", registry.toString());

        assertThat(execution.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(execution.err()).contains("mine.txt line 2");
    }
}
