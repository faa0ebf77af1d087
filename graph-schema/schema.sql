-- The embedded graph store (SQLite, one file graph.db in the data folder), schema version 2.
-- Read and applied by SqliteGraphStore.InitializeAsync on a new file; every statement is
-- idempotent. A graph.db of an older version is rebuilt: SqliteGraphStore replaces it with an
-- empty one of this version, and the next ingest reads every document again (README.md says how).
--
-- nodes and relations hold the graph as it reads: each item merged over the documents that state
-- it, known inside the file by a number (nid, rid) and outside by its id. What each document
-- states of each item is a row of contributions: its version (a row of versions, shared by every
-- document that says the same) and its evidence, packed as passage ordinals and offsets (see
-- EvidenceCodec.cs); the sentences themselves are kept once, in passages, compressed in blocks
-- (PassageBlocks.cs). Replacing or deleting a document recomputes from the contributions exactly
-- what the others still state; an item lives as long as it has a contribution.

CREATE TABLE IF NOT EXISTS nodes (
    nid        INTEGER PRIMARY KEY,
    id         TEXT NOT NULL UNIQUE,
    label      TEXT NOT NULL,
    name       TEXT NOT NULL,
    aliases    TEXT,    -- JSON array of strings; NULL for none
    properties TEXT,    -- JSON object, typed by graph-schema/schema.json; NULL for none
    history    TEXT     -- every alias over the versions, the latest first, the name included
                        -- (JSON array); NULL when it is the aliases as they stand
);
-- Documents by label; the node count by label; a label's nodes page by page in id order.
CREATE INDEX IF NOT EXISTS nodes_by_label ON nodes (label, id);
-- Relations are read in the order of their ids (From|Type|To|Key): by start node in this order.
CREATE INDEX IF NOT EXISTS nodes_by_relation_order ON nodes (id || '|');

CREATE TABLE IF NOT EXISTS relations (
    rid        INTEGER PRIMARY KEY,
    from_nid   INTEGER NOT NULL,
    type       TEXT NOT NULL,
    to_nid     INTEGER NOT NULL,
    key        TEXT NOT NULL DEFAULT '',
    properties TEXT     -- JSON object; NULL for none
);
-- A relation by its id, and the relations leaving a node.
CREATE UNIQUE INDEX IF NOT EXISTS relations_by_from ON relations (from_nid, type, to_nid, key);
-- The relations reaching a node.
CREATE INDEX IF NOT EXISTS relations_by_to ON relations (to_nid);

-- One row per document: the nid of its Document node, the order of its writes (the latest
-- document's version of an item wins), and what it contributes: each item as a packed pair of
-- (item * 2 + kind) and (vid + 1, or 0 for no version).
CREATE TABLE IF NOT EXISTS documents (
    doc   INTEGER PRIMARY KEY,
    seq   INTEGER NOT NULL,
    items BLOB NOT NULL
);
-- The next write's seq.
CREATE INDEX IF NOT EXISTS documents_by_seq ON documents (seq);

CREATE TABLE IF NOT EXISTS versions (
    vid  INTEGER PRIMARY KEY,
    hash INTEGER NOT NULL,   -- the first 8 bytes of the SHA-256 of data
    refs INTEGER NOT NULL,   -- contributions that use it; the row goes at 0
    data TEXT NOT NULL       -- SqliteVersions.cs
);
CREATE INDEX IF NOT EXISTS versions_by_hash ON versions (hash);

-- kind 0: a node (item is its nid), 1: a relation (item is its rid).
CREATE TABLE IF NOT EXISTS contributions (
    kind     INTEGER NOT NULL,
    item     INTEGER NOT NULL,
    doc      INTEGER NOT NULL,
    version  INTEGER,        -- vid; NULL for a relation without properties
    evidence BLOB,           -- EvidenceCodec.cs; NULL for none
    PRIMARY KEY (kind, item, doc)
) WITHOUT ROWID;

-- A block of a document's passages: key is doc * 2^20 + the block's number (a rowid table, which
-- keeps rows of a few kilobytes compactly).
CREATE TABLE IF NOT EXISTS passages (
    key  INTEGER PRIMARY KEY,
    data BLOB NOT NULL
);

-- Every node's name and aliases in the form they are looked up exactly (NodeNames.cs: quotation
-- marks removed, white space trimmed), for IGraphStore.FindNamedAsync: named is 1 where the
-- node's own name has the key. Kept by the triggers below on every write to nodes, whoever
-- writes; a file of schema 2 written before this table existed gains it, filled, on opening (the
-- schema is applied in one transaction, and the fill runs only while the table is empty).
CREATE TABLE IF NOT EXISTS node_names (
    key   TEXT NOT NULL,
    nid   INTEGER NOT NULL,
    named INTEGER NOT NULL,
    PRIMARY KEY (key, nid)
) WITHOUT ROWID;

-- The keys of nodes as they stand: a node's name, then each alias.
CREATE VIEW IF NOT EXISTS node_name_keys AS
    SELECT n.nid AS nid, 1 AS named, trim(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(n.name, '“', ''), '”', ''), '‘', ''), '’', ''), '"', ''), '''', ''), '「', ''), '」', ''), '『', ''), '』', ''), '《', ''), '》', ''), char(9, 10, 11, 12, 13, 32, 133, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288)) AS key FROM nodes n
    UNION ALL
    SELECT n.nid, 0, trim(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(replace(a.value, '“', ''), '”', ''), '‘', ''), '’', ''), '"', ''), '''', ''), '「', ''), '」', ''), '『', ''), '』', ''), '《', ''), '》', ''), char(9, 10, 11, 12, 13, 32, 133, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287, 12288)) FROM nodes n, json_each(n.aliases) a;

-- A node's rows go by their keys, read from the node before it changes (BEFORE), so that no
-- index by nid is needed: the first files of this table had one (node_names_by_nid) and triggers
-- that deleted by nid through it; both are dropped here, and the triggers below replace them.
DROP TRIGGER IF EXISTS node_names_on_update;
DROP TRIGGER IF EXISTS node_names_on_delete;
DROP INDEX IF EXISTS node_names_by_nid;

CREATE TRIGGER IF NOT EXISTS node_names_on_insert AFTER INSERT ON nodes BEGIN
    INSERT INTO node_names (key, nid, named) SELECT key, nid, named FROM node_name_keys WHERE nid = new.nid AND key <> ''
        ON CONFLICT (key, nid) DO UPDATE SET named = max(named, excluded.named);
END;

CREATE TRIGGER IF NOT EXISTS node_names_before_update BEFORE UPDATE OF name, aliases ON nodes
    WHEN old.name IS NOT new.name OR old.aliases IS NOT new.aliases BEGIN
    DELETE FROM node_names WHERE nid = old.nid AND key IN (SELECT key FROM node_name_keys WHERE nid = old.nid);
END;

CREATE TRIGGER IF NOT EXISTS node_names_after_update AFTER UPDATE OF name, aliases ON nodes
    WHEN old.name IS NOT new.name OR old.aliases IS NOT new.aliases BEGIN
    INSERT INTO node_names (key, nid, named) SELECT key, nid, named FROM node_name_keys WHERE nid = new.nid AND key <> ''
        ON CONFLICT (key, nid) DO UPDATE SET named = max(named, excluded.named);
END;

CREATE TRIGGER IF NOT EXISTS node_names_before_delete BEFORE DELETE ON nodes BEGIN
    DELETE FROM node_names WHERE nid = old.nid AND key IN (SELECT key FROM node_name_keys WHERE nid = old.nid);
END;

-- The fill: the one-row join stops it before it reads a node once the table holds anything.
INSERT INTO node_names (key, nid, named)
    SELECT k.key, k.nid, k.named FROM (SELECT 1 WHERE NOT EXISTS (SELECT 1 FROM node_names)) AS unfilled CROSS JOIN node_name_keys k WHERE k.key <> ''
    ON CONFLICT (key, nid) DO UPDATE SET named = max(named, excluded.named);

PRAGMA user_version = 2;
