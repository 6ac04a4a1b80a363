// description: The whole graph for the explorer: every edge that starts at an actor (claims and affiliations), merged per direction and type, with the dates of its claims.
// param limit?: most merged edges, 1 to 500000 (300000)
// Node ids: the entity id, or "article:" + the article id (a claim with no addressee points at its
// article). Undated claims of a merged edge: count - size(dates).
MATCH (s:Entity)-[r]->(t)
WITH s, t, type(r) AS type, count(r) AS count, collect(r.date) AS dates
LIMIT coalesce($limit, 300000)
RETURN s.id AS source,
       [l IN labels(s) WHERE l <> 'Entity'][0] AS sourceLabel,
       s.name AS sourceName,
       CASE WHEN t:Article THEN 'article:' + t.id ELSE t.id END AS target,
       [l IN labels(t) WHERE l <> 'Entity'][0] AS targetLabel,
       coalesce(t.name, t.title) AS targetName,
       type, count, dates
