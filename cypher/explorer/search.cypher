// description: Actors whose name or alias contains the text typed, best matches first.
// param q: part of a name or alias, case-insensitive (putin)
// param limit?: most results, 1 to 50 (15)
// `alias` is the alias that matched when the name did not.
WITH toLower(trim($q)) AS wanted
MATCH (x:Entity)
WITH x, wanted, [n IN [x.name] + coalesce(x.aliases, []) WHERE toLower(n) CONTAINS wanted] AS hits
WHERE size(hits) > 0
OPTIONAL MATCH (:Article)-[m:MENTIONS]->(x)
WITH x, wanted, hits, coalesce(sum(m.count), 0) AS mentions
WITH x, hits, mentions,
     CASE WHEN any(n IN hits WHERE toLower(n) = wanted) THEN 0
          WHEN any(n IN hits WHERE toLower(n) STARTS WITH wanted) THEN 1
          ELSE 2 END AS rank
RETURN x.id AS id,
       x.name AS name,
       [l IN labels(x) WHERE l <> 'Entity'][0] AS label,
       coalesce(x.aliases, []) AS aliases,
       CASE WHEN hits[0] = x.name THEN null ELSE hits[0] END AS alias,
       mentions
ORDER BY rank, mentions DESC, name
LIMIT coalesce($limit, 15)
