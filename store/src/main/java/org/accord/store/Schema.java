package org.accord.store;

import java.util.List;
import org.accord.store.Migrations.Migration;

/**
 * The store's schema, as the steps that build it. A step, once released, never changes: a change is a new step at the
 * end, so that every older store is brought up to date by the steps it lacks.
 *
 * <ul>
 *   <li>{@code article}: one row per article read, keyed by {@code hash}, the SHA-256 of its source and text.
 *   <li>{@code mention}: what an article says about one signing, keyed by the article and its place in it.
 *   <li>{@code fact}: every value of a mention ({@code role}: kind, party, signed_on, location, attendee, field,
 *       principle, commitment) with the sentence it was read from and that sentence's offsets in the article text.
 *   <li>{@code party_alias}: the other names of a party fact.
 *   <li>{@code agreement}, {@code agreement_mention} (version 2): the agreements merged from every mention, rewritten
 *       by each write, so that SQL readers see them without merging; the store reads agreements back from them.
 *   <li>{@code agreement_former_id} (version 3): an identifier an agreement had before a later article showed it to
 *       be the same signing as another, with the identifier of the agreement it is now part of.
 * </ul>
 */
final class Schema {
    /** Version 1: articles, mentions, facts with their evidence, party aliases. */
    static final Migration ARTICLES_AND_MENTIONS = new Migration(1, "articles, mentions, facts with evidence", List.of(
            """
            CREATE TABLE article (
              hash TEXT PRIMARY KEY,
              source TEXT NOT NULL,
              url TEXT,
              title TEXT NOT NULL,
              language TEXT NOT NULL,
              published TEXT,
              mixed_language INTEGER NOT NULL,
              text TEXT NOT NULL)""",
            """
            CREATE TABLE mention (
              article_hash TEXT NOT NULL REFERENCES article (hash),
              ordinal INTEGER NOT NULL,
              PRIMARY KEY (article_hash, ordinal))""",
            """
            CREATE TABLE fact (
              article_hash TEXT NOT NULL,
              mention_ordinal INTEGER NOT NULL,
              role TEXT NOT NULL CHECK (role IN ('kind', 'party', 'signed_on', 'location', 'attendee', 'field',
                                                 'principle', 'commitment')),
              ordinal INTEGER NOT NULL,
              value TEXT NOT NULL,
              title TEXT,
              organisation TEXT,
              signatory INTEGER,
              sentence TEXT NOT NULL,
              start_offset INTEGER NOT NULL,
              end_offset INTEGER NOT NULL,
              PRIMARY KEY (article_hash, mention_ordinal, role, ordinal),
              FOREIGN KEY (article_hash, mention_ordinal) REFERENCES mention (article_hash, ordinal))""",
            """
            CREATE TABLE party_alias (
              article_hash TEXT NOT NULL,
              mention_ordinal INTEGER NOT NULL,
              party_ordinal INTEGER NOT NULL,
              ordinal INTEGER NOT NULL,
              alias TEXT NOT NULL,
              PRIMARY KEY (article_hash, mention_ordinal, party_ordinal, ordinal),
              FOREIGN KEY (article_hash, mention_ordinal) REFERENCES mention (article_hash, ordinal))"""));

    /** Version 2: the merged agreements, for SQL readers, and articles found by source. */
    static final Migration AGREEMENTS = new Migration(2, "merged agreements; articles by source", List.of(
            """
            CREATE TABLE agreement (
              id TEXT PRIMARY KEY,
              kind TEXT,
              signed_on TEXT,
              location TEXT,
              parties TEXT NOT NULL,
              sources INTEGER NOT NULL)""",
            """
            CREATE TABLE agreement_mention (
              agreement_id TEXT NOT NULL REFERENCES agreement (id),
              article_hash TEXT NOT NULL,
              mention_ordinal INTEGER NOT NULL,
              PRIMARY KEY (article_hash, mention_ordinal),
              FOREIGN KEY (article_hash, mention_ordinal) REFERENCES mention (article_hash, ordinal))""",
            "CREATE INDEX agreement_mention_by_agreement ON agreement_mention (agreement_id)",
            "CREATE INDEX article_by_source ON article (source)"));

    /** Version 3: the identifiers agreements had before they were merged into others. */
    static final Migration FORMER_IDS = new Migration(3, "identifiers of agreements merged into others", List.of(
            """
            CREATE TABLE agreement_former_id (
              former_id TEXT PRIMARY KEY,
              agreement_id TEXT NOT NULL)""",
            "CREATE INDEX agreement_former_id_by_agreement ON agreement_former_id (agreement_id)"));

    /** Every step, in order. */
    static final Migrations MIGRATIONS = new Migrations(List.of(ARTICLES_AND_MENTIONS, AGREEMENTS, FORMER_IDS));

    private Schema() {
    }
}
