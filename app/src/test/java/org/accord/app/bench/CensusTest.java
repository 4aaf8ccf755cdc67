package org.accord.app.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.accord.ingest.RawDocument;
import org.accord.ingest.Readers;
import org.accord.ingest.extract.Extractor;
import org.accord.ingest.extract.SigningFilter;
import org.junit.jupiter.api.Test;

class CensusTest {
    private static final List<RawDocument> DOCUMENTS = List.of(
            document("signing.txt", "Tsinghua University and Dalian University of Technology signed a strategic "
                    + "cooperation agreement in Beijing on 15 December 2021."),
            document("visit.txt", "A delegation of Tsinghua University visited Dalian University of Technology."),
            document("empty.txt", ""));

    @Test
    void counted_countsTheArticlesOfEachDocumentWithoutTellingWhatTheyReport() {
        Workload.Census census = Workload.Census.counted(DOCUMENTS, Readers.standard());

        assertThat(census.articleCounts()).containsExactly(1, 1, -1);
        assertThat(census.kinds()).containsExactly(Workload.Census.Kind.READ, Workload.Census.Kind.READ,
                Workload.Census.Kind.UNREADABLE);
        assertThat(census.articles()).isEqualTo(2);
    }

    @Test
    void of_tellsTheDocumentsThatReportASigningFromTheOthers() {
        Workload.Census census = Workload.Census.of(DOCUMENTS, Readers.standard(), Extractor.standard(),
                SigningFilter.standard());

        assertThat(census.kinds()).containsExactly(Workload.Census.Kind.SIGNING, Workload.Census.Kind.NO_CUE,
                Workload.Census.Kind.UNREADABLE);
    }

    @Test
    void stream_ofACensusThatOnlyCounted_isRefused() {
        Workload.Census census = Workload.Census.counted(DOCUMENTS, Readers.standard());

        assertThatThrownBy(() -> Workload.stream(census, Readers.standard(), SigningFilter.standard(), 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("only counted");
    }

    private static RawDocument document(String name, String text) {
        return new RawDocument(name, text.getBytes(StandardCharsets.UTF_8));
    }
}
