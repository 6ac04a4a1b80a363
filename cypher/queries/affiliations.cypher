// description: Affiliations of an organisation or state (who speaks for the Kremlin), or of a person (whom they speak for), with roles.
// param actor: name or alias of the organisation, state or person (the Kremlin)
// param role?: keep only roles containing this text, e.g. spokesman (spokesman)
// One row per person, organisation and role; `articles` counts the articles that state it.
WITH toLower(trim($actor)) AS typed
WITH CASE WHEN typed STARTS WITH 'the ' THEN substring(typed, 4) ELSE typed END AS wanted
MATCH (x:Entity)
WHERE any(n IN [x.name] + coalesce(x.aliases, []) WHERE toLower(n) IN [wanted, 'the ' + wanted])
MATCH (p:Entity)-[r:AFFILIATED_WITH]->(o:Entity)
WHERE (p = x OR o = x)
  AND ($role IS NULL OR toLower(coalesce(r.role, '')) CONTAINS toLower(trim($role)))
WITH p, o, r.role AS role, count(DISTINCT r.article) AS articles, collect(r) AS edges
RETURN p.name AS person,
       role,
       o.name AS organization,
       [l IN labels(o) WHERE l <> 'Entity'][0] AS label,
       articles,
       edges[0].evidence AS evidence,
       [e IN edges | e.id] AS edgeIds
ORDER BY organization, articles DESC, person
