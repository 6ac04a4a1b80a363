// description: The whole graph's nodes, before its edges (the explorer draws them at once): every actor with an edge from or to an actor, and every article a claim without addressee points at, with how many such edges each has.
// One row: nodes = [[id, label, name, activity], ...]. Node ids as in graph.cypher.
// The counts are Neo4j's per-node degrees, so no edge is read: the edges into an actor that do not
// start at an actor are the MENTIONS from its articles; every edge into an article starts at an actor.
CALL {
  MATCH (x:Entity)
  WITH x, COUNT { (x)-->() } + COUNT { (x)<--() } - COUNT { (x)<-[:MENTIONS]-() } AS activity
  WHERE activity > 0
  RETURN x.id AS id, [l IN labels(x) WHERE l <> 'Entity'][0] AS label, x.name AS name, activity
  UNION ALL
  MATCH (a:Article)
  WITH a, COUNT { (a)<--() } AS activity
  WHERE activity > 0
  RETURN 'article:' + a.id AS id, [l IN labels(a) WHERE l <> 'Entity'][0] AS label, a.title AS name, activity
}
RETURN collect([id, label, name, activity]) AS nodes
