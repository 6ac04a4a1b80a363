// description: Most active speakers: actors ranked by the statements, threats and proposals they make.
// param limit?: how many actors (20)
MATCH (s:Entity)-[r:STATEMENT|THREAT|PROPOSAL]->()
WITH s,
     count(r) AS claims,
     sum(CASE type(r) WHEN 'STATEMENT' THEN 1 ELSE 0 END) AS statements,
     sum(CASE type(r) WHEN 'THREAT' THEN 1 ELSE 0 END) AS threats,
     sum(CASE type(r) WHEN 'PROPOSAL' THEN 1 ELSE 0 END) AS proposals,
     count(DISTINCT r.article) AS articles
RETURN s.name AS actor,
       [l IN labels(s) WHERE l <> 'Entity'][0] AS label,
       claims, statements, threats, proposals, articles
ORDER BY claims DESC, actor
LIMIT coalesce($limit, 20)
