// Which of these entity ids are in the graph ($ids: [string]). The writer asks only when a
// relation statement wrote fewer edges than it was given, to name the relations it skipped.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN e.id AS id
