// description: Timeline of an actor: every claim and affiliation it makes or receives, by date.
// param actor: name or alias, case-insensitive (Macron)
// param type?: only this edge type, one of {{relationTypes}} (THREAT)
// param limit?: most rows to return (200)
// Undated edges come last. `direction` is "out" when the actor is the source.
WITH toLower(trim($actor)) AS typed
WITH CASE WHEN typed STARTS WITH 'the ' THEN substring(typed, 4) ELSE typed END AS wanted
MATCH (x:Entity)
WHERE any(n IN [x.name] + coalesce(x.aliases, []) WHERE toLower(n) IN [wanted, 'the ' + wanted])
MATCH (x)-[r:{{relationTypes}}]-(other)
WHERE $type IS NULL OR type(r) = $type
OPTIONAL MATCH (a:Article {id: r.article})
RETURN coalesce(r.date, a.date) AS date,
       x.name AS actor,
       CASE WHEN startNode(r) = x THEN 'out' ELSE 'in' END AS direction,
       type(r) AS type,
       CASE WHEN other:Article THEN '(no addressee)' ELSE other.name END AS other,
       coalesce(r.cue, r.role) AS cue,
       r.evidence AS evidence,
       a.title AS article,
       r.id AS edge
ORDER BY date, article, r.start
LIMIT coalesce($limit, 200)
