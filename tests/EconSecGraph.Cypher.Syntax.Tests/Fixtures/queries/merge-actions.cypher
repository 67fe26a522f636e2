MERGE (p:Program {id: $id})
ON CREATE SET p.created = timestamp()
ON MATCH SET p += $props
WITH p
UNWIND $laws AS law
MERGE (l:`法律` {name: law})
MERGE (p)-[:BASED_ON]->(l)
