// After articles were replaced or removed: of the entities they mentioned, those that no article
// mentions any more go (with any edge left on them). Nothing else is ever deleted.
//
// $ids: entity ids
UNWIND $ids AS id
MATCH (e:Entity {id: id})
WHERE NOT EXISTS { (e)<-[:MENTIONS]-(:Article) }
DETACH DELETE e
RETURN count(*) AS removed
