// Upserts the Organization nodes of a batch of articles. $nodes: [{id, name, aliases: [string]}], each id once
// (the batch writer merges an entity named by several articles of the batch first: the last name,
// the aliases in order). As cypher/write/merge-organization.cypher: stored aliases are kept, new ones added;
// a node whose label, name and aliases would not change is left alone, which spares the property
// store and the fulltext index a rewrite of every much-mentioned entity at every batch.
UNWIND $nodes AS node
MERGE (e:Entity {id: node.id})
WITH e, node, reduce(acc = coalesce(e.aliases, []), alias IN node.aliases |
  CASE WHEN alias IN acc THEN acc ELSE acc + alias END) AS aliases
FOREACH (_ IN CASE WHEN e:Organization AND e.name = node.name AND e.aliases = aliases THEN [] ELSE [1] END |
  SET e:Organization, e.name = node.name, e.aliases = aliases)
RETURN count(e) AS written
