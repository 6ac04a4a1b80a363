// description: One node's neighbourhood for the explorer: its neighbours and the edges to them, merged per direction and type, the busiest first.
// param id: an entity id, or "article:" + an article id (ent_caeeb9a4524e973a)
// param limit?: most merged edges, 1 to 2000 (300)
// Only edges that start at an actor (claims and affiliations; not MENTIONS, which start at articles).
MATCH (n)
WHERE (n:Entity AND n.id = $id) OR (n:Article AND 'article:' + n.id = $id)
MATCH (n)-[r]-(o)
WHERE startNode(r):Entity
WITH n, o, type(r) AS type, startNode(r) = n AS out, count(r) AS count, collect(r.date) AS dates
ORDER BY count DESC
LIMIT coalesce($limit, 300)
RETURN {id: $id, label: [l IN labels(n) WHERE l <> 'Entity'][0], name: coalesce(n.name, n.title)} AS self,
       {id: CASE WHEN o:Article THEN 'article:' + o.id ELSE o.id END,
        label: [l IN labels(o) WHERE l <> 'Entity'][0],
        name: coalesce(o.name, o.title)} AS other,
       type, out, count, dates
