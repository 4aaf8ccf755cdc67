package org.accord.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.accord.core.merge.AgreementMerger;
import org.accord.core.model.Agreement;
import org.accord.core.model.Article;
import org.accord.core.model.Evidence;
import org.accord.core.model.Fact;
import org.accord.core.model.Language;
import org.accord.core.model.Mention;
import org.accord.core.model.Organisation;
import org.accord.core.model.SigningDate;
import org.accord.core.model.Source;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;

/**
 * The distributed merge against {@link AgreementMerger#merge} of all mentions at once, on mentions made to meet every
 * rule by which two mentions report one signing: names equal but for case and spacing, names the registry lists
 * together (in English and Chinese), names inside longer ones, a local government named by its level, single-party
 * mentions, dates to the day, to the month and missing (with and without a publication date), and articles reporting
 * two signings between the same parties on one day (identifiers numbered across components).
 */
class DistributedMergeTest {
    private static final List<Organisation> ORGANISATIONS = List.of(
            Organisation.named("University of Macau"), Organisation.named("澳門大學"), Organisation.named("UM"),
            Organisation.named("Peking University"), Organisation.named("北京大学"),
            Organisation.named("Tsinghua University"), new Organisation("清华大学", List.of("THU")),
            Organisation.named("Shenzhen Institute of Advanced Technology"),
            Organisation.named("Institute of Advanced Technology"),
            Organisation.named("中国科学院深圳先进技术研究院"), Organisation.named("深圳先进技术研究院"),
            Organisation.named("湖北省政府"), Organisation.named("省政府"),
            Organisation.named("Alpha Robotics"), Organisation.named("the alpha  robotics"),
            Organisation.named("中国电信"), Organisation.named("上海人工智能实验室"));

    @Test
    void merge_randomMentions_equalsTheMergeOfAllAtOnce() {
        Random random = new Random(20240510L);
        List<Article> articles = new ArrayList<>();
        List<List<Mention>> mentions = new ArrayList<>();
        for (int i = 0; i < 240; i++) {
            LocalDate published = random.nextInt(8) == 0 ? null
                    : LocalDate.of(2023, 5, 1).plusDays(random.nextInt(150));
            Article article = new Article(String.format("news/%03d.txt", random.nextInt(1000)) + "#" + i, null,
                    "t" + i, Language.ENGLISH, published, "text");
            articles.add(article);
            List<Mention> inArticle = new ArrayList<>();
            int count = random.nextInt(10) == 0 ? 2 : 1;
            List<Organisation> sameParties = parties(random);
            SigningDate sameDate = date(random);
            for (int m = 0; m < count; m++) {
                boolean twin = count == 2 && random.nextBoolean();
                inArticle.add(mention(article, twin ? sameParties : parties(random), twin ? sameDate : date(random)));
            }
            mentions.add(inArticle);
        }
        List<Agreement> expected = new AgreementMerger().merge(mentions.stream().flatMap(List::stream).toList());
        Map<Mention, String> ids = new IdentityHashMap<>();
        expected.forEach(a -> a.mentions().forEach(m -> ids.put(m, a.id())));

        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            rows.add(RowFactory.create((long) i, "article", articles.get(i).source(),
                    PredictionJson.header(articles.get(i)),
                    Rows.seq(mentions.get(i).stream().map(ModelJson::write).toList()), null));
        }
        Dataset<Row> extracted = LocalSpark.session().createDataset(rows, Encoders.row(Schemas.EXTRACTED));
        // Components found on the driver (as for all but huge inputs), then by label propagation on the executors.
        for (long driverEdges : List.of(Long.MAX_VALUE, 0L)) {
            try (SparkExtraction.Result result = SparkExtraction.on(LocalSpark.session())
                    .withDriverEdges(driverEdges).merge(extracted, 1)) {
                List<Agreement> agreements = result.agreements().collectAsList().stream()
                        .map(json -> ModelJson.read(json, Agreement.class)).toList();
                List<String> predictions = result.predictions().collectAsList();

                assertThat(agreements).as("driver edges %s", driverEdges).containsExactlyElementsOf(expected);
                for (int i = 0; i < articles.size(); i++) {
                    assertThat(predictions.get(i)).isEqualTo(PredictionJson.line(articles.get(i), mentions.get(i),
                            ids::get));
                }
            }
        }
        assertThat(expected.stream().filter(a -> a.mentions().size() > 2)).isNotEmpty();
        assertThat(expected.stream().filter(a -> a.id().matches(".*-\\d+$") && !a.id().startsWith("undated")))
                .isNotEmpty();
    }

    private static List<Organisation> parties(Random random) {
        int count = 1 + random.nextInt(random.nextInt(5) == 0 ? 3 : 2);
        List<Organisation> parties = new ArrayList<>();
        while (parties.size() < count) {
            Organisation party = ORGANISATIONS.get(random.nextInt(ORGANISATIONS.size()));
            if (!parties.contains(party)) {
                parties.add(party);
            }
        }
        return parties;
    }

    private static SigningDate date(Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> null;
            case 1 -> SigningDate.ofMonth(YearMonth.of(2023, 5 + random.nextInt(4)));
            default -> SigningDate.ofDay(LocalDate.of(2023, 5, 1).plusDays(random.nextInt(100)));
        };
    }

    private static Mention mention(Article article, List<Organisation> parties, SigningDate date) {
        Evidence evidence = new Evidence("text", 0, 4);
        Source source = article.toSource();
        return new Mention(source, new Fact<>("cooperation agreement", evidence),
                parties.stream().map(p -> new Fact<>(p, evidence)).toList(),
                date == null ? null : new Fact<>(date, evidence), null, List.of(), List.of(), List.of(), List.of());
    }
}
