CALL db.labels() YIELD label AS l WHERE l STARTS WITH "A"
RETURN collect(l) AS labels
UNION ALL
RETURN [] AS labels
