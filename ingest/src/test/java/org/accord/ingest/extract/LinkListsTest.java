package org.accord.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LinkListsTest {
    private final LinkLists linkLists = new LinkLists();

    private List<String> links(String text) {
        List<Sentence> sentences = SentenceSplitter.english().split(text);
        return sentences.stream().filter(linkLists.in(text, sentences)::contains).map(Sentence::text).toList();
    }

    @Test
    void in_headlinesUnderARelatedNewsHeading_areLinks() {
        assertThat(links("Alpha and Beta signed an MoU.\n\nRelated News:\n\nGamma signs MoU with Delta\n"
                + "Epsilon and Zeta sign agreement on trade"))
                .containsExactly("Related News:", "Gamma signs MoU with Delta", "Epsilon and Zeta sign agreement on trade");
    }

    @Test
    void in_proseAfterTheList_endsIt() {
        assertThat(links("相关新闻\n南京大学与华为签署战略合作协议\n双方表示，将进一步深化合作，推动产业发展。"))
                .containsExactly("相关新闻", "南京大学与华为签署战略合作协议");
    }

    @Test
    void in_lineOfThePreviousAndNextItems_isLinks() {
        assertThat(links("上一条:我校与利川市签订战略合作协议 下一条:复评专家组入校考察")).hasSize(1);
    }

    @Test
    void in_headingWordsInsideProse_areNoHeading() {
        assertThat(links("Related news travelled fast: Alpha and Beta signed an MoU.\nGamma signs MoU with Delta"))
                .isEmpty();
    }
}
