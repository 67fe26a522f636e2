CREATE (a)-[:T|U]->(b)
