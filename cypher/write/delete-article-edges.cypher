// Removes what an earlier write of this article left: its claim/affiliation edges (found by
// their `article` property, through the per-type indexes of schema.cypher) and its MENTIONS.
// Nodes stay: they may be shared with other articles. $article: the article id.
// USING INDEX SEEK: planned on a small graph, the planner scanned whole `article` indexes (every
// edge of the type) for some types instead of seeking the article's edges, until a re-plan.
CALL { MATCH ()-[r:STATEMENT {article: $article}]->() USING INDEX SEEK r:STATEMENT(article) DELETE r RETURN count(r) AS statements }
CALL { MATCH ()-[r:THREAT {article: $article}]->() USING INDEX SEEK r:THREAT(article) DELETE r RETURN count(r) AS threats }
CALL { MATCH ()-[r:PROPOSAL {article: $article}]->() USING INDEX SEEK r:PROPOSAL(article) DELETE r RETURN count(r) AS proposals }
CALL { MATCH ()-[r:AFFILIATED_WITH {article: $article}]->() USING INDEX SEEK r:AFFILIATED_WITH(article) DELETE r RETURN count(r) AS affiliations }
CALL { MATCH (:Article {id: $article})-[m:MENTIONS]->() DELETE m RETURN count(m) AS mentions }
RETURN statements + threats + proposals + affiliations + mentions AS deleted
