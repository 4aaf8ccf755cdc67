package org.accord.core.merge;

import static org.accord.core.merge.TestMentions.mention;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.accord.core.model.Mention;
import org.junit.jupiter.api.Test;

class CandidatePairsTest {
    private static final LocalDate DAY = LocalDate.of(2024, 3, 10);
    private final CandidatePairs candidates = new CandidatePairs(OrganisationRegistry.empty());

    private List<String> pairs(Mention... mentions) {
        return candidates.of(List.of(mentions)).stream().map(p -> p[0] + "-" + p[1]).toList();
    }

    @Test
    void of_samePartiesSignedYearsApart_areNoCandidates() {
        assertThat(pairs(mention("a", DAY, DAY, "Hebei University", "Renmin University"),
                mention("b", DAY.plusYears(2), DAY.plusYears(2), "Hebei University", "Renmin University"))).isEmpty();
    }

    @Test
    void of_undatedArticle_isACandidateInTheMonthsWithinSixtyDaysOnly() {
        assertThat(pairs(mention("a", DAY, DAY, "Hebei University", "Renmin University"),
                mention("b", DAY.plusDays(55), null, "Renmin University", "Hebei University"),
                mention("c", DAY.plusDays(100), null, "Renmin University", "Hebei University")))
                .contains("0-1").doesNotContain("0-2");
    }

    @Test
    void of_mentionWithNoDateAtAll_isACandidateOfEveryMonth() {
        assertThat(pairs(mention("a", DAY, DAY, "Hebei University", "Renmin University"),
                mention("b", null, null, "Hebei University", "Renmin University"),
                mention("c", DAY.plusYears(5), DAY.plusYears(5), "Hebei University", "Renmin University")))
                .containsExactly("0-1", "1-2");
    }

    @Test
    void of_nameInsideALongerOne_isACandidateInTheSameMonth() {
        assertThat(pairs(mention("a", DAY, DAY, "Renmin University of China"),
                mention("b", DAY, DAY.plusDays(3), "Renmin University"),
                mention("c", DAY, DAY, "Zhejiang University"),
                mention("d", DAY.plusYears(1), DAY.plusYears(1), "Renmin University")))
                .containsExactly("0-1");
    }
}
