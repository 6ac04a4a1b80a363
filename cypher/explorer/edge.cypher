// description: One claim or affiliation edge with its evidence: the sentence, the quote, the article's title and date.
// param id: the edge id (rel_0123456789abcdef)
MATCH (s)-[r:{{relationTypes}}]->(t)
WHERE r.id = $id
OPTIONAL MATCH (a:Article {id: r.article})
RETURN r.id AS id,
       type(r) AS type,
       {id: s.id, label: [l IN labels(s) WHERE l <> 'Entity'][0], name: s.name} AS source,
       {id: CASE WHEN t:Article THEN 'article:' + t.id ELSE t.id END,
        label: [l IN labels(t) WHERE l <> 'Entity'][0],
        name: coalesce(t.name, t.title)} AS target,
       t:Article AS noAddressee,
       r.cue AS cue,
       r.targetFrom AS targetFrom,
       r.role AS role,
       r.quote AS quote,
       r.evidence AS evidence,
       r.start AS start,
       r.end AS end,
       coalesce(r.date, a.date) AS date,
       {id: a.id, title: a.title, date: a.date, file: a.file} AS article
LIMIT 1
