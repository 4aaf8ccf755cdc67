package org.accord.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;
import org.accord.core.model.Article;
import org.accord.core.model.Attendee;
import org.accord.core.model.Fact;
import org.accord.core.model.Mention;
import org.accord.core.model.Organisation;
import org.accord.core.model.Person;
import org.jspecify.annotations.Nullable;

/**
 * The predictions format of {@code accord extract --json} (see the README, "The predictions format"), byte for byte:
 * one JSON line per article, its fields in a fixed order, each signing with the identifier of the agreement it was
 * merged into and the evidence for every value.
 *
 * <p>The command line writes this format with {@code org.accord.app.json.PredictionWriter}, which this module cannot
 * use (it knows only ingest and core); the tests compare the two outputs line by line. A Spark task writes the parts
 * of a line where it has them: the article's {@link #header} where the article is read, each signing's
 * {@link #agreement} where its agreement is known, and {@link #line} joins them.
 *
 * <pre>{@code
 * String json = PredictionJson.line(article, mentions, mention -> agreementIds.get(mention));
 * }</pre>
 */
public final class PredictionJson {
    private static final ObjectMapper MAPPER = ModelJson.mapper();

    private PredictionJson() {
    }

    /**
     * The whole line of an article.
     *
     * @param article the article
     * @param mentions the signings extracted from it, in the extractor's order
     * @param agreementId the identifier of the merged agreement of each mention
     * @return the JSON line, without a line break
     */
    public static String line(Article article, List<Mention> mentions, Function<Mention, String> agreementId) {
        return line(header(article), mentions.stream().map(m -> agreement(m, agreementId.apply(m))).toList());
    }

    /**
     * Joins an article's header and its signings into its line.
     *
     * @param header {@link #header} of the article
     * @param agreements {@link #agreement} of each of its signings, in order
     */
    static String line(String header, List<String> agreements) {
        // Jackson writes compact JSON, so this is the text it writes for the whole record.
        return header.substring(0, header.length() - 1) + ",\"agreements\":[" + String.join(",", agreements) + "]}";
    }

    /** The article's fields before its agreements, as a JSON object: source, title, published, language. */
    static String header(Article article) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("source", article.source());
        node.put("title", article.title());
        node.set("published", MAPPER.valueToTree(article.published()));
        node.put("language", article.language().code());
        if (article.mixedLanguage()) {
            node.put("mixed_language", true);
        }
        return write(node);
    }

    /** One signing of an article, as a JSON object, with the identifier of its agreement. */
    static String agreement(Mention mention, String id) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("id", id);
        node.put("kind", valueOf(mention.kind()));
        node.set("parties", strings(mention.partyValues().stream().map(Organisation::name).toList()));
        ObjectNode aliases = MAPPER.createObjectNode();
        mention.partyValues().stream().filter(p -> !p.aliases().isEmpty())
                .forEach(p -> aliases.set(p.name(), strings(p.aliases())));
        if (!aliases.isEmpty()) {
            node.set("party_aliases", aliases);
        }
        node.put("signed_on", mention.signedOn() == null ? null : mention.signedOn().value().iso());
        node.put("location", valueOf(mention.location()));
        ArrayNode attendees = node.putArray("attendees");
        mention.attendees().forEach(fact -> attendees.add(attendee(fact.value())));
        node.set("fields", strings(values(mention.fields())));
        node.set("principles", strings(values(mention.principles())));
        node.set("commitments", strings(values(mention.commitments())));
        node.set("evidence", evidence(mention));
        return write(node);
    }

    private static ObjectNode attendee(Attendee attendee) {
        Person person = attendee.person();
        ObjectNode node = MAPPER.createObjectNode();
        node.put("name", person.name());
        node.put("title", person.title());
        node.put("organization", person.organisation());
        node.put("signed", attendee.signatory());
        return node;
    }

    private static ObjectNode evidence(Mention mention) {
        ObjectNode node = MAPPER.createObjectNode();
        putOne(node, "kind", mention.kind(), kind -> kind);
        putAll(node, "parties", mention.parties(), Organisation::name);
        putOne(node, "signed_on", mention.signedOn(), date -> date.iso());
        putOne(node, "location", mention.location(), location -> location);
        putAll(node, "attendees", mention.attendees(), attendee -> attendee.person().name());
        putAll(node, "fields", mention.fields(), field -> field);
        putAll(node, "principles", mention.principles(), principle -> principle);
        putAll(node, "commitments", mention.commitments(), commitment -> commitment);
        return node;
    }

    private static <T> void putOne(ObjectNode node, String name, @Nullable Fact<T> fact, Function<T, String> text) {
        if (fact != null) {
            node.set(name, cited(fact, text));
        }
    }

    private static <T> void putAll(ObjectNode node, String name, List<Fact<T>> facts, Function<T, String> text) {
        if (!facts.isEmpty()) {
            ArrayNode array = node.putArray(name);
            facts.forEach(fact -> array.add(cited(fact, text)));
        }
    }

    private static <T> ObjectNode cited(Fact<T> fact, Function<T, String> text) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("value", text.apply(fact.value()));
        node.put("sentence", fact.evidence().sentence());
        node.put("start", fact.evidence().start());
        node.put("end", fact.evidence().end());
        return node;
    }

    private static JsonNode strings(List<String> values) {
        ArrayNode array = MAPPER.createArrayNode();
        values.forEach(array::add);
        return array;
    }

    private static List<String> values(List<Fact<String>> facts) {
        return facts.stream().map(Fact::value).toList();
    }

    private static @Nullable String valueOf(@Nullable Fact<String> fact) {
        return fact == null ? null : fact.value();
    }

    private static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write a prediction", e);
        }
    }
}
