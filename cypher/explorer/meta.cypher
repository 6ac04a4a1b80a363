// description: What the explorer shows and counts: nodes per label, edges per type (with what kind of edge each type is), the actors' node count and the range of dates.
// Every count comes from Neo4j's count store (a count of one label, or of one relationship type,
// alone in its RETURN): constant time, where a scan of every edge took seconds on a large graph.
// Hence one branch per label and per type: the registry's types, and MENTIONS (article -> entity).
// A type's kind is read from one of its edges, not from a list: "claim" when it carries a cue (a
// verb of saying), "tie" when it starts at an actor without one (affiliations), "mention"
// otherwise. Types without edges are left out.
CALL {
  CALL { MATCH (n:Person) RETURN count(n) AS c } RETURN 'Person' AS label, c
  UNION ALL
  CALL { MATCH (n:State) RETURN count(n) AS c } RETURN 'State' AS label, c
  UNION ALL
  CALL { MATCH (n:Organization) RETURN count(n) AS c } RETURN 'Organization' AS label, c
  UNION ALL
  CALL { MATCH (n:Location) RETURN count(n) AS c } RETURN 'Location' AS label, c
  UNION ALL
  CALL { MATCH (n:Article) RETURN count(n) AS c } RETURN 'Article' AS label, c
}
WITH collect(CASE WHEN c > 0 THEN {label: label, count: c} END) AS labels
CALL {
// {{#each relation}}
  CALL { MATCH ()-[r:{{type}}]->() RETURN count(r) AS c }
  CALL { OPTIONAL MATCH (s)-[r:{{type}}]->() WITH s, r LIMIT 1 RETURN r.cue IS NOT NULL AS cued, s:Entity AS fromActor }
  RETURN '{{type}}' AS type, c, cued, fromActor
  UNION ALL
// {{/each}}
  CALL { MATCH ()-[r:MENTIONS]->() RETURN count(r) AS c }
  CALL { OPTIONAL MATCH (s)-[r:MENTIONS]->() WITH s, r LIMIT 1 RETURN r.cue IS NOT NULL AS cued, s:Entity AS fromActor }
  RETURN 'MENTIONS' AS type, c, cued, fromActor
}
WITH labels, collect(CASE WHEN c > 0 THEN {type: type, count: c, kind: CASE WHEN cued THEN 'claim' WHEN fromActor THEN 'tie' ELSE 'mention' END} END) AS types
CALL { MATCH (a:Article) RETURN min(a.date) AS firstDate, max(a.date) AS lastDate }
CALL { MATCH (a:Article) RETURN count(a) AS articles }
CALL { MATCH (e:Entity) RETURN count(e) AS actors }
RETURN labels, types, firstDate, lastDate, articles, actors
