// The official Neo4j JavaScript driver (pinned in package.json) against the EconSecGraph Bolt server.
// Usage: node interop.mjs <host:port> <user> <password> <mode>
//   mode "scripted": the test-only engine of EconSecGraph.Bolt.Tests (fixed query texts)
//   mode "cypher":   a real Cypher engine (the embedded engine, or Neo4j itself)
// Prints one JSON report {passed: [...], failed: [{name, error}]} and exits 1 when a check failed.
import neo4j from 'neo4j-driver';
import assert from 'node:assert/strict';

const [address, user, password, mode = 'scripted'] = process.argv.slice(2);
const auth = neo4j.auth.basic(user, password);
const cypher = mode === 'cypher';

const Q = {
  one: 'RETURN 1 AS n',
  graph: cypher
    ? "MERGE (a:Agency {name: 'METI'}) SET a.founded = 2001 MERGE (b:Program:Fund {name: 'K Program'}) MERGE (a)-[r:FUNDS]->(b) SET r.amount = 5.5 WITH a, r, b MATCH p = (a)-[r]->(b) MATCH q = (b)<-[r]-(a) RETURN a, r, b, p, q"
    : 'GRAPH',
  temporals: cypher
    ? "RETURN date('2024-02-29') AS date, time('12:34:56.000000789+09:00') AS time, localtime('23:59:59.999999999') AS localTime, datetime('1970-01-01T02:15:00.000000042+01:00') AS dateTime, datetime('2023-11-15T07:13:20.123+09:00[Asia/Tokyo]') AS zoned, localdatetime('2023-11-14T22:13:20.000000005') AS localDateTime, duration({months: 14, days: 3, seconds: 3723, nanoseconds: 500000000}) AS duration, point({longitude: 139.69, latitude: 35.69}) AS point2d, point({x: 1.5, y: -2.5, z: 3.25}) AS point3d"
    : 'TEMPORALS',
  values: cypher
    ? "RETURN [1, 'two', 3.0, null, [true]] AS list, {a: 1, b: ['x'], c: {}} AS map, $bytes AS bytes, 1.25 AS float, '経済安全保障 ✓' AS text, true AS yes, null AS nothing, 9007199254740993 AS big, -129 AS negative"
    : 'VALUES',
  echo: (names) => (cypher ? 'RETURN ' + names.map((n) => `$${n} AS ${n}`).join(', ') : 'ECHO'),
  rows: cypher ? 'UNWIND range(1, $n) AS i RETURN i' : 'ROWS',
  create: cypher ? "CREATE (:InteropItem {at: 'x'})" : 'CREATE',
  count: cypher ? 'MATCH (n:InteropItem) RETURN count(n) AS c' : 'COUNT',
  syntaxError: 'FAIL here',
};

// Driver values → plain data with explicit types, so expectations are exact.
function norm(v) {
  if (v === null || v === undefined) return null;
  if (neo4j.isInt(v)) return { int: v.toString() };
  if (typeof v === 'number') return { float: v };
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (v instanceof Int8Array || v instanceof Uint8Array) return { bytes: Array.from(v, (b) => b & 0xff) };
  if (Array.isArray(v)) return v.map(norm);
  if (neo4j.isNode(v)) return { node: { labels: v.labels, properties: normMap(v.properties), elementId: v.elementId } };
  if (neo4j.isRelationship(v))
    return {
      rel: {
        type: v.type,
        properties: normMap(v.properties),
        elementId: v.elementId,
        start: v.startNodeElementId,
        end: v.endNodeElementId,
      },
    };
  if (neo4j.isPath(v))
    return {
      path: v.segments.map((s) => [s.start.elementId, s.relationship.type, s.relationship.startNodeElementId, s.end.elementId]),
    };
  if (neo4j.isDate(v)) return { date: v.toString() };
  if (neo4j.isTime(v)) return { time: v.toString() };
  if (neo4j.isLocalTime(v)) return { localTime: v.toString() };
  if (neo4j.isLocalDateTime(v)) return { localDateTime: v.toString() };
  if (neo4j.isDateTime(v))
    return {
      dateTime: [v.year, v.month, v.day, v.hour, v.minute, v.second, v.nanosecond].map(Number).join(','),
      offset: v.timeZoneOffsetSeconds === undefined ? null : Number(v.timeZoneOffsetSeconds),
      zone: v.timeZoneId ?? null,
    };
  if (neo4j.isDuration(v)) return { duration: [v.months, v.days, v.seconds, v.nanoseconds].map(Number) };
  if (neo4j.isPoint(v)) return { point: [Number(v.srid), v.x, v.y, v.z ?? null] };
  if (typeof v === 'object') return normMap(v);
  throw new Error('unexpected value ' + v);
}

function normMap(m) {
  const out = {};
  for (const k of Object.keys(m).sort()) out[k] = norm(m[k]);
  return out;
}

const passed = [];
const failed = [];
async function check(name, fn) {
  try {
    await fn();
    passed.push(name);
  } catch (e) {
    failed.push({ name, error: `${e.code ?? ''} ${e.message}`.trim() });
  }
}

async function one(driver, query, params = {}, config = {}) {
  const session = driver.session(config);
  try {
    const result = await session.run(query, params);
    return result;
  } finally {
    await session.close();
  }
}

const bolt = neo4j.driver(`bolt://${address}`, auth);
const routed = neo4j.driver(`neo4j://${address}`, auth);

await check('verifyConnectivity bolt://', async () => {
  const info = await bolt.getServerInfo();
  assert.match(info.agent, /^Neo4j\//);
  assert.match(String(info.protocolVersion), /^5\.8$/);
});

await check('verifyConnectivity neo4j://', async () => {
  await routed.verifyConnectivity();
});

await check('RETURN 1 over neo4j:// (ROUTE, then a reader)', async () => {
  const result = await one(routed, Q.one, {}, { defaultAccessMode: neo4j.session.READ });
  assert.deepEqual(norm(result.records[0].get('n')), { int: '1' });
});

await check('query returning 1 is an Integer', async () => {
  const result = await one(bolt, Q.one);
  assert.deepEqual(result.records[0].keys, ['n']);
  assert.deepEqual(norm(result.records[0].get('n')), { int: '1' });
  assert.equal(result.summary.queryType, 'r');
  assert.ok(result.summary.server.agent.startsWith('Neo4j/'));
});

await check('nodes, relationships and paths', async () => {
  const result = await one(bolt, Q.graph);
  const r = result.records[0];
  const a = norm(r.get('a'));
  const b = norm(r.get('b'));
  const rel = norm(r.get('r'));
  assert.deepEqual(a.node.labels, ['Agency']);
  assert.deepEqual(a.node.properties, { founded: { int: '2001' }, name: 'METI' });
  assert.deepEqual(b.node.labels.slice().sort(), ['Fund', 'Program']);
  assert.deepEqual(rel.rel.type, 'FUNDS');
  assert.deepEqual(rel.rel.properties, { amount: { float: 5.5 } });
  assert.equal(rel.rel.start, a.node.elementId);
  assert.equal(rel.rel.end, b.node.elementId);
  assert.deepEqual(norm(r.get('p')).path, [[a.node.elementId, 'FUNDS', a.node.elementId, b.node.elementId]]);
  // the backwards path keeps the relationship's own direction
  assert.deepEqual(norm(r.get('q')).path, [[b.node.elementId, 'FUNDS', a.node.elementId, a.node.elementId]]);
});

await check('temporal and spatial values', async () => {
  const r = (await one(bolt, Q.temporals)).records[0];
  assert.deepEqual(norm(r.get('date')), { date: '2024-02-29' });
  assert.deepEqual(norm(r.get('time')), { time: '12:34:56.000000789+09:00' });
  assert.deepEqual(norm(r.get('localTime')), { localTime: '23:59:59.999999999' });
  assert.deepEqual(norm(r.get('dateTime')), { dateTime: '1970,1,1,2,15,0,42', offset: 3600, zone: null });
  assert.deepEqual(norm(r.get('zoned')), { dateTime: '2023,11,15,7,13,20,123000000', offset: 32400, zone: 'Asia/Tokyo' });
  assert.deepEqual(norm(r.get('localDateTime')), { localDateTime: '2023-11-14T22:13:20.000000005' });
  assert.deepEqual(norm(r.get('duration')), { duration: [14, 3, 3723, 500000000] });
  assert.deepEqual(norm(r.get('point2d')), { point: [4326, 139.69, 35.69, null] });
  assert.deepEqual(norm(r.get('point3d')), { point: [9157, 1.5, -2.5, 3.25] });
});

await check('lists, maps, bytes, strings, numbers', async () => {
  const r = (await one(bolt, Q.values, { bytes: new Int8Array([0, 1, -2, -1]) })).records[0];
  assert.deepEqual(norm(r.get('list')), [{ int: '1' }, 'two', { float: 3 }, null, [true]]);
  assert.deepEqual(norm(r.get('map')), { a: { int: '1' }, b: ['x'], c: {} });
  assert.deepEqual(norm(r.get('bytes')), { bytes: [0, 1, 254, 255] });
  assert.deepEqual(norm(r.get('float')), { float: 1.25 });
  assert.equal(r.get('text'), '経済安全保障 ✓');
  assert.equal(r.get('yes'), true);
  assert.equal(r.get('nothing'), null);
  assert.deepEqual(norm(r.get('big')), { int: '9007199254740993' });
  assert.deepEqual(norm(r.get('negative')), { int: '-129' });
});

await check('parameters of every type round-trip', async () => {
  const params = {
    f: 1, // a plain JS number travels as a Float
    i: neo4j.int(2),
    big: neo4j.int('9007199254740993'),
    s: 'テキスト',
    b: false,
    n: null,
    l: [neo4j.int(1), 'a', [2.5]],
    m: { k: 'v', nested: { x: neo4j.int(-1) } },
    bytes: new Int8Array([1, 2, 3]),
    d: new neo4j.types.Date(2020, 1, 31),
    t: new neo4j.types.Time(1, 2, 3, 4, 3600),
    lt: new neo4j.types.LocalTime(23, 0, 0, 0),
    dt: new neo4j.types.DateTime(2021, 6, 1, 12, 0, 0, 5, 7200),
    zdt: new neo4j.types.DateTime(2021, 6, 1, 12, 0, 0, 0, undefined, 'Europe/Berlin'),
    ldt: new neo4j.types.LocalDateTime(2021, 6, 1, 12, 0, 0, 0),
    dur: new neo4j.types.Duration(1, 2, 3, 4),
    p: new neo4j.types.Point(7203, 1.5, 2.5),
    p3: new neo4j.types.Point(4979, 1, 2, 3),
  };
  const names = Object.keys(params).sort();
  const r = (await one(bolt, Q.echo(names), params)).records[0];
  assert.deepEqual(norm(r.get('f')), { float: 1 });
  assert.deepEqual(norm(r.get('i')), { int: '2' });
  assert.deepEqual(norm(r.get('big')), { int: '9007199254740993' });
  assert.equal(r.get('s'), 'テキスト');
  assert.equal(r.get('b'), false);
  assert.equal(r.get('n'), null);
  assert.deepEqual(norm(r.get('l')), [{ int: '1' }, 'a', [{ float: 2.5 }]]);
  assert.deepEqual(norm(r.get('m')), { k: 'v', nested: { x: { int: '-1' } } });
  assert.deepEqual(norm(r.get('bytes')), { bytes: [1, 2, 3] });
  assert.deepEqual(norm(r.get('d')), { date: '2020-01-31' });
  assert.deepEqual(norm(r.get('t')), { time: '01:02:03.000000004+01:00' });
  assert.deepEqual(norm(r.get('lt')), { localTime: '23:00:00' });
  assert.deepEqual(norm(r.get('dt')), { dateTime: '2021,6,1,12,0,0,5', offset: 7200, zone: null });
  assert.deepEqual(norm(r.get('zdt')), { dateTime: '2021,6,1,12,0,0,0', offset: 7200, zone: 'Europe/Berlin' });
  assert.deepEqual(norm(r.get('ldt')), { localDateTime: '2021-06-01T12:00:00' });
  assert.deepEqual(norm(r.get('dur')), { duration: [1, 2, 3, 4] });
  assert.deepEqual(norm(r.get('p')), { point: [7203, 1.5, 2.5, null] });
  assert.deepEqual(norm(r.get('p3')), { point: [4979, 1, 2, 3] });
});

await check('streaming with fetchSize 2', async () => {
  const session = bolt.session({ fetchSize: 2 });
  try {
    const result = await session.run(Q.rows, { n: neo4j.int(5) });
    assert.deepEqual(result.records.map((r) => r.get('i').toNumber()), [1, 2, 3, 4, 5]);
  } finally {
    await session.close();
  }
});

async function count() {
  return (await one(bolt, Q.count)).records[0].get('c').toNumber();
}

await check('explicit transaction rolled back', async () => {
  const before = await count();
  const session = bolt.session();
  try {
    const tx = session.beginTransaction();
    const result = await tx.run(Q.create);
    assert.equal(result.summary.counters.updates().nodesCreated, 1);
    await tx.rollback();
  } finally {
    await session.close();
  }
  assert.equal(await count(), before);
});

await check('explicit transaction committed, bookmark advances', async () => {
  const before = await count();
  const session = bolt.session();
  try {
    const tx = session.beginTransaction();
    await tx.run(Q.create);
    await tx.commit();
    assert.ok(session.lastBookmarks().length > 0, 'a bookmark after commit');
  } finally {
    await session.close();
  }
  assert.equal(await count(), before + 1);
});

await check('managed transactions (executeRead / executeWrite)', async () => {
  const session = bolt.session();
  try {
    const n = await session.executeRead(async (tx) => (await tx.run(Q.one)).records[0].get('n').toNumber());
    assert.equal(n, 1);
    await session.executeWrite((tx) => tx.run(Q.create));
  } finally {
    await session.close();
  }
  const { records } = await bolt.executeQuery(Q.one);
  assert.equal(records[0].get('n').toNumber(), 1);
});

await check('read access mode refuses writes', async () => {
  const session = bolt.session({ defaultAccessMode: neo4j.session.READ });
  try {
    await assert.rejects(session.executeRead((tx) => tx.run(Q.create)), (e) => {
      assert.equal(e.code, 'Neo.ClientError.Statement.AccessMode');
      return true;
    });
  } finally {
    await session.close();
  }
});

await check('syntax error with its code, then a working query on the same connection', async () => {
  const session = bolt.session();
  try {
    await assert.rejects(session.run(Q.syntaxError), (e) => {
      assert.equal(e.code, 'Neo.ClientError.Statement.SyntaxError');
      assert.equal(e.gqlStatus, '42001');
      assert.equal(e.classification, 'CLIENT_ERROR');
      return true;
    });
    const result = await session.run(Q.one);
    assert.equal(result.records[0].get('n').toNumber(), 1);
  } finally {
    await session.close();
  }
});

if (cypher) {
  await check("cypher-shell's start-up procedures (db.ping, dbms.components)", async () => {
    const ping = await one(bolt, 'CALL db.ping()', {}, { defaultAccessMode: neo4j.session.READ });
    assert.equal(ping.records[0].get('success'), true);
    const components = await one(bolt, 'CALL dbms.components() YIELD name, versions, edition RETURN name, versions, edition');
    assert.ok(components.records.length >= 1);
    assert.ok(Array.isArray(components.records[0].get('versions')));
  });
}

await check('wrong password is Unauthorized', async () => {
  const wrong = neo4j.driver(`bolt://${address}`, neo4j.auth.basic(user, password + 'x'));
  try {
    await assert.rejects(wrong.verifyConnectivity(), (e) => {
      assert.equal(e.code, 'Neo.ClientError.Security.Unauthorized');
      return true;
    });
  } finally {
    await wrong.close();
  }
});

await bolt.close();
await routed.close();
console.log(JSON.stringify({ passed, failed }, null, 2));
process.exit(failed.length === 0 ? 0 : 1);
