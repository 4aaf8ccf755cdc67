package org.accord.app.terminal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TerminalWriterTest {
    @TempDir
    Path dir;

    @Test
    void isTerminalDevice_descriptorOnAPseudoTerminal_isATerminal() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("2"), Path.of("/dev/pts/3"));

        assertThat(TerminalWriter.isTerminalDevice(link)).isTrue();
    }

    @Test
    void isTerminalDevice_descriptorOnAFile_isNoTerminal() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("2"), dir.resolve("run.log"));

        assertThat(TerminalWriter.isTerminalDevice(link)).isFalse();
    }

    @Test
    void isTerminalDevice_descriptorOnAPipe_isNoTerminal() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("2"), Path.of("pipe:[123456]"));

        assertThat(TerminalWriter.isTerminalDevice(link)).isFalse();
    }

    @Test
    void isTerminalDevice_noLinkToRead_leavesItToTheConsole() {
        assertThat(TerminalWriter.isTerminalDevice(dir.resolve("missing"))).isTrue();
    }
}
