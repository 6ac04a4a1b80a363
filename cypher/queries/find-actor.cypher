// description: Find actors whose name or any alias contains the text typed, with their label, aliases and how often they are mentioned.
// param text: part of a name or alias, case-insensitive (kreml)
// param limit?: most rows to return (25)
WITH toLower(trim($text)) AS wanted
MATCH (x:Entity)
WHERE any(n IN [x.name] + coalesce(x.aliases, []) WHERE toLower(n) CONTAINS wanted)
OPTIONAL MATCH (a:Article)-[m:MENTIONS]->(x)
WITH x, count(a) AS articles, coalesce(sum(m.count), 0) AS mentions
RETURN x.name AS name,
       [l IN labels(x) WHERE l <> 'Entity'][0] AS label,
       x.aliases AS aliases,
       articles,
       mentions,
       x.id AS id
ORDER BY mentions DESC, name
LIMIT coalesce($limit, 25)
