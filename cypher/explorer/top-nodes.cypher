// description: The start view's nodes alone: the most active actors (the most claims and affiliations made), drawn before their edges.
// param limit?: most actors, 1 to 500 (50)
// The same actors, in the same order, as top.cypher. Activity is the out-degree, which Neo4j keeps
// per node (only edges that start at an actor leave one; MENTIONS start at articles): no edge and
// no edge property is read, so this answers in milliseconds whatever the graph's size, and the
// page draws these nodes while top.cypher reads their edges.
MATCH (x:Entity)
WITH x, COUNT { (x)-->() } AS activity
ORDER BY activity DESC, x.name
LIMIT coalesce($limit, 50)
RETURN collect([x.id, [l IN labels(x) WHERE l <> 'Entity'][0], x.name, activity]) AS nodes
