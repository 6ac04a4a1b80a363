// One transaction of the batched writer (src/neo4j/batch-writer.ts): a batch of articles with their
// entities, MENTIONS and claim/affiliation edges, in one statement. The graph and its guarantees are
// those of cypher/write/ (the one-article writer); this is only a faster way to the same graph.
//
// Parameters (every list may be empty):
//   $articles        [{id, file, path, title, date, url, outlet, source, folder, text}], each id
//                    once (url, outlet null unless the input gave them: JSON lines, feeds; source
//                    and folder: the article's identity, replace-sources.cypher)
//   $persons, $states, $organizations, $locations
//                    [{id, name, aliases: [string]}], each id once in all four (the batch writer
//                    merges an entity named by several articles first: the last name, the aliases
//                    in order)
//   $others          [id]: entities the edges name but this batch does not merge; they may be missing
//   $mentions        {articleAt, entityAt, count}: MENTIONS i is made of the i-th element of each list
//   $statements, $threats, $proposals, $affiliations, ...: one per relation type of the registry
//                    (src/relations/registry.ts, its `plural`; the blocks below repeat per type)
//                    {id, articleAt, sourceAt, targetAt, article, evidence, start, end, quote, role,
//                    cue, targets, date}: one list per column, edge i made of the i-th elements; a
//                    null targetAt points the edge at its article
// `articleAt` is a position in $articles; `entityAt`, `sourceAt` and `targetAt` are positions in
// $persons + $states + $organizations + $locations + $others. Each node is found once, by MERGE or
// MATCH on its unique id, and the edges take it from a list: looking up both ends of every edge in
// the unique indexes was a quarter of the server's time. Columns rather than one map per edge: the
// driver packs a quarter less on the client, where packing the parameters took as long as the
// server's work on them.
//
// Why it is safe to CREATE rather than MERGE the edges: an article that was written before (its node
// has properties besides the id MERGE gives a new node; every writer sets them in the transaction
// that creates the article's edges) first loses its claim/affiliation edges (found through the
// per-type `article` indexes of schema.cypher) and its MENTIONS, and edge ids are unique per article.
// A new article has no edges to delete and skips the ten index look-ups. Two builds writing the same
// new article at once stay correct: the second MERGE waits for the first transaction's commit (the
// uniqueness lock) and then sees a written node. Nodes are never deleted: other articles share them.
//
// Edges whose source or (non-null) target entity is missing are skipped: the caller compares the
// counts returned with the rows it sent.
//
// `replan=skip`: re-planning this statement as the statistics change during a load cost a tenth of
// the server's time, and the plan need not change: every look-up is by a unique id or, for the old
// edges, a seek of the `article` index that USING INDEX SEEK demands. (Without it, a plan made on a
// small graph scanned whole `article` indexes, every edge of the type, for each rewritten article;
// USING INDEX alone still allowed the scan; and replan=skip would have kept that plan for good.)
CYPHER replan=skip
CALL {
  UNWIND range(0, size($articles) - 1) AS i
  WITH i, $articles[i] AS article
  MERGE (a:Article {id: article.id})
  WITH i, a, article, size(keys(a)) > 1 AS rewritten
  SET a.file = article.file,
      a.path = article.path,
      a.title = article.title,
      a.date = article.date,
      a.url = article.url,
      a.outlet = article.outlet,
      a.source = article.source,
      a.folder = article.folder,
      a.text = article.text
  WITH i, a, article, rewritten
  CALL {
    WITH a, article, rewritten
    WITH a, article.id AS id WHERE rewritten
// {{#each relation}}
    CALL { WITH id MATCH ()-[r:{{type}} {article: id}]->() USING INDEX SEEK r:{{type}}(article) DELETE r }
// {{/each}}
    CALL { WITH a MATCH (a)-[m:MENTIONS]->() DELETE m }
  }
  WITH i, a ORDER BY i
  RETURN collect(a) AS articles
}
// Entities, one subquery per label (a label cannot be a parameter before Neo4j 5.26). Stored aliases
// are kept and new ones added; a node whose label, name and aliases would not change is left alone,
// which spares the property store and the fulltext index a rewrite of every much-mentioned entity at
// every batch (and takes no lock on it).
CALL {
  UNWIND range(0, size($persons) - 1) AS i
  WITH i, $persons[i] AS node
  MERGE (e:Entity {id: node.id})
  WITH i, e, node, reduce(acc = coalesce(e.aliases, []), alias IN node.aliases |
    CASE WHEN alias IN acc THEN acc ELSE acc + alias END) AS aliases
  FOREACH (_ IN CASE WHEN e:Person AND e.name = node.name AND e.aliases = aliases THEN [] ELSE [1] END |
    SET e:Person, e.name = node.name, e.aliases = aliases)
  WITH i, e ORDER BY i
  RETURN collect(e) AS persons
}
CALL {
  UNWIND range(0, size($states) - 1) AS i
  WITH i, $states[i] AS node
  MERGE (e:Entity {id: node.id})
  WITH i, e, node, reduce(acc = coalesce(e.aliases, []), alias IN node.aliases |
    CASE WHEN alias IN acc THEN acc ELSE acc + alias END) AS aliases
  // `written`: the full names its articles write, from which a later load names it (src/resolve/written-names.ts)
  WITH i, e, node, aliases, reduce(acc = coalesce(e.written, []), form IN node.written |
    CASE WHEN form IN acc THEN acc ELSE acc + form END) AS written
  FOREACH (_ IN CASE WHEN e:State AND e.name = node.name AND e.aliases = aliases AND coalesce(e.written, []) = written THEN [] ELSE [1] END |
    SET e:State, e.name = node.name, e.aliases = aliases, e.written = written)
  WITH i, e ORDER BY i
  RETURN collect(e) AS states
}
CALL {
  UNWIND range(0, size($organizations) - 1) AS i
  WITH i, $organizations[i] AS node
  MERGE (e:Entity {id: node.id})
  WITH i, e, node, reduce(acc = coalesce(e.aliases, []), alias IN node.aliases |
    CASE WHEN alias IN acc THEN acc ELSE acc + alias END) AS aliases
  // `written`: the full names its articles write, from which a later load names it (src/resolve/written-names.ts)
  WITH i, e, node, aliases, reduce(acc = coalesce(e.written, []), form IN node.written |
    CASE WHEN form IN acc THEN acc ELSE acc + form END) AS written
  FOREACH (_ IN CASE WHEN e:Organization AND e.name = node.name AND e.aliases = aliases AND coalesce(e.written, []) = written THEN [] ELSE [1] END |
    SET e:Organization, e.name = node.name, e.aliases = aliases, e.written = written)
  WITH i, e ORDER BY i
  RETURN collect(e) AS organizations
}
CALL {
  UNWIND range(0, size($locations) - 1) AS i
  WITH i, $locations[i] AS node
  MERGE (e:Entity {id: node.id})
  WITH i, e, node, reduce(acc = coalesce(e.aliases, []), alias IN node.aliases |
    CASE WHEN alias IN acc THEN acc ELSE acc + alias END) AS aliases
  FOREACH (_ IN CASE WHEN e:Location AND e.name = node.name AND e.aliases = aliases THEN [] ELSE [1] END |
    SET e:Location, e.name = node.name, e.aliases = aliases)
  WITH i, e ORDER BY i
  RETURN collect(e) AS locations
}
// collect() drops nulls, so a missing entity is collected as [null] to keep the positions.
CALL {
  UNWIND range(0, size($others) - 1) AS i
  OPTIONAL MATCH (e:Entity {id: $others[i]})
  WITH i, e ORDER BY i
  RETURN collect([e]) AS others
}
WITH articles, persons + states + organizations + locations + [x IN others | x[0]] AS entities
CALL {
  WITH articles, entities
  WITH articles, entities, $mentions AS m
  UNWIND range(0, size(m.entityAt) - 1) AS i
  WITH articles[m.articleAt[i]] AS a, entities[m.entityAt[i]] AS e, m.count[i] AS times
  WHERE e IS NOT NULL
  CREATE (a)-[r:MENTIONS {count: times}]->(e)
  RETURN count(r) AS mentions
}
// {{#each relation}}
CALL {
  WITH articles, entities
  WITH articles, entities, ${{plural}} AS c
  UNWIND range(0, size(c.id) - 1) AS i
  WITH c, i, entities[c.sourceAt[i]] AS s, CASE WHEN c.targetAt[i] IS NULL THEN articles[c.articleAt[i]] ELSE entities[c.targetAt[i]] END AS t
  WHERE s IS NOT NULL AND t IS NOT NULL
  CREATE (s)-[r:{{type}} {id: c.id[i], article: c.article[i], evidence: c.evidence[i], start: c.start[i], end: c.end[i],
                 quote: c.quote[i], role: c.role[i], cue: c.cue[i], targets: c.targets[i],
                 targetFrom: c.targetFrom[i], date: c.date[i]}]->(t)
  RETURN count(r) AS {{plural}}
}
// {{/each}}
RETURN size(articles) AS articles,
       size(entities) - size($others) AS entities,
// {{#each relation}}
       {{plural}},
// {{/each}}
       mentions
