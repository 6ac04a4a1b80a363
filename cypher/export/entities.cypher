// The entities of the graph for `kg export --graphml/--gexf` (src/export/analyst.ts): every
// Entity node with its label (the one besides Entity), name, aliases and how many articles name it.
MATCH (e:Entity)
RETURN e.id AS id,
       head([l IN labels(e) WHERE l <> 'Entity']) AS label,
       e.name AS name,
       coalesce(e.aliases, []) AS aliases,
       COUNT { (e)<-[:MENTIONS]-(:Article) } AS articles
ORDER BY id
