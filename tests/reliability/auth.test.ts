// Auth proof: every route that changes data (enumerated from the app's own route tree, so a new write
// route cannot escape) answers 401 without the token or with a wrong one and writes nothing; tokens
// are checked with crypto.timingSafeEqual; no token ever appears in the server log.
import crypto from 'node:crypto';
import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { graphFingerprint } from '../../neo4j/graph-checksum';
import { writeDocuments } from '../../documents/write-documents';
import { buildApp } from '../../server/app';
import { loadServerConfig } from '../../server/config';
import { cleanDatabase, testDriver } from '../support/db';
import { fixtureExtractions } from './support/fixture-graph';
import { servedRoutes, type RouteInfo } from './support/routes';

const TOKEN = 'Auth-Test-Token-6f1d2c9b';
const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const WRONG_AUTHORIZATIONS: Array<string | undefined> = [
  undefined,
  '',
  'Bearer',
  'Bearer ',
  `Bearer ${TOKEN}x`,
  `Bearer ${TOKEN.slice(0, -1)}`,
  `Bearer ${TOKEN.toLowerCase()}`,
  `Bearer x${TOKEN}`,
  `Basic ${Buffer.from(`admin:${TOKEN}`).toString('base64')}`,
  `Token ${TOKEN}`,
  `${TOKEN}`,
  `Bearer ${TOKEN} ${TOKEN}`,
  "Bearer ' OR 1=1 --",
];

function concrete(route: RouteInfo): string {
  return route.url.replace(/:(\w+)/g, 'q-existing').replace(/\*$/, 'x');
}

describe('auth on write routes', () => {
  let driver: Driver;
  let app: FastifyInstance;
  let writeRoutes: RouteInfo[];
  const logLines: string[] = [];

  beforeAll(async () => {
    driver = testDriver();
    await cleanDatabase(driver);
    await writeDocuments(driver, fixtureExtractions(10));
    await driver.executeQuery(
      `CREATE (:SavedQuery {id: 'q-existing', name: 'Existing', description: '', cypher: 'MATCH (a:Actor) RETURN a LIMIT 5', params: '[]',
         createdAt: '2025-01-01T00:00:00Z', updatedAt: '2025-01-01T00:00:00Z'})`,
    );
    const stream = new Writable({
      write(chunk: Buffer, _encoding, callback) {
        logLines.push(chunk.toString());
        callback();
      },
    });
    app = await buildApp({ driver, config: loadServerConfig({ API_TOKEN: TOKEN, RATE_LIMIT_MAX: '1000000' }), logger: { level: 'trace', stream } });
    await app.ready();
    writeRoutes = servedRoutes(app).filter((r) => WRITE_METHODS.has(r.method));
  });

  afterAll(async () => {
    vi.restoreAllMocks();
    await app?.close();
    await driver?.close();
  });

  it('finds the write routes of the API', () => {
    const names = writeRoutes.map((r) => `${r.method} ${r.url}`);
    expect(names).toEqual(expect.arrayContaining(['POST /api/documents', 'POST /api/queries', 'PUT /api/queries/:id', 'DELETE /api/queries/:id']));
  });

  it('answers 401 unauthorized to every write route without the right token, and writes nothing', async () => {
    const before = await graphFingerprint(driver);
    const compare = vi.spyOn(crypto, 'timingSafeEqual');
    const wrong: string[] = [];
    let bearerAttempts = 0;
    for (const route of writeRoutes) {
      // A body each write route would accept, so a missing auth check shows up as a write.
      const payload = { text: 'The United States met Pakistan in Doha.', name: 'Auth probe', cypher: 'MATCH (a:Actor) RETURN a LIMIT 1', params: [] };
      for (const authorization of WRONG_AUTHORIZATIONS) {
        if (/^Bearer \S+$/.test(authorization ?? '')) bearerAttempts += 1;
        const response = await app.inject({
          method: route.method as 'POST',
          url: concrete(route),
          headers: authorization === undefined ? {} : { authorization },
          payload,
        });
        const body = response.body.startsWith('{') ? (response.json() as { error?: { code?: string } }) : {};
        if (![401, 403].includes(response.statusCode) || !['unauthorized', 'forbidden'].includes(body.error?.code ?? '')) {
          wrong.push(`${route.method} ${concrete(route)} with ${JSON.stringify(authorization)} → ${response.statusCode} ${response.body.slice(0, 120)}`);
        }
      }
    }
    expect(wrong).toEqual([]);
    expect(await graphFingerprint(driver)).toEqual(before);
    // Every well-formed Bearer attempt went through the constant-time comparison.
    expect(compare.mock.calls.length).toBeGreaterThanOrEqual(bearerAttempts);
    for (const [a, b] of compare.mock.calls) expect((a as Buffer).length).toBe((b as Buffer).length);
    compare.mockRestore();
  });

  it('lets the right token through to the route (so the 401s above are the token check, not a broken route)', async () => {
    for (const route of writeRoutes.filter((r) => r.url.startsWith('/api/'))) {
      const response = await app.inject({ method: route.method as 'POST', url: concrete(route).replace('q-existing', 'no-such-query'), headers: { authorization: `Bearer ${TOKEN}` }, payload: { bad: true } });
      expect(response.statusCode, `${route.method} ${route.url}: ${response.body.slice(0, 200)}`).not.toBe(401);
      expect(response.statusCode).toBeLessThan(500);
    }
  });

  it('never writes a token into the log', () => {
    const log = logLines.join('');
    expect(log).toMatch(/incoming request/); // the log is really being captured
    expect(log).not.toContain(TOKEN);
    expect(log).not.toContain(TOKEN.slice(0, 12));
    expect(log.toLowerCase()).not.toContain(TOKEN.toLowerCase().slice(0, 12));
    expect(log).not.toContain(Buffer.from(`admin:${TOKEN}`).toString('base64').slice(0, 16));
  });
});
