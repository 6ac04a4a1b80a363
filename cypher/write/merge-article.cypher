// Upserts one Article node. $article: {id, file, path, title, date, text}.
// date stays the ISO string (YYYY-MM-DD) or null that the pipeline gives: it sorts and compares
// as text, and an unparsable date cannot abort the article's transaction.
MERGE (a:Article {id: $article.id})
SET a.file = $article.file,
    a.path = $article.path,
    a.title = $article.title,
    a.date = $article.date,
    a.text = $article.text
RETURN count(a) AS written
