// Articles already in the graph whose text has one of $surnames (people a build named in full for
// the first time) and that this build did not write ($exclude): src/cli/graph-memory.ts reads them
// again so their surname-only mentions join the full name. A scan of the articles' text: once per
// build, and only when a build brings new full names.
MATCH (a:Article)
WHERE NOT a.id IN $exclude AND any(s IN $surnames WHERE a.text CONTAINS s)
RETURN a.id AS id, a.path AS path, a.file AS file, a.title AS title, a.date AS date, a.text AS text,
       a.url AS url, a.outlet AS outlet, a.source AS source, a.folder AS folder
ORDER BY id
