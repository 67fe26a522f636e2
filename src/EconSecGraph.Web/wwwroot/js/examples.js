// Saved example queries for this domain (the console's "Examples" menu). Plain Cypher that runs on
// the embedded engine and on Neo4j 5 alike.
export const EXAMPLES = [
  {
    ja: "防衛装備庁とその関係",
    en: "ATLA and its relationships",
    query: "MATCH (o:Organization {id: 'org-atla'})-[r]-(x)\nRETURN o, r, x",
  },
  {
    ja: "経済安全保障推進法案の柱（順番どおり）",
    en: "Pillars of the Economic Security Promotion Bill, in order",
    query: "MATCH (b:Bill {id: 'bill-econsec-promotion'})-[i:INCLUDES]->(m:Measure)\nRETURN i.order AS order, m.name AS pillar, m.nameEn AS pillarEn\nORDER BY order",
  },
  {
    ja: "金額のある基金・制度",
    en: "Funds and programmes with amounts",
    query: "MATCH (x)-[:HAS_AMOUNT]->(f:Figure)\nRETURN x.name AS what, f.text AS amount, f.value AS value, f.unit AS unit\nORDER BY value DESC",
  },
  {
    ja: "2021年の出来事（日付順）",
    en: "Events of 2021, by date",
    query: "MATCH (e:Event)\nWHERE toString(e.date) STARTS WITH '2021'\nRETURN e.date AS date, e.name AS event, e.nameEn AS eventEn\nORDER BY date",
  },
  {
    ja: "発行元ごとの記事数",
    en: "Articles per publisher",
    query: "MATCH (a:Article)-[:PUBLISHED_BY]->(p:Publisher)\nRETURN p.name AS publisher, count(a) AS articles\nORDER BY articles DESC",
  },
  {
    ja: "千人計画に関わるもの",
    en: "Everything linked to the Thousand Talents Plan",
    query: "MATCH (p:Program {id: 'prog-thousand-talents'})-[r]-(x)\nWHERE NOT x:Article\nRETURN p, r, x",
  },
  {
    ja: "防衛装備庁から千人計画への最短経路",
    en: "Shortest path from ATLA to the Thousand Talents Plan",
    query: "MATCH (a:Entity {id: 'org-atla'}), (b:Entity {id: 'prog-thousand-talents'})\nMATCH p = shortestPath((a)-[*..8]-(b))\nRETURN p",
  },
  {
    ja: "決定と決定した組織",
    en: "Decisions and who took them",
    query: "MATCH (d:Decision)-[:DECIDED_BY]->(o)\nRETURN d, o",
  },
  {
    ja: "つながりの多いエンティティ",
    en: "Most connected entities",
    query: "MATCH (n:Entity)-[r]-()\nWHERE NOT n:Article AND NOT n:Chronicle\nRETURN n.name AS name, labels(n) AS labels, count(r) AS degree\nORDER BY degree DESC LIMIT 15",
  },
  {
    ja: "実行計画を見る（EXPLAIN）",
    en: "Show the plan (EXPLAIN)",
    query: "EXPLAIN\nMATCH (o:Organization)-[:ADMINISTERS]->(p:Program)\nRETURN o.name, p.name",
  },
];
