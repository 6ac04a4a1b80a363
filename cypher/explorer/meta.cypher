// description: What the explorer shows and counts: nodes per label, edges per type (with what kind of edge each type is), the actors' node count and the range of dates.
// A type's kind is read from its edges, not from a list: "claim" when its edges carry a cue (a
// verb of saying), "tie" when they start at an actor without one (affiliations), "mention" otherwise
// (article -> entity).
CALL { MATCH (n) UNWIND labels(n) AS label WITH label, count(*) AS c WHERE label <> 'Entity' RETURN collect({label: label, count: c}) AS labels }
CALL {
  MATCH ()-[r]->() WITH type(r) AS type, count(*) AS c
  CALL { WITH type MATCH (s)-[r]->() WHERE type(r) = type RETURN r.cue IS NOT NULL AS cued, s:Entity AS fromActor LIMIT 1 }
  RETURN collect({type: type, count: c, kind: CASE WHEN cued THEN 'claim' WHEN fromActor THEN 'tie' ELSE 'mention' END}) AS types
}
CALL { MATCH (a:Article) RETURN min(a.date) AS firstDate, max(a.date) AS lastDate, count(a) AS articles }
CALL { MATCH (e:Entity) RETURN count(e) AS actors }
RETURN labels, types, firstDate, lastDate, articles, actors
