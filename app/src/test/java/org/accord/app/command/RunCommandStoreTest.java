package org.accord.app.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.accord.app.Execution;
import org.accord.app.ExitCodes;
import org.accord.app.Fixtures;
import org.accord.app.StoreContents;
import org.accord.store.AgreementStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code accord run} and {@code accord extract} keeping what they read in a store. */
class RunCommandStoreTest {
    @TempDir
    Path temp;

    @Test
    void run_withoutStore_keepsTheArticlesInOutAccordDb() throws Exception {
        Path in = Fixtures.copySamples(temp.resolve("in"));
        Path out = temp.resolve("out");

        Execution execution = Execution.of("run", in.toString(), "--out", out.toString());

        assertThat(execution.exitCode()).as(execution.err()).isEqualTo(ExitCodes.OK);
        assertThat(execution.out()).contains(out.resolve("accord.db") + " (2 articles added, 0 already stored; 2 "
                + "agreements (2 new, 0 with new sources))");
        try (AgreementStore store = AgreementStore.openExisting(out.resolve("accord.db"))) {
            assertThat(store.articleCount()).isEqualTo(2);
            assertThat(store.agreements()).hasSize(2);
        }
    }

    @Test
    void run_twiceWithTheSameStore_leavesTheSameStoreContent() throws Exception {
        Path in = Fixtures.copySamples(temp.resolve("in"));
        Path store = temp.resolve("kept").resolve("news.db");
        Execution first = Execution.of("run", in.toString(), "--out", temp.resolve("out1").toString(),
                "--store", store.toString());
        List<String> afterFirst = StoreContents.of(store);

        Execution second = Execution.of("run", in.toString(), "--out", temp.resolve("out2").toString(),
                "--store", store.toString());

        assertThat(first.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(second.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(StoreContents.of(store)).isEqualTo(afterFirst);
        assertThat(second.out()).contains("(0 articles added, 2 already stored; 2 agreements (0 new, 0 with new "
                + "sources))");
        assertThat(temp.resolve("out2").resolve("accord.db")).doesNotExist();
    }

    @Test
    void run_newArticleInALaterRun_isAddedToTheStore() throws Exception {
        Path store = temp.resolve("news.db");
        Path english = Fixtures.copySamples(temp.resolve("in1"), Fixtures.ENGLISH_SAMPLE);
        Path chinese = Fixtures.copySamples(temp.resolve("in2"), Fixtures.CHINESE_SAMPLE);
        Execution.of("run", english.toString(), "--out", temp.resolve("out1").toString(), "--store", store.toString());

        Execution second = Execution.of("run", chinese.toString(), "--out", temp.resolve("out2").toString(),
                "--store", store.toString());

        assertThat(second.out()).contains("(1 article added, 0 already stored; 2 agreements (1 new, 0 with new "
                + "sources))");
        assertThat(Files.readString(temp.resolve("out2").resolve("run-summary.json")))
                .contains("\"store\" : \"" + store + "\"", "\"articles_added\" : 1", "\"agreements\" : 2");
    }

    @Test
    void run_storeInUse_exitsFourNamingTheStoreAndWritesNothing() throws Exception {
        Path in = Fixtures.copySamples(temp.resolve("in"), Fixtures.ENGLISH_SAMPLE);
        Path store = temp.resolve("news.db");
        Path out = temp.resolve("out");
        try (AgreementStore running = AgreementStore.open(store)) {
            Execution execution = Execution.of("run", in.toString(), "--out", out.toString(), "--store",
                    store.toString());

            assertThat(execution.exitCode()).isEqualTo(ExitCodes.STORE_IN_USE);
            assertThat(execution.err()).isEqualTo("accord run: store (" + store + ") is in use by another Accord run; "
                    + "try again when it has finished\n");
            assertThat(out.resolve("agreements.jsonl")).doesNotExist();
            assertThat(running.articleCount()).isZero();
        }
    }

    @Test
    void run_storeThatIsNotAStore_exitsTwoAndLeavesTheFileAlone() throws IOException {
        Path in = Fixtures.copySamples(temp.resolve("in"), Fixtures.ENGLISH_SAMPLE);
        Path notes = Files.writeString(temp.resolve("notes.txt"), "my notes, not a database\n".repeat(30));

        Execution execution = Execution.of("run", in.toString(), "--out", temp.resolve("out").toString(),
                "--store", notes.toString());

        assertThat(execution.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(execution.err()).contains("accord run: store (" + notes + ") is not an Accord store");
        assertThat(notes).hasContent("my notes, not a database\n".repeat(30).stripTrailing());
    }

    @Test
    void run_storeInsideAnInputFolder_exitsTwo() throws IOException {
        Path in = Fixtures.copySamples(temp.resolve("in"), Fixtures.ENGLISH_SAMPLE);

        Execution execution = Execution.of("run", in.toString(), "--out", temp.resolve("out").toString(),
                "--store", in.resolve("accord.db").toString());

        assertThat(execution.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(execution.err()).contains("--store (" + in.resolve("accord.db") + ") must not be an input");
        assertThat(in.resolve("accord.db")).doesNotExist();
    }

    @Test
    void extract_withoutStore_keepsNothing() throws IOException {
        Path in = Fixtures.copySamples(temp.resolve("in"));
        Path json = temp.resolve("p").resolve("predictions.jsonl");

        Execution execution = Execution.of("extract", in.toString(), "--json", json.toString());

        assertThat(execution.exitCode()).isEqualTo(ExitCodes.OK);
        try (var files = Files.list(json.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("predictions.jsonl");
        }
        assertThat(execution.err()).doesNotContain("store");
    }

    @Test
    void extract_withStore_addsTheArticlesAndWritesTheSamePredictions() throws Exception {
        Path in = Fixtures.copySamples(temp.resolve("in"));
        Path plain = temp.resolve("plain.jsonl");
        Path stored = temp.resolve("stored.jsonl");
        Path store = temp.resolve("news.db");
        Execution.of("extract", in.toString(), "--json", plain.toString());

        Execution execution = Execution.of("extract", in.toString(), "--json", stored.toString(), "--store",
                store.toString());

        assertThat(execution.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(execution.err()).contains("; store " + store + ": 2 articles added, 0 already stored; 2 "
                + "agreements (2 new, 0 with new sources)");
        assertThat(Files.readString(stored)).isEqualTo(Files.readString(plain));
        try (AgreementStore agreementStore = AgreementStore.openExisting(store)) {
            assertThat(agreementStore.articleCount()).isEqualTo(2);
        }
    }
}
