// (Article)-[:MENTIONS {count}]->(Entity) for one article.
// $article: the article id; $mentions: [{entity, count}]. Unknown entity ids are skipped.
MATCH (a:Article {id: $article})
UNWIND $mentions AS mention
MATCH (e:Entity {id: mention.entity})
MERGE (a)-[m:MENTIONS]->(e)
SET m.count = mention.count
RETURN count(m) AS written
