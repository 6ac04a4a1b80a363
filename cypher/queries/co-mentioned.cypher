// description: Actors co-mentioned with X: entities named in the same articles, by how many articles they share.
// param actor: name or alias, case-insensitive (Putin)
// param limit?: most rows to return (25)
WITH toLower(trim($actor)) AS typed
WITH CASE WHEN typed STARTS WITH 'the ' THEN substring(typed, 4) ELSE typed END AS wanted
MATCH (x:Entity)
WHERE any(n IN [x.name] + coalesce(x.aliases, []) WHERE toLower(n) IN [wanted, 'the ' + wanted])
MATCH (x)<-[:MENTIONS]-(a:Article)-[m:MENTIONS]->(other:Entity)
WHERE other <> x
WITH x, other, count(a) AS articles, sum(m.count) AS mentions, collect(a.title) AS titles
RETURN x.name AS actor,
       other.name AS coMentioned,
       [l IN labels(other) WHERE l <> 'Entity'][0] AS label,
       articles,
       mentions,
       titles
ORDER BY articles DESC, mentions DESC, coMentioned
LIMIT coalesce($limit, 25)
