// description: What actor X said, threatened or proposed about Y: claims by X addressed to Y, naming Y among their parties, or whose sentence names Y.
// param actor: name or alias of the speaker X (Putin)
// param about: name or alias of the subject Y (Macron)
// param limit?: most rows to return (100)
// `how` says why a claim matched: "addressee" (Y is the edge's target), "party" (Y is in the
// edge's `targets`) or "named" (the evidence sentence contains Y's name, one of its aliases of
// several words, or what was typed).
WITH toLower(trim($actor)) AS typed, toLower(trim($about)) AS typedAbout
WITH CASE WHEN typed STARTS WITH 'the ' THEN substring(typed, 4) ELSE typed END AS wanted,
     CASE WHEN typedAbout STARTS WITH 'the ' THEN substring(typedAbout, 4) ELSE typedAbout END AS wantedAbout
MATCH (s:Entity)
WHERE any(n IN [s.name] + coalesce(s.aliases, []) WHERE toLower(n) IN [wanted, 'the ' + wanted])
MATCH (y:Entity)
WHERE any(n IN [y.name] + coalesce(y.aliases, []) WHERE toLower(n) IN [wantedAbout, 'the ' + wantedAbout])
MATCH (s)-[r:{{claimTypes}}]->(t)
WITH s, y, r, t, wantedAbout,
     CASE
       WHEN t = y THEN 'addressee'
       WHEN y.id IN coalesce(r.targets, []) OR y.name IN coalesce(r.targets, []) THEN 'party'
       WHEN any(n IN [y.name, wantedAbout] + [al IN coalesce(y.aliases, []) WHERE al CONTAINS ' ']
                WHERE toLower(r.evidence) CONTAINS toLower(n)) THEN 'named'
     END AS how
WHERE how IS NOT NULL
OPTIONAL MATCH (a:Article {id: r.article})
RETURN coalesce(r.date, a.date) AS date,
       s.name AS speaker,
       type(r) AS type,
       y.name AS about,
       how,
       CASE WHEN t:Article THEN '(no addressee)' ELSE t.name END AS addressee,
       r.quote AS quote,
       r.evidence AS evidence,
       a.title AS article,
       r.id AS edge
ORDER BY CASE how WHEN 'addressee' THEN 0 WHEN 'party' THEN 1 ELSE 2 END, date, r.start
LIMIT coalesce($limit, 100)
