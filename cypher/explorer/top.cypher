// description: The start view: the most active actors (the most claims and affiliations made) and every edge between them, merged per direction and type.
// param limit?: most actors, 1 to 500 (50)
// An edge row: source and target ids, type, count, the dated claims' dates (undated ones are
// count - size(dates)).
CALL {
  // Only edges that start at an actor leave one (MENTIONS start at articles): the out-degree, which
  // Neo4j keeps per node, so no edge is read.
  MATCH (x:Entity)
  WITH x, COUNT { (x)-->() } AS activity
  ORDER BY activity DESC, x.name
  LIMIT coalesce($limit, 50)
  RETURN collect(x) AS top, collect({id: x.id, label: [l IN labels(x) WHERE l <> 'Entity'][0], name: x.name, activity: activity}) AS nodes
}
CALL {
  WITH top
  UNWIND top AS s
  MATCH (s)-[r]->(t:Entity)
  WHERE t IN top
  WITH s, t, type(r) AS type, count(r) AS count, collect(r.date) AS dates
  RETURN collect({source: s.id, target: t.id, type: type, count: count, dates: dates}) AS edges
}
RETURN nodes, edges
