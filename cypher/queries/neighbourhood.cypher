// description: An actor's neighbourhood: every party it is joined to by a claim or affiliation, with the edge types and counts in each direction.
// param actor: name or alias, case-insensitive (Putin)
// param limit?: most rows to return (100)
// Claims without addressee go to an Article node: such neighbours are shown as "(article) <title>".
WITH toLower(trim($actor)) AS typed
WITH CASE WHEN typed STARTS WITH 'the ' THEN substring(typed, 4) ELSE typed END AS wanted
MATCH (x:Entity)
WHERE any(n IN [x.name] + coalesce(x.aliases, []) WHERE toLower(n) IN [wanted, 'the ' + wanted])
MATCH (x)-[r:{{relationTypes}}]-(other)
WITH x, other, r, CASE WHEN startNode(r) = x THEN 'out' ELSE 'in' END AS direction
WITH x, other,
     count(r) AS edges,
     collect(DISTINCT CASE direction WHEN 'out' THEN type(r) END) AS outgoing,
     collect(DISTINCT CASE direction WHEN 'in' THEN type(r) END) AS incoming
RETURN x.name AS actor,
       CASE WHEN other:Article THEN '(article) ' + other.title ELSE other.name END AS neighbour,
       [l IN labels(other) WHERE l <> 'Entity'][0] AS label,
       edges,
       outgoing,
       incoming
ORDER BY edges DESC, neighbour
LIMIT coalesce($limit, 100)
