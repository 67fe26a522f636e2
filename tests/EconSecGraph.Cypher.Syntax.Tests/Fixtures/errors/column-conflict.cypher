MATCH (n)
RETURN n.name AS x, n.age AS x
