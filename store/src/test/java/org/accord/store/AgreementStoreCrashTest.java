package org.accord.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run that dies in the middle of writing leaves the store as it was before that write. */
class AgreementStoreCrashTest {
    @TempDir
    Path temp;

    @Test
    void add_processHaltsPartWay_storeReopensAsItWasBefore() throws Exception {
        Path file = temp.resolve("accord.db");
        try (AgreementStore store = AgreementStore.open(file)) {
            store.add(List.of(TestArticles.TELECOM));
        }
        List<String> before = StoreDump.of(file);

        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), CrashingWriter.class.getName(), file.toString())
                .redirectErrorStream(true).start();
        boolean ended = process.waitFor(30, TimeUnit.SECONDS);
        String output = new String(process.getInputStream().readAllBytes());

        assertThat(ended).isTrue();
        assertThat(process.exitValue()).as(output).isEqualTo(9);
        try (AgreementStore store = AgreementStore.open(file)) {
            assertThat(store.articleCount()).isEqualTo(1);
        }
        assertThat(StoreDump.of(file)).isEqualTo(before);
    }
}
