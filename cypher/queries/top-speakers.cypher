// description: Most active speakers: actors ranked by the claims they make, with a count per claim type.
// param limit?: how many actors (20)
MATCH (s:Entity)-[r:{{claimTypes}}]->()
WITH s,
     count(r) AS claims,
// {{#each claim}}
     sum(CASE type(r) WHEN '{{type}}' THEN 1 ELSE 0 END) AS {{plural}},
// {{/each}}
     count(DISTINCT r.article) AS articles
RETURN s.name AS actor,
       [l IN labels(s) WHERE l <> 'Entity'][0] AS label,
       claims, {{claimPlurals}}, articles
ORDER BY claims DESC, actor
LIMIT coalesce($limit, 20)
