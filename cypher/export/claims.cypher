// Every claim and affiliation edge for `kg export --claims/--graphml/--gexf` (src/export/analyst.ts),
// with its article's title, outlet and URL. Any relationship type except MENTIONS, so types added to
// the registry of relations are exported too. A claim without addressee points at its Article:
// target is null then. Ordered by date (undated last), article and position in it.
MATCH (s:Entity)-[r]->(t)
WHERE type(r) <> 'MENTIONS'
OPTIONAL MATCH (a:Article {id: r.article})
RETURN r.id AS id,
       type(r) AS type,
       s.id AS source,
       s.name AS sourceName,
       CASE WHEN t:Article THEN null ELSE t.id END AS target,
       CASE WHEN t:Article THEN null ELSE t.name END AS targetName,
       r.cue AS cue,
       r.quote AS quote,
       r.evidence AS evidence,
       r.role AS role,
       coalesce(r.date, a.date) AS date,
       r.article AS article,
       a.title AS articleTitle,
       a.path AS articlePath,
       a.outlet AS outlet,
       a.url AS url,
       r.start AS start
ORDER BY date IS NULL, date, article, start, id
