package org.accord.app.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import org.accord.core.merge.Disagreements;
import org.accord.core.merge.OrganisationNames;
import org.accord.core.model.Agreement;
import org.accord.core.model.Attendee;
import org.accord.core.model.Disagreement;
import org.accord.core.model.Fact;
import org.accord.core.model.Mention;
import org.accord.core.model.Organisation;
import org.accord.core.model.Source;
import org.accord.core.model.StatedValue;
import org.accord.core.query.PartyCountries;
import org.jspecify.annotations.Nullable;

/**
 * Writes merged agreements as JSON Lines, one agreement a line, fields always in the same order: {@code id},
 * {@code former_ids} (only when it had others before), {@code kind}, {@code parties}, {@code party_aliases} (only
 * when a party has one), {@code party_countries} (only when one is known), {@code signed_on}, {@code location},
 * {@code attendees}, {@code fields}, {@code principles}, {@code commitments}, {@code sources} (the articles behind
 * it), {@code provenance} (for each value, the sources stating it: {@code kind}, {@code signed_on} and
 * {@code location} as lists, {@code parties}, {@code attendees}, {@code fields}, {@code principles} and
 * {@code commitments} as objects by value) and {@code disagreements} (only when its articles contradict each other on
 * the kind, the date or the place:
 * each with the {@code field}, the value {@code chosen}, the {@code rule} that chose it and every stated value with
 * the sources stating it; see {@link Disagreements}).
 *
 * <pre>{@code
 * {"id":"2021-12-15-中国电信-上海人工智能实验室","kind":"战略合作协议","parties":["中国电信","上海人工智能实验室"],
 *  "signed_on":"2021-12-15","location":"视频会议","attendees":[{"name":"柯瑞文","title":"董事长",...}],
 *  "fields":[...],"principles":[...],"commitments":[...],
 *  "sources":[{"source":"samples/003.txt","title":"…","published":"2021-12-17","language":"zh","url":null}]}
 * }</pre>
 */
public final class AgreementWriter {
    private final ObjectMapper mapper = Json.mapper();
    private final PartyCountries countries;
    private final Map<String, List<String>> formerIds;

    /** A writer that knows no country and no former identifier. */
    public AgreementWriter() {
        this(PartyCountries.unknown(), Map.of());
    }

    /**
     * A writer that adds the countries of parties it knows and the identifiers agreements had before.
     *
     * @param countries the country of a party, such as {@code registry::countryOf}
     * @param formerIds the former identifiers by current identifier ({@code AgreementStore#formerIds})
     */
    public AgreementWriter(PartyCountries countries, Map<String, List<String>> formerIds) {
        this.countries = countries;
        this.formerIds = Map.copyOf(formerIds);
    }

    /**
     * Writes one line per agreement, in the order given.
     *
     * @param agreements the agreements
     * @param writer where to write; flushed, not closed
     * @throws IOException when writing fails
     */
    public void write(List<Agreement> agreements, Writer writer) throws IOException {
        for (Agreement agreement : agreements) {
            writer.write(mapper.writeValueAsString(record(agreement)));
            writer.write('\n');
        }
        writer.flush();
    }

    /** The record of one agreement. */
    ObjectNode record(Agreement agreement) {
        ObjectNode node = mapper.createObjectNode();
        node.put("id", agreement.id());
        List<String> former = formerIds.getOrDefault(agreement.id(), List.of());
        if (!former.isEmpty()) {
            strings(node.putArray("former_ids"), former);
        }
        node.put("kind", agreement.kind());
        strings(node.putArray("parties"), agreement.parties().stream().map(Organisation::name).toList());
        ObjectNode aliases = mapper.createObjectNode();
        agreement.parties().stream().filter(p -> !p.aliases().isEmpty())
                .forEach(p -> strings(aliases.putArray(p.name()), p.aliases()));
        if (!aliases.isEmpty()) {
            node.set("party_aliases", aliases);
        }
        ObjectNode partyCountries = mapper.createObjectNode();
        agreement.parties().forEach(p -> countries.countryOf(p).ifPresent(code -> partyCountries.put(p.name(), code)));
        if (!partyCountries.isEmpty()) {
            node.set("party_countries", partyCountries);
        }
        node.put("signed_on", agreement.signedOn() == null ? null : agreement.signedOn().iso());
        node.put("location", agreement.location());
        ArrayNode attendees = node.putArray("attendees");
        for (Attendee attendee : agreement.attendees()) {
            attendees.addObject()
                    .put("name", attendee.person().name())
                    .put("title", attendee.person().title())
                    .put("organization", attendee.person().organisation())
                    .put("signed", attendee.signatory());
        }
        strings(node.putArray("fields"), agreement.fields());
        strings(node.putArray("principles"), agreement.principles());
        strings(node.putArray("commitments"), agreement.commitments());
        ArrayNode sources = node.putArray("sources");
        for (Source source : agreement.sources()) {
            ObjectNode s = sources.addObject();
            s.put("source", source.source());
            s.put("title", source.title());
            s.put("published", source.published() == null ? null : source.published().toString());
            s.put("language", source.language().code());
            s.put("url", source.url());
        }
        node.set("provenance", provenance(agreement));
        List<Disagreement> disagreements = Disagreements.of(agreement);
        if (!disagreements.isEmpty()) {
            ArrayNode array = node.putArray("disagreements");
            for (Disagreement d : disagreements) {
                ObjectNode item = array.addObject()
                        .put("field", d.field().name().toLowerCase(Locale.ROOT))
                        .put("chosen", d.chosen())
                        .put("rule", d.rule().name().toLowerCase(Locale.ROOT));
                ArrayNode values = item.putArray("values");
                for (StatedValue value : d.values()) {
                    ObjectNode v = values.addObject().put("value", value.value());
                    strings(v.putArray("sources"), value.sources().stream().map(Source::source).toList());
                }
            }
        }
        return node;
    }

    /**
     * Which articles state each value: the sources of the kind, date and place kept (those stating it, or a less
     * precise form of it), and of each party, attendee, field, principle and commitment.
     */
    private ObjectNode provenance(Agreement agreement) {
        ObjectNode node = mapper.createObjectNode();
        List<Mention> mentions = agreement.mentions();
        single(node, "kind", agreement.kind(), mentions, Mention::kind);
        if (agreement.signedOn() != null) {
            strings(node.putArray("signed_on"), sources(mentions, m -> m.signedOn() != null
                    && m.signedOn().value().isCompatibleWith(agreement.signedOn())));
        }
        single(node, "location", agreement.location(), mentions, Mention::location);
        ObjectNode parties = node.putObject("parties");
        for (Organisation party : agreement.parties()) {
            strings(parties.putArray(party.name()), sources(mentions, m -> m.partyValues().stream()
                    .anyMatch(o -> o.allNames().stream().anyMatch(n -> party.allNames().stream()
                            .anyMatch(p -> OrganisationNames.sameName(n, p))))));
        }
        ObjectNode attendees = node.putObject("attendees");
        for (Attendee attendee : agreement.attendees()) {
            String key = OrganisationNames.key(attendee.person().name());
            strings(attendees.putArray(attendee.person().name()), sources(mentions, m -> m.attendees().stream()
                    .anyMatch(a -> OrganisationNames.key(a.value().person().name()).equals(key))));
        }
        listed(node.putObject("fields"), agreement.fields(), mentions, Mention::fields);
        listed(node.putObject("principles"), agreement.principles(), mentions, Mention::principles);
        listed(node.putObject("commitments"), agreement.commitments(), mentions, Mention::commitments);
        return node;
    }

    private static void single(ObjectNode node, String name, @Nullable String value, List<Mention> mentions,
            Function<Mention, @Nullable Fact<String>> field) {
        if (value != null) {
            String key = OrganisationNames.key(value);
            strings(node.putArray(name), sources(mentions, m -> {
                Fact<String> fact = field.apply(m);
                return fact != null && key.contains(OrganisationNames.key(fact.value()));
            }));
        }
    }

    private static void listed(ObjectNode node, List<String> values, List<Mention> mentions,
            Function<Mention, List<Fact<String>>> field) {
        for (String value : values) {
            String key = OrganisationNames.key(value);
            strings(node.putArray(value), sources(mentions, m -> field.apply(m).stream()
                    .anyMatch(f -> OrganisationNames.key(f.value()).equals(key))));
        }
    }

    private static List<String> sources(List<Mention> mentions, Predicate<Mention> states) {
        return mentions.stream().filter(states).map(m -> m.source().source()).distinct().toList();
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }
}
