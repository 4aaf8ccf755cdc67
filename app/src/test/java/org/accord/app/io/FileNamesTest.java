package org.accord.app.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FileNamesTest {

    @Test
    void sanitise_ordinaryId_keepsIt() {
        assertThat(FileNames.sanitise("2019-03-22-peng-cheng-laboratory-dalian-university-of-technology"))
                .isEqualTo("2019-03-22-peng-cheng-laboratory-dalian-university-of-technology");
    }

    @Test
    void sanitise_chineseId_keepsTheHanCharacters() {
        assertThat(FileNames.sanitise("2021-12-15-中国电信-上海人工智能实验室")).isEqualTo("2021-12-15-中国电信-上海人工智能实验室");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "../../etc/passwd|etc-passwd",
        "..|agreement",
        "/absolute/path|absolute-path",
        "a\\\\b/c|a-b-c",
        ".hidden|hidden",
        "...2019-x|2019-x",
        "a -- b  __ c|a-b-c",
        "-leading-and-trailing-|leading-and-trailing",
        "tab\tbell\u0007end|tab-bell-end",
        "nul|agreement-nul",
        "COM1|agreement-COM1",
        "''|agreement"
    })
    void sanitise_hostileId_keepsOnlyLettersDigitsAndInnerHyphens(String id, String expected) {
        assertThat(FileNames.sanitise(id)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"../..", "a/../../b", "./.x", "..\\..\\windows", "x\u0000y", "%2e%2e%2f"})
    void sanitise_anyId_cannotLeaveTheFolder(String id) {
        String name = FileNames.sanitise(id);

        assertThat(name).isNotEmpty().doesNotContain("..", "/", "\\", "\u0000").doesNotStartWith(".")
                .doesNotStartWith("-").matches("[\\p{L}\\p{N}-]+");
    }

    @Test
    void sanitise_veryLongId_isCutToTheLimitWithoutATrailingHyphen() {
        String id = "2024-01-01-" + "organisation-".repeat(20);

        String name = FileNames.sanitise(id);

        assertThat(name.codePointCount(0, name.length())).isLessThanOrEqualTo(FileNames.MAX_LENGTH);
        assertThat(name).startsWith("2024-01-01-organisation").doesNotEndWith("-");
    }

    @Test
    void sanitise_veryLongChineseId_isCutByCodePoints() {
        String id = "𠀀".repeat(100);

        String name = FileNames.sanitise(id);

        assertThat(name.codePointCount(0, name.length())).isEqualTo(FileNames.MAX_LENGTH);
        assertThat(name).isEqualTo("𠀀".repeat(FileNames.MAX_LENGTH));
    }

    @Test
    void unique_collidingIds_appendsCounters() {
        assertThat(FileNames.unique(List.of("a/b", "a-b", "a?b", "c")))
                .containsExactly("a-b", "a-b-2", "a-b-3", "c");
    }

    @Test
    void unique_idThatLooksLikeACounter_staysUnique() {
        assertThat(FileNames.unique(List.of("a", "a-2", "a"))).containsExactly("a", "a-2", "a-3");
    }

    @Test
    void unique_namesDifferingOnlyInCase_collideInEveryLocale() {
        Locale saved = Locale.getDefault();
        try {
            for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("tr"), Locale.CHINESE)) {
                Locale.setDefault(locale);
                assertThat(FileNames.unique(List.of("TITLE", "title"))).as(locale.toString())
                        .containsExactly("TITLE", "title-2");
            }
        } finally {
            Locale.setDefault(saved);
        }
    }
}
