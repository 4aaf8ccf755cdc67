package org.accord.app.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.function.Function;
import org.accord.app.pipeline.Batch;
import org.accord.app.pipeline.ExtractedArticle;
import org.accord.core.model.Article;
import org.accord.core.model.Attendee;
import org.accord.core.model.Fact;
import org.accord.core.model.Mention;
import org.accord.core.model.Organisation;
import org.accord.core.model.Person;
import org.jspecify.annotations.Nullable;

/**
 * Writes the predictions format of the corpus: JSON Lines, one record per article in input order, each listing the
 * signings the article reports with the evidence for every value. Fields come in a fixed order, so the same batch
 * always gives the same bytes.
 *
 * <pre>{@code
 * {"source":"samples/a.txt","title":"…","published":"2019-04-02","language":"en",
 *  "agreements":[{"id":"2019-03-22-…","kind":"strategic cooperation agreement","parties":["…","…"],
 *                 "signed_on":"2019-03-22","location":"…","attendees":[…],"fields":[…],"principles":[],
 *                 "commitments":[…],"evidence":{"parties":[{"value":"…","sentence":"…","start":0,"end":120}]}}]}
 * }</pre>
 *
 * <p>{@code id} is the identifier of the merged agreement the mention belongs to; {@code party_aliases} is left out
 * when no party has an alias, and {@code evidence} holds only the values that were found.
 */
public final class PredictionWriter {
    private final ObjectMapper mapper = Json.mapper();

    /**
     * Writes one line per article of the batch.
     *
     * @param batch the articles and the agreements their mentions were merged into
     * @param writer where to write; flushed, not closed
     * @throws IOException when writing fails
     */
    public void write(Batch batch, Writer writer) throws IOException {
        for (ExtractedArticle article : batch.articles()) {
            writer.write(mapper.writeValueAsString(record(article, batch::agreementIdOf)));
            writer.write('\n');
        }
        writer.flush();
    }

    /**
     * The record of one article.
     *
     * @param article the article and its mentions
     * @param agreementId the identifier of the merged agreement of each mention
     */
    ObjectNode record(ExtractedArticle article, Function<Mention, String> agreementId) {
        Article a = article.article();
        ObjectNode node = mapper.createObjectNode();
        node.put("source", a.source());
        node.put("title", a.title());
        node.set("published", mapper.valueToTree(a.published()));
        node.put("language", a.language().code());
        if (a.mixedLanguage()) {
            node.put("mixed_language", true);
        }
        ArrayNode agreements = node.putArray("agreements");
        article.mentions().forEach(m -> agreements.add(agreement(m, agreementId.apply(m))));
        return node;
    }

    private ObjectNode agreement(Mention mention, String id) {
        ObjectNode node = mapper.createObjectNode();
        node.put("id", id);
        node.put("kind", valueOf(mention.kind()));
        node.set("parties", strings(mention.partyValues().stream().map(Organisation::name).toList()));
        ObjectNode aliases = partyAliases(mention.partyValues());
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
        return node;
    }

    private ObjectNode partyAliases(List<Organisation> parties) {
        ObjectNode node = mapper.createObjectNode();
        parties.stream().filter(p -> !p.aliases().isEmpty()).forEach(p -> node.set(p.name(), strings(p.aliases())));
        return node;
    }

    private ObjectNode attendee(Attendee attendee) {
        Person person = attendee.person();
        ObjectNode node = mapper.createObjectNode();
        node.put("name", person.name());
        node.put("title", person.title());
        node.put("organization", person.organisation());
        node.put("signed", attendee.signatory());
        return node;
    }

    private ObjectNode evidence(Mention mention) {
        ObjectNode node = mapper.createObjectNode();
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

    private <T> void putOne(ObjectNode node, String name, @Nullable Fact<T> fact, Function<T, String> text) {
        if (fact != null) {
            node.set(name, cited(fact, text));
        }
    }

    private <T> void putAll(ObjectNode node, String name, List<Fact<T>> facts, Function<T, String> text) {
        if (!facts.isEmpty()) {
            ArrayNode array = node.putArray(name);
            facts.forEach(fact -> array.add(cited(fact, text)));
        }
    }

    private <T> ObjectNode cited(Fact<T> fact, Function<T, String> text) {
        ObjectNode node = mapper.createObjectNode();
        node.put("value", text.apply(fact.value()));
        node.put("sentence", fact.evidence().sentence());
        node.put("start", fact.evidence().start());
        node.put("end", fact.evidence().end());
        return node;
    }

    private JsonNode strings(List<String> values) {
        ArrayNode array = mapper.createArrayNode();
        values.forEach(array::add);
        return array;
    }

    private static List<String> values(List<Fact<String>> facts) {
        return facts.stream().map(Fact::value).toList();
    }

    private static @Nullable String valueOf(@Nullable Fact<String> fact) {
        return fact == null ? null : fact.value();
    }
}
