package org.accord.report.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.accord.core.model.Attendee;
import org.accord.core.model.Language;
import org.accord.core.model.Person;
import org.accord.core.model.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReportTextTest {

    @Test
    void attendee_signatoryWithTitleAndOrganisation_isFullyDescribedAndMarked() {
        Attendee attendee = new Attendee(new Person("Gao Wen", "Director", "Peng Cheng Laboratory"), true);

        assertThat(ReportText.attendee(attendee)).isEqualTo("Gao Wen (Director, Peng Cheng Laboratory) [signed]");
    }

    @Test
    void attendee_onlyTitleStated_leavesOrganisationOut() {
        Attendee attendee = new Attendee(new Person("柯瑞文", "董事长", null), false);

        assertThat(ReportText.attendee(attendee)).isEqualTo("柯瑞文 (董事长)");
    }

    @Test
    void attendee_nothingButName_isJustTheName() {
        Attendee attendee = new Attendee(new Person("Guo Dongming", " ", null), false);

        assertThat(ReportText.attendee(attendee)).isEqualTo("Guo Dongming");
    }

    @Test
    void source_withoutHeadline_isItsPath() {
        Source source = new Source("corpus/a.html", null, "", Language.OTHER, LocalDate.of(2020, 1, 1));

        assertThat(ReportText.source(source)).isEqualTo("corpus/a.html");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://example.org/a?b=c", "http://www.chinatelecom.com.cn/news/02/x.html",
            "HTTPS://EXAMPLE.ORG", "https://例子.中国/新闻"})
    void isWebUrl_httpOrHttps_isTrue(String url) {
        assertThat(ReportText.isWebUrl(url)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "JavaScript://%0aalert(1)", "file:///etc/passwd", "data:text/html,x",
            "ftp://example.org", "https://", "https://exa mple.org", " https://example.org", "www.example.org", ""})
    void isWebUrl_anythingElse_isFalse(String url) {
        assertThat(ReportText.isWebUrl(url)).isFalse();
    }

    @Test
    void isWebUrl_null_isFalse() {
        assertThat(ReportText.isWebUrl(null)).isFalse();
    }
}
