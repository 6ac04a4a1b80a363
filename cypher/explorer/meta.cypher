// description: What the explorer's filters offer: how many nodes per label and edges per type, and the range of dates.
CALL { MATCH (n) UNWIND labels(n) AS label WITH label, count(*) AS c WHERE label <> 'Entity' RETURN collect({label: label, count: c}) AS labels }
CALL { MATCH ()-[r]->() WITH type(r) AS type, count(*) AS c RETURN collect({type: type, count: c}) AS types }
CALL { MATCH (a:Article) RETURN min(a.date) AS firstDate, max(a.date) AS lastDate, count(a) AS articles }
RETURN labels, types, firstDate, lastDate, articles
