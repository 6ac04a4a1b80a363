// description: The claims and affiliations of one node, both directions, by date.
// param id: an entity id, or "article:" + an article id (ent_caeeb9a4524e973a)
// param limit?: most edges, 1 to 1000 (300)
MATCH (n)
WHERE (n:Entity AND n.id = $id) OR (n:Article AND 'article:' + n.id = $id)
MATCH (n)-[r:{{relationTypes}}]-(other)
OPTIONAL MATCH (a:Article {id: r.article})
WITH n, r, other, a, coalesce(r.date, a.date) AS date
ORDER BY type(r) = 'AFFILIATED_WITH' DESC, date, a.title, r.start
LIMIT coalesce($limit, 300)
RETURN r.id AS id,
       type(r) AS type,
       CASE WHEN startNode(r) = n THEN 'out' ELSE 'in' END AS direction,
       {id: CASE WHEN other:Article THEN 'article:' + other.id ELSE other.id END,
        label: [l IN labels(other) WHERE l <> 'Entity'][0],
        name: coalesce(other.name, other.title)} AS other,
       coalesce(r.cue, r.role) AS cue,
       r.role AS role,
       date,
       r.evidence AS evidence
