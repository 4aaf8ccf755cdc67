package org.accord.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChineseTaggerTest {
    private final ChineseTagger tagger = new ChineseTagger();

    @Test
    void words_traditionalText_areReportedAsWrittenAtTheirOffsets() {
        String text = "澳門大學與波爾圖大學簽署合作協議";

        List<ChineseTagger.Word> words = tagger.words(text);

        assertThat(words).allSatisfy(w -> assertThat(text.substring(w.start(), w.end())).isEqualTo(w.text()));
        assertThat(words).extracting(ChineseTagger.Word::text).contains("澳門大學", "與");
    }

    @Test
    void words_organisationAndConjunction_areTaggedAsSuch() {
        List<ChineseTagger.Word> words = tagger.words("中国电信与华为技术有限公司签署协议");

        assertThat(words).filteredOn(w -> w.text().equals("与"))
                .extracting(ChineseTagger.Word::kind).containsExactly(ChineseTagger.Kind.CONJUNCTION);
        assertThat(words).filteredOn(w -> w.kind() == ChineseTagger.Kind.ORGANISATION)
                .extracting(ChineseTagger.Word::text).contains("华为技术有限公司");
    }
}
