// description: The whole graph for the explorer: every edge that starts at an actor (claims and affiliations), merged per direction and type, with the dates of its claims.
// param limit?: most merged edges, 1 to 500000 (300000)
// One row per actor with edges: its id and, per merged edge, the target's id, the type, the count
// and the dated claims' dates (undated ones: count - size(dates)). Node ids: the entity id, or
// "article:" + the article id (a claim with no addressee points at its article); the nodes
// themselves come from graph-nodes.cypher. Aggregating per actor keeps Neo4j's groups small, and
// a few thousand rows of lists reach the server far faster than a row per merged edge. The limit
// caps each actor's list here and the total in the server (src/explorer/graph-payload.ts).
MATCH (s:Entity)
WHERE COUNT { (s)-->() } > 0
CALL {
  WITH s
  MATCH (s:Entity)-[r]->(t)
  WITH t, type(r) AS type, count(r) AS count, collect(r.date) AS dates
  LIMIT coalesce($limit, 300000)
  RETURN collect(CASE WHEN t:Article THEN 'article:' + t.id ELSE t.id END) AS targets,
         collect(type) AS types, collect(count) AS counts, collect(dates) AS dates
}
RETURN s.id AS source, targets, types, counts, dates
