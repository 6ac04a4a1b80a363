// (Article)-[:MENTIONS {count}]->(Entity) for a batch of articles whose MENTIONS were just deleted
// (delete-articles-edges.cypher, same transaction), so CREATE gives what MERGE would, without
// scanning the edges of much-mentioned entities. $mentions: [{article, entity, count}].
UNWIND $mentions AS mention
MATCH (a:Article {id: mention.article})
MATCH (e:Entity {id: mention.entity})
CREATE (a)-[m:MENTIONS]->(e)
SET m.count = mention.count
RETURN count(m) AS written
