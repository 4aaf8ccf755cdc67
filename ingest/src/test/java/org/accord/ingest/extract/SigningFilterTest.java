package org.accord.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.accord.core.model.Article;
import org.accord.core.model.Language;
import org.accord.ingest.Fixtures;
import org.accord.ingest.IngestException;
import org.accord.ingest.ReadListener;
import org.accord.ingest.Readers;
import org.junit.jupiter.api.Test;

/** The cascade's first test: it must let through every article the full pipeline finds a signing in. */
class SigningFilterTest {
    private final SigningFilter filter = SigningFilter.standard();

    @Test
    void cues_areTheSigningVerbsOfBothLanguages() {
        assertThat(filter.cues()).containsAll(Lexicon.load("en/signing-verbs.txt").entries())
                .containsAll(Lexicon.load("zh/signing-verbs.txt").entries());
    }

    @Test
    void holdsCue_everyEnglishVerbInAnyCase_passes() {
        for (String verb : Lexicon.load("en/signing-verbs.txt").entries()) {
            for (String form : List.of(verb, verb.toUpperCase(Locale.ROOT), capitalised(verb))) {
                assertThat(filter.holdsCue("The two universities " + form + " an agreement."))
                        .as(form).isTrue();
                assertThat(filter.holdsCue(form)).as(form).isTrue();
                assertThat(filter.holdsCue("(" + form + ")")).as(form).isTrue();
            }
        }
    }

    @Test
    void holdsCue_everyChineseVerbAnywhere_passes() {
        for (String verb : Lexicon.load("zh/signing-verbs.txt").entries()) {
            assertThat(filter.holdsCue("双方" + verb + "了战略合作协议")).as(verb).isTrue();
            assertThat(filter.holdsCue("abc" + verb + "xyz")).as(verb).isTrue();
        }
    }

    @Test
    void holdsCue_englishVerbInsideAWord_doesNotPass() {
        assertThat(filter.holdsCue("The design of the signal was significant; she was assigned a signature."))
                .isFalse();
        assertThat(filter.holdsCue("signs2 resigned inkedness")).isFalse();
        assertThat(filter.holdsCue("")).isFalse();
    }

    @Test
    void holdsCue_caseFoldingOfTheRegularExpressions_passesTheSameOddLetters() {
        // 'ſ' (long s), 'ı' (dotless i) and 'K' (kelvin) fold to 's', 'i' and 'k' under Pattern.UNICODE_CASE, as the pipeline matches.
        assertThat(filter.holdsCue("they ſigned it")).isTrue();
        assertThat(filter.holdsCue("they sıgned it")).isTrue();
        assertThat(filter.holdsCue("they in\u212A it")).isTrue();
    }

    /** The filter passes exactly the texts where the pipeline's own patterns find a signing verb. */
    @Test
    void holdsCue_randomTexts_agreesWithThePipelinesVerbPatterns() {
        Pattern english = Lexicon.load("en/signing-verbs.txt").wordPattern();
        Pattern chinese = Lexicon.load("zh/signing-verbs.txt").substringPattern();
        List<String> pieces = new ArrayList<>(List.of(" ", "a", "1", "-", ".", "\n", "ſ", "ı", "İ", "\u212A", "é",
                "中", "签", "署", "簽", "约", "\uD835\uDC00", "x", "S", "I", "G", "N", "Ed", "ing", "ink", "inked", "in",
                "to", "entered", "signed", "sign", "ed", "签署", "訂立", "正式", "\uD835", "\uDC00", "\u2160"));
        pieces.addAll(filter.cues());
        Random random = new Random(20240601);
        int passed = 0;
        for (int i = 0; i < 50_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int n = random.nextInt(8); n >= 0; n--) {
                text.append(pieces.get(random.nextInt(pieces.size())));
            }
            boolean expected = english.matcher(text).find() || chinese.matcher(text).find();
            assertThat(filter.holdsCue(text)).as("%s", text).isEqualTo(expected);
            passed += expected ? 1 : 0;
        }
        assertThat(passed).isBetween(2_500, 47_500);
    }

    @Test
    void mayReportSigning_verbInTitleOnly_passes() {
        assertThat(filter.mayReportSigning(article("Universities sign a pact", "Nothing else is said."))).isTrue();
        assertThat(filter.mayReportSigning(article("Weather", "Rain is expected tomorrow."))).isFalse();
    }

    @Test
    void guard_articleWithoutCue_reportsNoSigningWithoutRunningTheExtractor() {
        Extractor failing = a -> {
            throw new AssertionError("the full pipeline ran on " + a.title());
        };
        assertThat(filter.guard(failing).extract(article("Weather", "Rain is expected tomorrow."))).isEmpty();
        assertThatThrownBy(() -> filter.guard(failing).extract(article("Signing", "They signed an MOU.")))
                .isInstanceOf(AssertionError.class);
    }

    @Test
    void of_emptyCue_isRefusedNamingTheCues() {
        assertThatThrownBy(() -> SigningFilter.of(List.of(""), List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cues ([])");
    }

    /** Every fixture article the standard extractor finds a signing in passes. */
    @Test
    void mayReportSigning_everyFixtureArticleWithASigning_passes() throws IOException {
        Extractor extractor = Extractor.standard();
        List<Article> articles = fixtureArticles();
        int withSigning = 0;
        for (Article article : articles) {
            if (!extractor.extract(article).isEmpty()) {
                withSigning++;
                assertThat(filter.mayReportSigning(article)).as(article.source()).isTrue();
            }
        }
        assertThat(withSigning).isGreaterThanOrEqualTo(5);
    }

    private static List<Article> fixtureArticles() throws IOException {
        Path root = Fixtures.article("plain-text").getParent();
        List<Article> articles = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                try {
                    Readers.standard().read(file, new ReadListener() {
                        @Override
                        public void article(Article article) {
                            articles.add(article);
                        }

                        @Override
                        public void skipped(String source, String reason) {
                        }

                        @Override
                        public void failed(String source, String reason) {
                        }
                    });
                } catch (IngestException e) {
                    // Fixtures of broken inputs hold no article to test.
                }
            }
        }
        return articles;
    }

    private static String capitalised(String verb) {
        return Character.toUpperCase(verb.charAt(0)) + verb.substring(1);
    }

    private static Article article(String title, String text) {
        return new Article("test.txt", null, title, Language.ENGLISH, null, text);
    }
}
