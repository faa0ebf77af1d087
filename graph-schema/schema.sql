-- The embedded graph store (SQLite, one file graph.db in the data folder). Read and applied by
-- SqliteGraphStore.InitializeAsync; every statement is idempotent. Ids are the model's ids.
--
-- nodes and relations hold the graph as it reads: each item merged over the documents that
-- state it. contributions keep each document's own version of each item (JSON), so that
-- replacing or deleting a document recomputes exactly what the others still state; an item
-- lives as long as it has a contribution. Evidence is kept per document, so re-ingesting a
-- document replaces its evidence instead of adding to it. Passages are a table of their own:
-- they are the full-text index's units, not graph nodes.

CREATE TABLE IF NOT EXISTS nodes (
    id         TEXT PRIMARY KEY,
    label      TEXT NOT NULL,
    name       TEXT NOT NULL,
    aliases    TEXT NOT NULL DEFAULT '[]',   -- JSON array of strings
    properties TEXT NOT NULL DEFAULT '{}'    -- JSON object, typed by graph-schema/schema.json
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS nodes_by_label ON nodes (label, id);

-- Every name of a node (its name and its aliases), for FindNodes: exact matches through the
-- index, substrings by scanning this narrow table.
CREATE TABLE IF NOT EXISTS node_names (
    name     TEXT NOT NULL,
    node_id  TEXT NOT NULL REFERENCES nodes (id) ON DELETE CASCADE,
    is_alias INTEGER NOT NULL,
    PRIMARY KEY (name, node_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS node_names_by_node ON node_names (node_id);

CREATE TABLE IF NOT EXISTS relations (
    id         TEXT PRIMARY KEY,             -- From|Type|To[|Key]
    type       TEXT NOT NULL,
    from_id    TEXT NOT NULL REFERENCES nodes (id) ON DELETE CASCADE,
    to_id      TEXT NOT NULL REFERENCES nodes (id) ON DELETE CASCADE,
    key        TEXT NOT NULL DEFAULT '',
    properties TEXT NOT NULL DEFAULT '{}'
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS relations_by_from ON relations (from_id, type);
CREATE INDEX IF NOT EXISTS relations_by_to ON relations (to_id, type);
CREATE INDEX IF NOT EXISTS relations_by_type ON relations (type);

-- Which document states which node or relation, and how (the document's version as JSON:
-- label, name, aliases, properties of a node; type, from, to, key, properties of a relation).
-- seq orders the versions: the latest ingested wins where they differ.
CREATE TABLE IF NOT EXISTS contributions (
    document_id TEXT NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('node', 'relation')),
    item_id     TEXT NOT NULL,
    seq         INTEGER NOT NULL,
    data        TEXT NOT NULL,
    PRIMARY KEY (document_id, kind, item_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS contributions_by_item ON contributions (kind, item_id, seq);
-- The next seq without scanning: max(seq) through this index.
CREATE INDEX IF NOT EXISTS contributions_by_seq ON contributions (seq);

-- A node's aliases over all its versions, the latest first, its own name included (nodes.aliases
-- leaves the name out). With it a document that states a shared node again merges into the
-- node as it stands instead of re-reading every document's version; a node without a row here
-- is merged from its versions the next time it is written.
CREATE TABLE IF NOT EXISTS node_alias_history (
    node_id TEXT PRIMARY KEY REFERENCES nodes (id) ON DELETE CASCADE,
    aliases TEXT NOT NULL                -- JSON array of strings
) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS evidence (
    document_id TEXT NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('node', 'relation')),
    item_id     TEXT NOT NULL,
    passage_id  TEXT NOT NULL,
    start       INTEGER NOT NULL,
    "end"       INTEGER NOT NULL,
    text        TEXT NOT NULL,
    -- The mention in text (the repaired sentence); null in graphs written before it was kept.
    -- SqliteGraphStore adds these two columns to an evidence table made without them.
    mention_start INTEGER,
    mention_end   INTEGER
);
CREATE INDEX IF NOT EXISTS evidence_by_item ON evidence (kind, item_id, document_id);
CREATE INDEX IF NOT EXISTS evidence_by_document ON evidence (document_id);

CREATE TABLE IF NOT EXISTS passages (
    id          TEXT PRIMARY KEY,
    document_id TEXT NOT NULL,
    section_id  TEXT NOT NULL,
    text        TEXT NOT NULL,
    start       INTEGER NOT NULL,
    "end"       INTEGER NOT NULL,
    data        TEXT NOT NULL DEFAULT '{}'    -- JSON: committee, city, province, year, entityIds
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS passages_by_document ON passages (document_id);

PRAGMA user_version = 1;
