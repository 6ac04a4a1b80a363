// The people the graph already holds, for resolution that knows the graph (src/resolve, issue 12):
// their full names join the corpus index before a run is resolved, so that a surname-only mention
// in today's articles ("Miano proposed talks") finds yesterday's "Rebecca Miano". `articles`: how
// many articles name them (the weight of the name among its spellings).
MATCH (p:Person)
WHERE p.name CONTAINS ' '
RETURN p.name AS name, COUNT { (p)<-[:MENTIONS]-(:Article) } AS articles
ORDER BY name
