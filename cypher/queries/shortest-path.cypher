// description: Shortest paths between two actors over claims and affiliations (either direction), through actors only.
// param from: name or alias of the first actor (Putin)
// param to: name or alias of the second actor (Macron)
// param maxHops?: longest path to look for, 1 to 10 (6)
// param limit?: most paths to return (5)
// Article nodes (claims without addressee) are not crossed: two people speaking in one article
// are not thereby connected. `path` reads like Cypher: A -[THREAT]-> B <-[STATEMENT]- C; paths
// that differ only in which of several parallel edges they take are one row (`variants` counts
// them, `edges` gives the ids of one). Looks at the 25 shortest paths per pair of actors (a
// breadth-first search: an unconnected pair answers at once) and keeps those of the least length.
WITH toLower(trim($from)) AS typedFrom, toLower(trim($to)) AS typedTo
WITH CASE WHEN typedFrom STARTS WITH 'the ' THEN substring(typedFrom, 4) ELSE typedFrom END AS wantedFrom,
     CASE WHEN typedTo STARTS WITH 'the ' THEN substring(typedTo, 4) ELSE typedTo END AS wantedTo
MATCH (a:Entity)
WHERE any(n IN [a.name] + coalesce(a.aliases, []) WHERE toLower(n) IN [wantedFrom, 'the ' + wantedFrom])
MATCH (b:Entity)
WHERE b <> a AND any(n IN [b.name] + coalesce(b.aliases, []) WHERE toLower(n) IN [wantedTo, 'the ' + wantedTo])
// In a subquery so both ends are bound before the search (a search "into" one node): at the top
// level the planner may search from one end towards every node that matches the other, which
// takes minutes. The length is checked after the search: inside the MATCH it slows it down too.
CALL {
  WITH a, b
  MATCH p = SHORTEST 25 (a)(()-[:{{relationTypes}}]-(:Entity)){1,10}(b)
  RETURN p
}
WITH a, b, p
WHERE length(p) <= coalesce($maxHops, 6)
WITH a, b, collect(p) AS paths
WITH reduce(least = 1000, q IN paths | CASE WHEN length(q) < least THEN length(q) ELSE least END) AS least, paths
UNWIND [q IN paths WHERE length(q) = least] AS p
WITH p, nodes(p) AS ns, relationships(p) AS rs
WITH length(p) AS hops,
     reduce(text = ns[0].name, i IN range(0, size(rs) - 1) |
       text + CASE WHEN startNode(rs[i]) = ns[i]
                   THEN ' -[' + type(rs[i]) + ']-> '
                   ELSE ' <-[' + type(rs[i]) + ']- ' END + ns[i + 1].name) AS path,
     [r IN rs | r.id] AS edgeIds
WITH hops, path, collect(edgeIds) AS alternatives
RETURN hops, path, alternatives[0] AS edges, size(alternatives) AS variants
ORDER BY hops, path
LIMIT coalesce($limit, 5)
