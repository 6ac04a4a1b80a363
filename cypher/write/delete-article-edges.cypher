// Removes what an earlier write of this article left: its claim/affiliation edges (found by
// their `article` property, through the per-type indexes of schema.cypher) and its MENTIONS.
// Nodes stay: they may be shared with other articles. $article: the article id.
CALL { MATCH ()-[r:STATEMENT {article: $article}]->() DELETE r RETURN count(r) AS statements }
CALL { MATCH ()-[r:THREAT {article: $article}]->() DELETE r RETURN count(r) AS threats }
CALL { MATCH ()-[r:PROPOSAL {article: $article}]->() DELETE r RETURN count(r) AS proposals }
CALL { MATCH ()-[r:AFFILIATED_WITH {article: $article}]->() DELETE r RETURN count(r) AS affiliations }
CALL { MATCH (:Article {id: $article})-[m:MENTIONS]->() DELETE m RETURN count(m) AS mentions }
RETURN statements + threats + proposals + affiliations + mentions AS deleted
