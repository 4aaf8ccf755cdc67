package org.accord.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.accord.app.AccordCli;
import org.accord.core.merge.AgreementMerger;
import org.accord.core.model.Agreement;
import org.accord.core.model.Article;
import org.accord.core.model.Mention;
import org.accord.ingest.Accord;
import org.accord.ingest.ReadListener;
import org.accord.ingest.Readers;
import org.accord.ingest.extract.Extractor;
import org.accord.spark.bench.WrappedCorpus;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job on the fixture articles ({@code src/test/resources/articles}: the two samples and eight small articles, some
 * reporting the same signing, one two signings between the same parties, one bilingual, one undated), re-wrapped as
 * WARC.gz and JSON Lines, in local mode with two cores: it predicts what {@code accord extract} predicts over the
 * plain files, and merges what one machine merges over the same containers.
 */
class SparkExtractionTest {
    private static final List<String> FIXTURES = List.of("000_332cdf8b368dfd31.txt", "003_a15274cb8ed54760.txt",
            "en-pengcheng-dalian-brief.txt", "en-tsinghua-peking-two-agreements.txt",
            "en-um-peking-registry-names.txt", "en-um-porto-followup.txt", "um-porto-bilingual-press-release.txt",
            "zh-telecom-shailab-report.txt", "zh-um-peking-registry-names.txt", "zh-undated-shailab.txt");

    @TempDir
    static Path tmp;

    private static Path plain;
    private static Path wrapped;
    private static Map<String, String> sources;
    private static SparkExtraction.Result result;
    private static List<String> predictions;

    @BeforeAll
    static void runJob() throws IOException {
        plain = tmp.resolve("articles");
        Files.createDirectories(plain);
        for (String name : FIXTURES) {
            try (InputStream in = SparkExtractionTest.class.getResourceAsStream("/articles/" + name)) {
                Files.copy(in, plain.resolve(name));
            }
        }
        wrapped = tmp.resolve("wrapped");
        sources = WrappedCorpus.wrap(List.of(plain), wrapped);
        result = SparkExtraction.on(LocalSpark.session()).run(List.of(wrapped.toString()));
        predictions = result.predictions().collectAsList();
    }

    @AfterAll
    static void release() {
        result.close();
    }

    @Test
    void wrap_fixtures_putsDatedArticlesInWarcAndOthersInJsonLines() throws IOException {
        try (var files = Files.list(wrapped)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted())
                    .containsExactly("0000.warc.gz", "0001.warc.gz", "0002.jsonl", "0003.warc.gz", "0004.jsonl");
        }
        assertThat(sources).hasSize(FIXTURES.size());
    }

    @Test
    void run_wrappedFixtures_predictsWhatTheCommandLinePredictsForThePlainFiles() throws IOException {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = AccordCli.commandLine(new PrintWriter(out), new PrintWriter(err))
                .execute("extract", plain.toString(), "--json", "-");
        assertThat(exit).as(err.toString()).isZero();
        List<String> commandLine = out.toString().lines().toList();

        assertThat(commandLine).hasSize(FIXTURES.size());
        assertThat(WrappedCorpus.differences(predictions, commandLine, sources)).isEmpty();
        assertThat(String.join("\n", commandLine)).contains("\"id\":\"2023-06-05-tsinghua-university-peking-university-2\"")
                .contains("\"mixed_language\":true");
    }

    @Test
    void run_wrappedFixtures_mergesWhatOneMachineMergesFromTheSameContainers() throws Exception {
        Readers readers = Accord.reader();
        Extractor extractor = Accord.extractor();
        List<Article> articles = new ArrayList<>();
        for (Path file : Readers.expand(List.of(wrapped))) {
            readers.read(file, new ReadListener() {
                @Override
                public void article(Article article) {
                    articles.add(article);
                }

                @Override
                public void skipped(String source, String reason) {
                }

                @Override
                public void failed(String source, String reason) {
                    throw new AssertionError(source + ": " + reason);
                }
            });
        }
        List<List<Mention>> mentions = articles.stream().map(extractor::extract).toList();
        List<Agreement> agreements = new AgreementMerger().merge(mentions.stream().flatMap(List::stream).toList());
        Map<Mention, String> ids = new IdentityHashMap<>();
        agreements.forEach(a -> a.mentions().forEach(m -> ids.put(m, a.id())));
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            expected.add(PredictionJson.line(articles.get(i), mentions.get(i), ids::get));
        }

        assertThat(predictions).containsExactlyElementsOf(expected);
        assertThat(result.agreements().collectAsList().stream().map(a -> ModelJson.read(a, Agreement.class)))
                .containsExactlyElementsOf(agreements);
        assertThat(agreements).hasSize(6);
    }

    @Test
    void counts_wrappedFixtures_accountForEveryRecord() {
        SparkExtraction.Counts counts = result.counts();

        assertThat(counts).isEqualTo(new SparkExtraction.Counts(5, 10, 11, 6, 8, 0));
        assertThat(result.problems().collectAsList()).first().satisfies(row -> {
            assertThat(row.getString(0)).isEqualTo(wrapped.resolve("0000.warc.gz") + "#1");
            assertThat(row.getString(1)).isEqualTo("skipped");
            assertThat(row.getString(2)).isEqualTo("a WARC request record, not an HTML response");
        });
    }

    @Test
    void write_wrappedFixtures_writesEveryOutputAndMentionsAsParquet() throws IOException {
        Path out = tmp.resolve("out");
        result.write(out.toString());

        List<String> written = new ArrayList<>();
        try (var parts = Files.list(out.resolve("predictions"))) {
            for (Path part : parts.filter(p -> p.getFileName().toString().startsWith("part-")).sorted().toList()) {
                written.addAll(Files.readAllLines(part, StandardCharsets.UTF_8));
            }
        }
        assertThat(written).containsExactlyElementsOf(predictions);
        List<Row> mentions = LocalSpark.session().read().parquet(out.resolve("mentions").toString())
                .where("agreement_id = '2021-12-15-中国电信-上海人工智能实验室'").orderBy("source").collectAsList();
        assertThat(mentions).hasSize(3);
        Row first = mentions.get(0);
        assertThat(first.<String>getAs("source")).isEqualTo(wrapped.resolve("0000.warc.gz") + "#4");
        assertThat(first.getList(first.fieldIndex("parties"))).containsExactly("中国电信", "上海人工智能实验室");
        assertThat(first.<String>getAs("signed_on")).isEqualTo("2021-12-15");
        List<Row> evidence = first.getList(first.fieldIndex("evidence"));
        assertThat(evidence).anySatisfy(e -> {
            assertThat(e.getString(0)).isEqualTo("signed_on");
            assertThat(e.getString(2)).contains("12月15日");
        });
        assertThat(Files.exists(out.resolve("agreements"))).isTrue();
        assertThat(Files.exists(out.resolve("problems"))).isTrue();
    }
}
