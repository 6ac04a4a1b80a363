// Relationships per type, for the build summary. No parameters.
MATCH ()-[r]->()
RETURN type(r) AS type, count(*) AS relationships
ORDER BY type
