package org.accord.ingest.reader;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ParagraphsTest {

    @Test
    void normalise_windowsAndOldMacLineEnds_becomeUnixOnes() {
        assertThat(Paragraphs.normalise("one\r\ntwo\rthree\n")).isEqualTo("one\ntwo\nthree");
    }

    @Test
    void normalise_runsOfAnySpaces_becomeOneSpaceAndLinesAreStripped() {
        assertThat(Paragraphs.normalise("  a \t\u00A0b\u3000\u3000c\f  \n\u3000d  "))
                .isEqualTo("a b c\nd");
    }

    @Test
    void normalise_runsOfBlankLines_becomeOneAndNoneAtEitherEnd() {
        assertThat(Paragraphs.normalise("\n \n\u3000\nfirst\n\n  \n\t\nsecond\n\n\n")).isEqualTo("first\n\nsecond");
    }

    @Test
    void normalise_textOfSpacesOnly_isEmpty() {
        assertThat(Paragraphs.normalise(" \r\n\t\n\u00A0")).isEmpty();
    }

    @Test
    void unwrapped_paragraphWrappedAt72Columns_isOneLineAgainAndTheHeadlineStays() {
        String text = """
                Two universities sign an agreement

                    The University of Alpha and the Beta Institute of Technology signed
                a strategic cooperation agreement on Friday in the main hall of the
                campus, where both presidents spoke about research, teaching and
                long-term exchanges between the two schools.
                """;

        assertThat(Paragraphs.unwrapped(text)).isEqualTo("Two universities sign an agreement\n\n"
                + "The University of Alpha and the Beta Institute of Technology signed a strategic cooperation "
                + "agreement on Friday in the main hall of the campus, where both presidents spoke about research, "
                + "teaching and long-term exchanges between the two schools.");
    }

    @Test
    void unwrapped_chineseWrappedAtTwentyCharacters_isJoinedWithoutSpaces() {
        String paragraph = "近日，中国船舶重工集团有限公司与中国华能集团有限公司在京签署战略合作框架协议。根据协议，双方将本着长期合作、"
                + "共赢发展的原则，深化在清洁能源、电站工程等领域的合作。";
        StringBuilder wrapped = new StringBuilder("两集团签署战略合作框架协议\n");
        for (int i = 0; i < paragraph.length(); i += 20) {
            wrapped.append(paragraph, i, Math.min(paragraph.length(), i + 20)).append('\n');
        }

        assertThat(Paragraphs.unwrapped(wrapped.toString())).isEqualTo("两集团签署战略合作框架协议\n" + paragraph);
    }

    @Test
    void unwrapped_wordHyphenatedAtTheLineEnd_isJoinedWithoutASpace() {
        String text = "The two sides agreed to deepen their research and teaching co-\n"
                + "operation over the next five years, beginning with exchanges of staff\n"
                + "and students, and to open a joint laboratory for marine science in the\n"
                + "spring of next year, as both presidents announced after the ceremony.";

        assertThat(Paragraphs.unwrapped(text)).contains("teaching co-operation over").doesNotContain("\n");
    }

    @Test
    void unwrapped_paragraphsWrittenOneALine_areLeftAsTheyAre() {
        String text = "Headline of the story\n"
                + "The first paragraph is written on one line of its own, however long it is, as pages do it.\n"
                + "A second paragraph follows on the next line without a blank line between them at all.\n"
                + "The third is short.\n"
                + "News\nPolitics\nBusiness\nSociety";

        assertThat(Paragraphs.unwrapped(text)).isEqualTo(text);
    }

    @Test
    void normalise_neverJoinsLines() {
        String text = "The University of Alpha and the Beta Institute of Technology signed a\n"
                + "strategic cooperation agreement on Friday in the main hall of the\n"
                + "campus, where both presidents spoke about research, teaching and\n"
                + "long-term exchanges between the two schools.";

        assertThat(Paragraphs.normalise(text)).isEqualTo(text);
    }
}
