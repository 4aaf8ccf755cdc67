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
}
