package org.accord.app.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path temp;

    @Test
    void writeText_existingFile_replacesItAsUtf8() throws IOException {
        Path file = Files.writeString(temp.resolve("a.json"), "old");

        AtomicFiles.writeText(file, writer -> writer.write("新 new"));

        assertThat(file).hasContent("新 new");
        assertThat(folderContents()).containsExactly(file);
    }

    @Test
    void writeText_missingFolder_createsIt() throws IOException {
        Path file = temp.resolve("x/y/a.json");

        AtomicFiles.writeText(file, writer -> writer.write("{}"));

        assertThat(file).hasContent("{}");
    }

    @Test
    void writeText_failingContent_leavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path file = Files.writeString(temp.resolve("a.json"), "old");

        assertThatThrownBy(() -> AtomicFiles.writeText(file, writer -> {
            writer.write("half");
            throw new IOException("disk full");
        })).hasMessage("disk full");

        assertThat(file).hasContent("old");
        assertThat(folderContents()).containsExactly(file);
    }

    private List<Path> folderContents() throws IOException {
        try (Stream<Path> files = Files.list(temp)) {
            return files.toList();
        }
    }
}
