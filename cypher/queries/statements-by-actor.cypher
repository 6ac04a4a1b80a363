// description: Statements made by an actor, oldest first, with whom they address and the evidence.
// param actor: name or alias of the speaker, case-insensitive; a leading "the" is optional (Putin)
// param from?: earliest date, YYYY-MM-DD (2024-01-01)
// param to?: latest date, YYYY-MM-DD (2025-12-31)
// param limit?: most rows to return (100)
// Undated statements are kept unless `from` or `to` is given.
WITH toLower(trim($actor)) AS typed
WITH CASE WHEN typed STARTS WITH 'the ' THEN substring(typed, 4) ELSE typed END AS wanted
MATCH (s:Entity)
WHERE any(n IN [s.name] + coalesce(s.aliases, []) WHERE toLower(n) IN [wanted, 'the ' + wanted])
MATCH (s)-[r:STATEMENT]->(t)
OPTIONAL MATCH (a:Article {id: r.article})
WITH s, r, t, a, coalesce(r.date, a.date) AS date
WHERE ($from IS NULL OR date >= $from) AND ($to IS NULL OR date <= $to)
RETURN date,
       s.name AS speaker,
       CASE WHEN t:Article THEN '(no addressee)' ELSE t.name END AS addressee,
       r.cue AS cue,
       r.quote AS quote,
       r.evidence AS evidence,
       a.title AS article,
       r.id AS edge
ORDER BY date, article, r.start
LIMIT coalesce($limit, 100)
