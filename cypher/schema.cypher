// Schema of the news knowledge graph. Applied by applySchema() (src/neo4j/writer.ts), one
// statement at a time; every statement is idempotent, so applying it again is harmless.
// Statements end with ';' at the end of a line. Community edition: no existence/key constraints.

// Every Person/State/Organization/Location node also carries :Entity, so one constraint makes
// ids unique across labels and gives MERGE (e:Entity {id}) its index.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE;
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE;

CREATE INDEX entity_name IF NOT EXISTS FOR (e:Entity) ON (e.name);
// The export contract and the evaluation match articles on their file name.
CREATE INDEX article_file IF NOT EXISTS FOR (a:Article) ON (a.file);

// Look-ups of one edge by its stable id (evidence links, debugging).
CREATE INDEX statement_id IF NOT EXISTS FOR ()-[r:STATEMENT]-() ON (r.id);
CREATE INDEX threat_id IF NOT EXISTS FOR ()-[r:THREAT]-() ON (r.id);
CREATE INDEX proposal_id IF NOT EXISTS FOR ()-[r:PROPOSAL]-() ON (r.id);
CREATE INDEX affiliated_with_id IF NOT EXISTS FOR ()-[r:AFFILIATED_WITH]-() ON (r.id);

// Rewriting an article first deletes its edges by their `article` property
// (write/delete-article-edges.cypher): without these it would scan every edge of the graph.
CREATE INDEX statement_article IF NOT EXISTS FOR ()-[r:STATEMENT]-() ON (r.article);
CREATE INDEX threat_article IF NOT EXISTS FOR ()-[r:THREAT]-() ON (r.article);
CREATE INDEX proposal_article IF NOT EXISTS FOR ()-[r:PROPOSAL]-() ON (r.article);
CREATE INDEX affiliated_with_article IF NOT EXISTS FOR ()-[r:AFFILIATED_WITH]-() ON (r.article);

// Fuzzy search over names and aliases: CALL db.index.fulltext.queryNodes('entity_names', 'putin~').
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.aliases];

// Indexes are built in the background: wait, so the first writes and queries can use them.
CALL db.awaitIndexes(300);
