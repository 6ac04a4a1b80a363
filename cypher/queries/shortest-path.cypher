// description: Shortest paths between two actors over claims and affiliations (either direction), through actors only.
// param from: name or alias of the first actor (Putin)
// param to: name or alias of the second actor (Macron)
// param maxHops?: longest path to look for, 1 to 10 (6)
// param limit?: most paths to return (5)
// Article nodes (claims without addressee) are not crossed: two people speaking in one article
// are not thereby connected. `path` reads like Cypher: A -[THREAT]-> B <-[STATEMENT]- C.
WITH toLower(trim($from)) AS typedFrom, toLower(trim($to)) AS typedTo
WITH CASE WHEN typedFrom STARTS WITH 'the ' THEN substring(typedFrom, 4) ELSE typedFrom END AS wantedFrom,
     CASE WHEN typedTo STARTS WITH 'the ' THEN substring(typedTo, 4) ELSE typedTo END AS wantedTo
MATCH (a:Entity)
WHERE any(n IN [a.name] + coalesce(a.aliases, []) WHERE toLower(n) IN [wantedFrom, 'the ' + wantedFrom])
MATCH (b:Entity)
WHERE b <> a AND any(n IN [b.name] + coalesce(b.aliases, []) WHERE toLower(n) IN [wantedTo, 'the ' + wantedTo])
MATCH p = allShortestPaths((a)-[:STATEMENT|THREAT|PROPOSAL|AFFILIATED_WITH*..10]-(b))
WHERE all(n IN nodes(p) WHERE n:Entity) AND length(p) <= coalesce($maxHops, 6)
WITH p, nodes(p) AS ns, relationships(p) AS rs
RETURN length(p) AS hops,
       reduce(text = ns[0].name, i IN range(0, size(rs) - 1) |
         text + CASE WHEN startNode(rs[i]) = ns[i]
                     THEN ' -[' + type(rs[i]) + ']-> '
                     ELSE ' <-[' + type(rs[i]) + ']- ' END + ns[i + 1].name) AS path,
       [r IN rs | r.id] AS edges
ORDER BY hops, path
LIMIT coalesce($limit, 5)
