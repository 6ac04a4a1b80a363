// description: Proposals concerning an actor: made by it, addressed to it, or naming it among their parties.
// param actor: name or alias, case-insensitive (Macron)
// param limit?: most rows to return (100)
// `role` is "by", "to" or "party" (the actor is in the edge's `targets` but not its addressee).
WITH toLower(trim($actor)) AS typed
WITH CASE WHEN typed STARTS WITH 'the ' THEN substring(typed, 4) ELSE typed END AS wanted
MATCH (x:Entity)
WHERE any(n IN [x.name] + coalesce(x.aliases, []) WHERE toLower(n) IN [wanted, 'the ' + wanted])
MATCH (s:Entity)-[r:PROPOSAL]->(t)
WITH x, s, r, t,
     CASE
       WHEN s = x THEN 'by'
       WHEN t = x THEN 'to'
       WHEN x.id IN coalesce(r.targets, []) OR x.name IN coalesce(r.targets, []) THEN 'party'
     END AS role
WHERE role IS NOT NULL
OPTIONAL MATCH (a:Article {id: r.article})
RETURN coalesce(r.date, a.date) AS date,
       x.name AS actor,
       role,
       s.name AS proposer,
       CASE WHEN t:Article THEN '(no addressee)' ELSE t.name END AS addressee,
       r.cue AS cue,
       r.quote AS quote,
       r.evidence AS evidence,
       a.title AS article,
       r.id AS edge
ORDER BY date, article, r.start
LIMIT coalesce($limit, 100)
