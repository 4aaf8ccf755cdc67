package org.accord.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The domain records serialise with a plain Jackson mapper, as the package documentation promises: no annotations,
 * mixins or custom serialisers, the record components as the JSON field names, dates as ISO strings.
 */
class ModelJsonTest {
    /** What the package documentation tells callers to use. */
    private static final ObjectMapper MAPPER = JsonMapper.builder().findAndAddModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();

    private static final String SIGNING = "12月15日，中国电信与上海人工智能实验室签署战略合作协议。";
    private static final Evidence ZH_EVIDENCE = new Evidence(SIGNING, 12, 12 + SIGNING.length());
    private static final String EN_SIGNING = "China Telecom signed an agreement in December.";
    private static final Evidence EN_EVIDENCE = new Evidence(EN_SIGNING, 0, EN_SIGNING.length());
    private static final Source ZH = new Source("samples/001.txt", "https://www.example.cn/news/1.html",
            "中国电信与上海人工智能实验室签署战略合作协议", Language.CHINESE, LocalDate.of(2021, 12, 16));
    private static final Source EN = new Source("feeds/news.rss#3", null, "China Telecom and Shanghai AI Lab sign",
            Language.ENGLISH, null);
    private static final Organisation TELECOM = new Organisation("中国电信", List.of("China Telecom", "中国电信集团"));
    private static final Organisation LAB = Organisation.named("上海人工智能实验室");
    private static final Attendee SIGNATORY = new Attendee(new Person("柯瑞文", "董事长", "中国电信"), true);

    static Stream<Object> records() {
        return Stream.of(
                new Article(ZH.source(), ZH.url(), ZH.title(), Language.CHINESE, ZH.published(), "导语。\n\n" + SIGNING,
                        true),
                new Article(EN.source(), null, "", Language.ENGLISH, null, EN_SIGNING),
                ZH,
                EN,
                TELECOM,
                LAB,
                SIGNATORY,
                new Person("Guo Dongming", null, null),
                SigningDate.ofDay(LocalDate.of(2021, 12, 15)),
                SigningDate.ofMonth(YearMonth.of(2021, 12)),
                ZH_EVIDENCE,
                zhMention(),
                enMention(),
                agreement(),
                disagreement(),
                new StatedValue("上海", List.of(ZH, EN)));
    }

    @ParameterizedTest
    @MethodSource("records")
    void writeValue_record_hasTheComponentNamesAndReadsBackEqual(Object record) throws Exception {
        String json = MAPPER.writeValueAsString(record);

        assertShape(record, MAPPER.readTree(json), record.getClass().getSimpleName());
        assertThat(MAPPER.readValue(json, record.getClass())).isEqualTo(record);
    }

    @Test
    void writeValue_mention_writesDatesAsIsoStringsAndEnumsByName() throws Exception {
        JsonNode json = MAPPER.valueToTree(zhMention());

        assertThat(json.at("/source/published").textValue()).isEqualTo("2021-12-16");
        assertThat(json.at("/source/language").textValue()).isEqualTo("CHINESE");
        assertThat(json.at("/signedOn/value").toString()).isEqualTo("{\"date\":\"2021-12-15\",\"precision\":\"DAY\"}");
        assertThat(json.at("/signedOn/evidence").toString())
                .isEqualTo("{\"sentence\":\"" + SIGNING + "\",\"start\":12,\"end\":" + (12 + SIGNING.length()) + "}");
        assertThat(json.at("/parties/0/value/aliases").toString()).isEqualTo("[\"China Telecom\",\"中国电信集团\"]");
        assertThat(json.get("location").isNull()).isTrue();
    }

    @Test
    void writeValue_derivedAccessors_areLeftOut() throws Exception {
        assertThat(MAPPER.valueToTree(agreement()).has("sources")).isFalse();
        assertThat(MAPPER.valueToTree(zhMention()).has("partyValues")).isFalse();
        assertThat(MAPPER.valueToTree(TELECOM).has("allNames")).isFalse();
        JsonNode date = MAPPER.valueToTree(SigningDate.ofMonth(YearMonth.of(2021, 12)));
        assertThat(date.has("month")).isFalse();
        assertThat(date.has("iso")).isFalse();
        assertThat(MAPPER.valueToTree(new Article(EN.source(), null, "", Language.ENGLISH, null, "x")).has("toSource"))
                .isFalse();
    }

    @Test
    void readValue_factThroughItsFullType_keepsTheValueType() throws Exception {
        Fact<Organisation> party = new Fact<>(TELECOM, ZH_EVIDENCE);
        String json = MAPPER.writeValueAsString(party);

        Fact<Organisation> read = MAPPER.readValue(json, new TypeReference<Fact<Organisation>>() { });

        assertThat(read).isEqualTo(party);
        assertThat(read.value()).isInstanceOf(Organisation.class);
    }

    @Test
    void readValue_defaultMapperWithTimestamps_stillReadsBackEqual() throws Exception {
        ObjectMapper timestamps = JsonMapper.builder().findAndAddModules().build();
        String json = timestamps.writeValueAsString(agreement());

        assertThat(timestamps.readTree(json).at("/signedOn/date").toString()).isEqualTo("[2021,12,15]");
        assertThat(timestamps.readValue(json, Agreement.class)).isEqualTo(agreement());
    }

    @Test
    void readValue_absentList_failsAndAbsentNullableIsNull() throws Exception {
        assertThatThrownBy(() -> MAPPER.readValue("{\"name\":\"中国电信\"}", Organisation.class))
                .isInstanceOf(ValueInstantiationException.class);
        assertThat(MAPPER.readValue("{\"name\":\"柯瑞文\"}", Person.class)).isEqualTo(new Person("柯瑞文", null, null));
    }

    private static Mention zhMention() {
        return new Mention(ZH, new Fact<>("战略合作协议", ZH_EVIDENCE),
                List.of(new Fact<>(TELECOM, ZH_EVIDENCE), new Fact<>(LAB, ZH_EVIDENCE)),
                new Fact<>(SigningDate.ofDay(LocalDate.of(2021, 12, 15)), ZH_EVIDENCE), null,
                List.of(new Fact<>(SIGNATORY, ZH_EVIDENCE)),
                List.of(new Fact<>("人工智能", ZH_EVIDENCE), new Fact<>("算力网络", ZH_EVIDENCE)),
                List.of(new Fact<>("优势互补", ZH_EVIDENCE)), List.of());
    }

    private static Mention enMention() {
        return new Mention(EN, null, List.of(new Fact<>(Organisation.named("China Telecom"), EN_EVIDENCE)),
                new Fact<>(SigningDate.ofMonth(YearMonth.of(2021, 12)), EN_EVIDENCE),
                new Fact<>("Shanghai", EN_EVIDENCE), List.of(), List.of(), List.of(),
                List.of(new Fact<>("build a computing network", EN_EVIDENCE)));
    }

    private static Agreement agreement() {
        return new Agreement("2021-12-15-中国电信-上海人工智能实验室", "战略合作协议", List.of(TELECOM, LAB),
                SigningDate.ofDay(LocalDate.of(2021, 12, 15)), "Shanghai", List.of(SIGNATORY),
                List.of("人工智能", "算力网络"), List.of("优势互补"), List.of("build a computing network"),
                List.of(zhMention(), enMention()));
    }

    private static Disagreement disagreement() {
        return new Disagreement(Disagreement.Field.LOCATION, "上海", Disagreement.Rule.MOST_ARTICLES,
                List.of(new StatedValue("上海", List.of(ZH)), new StatedValue("Beijing", List.of(EN))));
    }

    /**
     * Checks that the JSON mirrors the Java value: every record an object with exactly its component names, in order,
     * every list an array, every enum its name, every date an ISO string, every null a null.
     */
    private static void assertShape(Object value, JsonNode json, String path) throws Exception {
        if (value == null) {
            assertThat(json.isNull()).as(path + " is null").isTrue();
        } else if (value instanceof List<?> list) {
            assertThat(json.isArray()).as(path + " is an array").isTrue();
            assertThat(json.size()).as(path + " size").isEqualTo(list.size());
            for (int i = 0; i < list.size(); i++) {
                assertShape(list.get(i), json.get(i), path + "[" + i + "]");
            }
        } else if (value.getClass().isRecord()) {
            RecordComponent[] components = value.getClass().getRecordComponents();
            List<String> names = new ArrayList<>();
            json.fieldNames().forEachRemaining(names::add);
            assertThat(names).as(path + " fields")
                    .containsExactlyElementsOf(Arrays.stream(components).map(RecordComponent::getName).toList());
            for (RecordComponent component : components) {
                assertShape(component.getAccessor().invoke(value), json.get(component.getName()),
                        path + "." + component.getName());
            }
        } else if (value instanceof Enum<?> constant) {
            assertThat(json.textValue()).as(path).isEqualTo(constant.name());
        } else if (value instanceof LocalDate || value instanceof String) {
            assertThat(json.textValue()).as(path).isEqualTo(value.toString());
        } else {
            assertThat(json.toString()).as(path).isEqualTo(value.toString());
        }
    }
}
