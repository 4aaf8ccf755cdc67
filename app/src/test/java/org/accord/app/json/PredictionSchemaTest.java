package org.accord.app.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.accord.app.Fixtures;
import org.accord.app.pipeline.Batch;
import org.accord.app.pipeline.Pipeline;
import org.accord.ingest.Readers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The predictions follow the published schema, {@code docs/predictions.schema.json}: the records written for the
 * samples validate, and records that break the format do not.
 */
class PredictionSchemaTest {
    /** Surefire runs in the module's folder; the schema is in the repository's {@code docs}. */
    private static final Path SCHEMA = Path.of("..", "docs", "predictions.schema.json");

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private static Schema schema;
    private static List<ObjectNode> sampleRecords;

    @BeforeAll
    static void writeSamplePredictions(@TempDir Path folder) throws IOException {
        schema = REGISTRY.getSchema(Files.newInputStream(SCHEMA));
        Path samples = Fixtures.copySamples(folder.resolve("samples"));
        Batch batch = Pipeline.standard().run(Readers.expand(List.of(samples)), failure -> {
            throw new AssertionError("sample failed: " + failure);
        });
        StringWriter out = new StringWriter();
        new PredictionWriter().write(batch, out);
        sampleRecords = out.toString().lines().map(PredictionSchemaTest::parse).toList();
    }

    @Test
    void schema_isValidDraft202012Schema() throws IOException {
        Schema metaSchema = REGISTRY.getSchema(SchemaLocation.of(SpecificationVersion.DRAFT_2020_12.getDialectId()));

        assertThat(metaSchema.validate(MAPPER.readTree(SCHEMA.toFile()))).isEmpty();
    }

    @Test
    void validate_samplePredictions_haveNoErrors() {
        assertThat(sampleRecords).hasSize(2);
        assertThat(sampleRecords).allSatisfy(record -> assertThat(schema.validate(record)).isEmpty());
        assertThat(sampleRecords).allSatisfy(record -> assertThat(record.get("agreements")).isNotEmpty());
    }

    @Test
    void validate_recordWithAliasesMonthDateAndMixedLanguage_hasNoErrors() {
        ObjectNode record = parse("{\"source\":\"in/a.md\",\"title\":\"签约\",\"published\":null,\"language\":\"zh\","
                + "\"mixed_language\":true,\"agreements\":[{\"id\":\"2021-12-中国电信\",\"kind\":null,"
                + "\"parties\":[\"中国电信\",\"上海人工智能实验室\"],\"party_aliases\":{\"上海人工智能实验室\":[\"实验室\"]},"
                + "\"signed_on\":\"2021-12\",\"location\":null,\"attendees\":[{\"name\":\"柯瑞文\",\"title\":\"董事长\","
                + "\"organization\":null,\"signed\":true}],\"fields\":[],\"principles\":[\"资源共享\"],\"commitments\":[],"
                + "\"evidence\":{\"signed_on\":{\"value\":\"2021-12\",\"sentence\":\"12月签约。\",\"start\":0,\"end\":5}}}]}");

        assertThat(schema.validate(record)).isEmpty();
    }

    @Test
    void validate_recordMissingAgreements_isRejectedNamingTheProperty() {
        ObjectNode record = sample();
        record.remove("agreements");

        assertThat(messages(record)).anyMatch(message -> message.contains("agreements"));
    }

    @Test
    void validate_handMadeInvalidRecord_isRejectedForEachProblem() {
        ObjectNode record = sample();
        record.put("language", "fr");
        record.put("published", "2021/12/17");
        ObjectNode agreement = (ObjectNode) record.get("agreements").get(0);
        agreement.put("signed_on", "15 December 2021");
        agreement.put("confidence", 0.9);
        ((ObjectNode) agreement.get("attendees").get(0)).put("signed", "yes");

        assertThat(messages(record)).hasSizeGreaterThanOrEqualTo(5)
                .anyMatch(message -> message.contains("language"))
                .anyMatch(message -> message.contains("published"))
                .anyMatch(message -> message.contains("signed_on"))
                .anyMatch(message -> message.contains("confidence"))
                .anyMatch(message -> message.contains("signed"));
    }

    @Test
    void validate_evidenceWithNegativeOffset_isRejected() {
        ObjectNode record = sample();
        ObjectNode evidence = (ObjectNode) record.get("agreements").get(0).get("evidence");
        ((ObjectNode) evidence.get("parties").get(0)).put("start", -1);

        assertThat(messages(record)).anyMatch(message -> message.contains("start"));
    }

    private static ObjectNode sample() {
        return sampleRecords.get(0).deepCopy();
    }

    private static List<String> messages(JsonNode record) {
        return schema.validate(record).stream().map(PredictionSchemaTest::describe).toList();
    }

    private static String describe(Error error) {
        return error.getInstanceLocation() + " " + error.getProperty() + ": " + error.getMessage();
    }

    private static ObjectNode parse(String line) {
        try {
            return (ObjectNode) MAPPER.readTree(line);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + line, e);
        }
    }
}
