// Runs the benchmark suite on Kuzu: node run.mjs <data-dir> <work-dir> → JSON report on stdout.
// Schema: one node table Node(id, label, name) and one relationship table E(type) — the natural Kuzu
// shape for nodes.csv (id,label,name) and edges.csv (src,dst,type).
import kuzu from "kuzu";
import fs from "node:fs";
import path from "node:path";

const [dataDir, workDir] = process.argv.slice(2);
if (!dataDir || !workDir) {
  console.error("usage: node run.mjs <data-dir> <work-dir>");
  process.exit(2);
}
const queries = JSON.parse(fs.readFileSync(path.join(dataDir, "queries.json"), "utf8"));
fs.rmSync(workDir, { recursive: true, force: true });
fs.mkdirSync(path.dirname(workDir), { recursive: true });

const db = new kuzu.Database(workDir);
const conn = new kuzu.Connection(db);
const q = async (text, params) => {
  const result = params ? await conn.execute(await conn.prepare(text), params) : await conn.query(text);
  return await result.getAll();
};

const report = { engine: "kuzu", version: "0.11.3", operations: {} };
let t = performance.now();
await q("CREATE NODE TABLE Node(id INT64, label STRING, name STRING, PRIMARY KEY (id))");
await q("CREATE REL TABLE E(FROM Node TO Node, type STRING)");
await q(`COPY Node FROM '${path.resolve(dataDir, "nodes.csv")}' (header=true)`);
await q(`COPY E FROM '${path.resolve(dataDir, "edges.csv")}' (header=true)`);
await q("CALL CREATE_FTS_INDEX('Node', 'names', ['name'])");
report.loadMs = performance.now() - t;

async function op(name, inputs, text, toParams, digest, warmup = inputs) {
  const prepared = await conn.prepare(text);
  const run = async (input) => (await conn.execute(prepared, toParams(input))).getAll();
  // warm-up (same rule as the C# Recorder): reads repeat the round until 1 s has passed; writes run their own list once
  const warmStart = performance.now();
  do {
    for (const input of warmup) await run(input);
  } while (warmup === inputs && performance.now() - warmStart < 1000);
  const samples = [];
  const results = [];
  for (const input of inputs) {
    const start = performance.now();
    const rows = await run(input);
    samples.push((performance.now() - start) * 1000);
    results.push(digest(rows));
  }
  report.operations[name] = { samples, results };
}

const nodes = queries.nodes.map((n) => n.id);
const pairs = queries.pairs.map((p) => [p.from.id, p.to.id]);
// digests match bench/EconSecGraph.Bench/Harness/Digest.cs: numbers as text, id sets sorted, "none" for no row
const first = (rows) => (rows.length === 0 ? "none" : String(Object.values(rows[0])[0]));
const sortedIds = (rows) => rows.map((r) => Number(r.id)).sort((a, b) => a - b).join(",");
await op("hop1 count distinct", nodes, "MATCH (n:Node {id: $id})-[:E]-(m:Node) RETURN count(DISTINCT m)", (id) => ({ id }), first);
await op("hop2 count distinct", nodes, "MATCH (n:Node {id: $id})-[:E*1..2]-(m:Node) WHERE m.id <> $id RETURN count(DISTINCT m)", (id) => ({ id }), first);
await op("hop1 rows", nodes, "MATCH (n:Node {id: $id})-[:E]-(m:Node) RETURN m.id AS id, m.name AS name", (id) => ({ id }),
  sortedIds);
await op("neighbours by label", nodes, "MATCH (n:Node {id: $id})-[:E]-(m:Node) RETURN m.label AS label, count(*) AS c ORDER BY label", (id) => ({ id }),
  (rows) => rows.map((r) => `${r.label}:${r.c}`).join(","));
await op("shortest path length", pairs, "MATCH p = (a:Node {id: $a})-[:E* SHORTEST 1..30]-(b:Node {id: $b}) RETURN length(p)", ([a, b]) => ({ a, b }), first);
await op("shortest path nodes", pairs, "MATCH p = (a:Node {id: $a})-[:E* SHORTEST 1..30]-(b:Node {id: $b}) RETURN properties(nodes(p), 'id') AS ids", ([a, b]) => ({ a, b }),
  (rows) => (rows.length === 0 ? "none" : rows[0].ids.map(Number).join(",")));
await op("all shortest paths count", pairs, "MATCH p = (a:Node {id: $a})-[:E* ALL SHORTEST 1..30]-(b:Node {id: $b}) RETURN count(*)", ([a, b]) => ({ a, b }), first);
await op("prefix count", queries.prefixes, "MATCH (n:Node) WHERE n.name STARTS WITH $p RETURN count(*)", (p) => ({ p }), first);
await op("prefix limit 25", queries.prefixes, "MATCH (n:Node) WHERE n.name STARTS WITH $p RETURN n.id AS id LIMIT 25", (p) => ({ p }), sortedIds);
await op("contains count", queries.substrings, "MATCH (n:Node) WHERE n.name CONTAINS $s RETURN count(*)", (s) => ({ s }), first);
await op("contains limit 25", queries.substrings, "MATCH (n:Node) WHERE n.name CONTAINS $s RETURN n.id AS id LIMIT 25", (s) => ({ s }), sortedIds);
await op("full-text count", queries.fullTextTerms, "CALL QUERY_FTS_INDEX('Node', 'names', $t) RETURN count(*)", (t) => ({ t }), first);
await op("type counts", [0, 1, 2, 3, 4], "MATCH ()-[e:E]->() RETURN e.type AS t, count(*) AS c ORDER BY t", () => ({}),
  (rows) => rows.map((r) => `${r.t}:${r.c}`).join(","));

// write mix: MERGE a new node and a relationship to an existing one, one auto-commit transaction each
const writesFile = path.join(dataDir, "writes.json");
if (fs.existsSync(writesFile)) {
  const writes = JSON.parse(fs.readFileSync(writesFile, "utf8"));
  await op("write mix (MERGE, durable)", writes.timed,
    "MERGE (a:Node {id: $id}) ON CREATE SET a.name = $name, a.label = $label WITH a MATCH (b:Node {id: $other}) MERGE (a)-[:E {type: $type}]->(b) RETURN a.id",
    (w) => ({ id: w.id, name: w.name, label: w.label, other: w.other, type: w.type }), first, writes.warmup);
}

report.peakMemoryBytes = peakMemory();
console.log(JSON.stringify(report));

function peakMemory() {
  const status = fs.readFileSync("/proc/self/status", "utf8");
  const m = /VmHWM:\s+(\d+) kB/.exec(status);
  return m ? Number(m[1]) * 1024 : null;
}
