// description: Actors who both threaten and propose to the same party (stick and carrot), with one example of each.
// param limit?: most rows to return (50)
MATCH (s:Entity)-[th:THREAT]->(t:Entity)
MATCH (s)-[pr:PROPOSAL]->(t)
WITH s, t, collect(DISTINCT th) AS threats, collect(DISTINCT pr) AS proposals
RETURN s.name AS actor,
       t.name AS party,
       size(threats) AS threats,
       size(proposals) AS proposals,
       threats[0].evidence AS threatEvidence,
       proposals[0].evidence AS proposalEvidence,
       [r IN threats + proposals | r.id] AS edges
ORDER BY threats + proposals DESC, actor, party
LIMIT coalesce($limit, 50)
