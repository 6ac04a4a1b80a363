// description: The time axis: how many edges that start at an actor (claims and affiliations) there are per type and date; undated ones have a null date.
MATCH (:Entity)-[r]->()
RETURN type(r) AS type, r.date AS date, count(*) AS count
ORDER BY date
