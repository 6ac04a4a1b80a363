// Upserts the Location nodes of one article. $nodes: [{id, name, aliases: [string]}].
// One file per label because Cypher cannot take a label as a parameter.
// A node is shared by every article that names it: merge on the id, keep the aliases already
// stored and add the new ones (in order, without duplicates).
UNWIND $nodes AS node
MERGE (e:Entity {id: node.id})
SET e:Location,
    e.name = node.name,
    e.aliases = reduce(acc = coalesce(e.aliases, []), alias IN node.aliases |
      CASE WHEN alias IN acc THEN acc ELSE acc + alias END)
RETURN count(e) AS written
