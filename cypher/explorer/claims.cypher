// description: The claims behind one merged edge of the explorer: every edge of one type from one node to another, by date.
// param source: the source's entity id (ent_caeeb9a4524e973a)
// param target: the target's entity id, or "article:" + an article id (ent_0123456789abcdef)
// param type: the relation type (THREAT)
// param limit?: most claims, 1 to 1000 (500)
MATCH (s:Entity {id: $source})-[r]->(t)
WHERE type(r) = $type AND ((t:Entity AND t.id = $target) OR (t:Article AND 'article:' + t.id = $target))
OPTIONAL MATCH (a:Article {id: r.article})
WITH r, a, coalesce(r.date, a.date) AS date
ORDER BY date, a.title, r.start
LIMIT coalesce($limit, 500)
RETURN r.id AS id, type(r) AS type, date, coalesce(r.cue, r.role) AS cue, r.quote AS quote, r.evidence AS evidence,
       {id: a.id, title: a.title} AS article
