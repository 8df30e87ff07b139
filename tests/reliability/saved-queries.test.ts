// Saved-query proof: a saved query can never write or administer (whether it comes through the API or
// was planted in the database directly, e.g. by an import), and never runs past its timeout or row cap.
import type { FastifyInstance } from 'fastify';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphFingerprint } from '../../neo4j/graph-checksum';
import { writeDocuments } from '../../documents/write-documents';
import { buildApp } from '../../server/app';
import { loadServerConfig } from '../../server/config';
import { cleanDatabase, testDriver } from '../support/db';
import { fixtureExtractions } from './support/fixture-graph';

const TOKEN = 'saved-query-test-token';
const TIMEOUT_MS = 1000;
const ROW_CAP = 50;
const auth = { authorization: `Bearer ${TOKEN}` };

/** Every one of these writes, changes the schema, reads files or administers the DBMS. */
export const FORBIDDEN_CYPHER = [
  'CREATE (n:Pwned) RETURN n',
  'create (n:Pwned) return n',
  'MERGE (n:Pwned {id: 1}) RETURN n',
  'MATCH (a:Actor) SET a.pwned = true RETURN a',
  'MATCH (a:Actor) SET a += {pwned: true} RETURN a',
  'MATCH (a:Actor) SET a:Pwned RETURN a',
  'MATCH (a:Actor) REMOVE a.name RETURN a',
  'MATCH (n) DETACH DELETE n',
  'MATCH (n) /* harmless */ DETACH DELETE n',
  'MATCH ()-[r]->() DELETE r',
  'MATCH (a:Actor) WITH a LIMIT 1 FOREACH (x IN [1] | CREATE (:Pwned))',
  'CALL () { CREATE (:Pwned) } RETURN 1 AS one',
  'MATCH (a:Actor) CALL (a) { SET a.pwned = 1 } IN TRANSACTIONS RETURN a',
  "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line",
  "load csv from 'https://example.org/x.csv' as line return line",
  'CREATE INDEX pwned_index IF NOT EXISTS FOR (n:Pwned) ON (n.x)',
  'DROP CONSTRAINT actor_id',
  "CALL db.createLabel('PwnedLabel')",
  "CALL db.createProperty('pwnedProperty')",
  'CALL db.clearQueryCaches()',
  'CALL dbms.killQueries([])',
  'CALL `dbms`.`killQueries`([])',
  "CALL `dbms.setConfigValue`('db.logs.query.enabled', 'OFF')",
  "CALL dbms.setConfigValue('db.logs.query.enabled', 'OFF')",
  'CALL dbms.security.createUser("mallory", "secret1234", false)',
  'SHOW USERS',
  'SHOW TRANSACTIONS',
  'TERMINATE TRANSACTIONS "neo4j-transaction-1"',
  'CREATE DATABASE pwned',
  'USE system SHOW DATABASES',
  "MATCH (a:Actor) WITH a CALL db.createLabel('PwnedLabel2') RETURN a",
];

describe('saved queries are read-only and bounded', () => {
  let driver: Driver;
  let app: FastifyInstance;

  async function dbState() {
    const { records } = await driver.executeQuery(
      `CALL db.labels() YIELD label WITH collect(label) AS labels
       CALL db.propertyKeys() YIELD propertyKey WITH labels, collect(propertyKey) AS keys
       RETURN labels, keys`,
    );
    const config = await driver.executeQuery("CALL dbms.listConfig('db.logs.query.enabled') YIELD value RETURN collect(value) AS v");
    return { graph: await graphFingerprint(driver), tokens: records[0]?.toObject(), config: config.records[0]?.get('v') as unknown };
  }

  beforeAll(async () => {
    driver = testDriver();
    await cleanDatabase(driver);
    await writeDocuments(driver, fixtureExtractions(10));
    app = await buildApp({
      driver,
      config: loadServerConfig({ API_TOKEN: TOKEN, RATE_LIMIT_MAX: '1000000', QUERY_TIMEOUT_MS: String(TIMEOUT_MS), QUERY_ROW_CAP: String(ROW_CAP) }),
    });
    await app.ready();
  });

  afterAll(async () => {
    await app?.close();
    await driver?.close();
  });

  it('never runs a writing query, even one planted in the database behind the API', async () => {
    // A backup import or a direct database edit can store any Cypher: the run itself must refuse it.
    await driver.executeQuery(
      `UNWIND range(0, size($cyphers) - 1) AS i
       CREATE (:SavedQuery {id: 'planted-' + i, name: 'Planted ' + i, description: '', cypher: $cyphers[i], params: '[]',
               createdAt: '2025-01-01T00:00:00Z', updatedAt: '2025-01-01T00:00:00Z'})`,
      { cyphers: FORBIDDEN_CYPHER },
    );
    const before = await dbState();
    const ran: string[] = [];
    for (const [i, cypher] of FORBIDDEN_CYPHER.entries()) {
      const response = await app.inject({ method: 'POST', url: `/api/queries/planted-${i}/run`, headers: auth, payload: { params: {} } });
      if (response.statusCode < 400 || response.statusCode >= 500) ran.push(`${cypher} → ${response.statusCode} ${response.body.slice(0, 120)}`);
      else expect(['write_not_allowed', 'cypher_syntax_error', 'invalid_parameter'], cypher).toContain(response.json().error.code);
    }
    expect(ran).toEqual([]);
    expect(await dbState()).toEqual(before);
    await driver.executeQuery("MATCH (q:SavedQuery) WHERE q.id STARTS WITH 'planted-' DELETE q");
  });

  it('still runs read-only queries (the refusals above are not a blanket refusal)', async () => {
    const created = await app.inject({
      method: 'POST',
      url: '/api/queries',
      headers: auth,
      payload: { id: 'who-met', name: 'Who met whom', cypher: "MATCH (a:Actor)-[r]->(b:Actor) WHERE a.name <> 'CREATE (x)' RETURN a, r, b LIMIT 5" },
    });
    expect(created.statusCode, created.body).toBe(201);
    const run = await app.inject({ method: 'POST', url: '/api/queries/who-met/run', headers: auth, payload: { params: {} } });
    expect(run.statusCode, run.body).toBe(200);
    expect(run.json().table.rows.length).toBe(5);
  });

  it('stops a query at its timeout: 504 query_timeout, and the transaction is gone from Neo4j', async () => {
    const cypher = 'UNWIND range(1, 2000000000) AS x WITH x WHERE x % 1000003 = -1 RETURN count(x) AS n';
    const created = await app.inject({ method: 'POST', url: '/api/queries', headers: auth, payload: { id: 'slow', name: 'Slow', cypher } });
    expect(created.statusCode, created.body).toBe(201);
    const t0 = Date.now();
    const response = await app.inject({ method: 'POST', url: '/api/queries/slow/run', headers: auth, payload: { params: {} } });
    const elapsed = Date.now() - t0;
    expect(response.statusCode, response.body).toBe(504);
    expect(response.json().error.code).toBe('query_timeout');
    // EXPLAIN + run, each bounded by the timeout, plus scheduling slack on a busy CI machine.
    expect(elapsed).toBeLessThan(2 * TIMEOUT_MS + 3000);
    await new Promise((r) => setTimeout(r, 500));
    const { records } = await driver.executeQuery('SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery CONTAINS $marker RETURN count(*) AS n', {
      marker: 'x % 1000003 = -1',
    });
    expect(records[0]?.get('n')).toBe(0);
  });

  it('returns at most the row cap, and says the result was truncated', async () => {
    const created = await app.inject({ method: 'POST', url: '/api/queries', headers: auth, payload: { id: 'many', name: 'Many rows', cypher: 'UNWIND range(1, 100000) AS x RETURN x' } });
    expect(created.statusCode, created.body).toBe(201);
    const response = await app.inject({ method: 'POST', url: '/api/queries/many/run', headers: auth, payload: { params: {} } });
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json() as { table: { rows: unknown[][] }; truncated: boolean; rowCap: number };
    expect(body.table.rows.length).toBe(ROW_CAP);
    expect(body.truncated).toBe(true);
    expect(body.rowCap).toBe(ROW_CAP);

    const small = await app.inject({ method: 'POST', url: '/api/queries', headers: auth, payload: { id: 'few', name: 'Few rows', cypher: `UNWIND range(1, ${ROW_CAP}) AS x RETURN x` } });
    expect(small.statusCode).toBe(201);
    const exact = (await app.inject({ method: 'POST', url: '/api/queries/few/run', headers: auth, payload: { params: {} } })).json() as typeof body;
    expect(exact.table.rows.length).toBe(ROW_CAP);
    expect(exact.truncated).toBe(false);
  });
});
