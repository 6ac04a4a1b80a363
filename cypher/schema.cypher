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
// An article's identity over days: its source (URL, else path relative to the input folder); a new
// version of a source replaces the old one (write-batch/replace-sources.cypher); --sync removes what
// is gone from a folder (write-batch/find-articles.cypher).
CREATE INDEX article_source IF NOT EXISTS FOR (a:Article) ON (a.source);
CREATE INDEX article_folder IF NOT EXISTS FOR (a:Article) ON (a.folder);

// One index of each kind per relation type of the registry (src/relations/registry.ts).
// Look-ups of one edge by its stable id (evidence links, debugging).
// {{#each relation}}
CREATE INDEX {{lower}}_id IF NOT EXISTS FOR ()-[r:{{type}}]-() ON (r.id);
// {{/each}}

// Rewriting an article first deletes its edges by their `article` property
// (write/delete-article-edges.cypher): without these it would scan every edge of the graph.
// {{#each relation}}
CREATE INDEX {{lower}}_article IF NOT EXISTS FOR ()-[r:{{type}}]-() ON (r.article);
// {{/each}}

// Fuzzy search over names and aliases: CALL db.index.fulltext.queryNodes('entity_names', 'putin~').
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.aliases];

// Indexes are built in the background: wait, so the first writes and queries can use them.
CALL db.awaitIndexes(300);
