// `kg remove` and `kg build --sync` (src/neo4j/remove.ts): deletes articles with everything they
// wrote, as replace-sources.cypher deletes an old version: their claim and affiliation edges (the
// `article`-stamped edges of the entities they mention, and unaddressed claims on the article
// node), their MENTIONS and the nodes. Returns the entities they mentioned, for delete-orphans.
//
// $ids: article ids
UNWIND $ids AS id
MATCH (old:Article {id: id})
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
