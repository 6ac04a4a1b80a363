// Removes what earlier writes of these articles left: their claim/affiliation edges (through the
// per-type `article` indexes of schema.cypher) and their MENTIONS. $articles: [article id].
// Nodes stay: other articles may share them.
UNWIND $articles AS article
CALL { WITH article MATCH ()-[r:STATEMENT {article: article}]->() DELETE r RETURN count(r) AS statements }
CALL { WITH article MATCH ()-[r:THREAT {article: article}]->() DELETE r RETURN count(r) AS threats }
CALL { WITH article MATCH ()-[r:PROPOSAL {article: article}]->() DELETE r RETURN count(r) AS proposals }
CALL { WITH article MATCH ()-[r:AFFILIATED_WITH {article: article}]->() DELETE r RETURN count(r) AS affiliations }
CALL { WITH article MATCH (:Article {id: article})-[m:MENTIONS]->() DELETE m RETURN count(m) AS mentions }
RETURN sum(statements + threats + proposals + affiliations + mentions) AS deleted
