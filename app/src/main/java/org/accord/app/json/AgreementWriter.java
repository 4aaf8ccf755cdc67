package org.accord.app.json;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.accord.core.model.Agreement;
import org.accord.core.model.Attendee;
import org.accord.core.model.Organisation;
import org.accord.core.model.Source;

/**
 * Writes merged agreements as JSON Lines, one agreement a line, fields always in the same order: {@code id},
 * {@code kind}, {@code parties}, {@code party_aliases} (only when a party has one), {@code signed_on},
 * {@code location}, {@code attendees}, {@code fields}, {@code principles}, {@code commitments} and {@code sources}
 * (the articles behind it).
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
        node.put("kind", agreement.kind());
        strings(node.putArray("parties"), agreement.parties().stream().map(Organisation::name).toList());
        ObjectNode aliases = mapper.createObjectNode();
        agreement.parties().stream().filter(p -> !p.aliases().isEmpty())
                .forEach(p -> strings(aliases.putArray(p.name()), p.aliases()));
        if (!aliases.isEmpty()) {
            node.set("party_aliases", aliases);
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
        return node;
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }
}
