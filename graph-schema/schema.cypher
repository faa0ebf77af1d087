// Constraints and indexes of the Neo4j store, applied by Neo4jGraphStore on first use and shipped
// with the neo4j-admin CSV export. Every node carries the label Entity beside its own label from
// schema.json, so that any node is found by id through one index. One statement per line.

CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE TEXT INDEX entity_name_text IF NOT EXISTS FOR (n:Entity) ON (n.name);
CREATE CONSTRAINT document_id IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE;
CREATE INDEX document_name IF NOT EXISTS FOR (n:Document) ON (n.name);
CREATE CONSTRAINT section_id IF NOT EXISTS FOR (n:Section) REQUIRE n.id IS UNIQUE;
CREATE INDEX section_name IF NOT EXISTS FOR (n:Section) ON (n.name);
CREATE CONSTRAINT passage_id IF NOT EXISTS FOR (n:Passage) REQUIRE n.id IS UNIQUE;
CREATE INDEX passage_name IF NOT EXISTS FOR (n:Passage) ON (n.name);
CREATE CONSTRAINT committee_id IF NOT EXISTS FOR (n:Committee) REQUIRE n.id IS UNIQUE;
CREATE INDEX committee_name IF NOT EXISTS FOR (n:Committee) ON (n.name);
CREATE CONSTRAINT body_id IF NOT EXISTS FOR (n:Body) REQUIRE n.id IS UNIQUE;
CREATE INDEX body_name IF NOT EXISTS FOR (n:Body) ON (n.name);
CREATE CONSTRAINT place_id IF NOT EXISTS FOR (n:Place) REQUIRE n.id IS UNIQUE;
CREATE INDEX place_name IF NOT EXISTS FOR (n:Place) ON (n.name);
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE INDEX person_name IF NOT EXISTS FOR (n:Person) ON (n.name);
CREATE CONSTRAINT initiative_id IF NOT EXISTS FOR (n:Initiative) REQUIRE n.id IS UNIQUE;
CREATE INDEX initiative_name IF NOT EXISTS FOR (n:Initiative) ON (n.name);
CREATE CONSTRAINT activity_id IF NOT EXISTS FOR (n:Activity) REQUIRE n.id IS UNIQUE;
CREATE INDEX activity_name IF NOT EXISTS FOR (n:Activity) ON (n.name);
CREATE CONSTRAINT topic_id IF NOT EXISTS FOR (n:Topic) REQUIRE n.id IS UNIQUE;
CREATE INDEX topic_name IF NOT EXISTS FOR (n:Topic) ON (n.name);
CREATE CONSTRAINT award_id IF NOT EXISTS FOR (n:Award) REQUIRE n.id IS UNIQUE;
CREATE INDEX award_name IF NOT EXISTS FOR (n:Award) ON (n.name);
CREATE CONSTRAINT regulation_id IF NOT EXISTS FOR (n:Regulation) REQUIRE n.id IS UNIQUE;
CREATE INDEX regulation_name IF NOT EXISTS FOR (n:Regulation) ON (n.name);
CREATE CONSTRAINT date_id IF NOT EXISTS FOR (n:Date) REQUIRE n.id IS UNIQUE;
CREATE INDEX date_name IF NOT EXISTS FOR (n:Date) ON (n.name);

// Each document's own version of each node and relation, one Contribution node per document and
// item (see README.md, "How the stores keep the graph"). Written and read by the Neo4j store only.
CREATE CONSTRAINT contribution_key IF NOT EXISTS FOR (c:Contribution) REQUIRE (c.document, c.kind, c.item) IS UNIQUE;
CREATE INDEX contribution_document IF NOT EXISTS FOR (c:Contribution) ON (c.document);
CREATE INDEX contribution_item IF NOT EXISTS FOR (c:Contribution) ON (c.item);
