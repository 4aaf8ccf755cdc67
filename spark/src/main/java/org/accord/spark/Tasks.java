package org.accord.spark;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.accord.core.merge.AgreementMerger;
import org.accord.core.merge.OrganisationRegistry;
import org.accord.core.model.Agreement;
import org.accord.core.model.Article;
import org.accord.core.model.Evidence;
import org.accord.core.model.Fact;
import org.accord.core.model.Mention;
import org.accord.core.model.Source;
import org.accord.ingest.Accord;
import org.accord.ingest.Readers;
import org.accord.ingest.extract.Extractor;
import org.apache.spark.TaskContext;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.jspecify.annotations.Nullable;

/**
 * The work each Spark task does, one static method per stage, so that what runs on an executor is plain Java on
 * Accord's own types. Every task makes its {@link Readers}, {@link Extractor} and {@link AgreementMerger} itself, once
 * per partition: they are immutable and thread-safe, and their dictionaries (HanLP's, ICU's, the registry) load once
 * per executor JVM, on first use, never per record.
 */
final class Tasks {
    /** Bits of a mention id for the mention's place in its article. */
    static final int MENTION_BITS = 12;
    /** Bits of an article's sequence number for its place in its file. */
    static final int RECORD_BITS = 28;

    private Tasks() {
    }

    /** The order of an article among all: its file's, then its own in the file. */
    static long seq(int fileIndex, int ordinal) {
        if (ordinal >= 1 << RECORD_BITS || fileIndex >= 1 << (63 - RECORD_BITS - MENTION_BITS)) {
            throw new IllegalArgumentException("too many records: file " + fileIndex + ", record " + ordinal);
        }
        return ((long) fileIndex << RECORD_BITS) | ordinal;
    }

    /** The id of a mention, ordered as the mentions are: by article, then in the article. */
    static long mentionId(long seq, int index) {
        if (index >= 1 << MENTION_BITS) {
            throw new IllegalArgumentException("more than " + ((1 << MENTION_BITS) - 1) + " signings in one article");
        }
        return seq << MENTION_BITS | index;
    }

    /**
     * Reads files ({@link Schemas#FILES} rows) into their records ({@link Schemas#RECORDS}): each article as JSON,
     * each record skipped or failed with the reason.
     */
    static Iterator<Row> read(Iterator<Row> files, HadoopConf conf) {
        Readers readers = Accord.reader();
        return new Iterator<>() {
            private @Nullable FileRecords current;
            private int fileIndex;

            @Override
            public boolean hasNext() {
                while (current == null || !current.hasNext()) {
                    if (current != null) {
                        current.close();
                        current = null;
                    }
                    if (!files.hasNext()) {
                        return false;
                    }
                    Row file = files.next();
                    fileIndex = file.getInt(0);
                    FileRecords opened = FileRecords.open(new InputFile(fileIndex, file.getString(1),
                            file.getString(2)), readers, conf.get());
                    TaskContext task = TaskContext.get();
                    if (task != null) {
                        task.addTaskCompletionListener((org.apache.spark.util.TaskCompletionListener) context -> opened.close());
                    }
                    current = opened;
                }
                return true;
            }

            @Override
            public Row next() {
                FileRecords.Record record = current.next();
                return RowFactory.create(fileIndex, record.ordinal(), record.kind(), record.source(),
                        record.article() != null ? ModelJson.write(record.article()) : record.reason());
            }
        };
    }

    /**
     * Extracts the signings of each article ({@link Schemas#RECORDS} rows in, {@link Schemas#EXTRACTED} rows out);
     * records that are no article pass through, and an article the extractor fails on becomes a failed record, as on
     * the command line.
     */
    static Iterator<Row> extract(Iterator<Row> records) {
        Extractor extractor = Accord.extractor();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return records.hasNext();
            }

            @Override
            public Row next() {
                Row record = records.next();
                long seq = seq(record.getInt(0), record.getInt(1));
                String kind = record.getString(2);
                String source = record.getString(3);
                if (!kind.equals("article")) {
                    return RowFactory.create(seq, kind, source, null, Rows.seq(List.of()), record.getString(4));
                }
                Article article = ModelJson.read(record.getString(4), Article.class);
                try {
                    List<String> mentions = extractor.extract(article).stream().map(ModelJson::write).toList();
                    return RowFactory.create(seq, kind, source, PredictionJson.header(article), Rows.seq(mentions), null);
                } catch (RuntimeException e) {
                    return RowFactory.create(seq, "failed", source, null, Rows.seq(List.of()), FileRecords.describe(e));
                }
            }
        };
    }

    /** The registry the merge uses: the bundled one, with the user's file when one was given. */
    static OrganisationRegistry registry(String organisations, String name) {
        if (organisations.isEmpty()) {
            return OrganisationRegistry.standard();
        }
        try {
            return OrganisationRegistry.standard().with(OrganisationRegistry.parse(new StringReader(organisations),
                    name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The blocking keys of mentions ({@link Schemas#MENTIONS} rows in, {@link Schemas#KEYS} rows out), see
     * {@link MergeKeys}.
     */
    static Iterator<Row> keys(Iterator<Row> mentions, String organisations, String name) {
        MergeKeys keys = new MergeKeys(registry(organisations, name));
        List<Row> out = new ArrayList<>();
        return new Iterator<>() {
            private Iterator<Row> pending = List.<Row>of().iterator();

            @Override
            public boolean hasNext() {
                while (!pending.hasNext() && mentions.hasNext()) {
                    Row row = mentions.next();
                    long mid = row.getLong(0);
                    Mention mention = ModelJson.read(row.getString(4), Mention.class);
                    out.clear();
                    keys.index(mention).forEach(k -> out.add(RowFactory.create(k.key(), k.month(), false, mid)));
                    keys.probe(mention).forEach(k -> out.add(RowFactory.create(k.key(), k.month(), true, mid)));
                    pending = new ArrayList<>(out).iterator();
                }
                return pending.hasNext();
            }

            @Override
            public Row next() {
                return pending.next();
            }
        };
    }

    /**
     * What {@link AgreementMerger#sameSigning} looks at, and nothing more: the article's name and publication date,
     * the parties and the signing date. The candidate pairs are checked on these, which are much smaller than the
     * mentions.
     */
    static String compact(String mentionJson) {
        Mention m = ModelJson.read(mentionJson, Mention.class);
        Evidence none = new Evidence("", 0, 0);
        Source source = new Source(m.source().source(), null, "", m.source().language(), m.source().published());
        List<Fact<org.accord.core.model.Organisation>> parties = m.partyValues().stream()
                .map(p -> new Fact<>(p, none)).toList();
        Fact<org.accord.core.model.SigningDate> signedOn = m.signedOn() == null ? null
                : new Fact<>(m.signedOn().value(), none);
        return ModelJson.write(new Mention(source, null, parties, signedOn, null, List.of(), List.of(), List.of(),
                List.of()));
    }

    /**
     * Keeps the candidate pairs (rows of two mention ids and their {@link #compact} forms) that the merger finds to
     * report one signing: the edges of the graph whose connected components are merged one by one.
     */
    static Iterator<Row> sameSigning(Iterator<Row> pairs, String organisations, String name) {
        AgreementMerger merger = new AgreementMerger(registry(organisations, name));
        List<Row> edges = new ArrayList<>();
        while (pairs.hasNext()) {
            Row pair = pairs.next();
            Mention a = ModelJson.read(pair.getString(2), Mention.class);
            Mention b = ModelJson.read(pair.getString(3), Mention.class);
            if (merger.sameSigning(a, b)) {
                edges.add(RowFactory.create(pair.getLong(0), pair.getLong(1)));
            }
        }
        return edges.iterator();
    }

    /**
     * Merges the mentions of one component ({@link Schemas#MENTIONS} rows) with {@link AgreementMerger#merge}, as the
     * command line merges all mentions at once, and gives each agreement ({@link Schemas#COMPONENT_AGREEMENTS}): its
     * identifier before duplicates are numbered, the date and first mention that order it among all agreements, the
     * agreement as JSON and the ids of its mentions.
     */
    static Iterator<Row> merge(Iterator<Row> component, AgreementMerger merger) {
        List<Row> rows = new ArrayList<>();
        component.forEachRemaining(rows::add);
        // The order the merger sees its mentions in on one machine: by source, then in input order.
        rows.sort(Comparator.comparing((Row r) -> r.getString(3)).thenComparingLong(r -> r.getLong(0)));
        List<Mention> mentions = new ArrayList<>(rows.size());
        Map<Mention, Long> ids = new IdentityHashMap<>();
        for (Row row : rows) {
            Mention mention = ModelJson.read(row.getString(4), Mention.class);
            mentions.add(mention);
            ids.put(mention, row.getLong(0));
        }
        List<Row> out = new ArrayList<>();
        for (Agreement merged : merger.merge(mentions)) {
            // The merger numbers identifiers that repeat (-2, -3...) among the agreements it merged; across
            // components that is done once all are known, so each keeps the identifier it was made with here.
            Agreement agreement = merger.agreementOf(merged.mentions());
            Mention first = agreement.mentions().get(0);
            long dateKey = agreement.signedOn() == null ? Long.MAX_VALUE : agreement.signedOn().date().toEpochDay();
            List<Long> mids = agreement.mentions().stream().map(ids::get).toList();
            out.add(RowFactory.create(agreement.id(), dateKey, first.source().source(), ids.get(first),
                    ModelJson.write(agreement), Rows.seq(mids)));
        }
        return out.iterator();
    }

    /** An agreement under another identifier: the n-th of those that share one, numbered as the merger does. */
    static String renamed(String agreementJson, String id) {
        Agreement a = ModelJson.read(agreementJson, Agreement.class);
        return ModelJson.write(new Agreement(id, a.kind(), a.parties(), a.signedOn(), a.location(), a.attendees(),
                a.fields(), a.principles(), a.commitments(), a.mentions()));
    }
}
