package org.accord.app.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.accord.app.pipeline.ExtractedArticle;
import org.accord.core.model.Article;
import org.accord.core.model.Attendee;
import org.accord.core.model.Evidence;
import org.accord.core.model.Fact;
import org.accord.core.model.Language;
import org.accord.core.model.Mention;
import org.accord.core.model.Organisation;
import org.accord.core.model.Person;
import org.accord.core.model.SigningDate;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class PredictionWriterTest {
    private static final String SENTENCE = "12月，中国电信与上海人工智能实验室签约，董事长柯瑞文签字，坚持资源共享。";
    private static final Evidence EVIDENCE = new Evidence(SENTENCE, 0, SENTENCE.length());
    private static final String CITED = "\"sentence\":\"" + SENTENCE + "\",\"start\":0,\"end\":" + SENTENCE.length();

    private final PredictionWriter writer = new PredictionWriter();

    @Test
    void record_chineseMention_writesEveryFieldInFixedOrderUnescaped() {
        Article article = article(null);
        Mention mention = new Mention(article.toSource(), null,
                List.of(fact(Organisation.named("中国电信")),
                        fact(new Organisation("上海人工智能实验室", List.of("实验室")))),
                fact(SigningDate.ofMonth(YearMonth.of(2021, 12))), null,
                List.of(fact(new Attendee(new Person("柯瑞文", "董事长", null), true))),
                List.of(), List.of(fact("资源共享")), List.of());

        String json = writer.record(new ExtractedArticle(article, List.of(mention)), m -> "2021-12-中国电信").toString();

        assertThat(json).isEqualTo("{\"source\":\"in/a.md\",\"title\":\"签约\",\"published\":null,\"language\":\"zh\","
                + "\"agreements\":[{\"id\":\"2021-12-中国电信\",\"kind\":null,\"parties\":[\"中国电信\",\"上海人工智能实验室\"],"
                + "\"party_aliases\":{\"上海人工智能实验室\":[\"实验室\"]},\"signed_on\":\"2021-12\",\"location\":null,"
                + "\"attendees\":[{\"name\":\"柯瑞文\",\"title\":\"董事长\",\"organization\":null,\"signed\":true}],"
                + "\"fields\":[],\"principles\":[\"资源共享\"],\"commitments\":[],"
                + "\"evidence\":{\"parties\":[{\"value\":\"中国电信\"," + CITED + "},"
                + "{\"value\":\"上海人工智能实验室\"," + CITED + "}],"
                + "\"signed_on\":{\"value\":\"2021-12\"," + CITED + "},"
                + "\"attendees\":[{\"value\":\"柯瑞文\"," + CITED + "}],"
                + "\"principles\":[{\"value\":\"资源共享\"," + CITED + "}]}}]}");
    }

    @Test
    void record_noAliases_leavesPartyAliasesOut() {
        Article article = article(LocalDate.of(2019, 4, 2));
        Mention mention = new Mention(article.toSource(), fact("agreement"), List.of(fact(Organisation.named("A Lab"))),
                null, fact("Shenzhen"), List.of(), List.of(), List.of(), List.of());

        String json = writer.record(new ExtractedArticle(article, List.of(mention)), m -> "undated-a-lab").toString();

        assertThat(json).doesNotContain("party_aliases")
                .contains("\"published\":\"2019-04-02\"", "\"kind\":\"agreement\"", "\"location\":\"Shenzhen\"",
                        "\"signed_on\":null", "\"evidence\":{\"kind\":");
    }

    @Test
    void record_articleWithoutSigning_hasEmptyAgreements() {
        String json = writer.record(new ExtractedArticle(article(null), List.of()), m -> "unused").toString();

        assertThat(json).endsWith("\"language\":\"zh\",\"agreements\":[]}");
    }

    @Test
    void record_bilingualArticle_isMarkedMixed() {
        Article bilingual = new Article("in/b.txt", null, "签约", Language.CHINESE, null, SENTENCE, true);

        String json = writer.record(new ExtractedArticle(bilingual, List.of()), m -> "unused").toString();

        assertThat(json).contains("\"language\":\"zh\",\"mixed_language\":true");
    }

    private static Article article(@Nullable LocalDate published) {
        return new Article("in/a.md", null, "签约", Language.CHINESE, published, SENTENCE);
    }

    private static <T> Fact<T> fact(T value) {
        return new Fact<>(value, EVIDENCE);
    }
}
