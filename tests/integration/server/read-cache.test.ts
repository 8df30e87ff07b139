// Cached reads: a repeated request is answered from the read cache with the same bytes and ETag, a
// client holding that ETag gets 304, and the cached bytes equal a fresh, uncached answer.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withEdgeAggregates } from '../../../neo4j/edge-aggregates';
import type { FastifyInstance } from 'fastify';
import type { Driver } from 'neo4j-driver';
import { gunzipSync } from 'node:zlib';
import { cleanDatabase, testDriver } from '../../support/db';
import { seedGraph } from '../../support/seed-graph';
import { testApp } from '../../support/server-app';

let driver: Driver;
let cached: FastifyInstance;
let uncached: FastifyInstance;

const READS = [
  '/api/graph?yearFrom=2021&yearTo=2024',
  '/api/stats',
  '/api/timeline?actors=united-states,taliban',
  '/api/claims?source=united-states&undirected=true',
  '/api/paths?from=cia&to=iskp',
  '/api/actors?q=tal',
  '/api/actors/taliban',
];

beforeAll(async () => {
  driver = testDriver();
  await cleanDatabase(driver);
  await seedGraph(driver);
  cached = await testApp(driver, { cacheTtlMs: 60_000 });
  uncached = await testApp(driver, { cacheTtlMs: 0 });
});
afterAll(async () => {
  await cached.close();
  await uncached.close();
  await driver.close();
});

describe('cached reads', () => {
  it.each(READS)('%s: same bytes and ETag when repeated, equal to an uncached answer, 304 on If-None-Match', async (url) => {
    const first = await cached.inject({ method: 'GET', url });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.headers['content-type']).toMatch(/^application\/json/);
    const etag = first.headers.etag as string;
    expect(etag).toMatch(/^"[\w-]+"$/);

    const again = await cached.inject({ method: 'GET', url });
    expect(again.headers.etag).toBe(etag);
    expect(again.body).toBe(first.body);

    const fresh = await uncached.inject({ method: 'GET', url });
    expect(fresh.statusCode).toBe(200);
    expect(fresh.json()).toEqual(first.json());

    const notModified = await cached.inject({ method: 'GET', url, headers: { 'if-none-match': etag } });
    expect(notModified.statusCode).toBe(304);
    expect(notModified.body).toBe('');
  });

  it('answers a cached request from the cache while the data version is unchanged (no query but the version check)', async () => {
    const url = '/api/graph?yearFrom=2022';
    const first = await cached.inject({ method: 'GET', url });
    expect(first.statusCode).toBe(200);
    // Change the data behind the cache: the cached app keeps its answer, the uncached one sees the change.
    // Claims change only through withEdgeAggregates, which keeps the aggregates the graph reads exact.
    const docs = (await driver.executeQuery("MATCH (a:Actor {id: 'taliban'})-[r]-() WHERE r.year >= 2022 RETURN collect(DISTINCT r.docId) AS docs")).records[0]!.get('docs') as string[];
    const session = driver.session();
    try {
      await session.executeWrite((tx) => withEdgeAggregates(tx, docs, () => tx.run("MATCH (a:Actor {id: 'taliban'})-[r]-() WHERE r.year >= 2022 SET r.year = 1990")));
    } finally {
      await session.close();
    }
    try {
      const again = await cached.inject({ method: 'GET', url });
      expect(again.body).toBe(first.body);
      const fresh = await uncached.inject({ method: 'GET', url });
      expect(fresh.body).not.toBe(first.body);
    } finally {
      await cleanDatabase(driver);
      await seedGraph(driver);
    }
  });

  it('sends large answers gzip-compressed to clients that accept gzip, the same JSON once decompressed', async () => {
    const url = '/api/graph';
    const plain = await cached.inject({ method: 'GET', url });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.rawPayload.length).toBeGreaterThan(1024);
    const zipped = await cached.inject({ method: 'GET', url, headers: { 'accept-encoding': 'br, gzip, deflate' } });
    expect(zipped.statusCode).toBe(200);
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers.vary).toMatch(/accept-encoding/i);
    expect(zipped.rawPayload.length).toBeLessThan(plain.rawPayload.length);
    expect(gunzipSync(zipped.rawPayload).toString('utf8')).toBe(plain.body);
    const refused = await cached.inject({ method: 'GET', url, headers: { 'accept-encoding': 'gzip;q=0, identity' } });
    expect(refused.headers['content-encoding']).toBeUndefined();
    expect(refused.body).toBe(plain.body);
  });

  it('keeps errors out of the cache and out of the ETag path', async () => {
    const missing = await cached.inject({ method: 'GET', url: '/api/actors/no-such-actor' });
    expect(missing.statusCode).toBe(404);
    expect(missing.headers.etag).toBeUndefined();
  });
});
