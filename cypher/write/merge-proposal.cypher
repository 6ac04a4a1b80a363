// PROPOSAL edges of one article, from the source entity to the target entity; when the target
// is null (nobody addressed) the edge goes to the Article node, so the claim is still an edge.
// One file per type because Cypher cannot take a relationship type as a parameter.
// $article: the article id; $relations: [{id, source, target, properties: {article, evidence,
// start, end, quote, role, cue, date}}]. Rows whose source or (non-null) target entity is
// missing are skipped: the caller compares `written` with the rows it sent.
MATCH (a:Article {id: $article})
UNWIND $relations AS rel
MATCH (s:Entity {id: rel.source})
OPTIONAL MATCH (t:Entity {id: rel.target})
WITH a, rel, s, t
WHERE rel.target IS NULL OR t IS NOT NULL
WITH rel, s, coalesce(t, a) AS target
MERGE (s)-[r:PROPOSAL {id: rel.id}]->(target)
SET r += rel.properties
RETURN count(r) AS written
