// `kg remove <paths|urls|ids>`: the articles a user names, by id, source, URL or path as given at
// load time. `kg build DIR --sync`: the articles loaded from DIR ($folder) whose source is not among
// $keep. Either list may be empty.
//
// $keys: [string], $folder: string or null, $keep: [string]
CALL {
  UNWIND $keys AS key
  MATCH (a:Article)
  WHERE a.id = key OR a.source = key OR a.url = key OR a.path = key
  RETURN a
  UNION
  WITH $folder AS folder WHERE folder IS NOT NULL
  MATCH (a:Article {folder: folder})
  WHERE NOT a.source IN $keep
  RETURN a
}
RETURN DISTINCT a.id AS id, a.source AS source, a.url AS url, a.path AS path
