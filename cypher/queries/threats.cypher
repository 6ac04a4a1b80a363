// description: All threats: who threatens whom, with the evidence sentence, the quote and the date.
// param limit?: most rows to return (100)
// A threat with no addressee points at its Article node: `whom` is then "(no addressee)".
// `date` is the claim's own date, else its article's.
MATCH (s:Entity)-[r:THREAT]->(t)
OPTIONAL MATCH (a:Article {id: r.article})
RETURN s.name AS who,
       CASE WHEN t:Article THEN '(no addressee)' ELSE t.name END AS whom,
       coalesce(r.date, a.date) AS date,
       r.cue AS cue,
       r.quote AS quote,
       r.evidence AS evidence,
       a.title AS article,
       r.id AS edge
ORDER BY date, who, article, r.start
LIMIT coalesce($limit, 100)
