// Nodes per label, for the build summary. No parameters.
MATCH (n)
UNWIND labels(n) AS label
WITH label, count(*) AS nodes
WHERE label <> 'Entity'
RETURN label, nodes
ORDER BY label
