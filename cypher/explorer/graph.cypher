// description: The explorer's graph: one row per edge of the chosen types between nodes of the chosen labels, in the date range.
// param types?: relation types, one or more of {{relationTypes}}|MENTIONS (THREAT,PROPOSAL)
// param labels?: node labels, one or more of Person|State|Organization|Location|Article (Person,State)
// param from?: earliest date, YYYY-MM-DD (2024-01-01)
// param to?: latest date, YYYY-MM-DD (2025-12-31)
// param undated?: keep edges without a date when from or to is given, one of yes|no (yes)
// param limit?: most edges, 1 to 5000 (2000)
// Node ids: the entity id, or "article:" + the article id for Article nodes (claims without
// addressee, MENTIONS). An edge's date is its own, else its article's (MENTIONS: the article's).
WITH coalesce($types, [{{relationTypeList}}]) AS types,
     coalesce($labels, ['Person', 'State', 'Organization', 'Location', 'Article']) AS wantedLabels
MATCH (s)-[r]->(t)
WHERE type(r) IN types
  AND any(l IN labels(s) WHERE l IN wantedLabels)
  AND any(l IN labels(t) WHERE l IN wantedLabels)
OPTIONAL MATCH (a:Article {id: r.article})
WITH s, r, t, a, coalesce(r.date, a.date, CASE WHEN s:Article THEN s.date END) AS date
WHERE ($from IS NULL AND $to IS NULL)
   OR (date IS NULL AND coalesce($undated, 'yes') = 'yes')
   OR (date IS NOT NULL AND ($from IS NULL OR date >= $from) AND ($to IS NULL OR date <= $to))
WITH s, r, t, a, date
ORDER BY date, r.id
LIMIT coalesce($limit, 2000)
RETURN coalesce(r.id, 'mentions:' + s.id + '>' + t.id) AS id,
       type(r) AS type,
       date,
       coalesce(r.cue, r.role) AS cue,
       r.count AS count,
       {id: CASE WHEN s:Article THEN 'article:' + s.id ELSE s.id END,
        label: [l IN labels(s) WHERE l <> 'Entity'][0],
        name: coalesce(s.name, s.title)} AS source,
       {id: CASE WHEN t:Article THEN 'article:' + t.id ELSE t.id END,
        label: [l IN labels(t) WHERE l <> 'Entity'][0],
        name: coalesce(t.name, t.title)} AS target
