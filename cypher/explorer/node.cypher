// description: One node of the explorer: its name, label and aliases, or an article's title, date and file, and how often it is mentioned.
// param id: an entity id, or "article:" + an article id (ent_caeeb9a4524e973a)
MATCH (n)
WHERE (n:Entity AND n.id = $id) OR (n:Article AND 'article:' + n.id = $id)
OPTIONAL MATCH (a:Article)-[m:MENTIONS]->(n)
WITH n, count(a) AS articles, coalesce(sum(m.count), 0) AS mentions
RETURN $id AS id,
       [l IN labels(n) WHERE l <> 'Entity'][0] AS label,
       coalesce(n.name, n.title) AS name,
       coalesce(n.aliases, []) AS aliases,
       n.title AS title,
       n.date AS date,
       n.file AS file,
       articles,
       mentions
