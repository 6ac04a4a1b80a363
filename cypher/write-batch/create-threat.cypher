// THREAT edges of a batch of articles whose edges were just deleted (delete-articles-edges.cypher,
// same transaction): CREATE gives what cypher/write/merge-threat.cypher's MERGE on the id would (ids
// are unique per article), without scanning the edges between two much-connected entities.
// A null target points the edge at the article's node. $relations: [{id, article, source, target,
// properties: {article, evidence, start, end, quote, role, cue, date}}]. Rows whose source or
// (non-null) target entity is missing are skipped: the caller compares `written` with the rows.
UNWIND $relations AS rel
MATCH (a:Article {id: rel.article})
MATCH (s:Entity {id: rel.source})
OPTIONAL MATCH (t:Entity {id: rel.target})
WITH a, rel, s, t
WHERE rel.target IS NULL OR t IS NOT NULL
WITH rel, s, coalesce(t, a) AS target
CREATE (s)-[r:THREAT {id: rel.id}]->(target)
SET r += rel.properties
RETURN count(r) AS written
