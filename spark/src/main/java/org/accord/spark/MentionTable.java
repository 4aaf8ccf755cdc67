package org.accord.spark;

import java.sql.Date;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.accord.core.model.Fact;
import org.accord.core.model.Mention;
import org.accord.core.model.Organisation;
import org.accord.core.model.Source;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.jspecify.annotations.Nullable;

/**
 * The row of one mention in the Parquet table of mentions ({@link Schemas#MENTION_TABLE}): the article it comes from,
 * the agreement it was merged into, the values it states, as in the predictions, and every value's evidence, one
 * element of {@code evidence} per value ({@code field}, {@code value}, {@code sentence}, {@code start},
 * {@code end}), fields named as in the predictions' {@code evidence}.
 */
final class MentionTable {

    private MentionTable() {
    }

    static Row row(Mention mention, int index, String agreementId) {
        Source source = mention.source();
        Map<String, List<String>> aliases = new LinkedHashMap<>();
        mention.partyValues().stream().filter(p -> !p.aliases().isEmpty())
                .forEach(p -> aliases.put(p.name(), p.aliases()));
        List<Row> attendees = mention.attendees().stream().map(Fact::value)
                .map(a -> RowFactory.create(a.person().name(), a.person().title(), a.person().organisation(),
                        a.signatory()))
                .toList();
        List<Map.Entry<String, List<String>>> entries = List.copyOf(aliases.entrySet());
        Map<String, scala.collection.Seq<String>> aliasMap = new LinkedHashMap<>();
        entries.forEach(e -> aliasMap.put(e.getKey(), Rows.seq(e.getValue())));
        List<Row> evidence = new ArrayList<>();
        cite(evidence, "kind", mention.kind(), kind -> kind);
        citeAll(evidence, "parties", mention.parties(), Organisation::name);
        cite(evidence, "signed_on", mention.signedOn(), date -> date.iso());
        cite(evidence, "location", mention.location(), location -> location);
        citeAll(evidence, "attendees", mention.attendees(), attendee -> attendee.person().name());
        citeAll(evidence, "fields", mention.fields(), field -> field);
        citeAll(evidence, "principles", mention.principles(), principle -> principle);
        citeAll(evidence, "commitments", mention.commitments(), commitment -> commitment);
        return RowFactory.create(
                source.source(),
                source.url(),
                source.title(),
                source.published() == null ? null : Date.valueOf(source.published()),
                source.language().code(),
                index,
                agreementId,
                valueOf(mention.kind()),
                Rows.seq(mention.partyValues().stream().map(Organisation::name).toList()),
                Rows.map(aliasMap),
                mention.signedOn() == null ? null : mention.signedOn().value().iso(),
                valueOf(mention.location()),
                Rows.seq(attendees),
                Rows.seq(values(mention.fields())),
                Rows.seq(values(mention.principles())),
                Rows.seq(values(mention.commitments())),
                Rows.seq(evidence));
    }

    private static <T> void cite(List<Row> evidence, String field, @Nullable Fact<T> fact, Function<T, String> text) {
        if (fact != null) {
            evidence.add(RowFactory.create(field, text.apply(fact.value()), fact.evidence().sentence(),
                    fact.evidence().start(), fact.evidence().end()));
        }
    }

    private static <T> void citeAll(List<Row> evidence, String field, List<Fact<T>> facts, Function<T, String> text) {
        facts.forEach(fact -> cite(evidence, field, fact, text));
    }

    private static List<String> values(List<Fact<String>> facts) {
        return facts.stream().map(Fact::value).toList();
    }

    private static @Nullable String valueOf(@Nullable Fact<String> fact) {
        return fact == null ? null : fact.value();
    }
}
