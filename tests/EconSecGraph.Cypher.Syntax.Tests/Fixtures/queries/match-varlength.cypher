MATCH (a:Person {name: $name})-[r:KNOWS*1..3]->(b)
WHERE b.age > 30 AND NOT (b)-[:BLOCKED]->(a)
RETURN b.name, count(*) AS n ORDER BY n DESC LIMIT 10
