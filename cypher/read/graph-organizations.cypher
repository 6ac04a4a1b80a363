// The organisations and states the graph already holds with the full names their articles wrote, for
// resolution that knows the graph (src/resolve/written-names.ts): a node is named from every form
// written so far and today's, so that loads day by day name it as one load of everything does.
MATCH (o:Entity)
WHERE (o:Organization OR o:State) AND o.written IS NOT NULL AND size(o.written) > 0
RETURN o.id AS id, o.written AS written
ORDER BY id
