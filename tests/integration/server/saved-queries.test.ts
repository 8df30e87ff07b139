import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Driver } from 'neo4j-driver';
import type { SavedQuery, SavedQueryRunResult } from '../../../shared/api';
import { readSeedQueries } from '../../../server/server';
import { cleanDatabase, testDriver } from '../../support/db';
import { fixtureClaims, seedGraph } from '../../support/seed-graph';
import { authHeader, testApp } from '../../support/server-app';

let driver: Driver;
let app: FastifyInstance;

async function graphFingerprint(): Promise<string> {
  const { records } = await driver.executeQuery(
    'MATCH (n) WHERE NOT n:SavedQuery OPTIONAL MATCH (n)-[r]->() RETURN count(DISTINCT n) AS nodes, count(r) AS rels, collect(DISTINCT labels(n)) AS labels, sum(size(keys(n))) AS props',
  );
  return JSON.stringify(records[0]?.toObject());
}

async function create(body: Record<string, unknown>) {
  return app.inject({ method: 'POST', url: '/api/queries', headers: authHeader, payload: body });
}
/** Stores a query directly in the database, as a backup import or a direct edit could. */
async function plant(id: string, cypher: string) {
  await driver.executeQuery(
    "MERGE (q:SavedQuery {id: $id}) SET q.name = $id, q.description = '', q.cypher = $cypher, q.params = '[]', q.createdAt = '', q.updatedAt = ''",
    { id, cypher },
  );
}
async function run(id: string, params: Record<string, unknown> = {}) {
  return app.inject({ method: 'POST', url: `/api/queries/${id}/run`, headers: authHeader, payload: { params } });
}

beforeAll(async () => {
  driver = testDriver();
  await cleanDatabase(driver);
  await seedGraph(driver);
  app = await testApp(driver, { queryTimeoutMs: 300, queryRowCap: 5 });
  await app.repos.queries.seed(readSeedQueries());
});
afterAll(async () => {
  await app.close();
  await driver.close();
});

describe('saved queries: seeds', () => {
  it('seeds at least 8 queries, and seeding again does not overwrite user edits', async () => {
    const seeds = readSeedQueries();
    expect(seeds.length).toBeGreaterThanOrEqual(8);
    const list = (await app.inject({ url: '/api/queries' })).json().queries as SavedQuery[];
    expect(list.map((q) => q.id).sort()).toEqual(seeds.map((q) => q.id).sort());
    const edited = await app.inject({
      method: 'PUT', url: '/api/queries/who-attacked', headers: authHeader,
      payload: { name: 'Edited', cypher: 'RETURN 1 AS one', params: [] },
    });
    expect(edited.statusCode).toBe(200);
    expect(await app.repos.queries.seed(seeds)).toBe(0);
    expect((await app.inject({ url: '/api/queries/who-attacked' })).json().name).toBe('Edited');
  });

  it('every seeded query runs with its defaults', async () => {
    const big = await testApp(driver, { queryTimeoutMs: 10_000 });
    try {
      for (const q of readSeedQueries()) {
        if (q.id === 'who-attacked') continue; // edited above
        const res = await big.inject({ method: 'POST', url: `/api/queries/${q.id}/run`, headers: authHeader, payload: {} });
        expect(res.statusCode, `${q.id}: ${res.body}`).toBe(200);
      }
      const chain = (await big.inject({ method: 'POST', url: '/api/queries/shortest-chain/run', headers: authHeader, payload: {} })).json() as SavedQueryRunResult;
      expect(chain.table.columns).toEqual(['chain', 'hops', 'p']);
      expect(chain.table.rows[0]?.[1]).toBe(3);
      expect(chain.graph.nodes.map((n) => n.data.id)).toContain('cia');
      expect(chain.graph.edges).toHaveLength(3);
      const contacts = (await big.inject({ method: 'POST', url: '/api/queries/agency-contacts/run', headers: authHeader, payload: {} })).json() as SavedQueryRunResult;
      expect(contacts.table.rows.map((r) => r[1]).sort()).toEqual(['COOPERATES_WITH', 'MET_WITH']);
      const newcomers = (await big.inject({ method: 'POST', url: '/api/queries/actors-after-year/run', headers: authHeader, payload: { params: { year: 2022 } } })).json() as SavedQueryRunResult;
      const firstYear = new Map<string, number>();
      for (const c of fixtureClaims()) for (const a of [c.source, c.target]) firstYear.set(a, Math.min(firstYear.get(a) ?? 9999, c.year!));
      const expected = [...firstYear].filter(([, y]) => y > 2022).map(([a]) => a).sort();
      expect(newcomers.table.rows.map((r) => r[0]).sort()).toEqual(expected);
      expect(expected.length).toBeGreaterThan(0);
    } finally {
      await big.close();
    }
  });
});

describe('saved queries: CRUD and run', () => {
  it('creates, reads, updates, runs and deletes a query', async () => {
    const created = await create({
      name: 'Attacks on an actor', description: 'test',
      cypher: 'MATCH (s:Actor)-[r:ATTACKED]->(t:Actor {id: $target}) RETURN s.id AS attacker, r.year AS year, s, r, t ORDER BY attacker',
      params: [{ name: 'target', type: 'actor', required: true }],
    });
    expect(created.statusCode, created.body).toBe(201);
    const q = created.json() as SavedQuery;
    expect(q.id).toMatch(/^attacks-on-an-actor-/);
    expect(q.createdAt).toBe(q.updatedAt);

    const ran = await run(q.id, { target: 'united-states' });
    expect(ran.statusCode, ran.body).toBe(200);
    const result = ran.json() as SavedQueryRunResult;
    expect(result.table.columns).toEqual(['attacker', 'year', 's', 'r', 't']);
    expect(result.table.rows.map((r) => r[0])).toEqual(['iskp']);
    expect(result.graph.nodes.map((n) => n.data.id).sort()).toEqual(['iskp', 'united-states']);
    expect(result.graph.edges[0]?.data).toMatchObject({ source: 'iskp', target: 'united-states', type: 'ATTACKED' });
    expect(result.truncated).toBe(false);

    const missing = await run(q.id, {});
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.message).toContain('target');
    const wrongType = await run(q.id, { target: 5 });
    expect(wrongType.statusCode).toBe(400);
    const extra = await run(q.id, { target: 'x', other: 1 });
    expect(extra.statusCode).toBe(400);

    const updated = await app.inject({
      method: 'PUT', url: `/api/queries/${q.id}`, headers: authHeader,
      payload: { name: 'Renamed', cypher: 'MATCH (a:Actor) RETURN a.id AS id ORDER BY id', params: [] },
    });
    expect(updated.statusCode).toBe(200);
    expect(updated.json().name).toBe('Renamed');
    const capped = (await run(q.id)).json() as SavedQueryRunResult;
    expect(capped.table.rows).toHaveLength(5);
    expect(capped.truncated).toBe(true);

    expect((await app.inject({ method: 'DELETE', url: `/api/queries/${q.id}`, headers: authHeader })).statusCode).toBe(204);
    expect((await app.inject({ url: `/api/queries/${q.id}` })).statusCode).toBe(404);
    expect((await app.inject({ method: 'DELETE', url: `/api/queries/${q.id}`, headers: authHeader })).statusCode).toBe(404);
    expect((await run(q.id)).json().error.code).toBe('not_found');
  });

  it('rejects a duplicate id (409) and a bad body (400)', async () => {
    expect((await create({ id: 'dup', name: 'A', cypher: 'RETURN 1' })).statusCode).toBe(201);
    const again = await create({ id: 'dup', name: 'B', cypher: 'RETURN 2' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('conflict');
    const bad = await create({ name: '', cypher: 'RETURN 1' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toContain('name');
    const badParam = await create({ name: 'x', cypher: 'RETURN 1', params: [{ name: 'p', type: 'date' }] });
    expect(badParam.statusCode).toBe(400);
  });

  it('refuses to save a query that does not parse (400 cypher_syntax_error with Neo4j’s message), and a stored one does not run', async () => {
    const saved = await create({ id: 'broken', name: 'Broken', cypher: 'MATCH (a:Actor RETURN a' });
    expect(saved.statusCode).toBe(400);
    expect(saved.json().error.code).toBe('cypher_syntax_error');
    expect(saved.json().error.message).toMatch(/Invalid input|expected/i);
    expect((await app.inject({ url: '/api/queries/broken' })).statusCode).toBe(404);
    const edited = await app.inject({ method: 'PUT', url: '/api/queries/dup', headers: authHeader, payload: { name: 'A', cypher: 'RETURN (' } });
    expect(edited.statusCode).toBe(400);
    expect((await app.inject({ url: '/api/queries/dup' })).json().cypher).toBe('RETURN 1');
    // One stored behind the API (a backup import, a direct edit) is still refused when run.
    await plant('broken', 'MATCH (a:Actor RETURN a');
    const res = await run('broken');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('cypher_syntax_error');
  });

  it('saves a read-only query with parameters (EXPLAIN needs them only by name)', async () => {
    const saved = await create({ id: 'with-param', name: 'P', cypher: 'MATCH (a:Actor {id: $actor}) RETURN a', params: [{ name: 'actor', type: 'actor', required: true }] });
    expect(saved.statusCode, saved.body).toBe(201);
  });

  it('refuses writes (CREATE, MERGE, DELETE, SET, REMOVE, CALL dbms…, LOAD CSV, schema) and leaves the graph unchanged', async () => {
    const before = await graphFingerprint();
    const attempts = {
      create: "CREATE (:Hack {x: 1}) RETURN 1 AS done",
      merge: "MERGE (a:Actor {id: 'hacked'}) RETURN a",
      delete: 'MATCH (a:Actor) DETACH DELETE a',
      set: "MATCH (a:Actor) SET a.name = 'pwned' RETURN a",
      remove: 'MATCH (a:Actor) REMOVE a.name RETURN a',
      dbms: "CALL dbms.setConfigValue('db.logs.query.enabled', 'OFF')",
      dbmsShow: 'CALL dbms.listConfig() YIELD name RETURN name',
      loadCsv: "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line",
      schema: 'CREATE INDEX hack IF NOT EXISTS FOR (a:Actor) ON (a.hack)',
      dbWrite: "CALL db.createLabel('Hack')",
      subquery: "MATCH (a:Actor) CALL (a) { SET a.x = 1 } RETURN count(*) AS n",
      terminate: 'TERMINATE TRANSACTIONS "neo4j-transaction-1"',
      createUser: "CREATE USER bob SET PASSWORD 'secret-password'",
      inTransactions: "MATCH (a:Actor) CALL (a) { DETACH DELETE a } IN TRANSACTIONS RETURN 1",
    };
    for (const [id, cypher] of Object.entries(attempts)) {
      // Refused when saved: 400 naming `cypher`, nothing stored…
      const saved = await create({ id: `write-${id.toLowerCase()}`, name: id, cypher });
      expect(saved.statusCode, `${id}: ${saved.body}`).toBe(400);
      expect(saved.json().error.message, id).toContain('`cypher`');
      expect((await app.inject({ url: `/api/queries/write-${id.toLowerCase()}` })).statusCode, id).toBe(404);
      // …and refused when run, if stored behind the API.
      await plant(`write-${id.toLowerCase()}`, cypher);
      const res = await run(`write-${id.toLowerCase()}`);
      expect([400, 403], `${id}: ${res.body}`).toContain(res.statusCode);
      if (id !== 'dbWrite') expect(res.json().error.code, id).toBe('write_not_allowed');
    }
    expect(await graphFingerprint()).toBe(before);
  });

  it('504s a query that exceeds the transaction timeout', async () => {
    await create({ id: 'slow', name: 'Slow', cypher: 'UNWIND range(1, 100000000) AS x WITH x WHERE x % 7 = 3 RETURN count(x) AS n' });
    const res = await run('slow');
    expect(res.statusCode, res.body).toBe(504);
    expect(res.json().error.code).toBe('query_timeout');
  });

  it('turns runtime Cypher errors into 400, never 500', async () => {
    await create({ id: 'div', name: 'Div', cypher: 'RETURN 1 / 0 AS boom' });
    const res = await run('div');
    expect(res.statusCode).toBe(400);
  });
});

describe('auth on every write route', () => {
  const writes: Array<{ method: 'POST' | 'PUT' | 'DELETE'; url: string; payload?: unknown }> = [
    { method: 'POST', url: '/api/queries', payload: { name: 'x', cypher: 'RETURN 1' } },
    { method: 'PUT', url: '/api/queries/dup', payload: { name: 'x', cypher: 'RETURN 1' } },
    { method: 'DELETE', url: '/api/queries/dup' },
    { method: 'POST', url: '/api/queries/dup/run', payload: {} },
    { method: 'POST', url: '/api/documents', payload: { text: 'Some text.' } },
  ];

  it('401s without a token or with a wrong one, and changes nothing', async () => {
    const before = await graphFingerprint();
    for (const w of writes) {
      for (const headers of [{}, { authorization: 'Bearer wrong-token-000' }, { authorization: 'Basic abc' }]) {
        const res = await app.inject({ method: w.method, url: w.url, payload: w.payload as object, headers });
        expect(res.statusCode, `${w.method} ${w.url}`).toBe(401);
        expect(res.json().error.code).toBe('unauthorized');
      }
    }
    expect(await graphFingerprint()).toBe(before);
  });

  it('leaves reads open', async () => {
    for (const url of ['/api/queries', '/api/graph', '/api/actors', '/api/documents', '/api/stats']) {
      expect((await app.inject({ url })).statusCode, url).toBe(200);
    }
  });
});
