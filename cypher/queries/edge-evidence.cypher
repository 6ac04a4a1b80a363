// description: The evidence behind one edge, by its id: the sentence, the quote, the article and the text around it.
// param id: the edge id, as the other queries print it in their `edge` column (rel_0123456789abcdef)
// `context` is up to 300 characters of article text on each side of the evidence.
MATCH (s)-[r:{{relationTypes}}]->(t)
WHERE r.id = $id
OPTIONAL MATCH (a:Article {id: r.article})
RETURN r.id AS edge,
       type(r) AS type,
       s.name AS source,
       CASE WHEN t:Article THEN '(no addressee)' ELSE t.name END AS target,
       [t IN coalesce(r.targets, []) | coalesce(head(COLLECT { MATCH (e:Entity {id: t}) RETURN e.name }), t)] AS parties,
       r.cue AS cue,
       r.role AS role,
       r.quote AS quote,
       r.evidence AS evidence,
       coalesce(r.date, a.date) AS date,
       a.title AS article,
       a.file AS file,
       r.start AS start,
       r.end AS end,
       CASE WHEN a.text IS NULL OR r.start IS NULL THEN null
            ELSE substring(a.text,
                           CASE WHEN r.start < 300 THEN 0 ELSE r.start - 300 END,
                           (CASE WHEN r.end + 300 > size(a.text) THEN size(a.text) ELSE r.end + 300 END)
                             - (CASE WHEN r.start < 300 THEN 0 ELSE r.start - 300 END))
       END AS context
