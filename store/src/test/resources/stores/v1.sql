-- A store as Accord wrote it at schema version 1 (before the agreement tables), with one article and its mention.
-- Frozen: never regenerate it from current code, or the migration test stops testing an old store.
CREATE TABLE schema_version (version INTEGER PRIMARY KEY, description TEXT NOT NULL);
INSERT INTO schema_version VALUES (1, 'articles, mentions, facts with evidence');
CREATE TABLE article (
  hash TEXT PRIMARY KEY,
  source TEXT NOT NULL,
  url TEXT,
  title TEXT NOT NULL,
  language TEXT NOT NULL,
  published TEXT,
  mixed_language INTEGER NOT NULL,
  text TEXT NOT NULL);
CREATE TABLE mention (
  article_hash TEXT NOT NULL REFERENCES article (hash),
  ordinal INTEGER NOT NULL,
  PRIMARY KEY (article_hash, ordinal));
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
  FOREIGN KEY (article_hash, mention_ordinal) REFERENCES mention (article_hash, ordinal));
CREATE TABLE party_alias (
  article_hash TEXT NOT NULL,
  mention_ordinal INTEGER NOT NULL,
  party_ordinal INTEGER NOT NULL,
  ordinal INTEGER NOT NULL,
  alias TEXT NOT NULL,
  PRIMARY KEY (article_hash, mention_ordinal, party_ordinal, ordinal),
  FOREIGN KEY (article_hash, mention_ordinal) REFERENCES mention (article_hash, ordinal));
INSERT INTO article VALUES ('e65a48e7c21944774aa95f35f1b952e35d1c7686234dd9aaf532e9b90b50d5f9', 'news/pcl-dut.txt',
  NULL, 'PCL and DUT sign', 'en', '2019-04-02', 0,
  'On March 22, Peng Cheng Laboratory and Dalian University of Technology signed a strategic cooperation agreement in Shenzhen.');
INSERT INTO mention VALUES ('e65a48e7c21944774aa95f35f1b952e35d1c7686234dd9aaf532e9b90b50d5f9', 0);
INSERT INTO fact VALUES ('e65a48e7c21944774aa95f35f1b952e35d1c7686234dd9aaf532e9b90b50d5f9', 0, 'party', 0,
  'Peng Cheng Laboratory', NULL, NULL, NULL,
  'On March 22, Peng Cheng Laboratory and Dalian University of Technology signed a strategic cooperation agreement in Shenzhen.', 0, 124);
INSERT INTO fact VALUES ('e65a48e7c21944774aa95f35f1b952e35d1c7686234dd9aaf532e9b90b50d5f9', 0, 'party', 1,
  'Dalian University of Technology', NULL, NULL, NULL,
  'On March 22, Peng Cheng Laboratory and Dalian University of Technology signed a strategic cooperation agreement in Shenzhen.', 0, 124);
INSERT INTO fact VALUES ('e65a48e7c21944774aa95f35f1b952e35d1c7686234dd9aaf532e9b90b50d5f9', 0, 'signed_on', 0,
  '2019-03-22', NULL, NULL, NULL,
  'On March 22, Peng Cheng Laboratory and Dalian University of Technology signed a strategic cooperation agreement in Shenzhen.', 0, 124);
INSERT INTO party_alias VALUES ('e65a48e7c21944774aa95f35f1b952e35d1c7686234dd9aaf532e9b90b50d5f9', 0, 1, 0, 'DUT');
