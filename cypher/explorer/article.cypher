// description: One article for the explorer's reader: its text, title, date and file, and every claim and affiliation found in it with its offsets.
// param id: an article id (art_0123456789abcdef)
// The claims are found through the article's MENTIONS (every speaker is mentioned where it speaks):
// a relationship property without a type would scan every edge of the graph.
MATCH (a:Article {id: $id})
OPTIONAL MATCH (a)-[:MENTIONS]->(s:Entity)-[r]->(t)
WHERE r.article = $id
WITH a, r, s, t ORDER BY r.start
WITH a, collect(CASE WHEN r IS NULL THEN null ELSE {
  id: r.id, type: type(r), start: r.start, end: r.end, cue: coalesce(r.cue, r.role),
  source: {id: s.id, name: s.name, label: [l IN labels(s) WHERE l <> 'Entity'][0]},
  target: {id: CASE WHEN t:Article THEN 'article:' + t.id ELSE t.id END, name: coalesce(t.name, t.title), label: [l IN labels(t) WHERE l <> 'Entity'][0]}
} END) AS claims
RETURN a.id AS id, a.title AS title, a.date AS date, a.file AS file, a.text AS text, claims
