// Before a batch is written (src/neo4j/batch-writer.ts, same transaction): the articles of the batch
// whose source (URL, else path relative to the input folder) already has an article of other content
// replace it. The old version goes with everything it wrote: its claim and affiliation edges (any
// type: found as the `article`-stamped edges of the entities it mentions; an unaddressed claim
// points at the article node itself), its MENTIONS and its node. Entities it mentioned are returned,
// so the writer removes those that no article mentions any more once the batch is written.
// Also says, per article, whether it is new, a new version of its source, or already there.
//
// $articles: [{id, source}]
UNWIND $articles AS article
OPTIONAL MATCH (old:Article {source: article.source})
  WHERE article.source IS NOT NULL AND old.id <> article.id
WITH article, collect(old) AS olds
WITH article, olds,
     CASE WHEN EXISTS { MATCH (:Article {id: article.id}) } THEN 'unchanged'
          WHEN size(olds) > 0 THEN 'changed'
          ELSE 'added' END AS status
CALL {
  WITH olds
  UNWIND olds AS old
  OPTIONAL MATCH (old)-[:MENTIONS]->(e:Entity)
  WITH old, collect(e) AS entities
  CALL {
    WITH old, entities
    UNWIND entities AS e
    MATCH (e)-[r]->()
    WHERE r.article = old.id
    DELETE r
  }
  WITH old, [e IN entities | e.id] AS entityIds, old.id AS oldId
  DETACH DELETE old
  RETURN collect(oldId) AS removed, reduce(acc = [], ids IN collect(entityIds) | acc + ids) AS touched
}
RETURN article.id AS id, status, removed, touched
