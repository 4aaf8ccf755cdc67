package org.accord.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class LexiconTest {

    @Test
    void alternationPrefersTheLongestEntryAtAnOffset() {
        Lexicon titles = Lexicon.of(List.of("董事", "董事会", "董事长", "副董事长"));

        Matcher m = Pattern.compile(titles.alternation()).matcher("中国电信董事长柯瑞文与副董事长");

        assertThat(m.find()).isTrue();
        assertThat(m.group()).isEqualTo("董事长");
        assertThat(m.find()).isTrue();
        assertThat(m.group()).isEqualTo("副董事长");
    }

    @Test
    void alternationFallsBackToAShorterEntryWhenTheRestOfThePatternNeedsIt() {
        Lexicon words = Lexicon.of(List.of("ab", "abc"));

        Matcher m = Pattern.compile("(" + words.alternation() + ")c\\b").matcher("abc");

        assertThat(m.find()).isTrue();
        assertThat(m.group(1)).isEqualTo("ab");
    }

    @Test
    void alternationMatchesEntriesLiterally() {
        Lexicon words = Lexicon.of(List.of("U.S.", "C++ (draft)"));
        Pattern pattern = Pattern.compile(words.alternation());

        assertThat(pattern.matcher("the U.S. side").find()).isTrue();
        assertThat(pattern.matcher("the UxSx side").find()).isFalse();
        assertThat(pattern.matcher("C++ (draft)").matches()).isTrue();
        assertThat(pattern.matcher("CC draft").find()).isFalse();
    }

    @Test
    void wordPatternFindsWholeWordsIgnoringCase() {
        Pattern verbs = Lexicon.of(List.of("sign", "signed")).wordPattern();

        assertThat(verbs.matcher("They SIGNED it").find()).isTrue();
        assertThat(verbs.matcher("a signpost").find()).isFalse();
    }

    @Test
    void containsIgnoreCaseComparesWholeEntries() {
        Lexicon titles = Lexicon.of(List.of("Vice President", "Dean"));

        assertThat(titles.containsIgnoreCase("vice president")).isTrue();
        assertThat(titles.containsIgnoreCase("DEAN")).isTrue();
        assertThat(titles.containsIgnoreCase("Vice")).isFalse();
    }

    @Test
    void chineseDataFileMatchesBothScripts() {
        Lexicon titles = Lexicon.load("zh/titles.txt");

        assertThat(titles.entries()).contains("副处长", "副處長", "轮值董事长", "輪值董事長");
    }
}
