// Upserts the Article nodes of a batch of articles (one transaction, src/neo4j/batch-writer.ts).
// $articles: [{id, file, path, title, date, text}], each id once.
UNWIND $articles AS article
MERGE (a:Article {id: article.id})
SET a.file = article.file,
    a.path = article.path,
    a.title = article.title,
    a.date = article.date,
    a.text = article.text
RETURN count(a) AS written
