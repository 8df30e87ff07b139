// Database outage proof, on a Neo4j of this test's own (port 7716) that it stops and restarts:
// while Neo4j is down the API answers 503 database_unavailable quickly (never hangs, never 500) and
// recovers by itself when Neo4j is back; a load interrupted by the outage, re-run, ends with exactly
// the claims of a clean load.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureSchema } from '../../neo4j/schema';
import { writeDocuments } from '../../documents/write-documents';
import { buildApp } from '../../server/app';
import { loadServerConfig } from '../../server/config';
import { fixtureExtractions } from './support/fixture-graph';
import { halfLoaded, loadedState, writeCorpus, type LoadedState } from './support/corpus';
import { ownNeo4j } from './support/own-neo4j';
import { collect, runCli, spawnCli } from './support/run-cli';
import { startTraffic, waitUntil, type Sample } from './support/traffic';

const neo = ownNeo4j();
/** Longest acceptable answer while the database is down (driver: 5 s connect, 10 s pool acquisition). */
const MAX_ANSWER_MS = 15_000;
const DOCS = 60;

const READ_PATHS = [
  '/api/health',
  '/api/graph',
  '/api/graph?actors=pakistan&depth=2',
  '/api/stats',
  '/api/actors?q=pak',
  '/api/actors/pakistan',
  '/api/claims?source=pakistan',
  '/api/documents',
  '/api/timeline?actors=pakistan',
  '/api/paths?from=pakistan&to=taliban',
  '/api/queries',
  '/api/export?format=json',
];

describe('database outage', () => {
  let driver: Driver;
  let app: FastifyInstance;
  let base: string;
  let paths: string[];
  const rawErrors: string[] = [];

  beforeAll(async () => {
    await neo.start();
    driver = neo.driver();
    await driver.executeQuery('MATCH (n) DETACH DELETE n');
    await ensureSchema(driver);
    await writeDocuments(driver, fixtureExtractions(30));
    app = await buildApp({ driver, config: loadServerConfig({ API_TOKEN: 'outage-test-token', RATE_LIMIT_MAX: '1000000' }) });
    // Diagnostics: the raw driver error behind each failed request, printed when an assertion fails.
    app.addHook('onError', async (request, _reply, error) => {
      const e = error as Error & { code?: string; cause?: { code?: string; message?: string } };
      rawErrors.push(`${request.url}: ${e.code ?? e.name} ${e.message.slice(0, 160)} ${e.cause ? `cause ${e.cause.code} ${e.cause.message?.slice(0, 160)}` : ''}`);
    });
    base = await app.listen({ port: 0, host: '127.0.0.1' });
    // Only routes that exist (teammates add them over time) and work while Neo4j is up.
    paths = [];
    for (const path of READ_PATHS) {
      const response = await fetch(base + path);
      if (response.status !== 404) {
        expect(response.status, `${path} with Neo4j up`).toBe(200);
        paths.push(path);
      }
    }
    expect(paths).toEqual(expect.arrayContaining(['/api/health', '/api/graph', '/api/stats']));
  });

  afterAll(async () => {
    await app?.close();
    await driver?.close();
    await neo.stop();
  });

  it('answers 503 while Neo4j is down, never hangs or fails with 500, and recovers by itself', async () => {
    const traffic = startTraffic(base, paths, { concurrency: paths.length, hangMs: 60_000 });
    await new Promise((r) => setTimeout(r, 1500));
    const stoppingAt = Date.now();
    await neo.stop();
    const downAt = Date.now();
    // Keep traffic on the dead database long enough for every route to be hit several times.
    // (A margin over the 2 per route asserted below: samples finishing right at the restart do not count.)
    await waitUntil(async () => traffic.samples.filter((s) => s.at > downAt).length >= paths.length * 3, 90_000, 'requests during the outage');
    const restartAt = Date.now();
    await neo.start();
    const upAt = Date.now();
    // Same app, same driver: no restart of the API.
    // Recovered = every route answers 200 again (health alone can answer before a cold query does).
    const recoveryMs = await waitUntil(
      async () => (await Promise.all(paths.map((p) => fetch(base + p).then((r) => r.status)))).every((status) => status === 200),
      60_000,
      'API recovery',
    );
    await new Promise((r) => setTimeout(r, 1500));
    const samples = await traffic.stop();

    const during = samples.filter((s) => s.at > downAt && s.at + s.ms < restartAt);
    const after = samples.filter((s) => s.at > upAt + recoveryMs);
    const summary = (list: Sample[]) => list.map((s) => `${s.path} ${s.status} ${s.code ?? ''} ${s.ms}ms`);
    console.log(`outage: ${samples.length} requests, ${during.length} while down, recovery ${recoveryMs} ms after restart, stop took ${downAt - stoppingAt} ms`);

    const bad = samples.filter((s) => s.status === 0 || (s.status >= 500 && s.status !== 503));
    if (bad.length > 0) console.log([...new Set(rawErrors)].join('\n'));
    expect(summary(bad)).toEqual([]);
    expect(Math.max(...samples.map((s) => s.ms))).toBeLessThan(MAX_ANSWER_MS);
    expect(during.length).toBeGreaterThanOrEqual(paths.length * 2);
    expect(summary(during.filter((s) => s.status !== 503 || s.code !== 'database_unavailable'))).toEqual([]);
    for (const path of paths) expect(during.some((s) => s.path === path), `${path} hit during the outage`).toBe(true);
    expect(after.length).toBeGreaterThan(0);
    expect(summary(after.filter((s) => s.status !== 200))).toEqual([]);
  }, 240_000);

  it('a load interrupted by the outage, re-run, ends with exactly the claims of a clean load', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'actorscope-outage-'));
    try {
      const articles = path.join(dir, 'articles');
      writeCorpus(articles, DOCS);
      const wipe = () => driver.executeQuery('MATCH (n) DETACH DELETE n');
      const comparable = (s: LoadedState) => ({
        claimIds: s.claimIds,
        documents: s.documents.map(({ id, status, claimCount, claims, mentions }) => ({ id, status, claimCount, claims, mentions })),
      });
      await wipe();
      const child = spawnCli('ingest/cli.ts', ['load', articles, '--batch-size', '3', '--json'], neo.env);
      const finished = collect(child);
      await waitUntil(
        async () => Number((await driver.executeQuery("MATCH (d:Document {status: 'done'}) RETURN count(d) AS n")).records[0]?.get('n')) >= 3,
        120_000,
        'the load to be under way',
      );
      await neo.stop();
      await new Promise((r) => setTimeout(r, 3000));
      await neo.start();
      const interrupted = await finished;
      const state = await loadedState(driver);
      console.log(`outage: load during outage exited ${interrupted.code}, ${state.documents.length}/${DOCS} documents stored`);
      expect(interrupted.signal).toBeNull();
      expect(halfLoaded(state)).toEqual([]);

      const rerun = await runCli('ingest/cli.ts', ['load', articles, '--json'], neo.env);
      expect(rerun.code, rerun.stderr).toBe(0);
      const recovered = await loadedState(driver);

      // The reference: a clean load of the same files into an empty database, right after.
      await wipe();
      const clean = await runCli('ingest/cli.ts', ['load', articles, '--json'], neo.env);
      expect(clean.code, clean.stderr).toBe(0);
      const reference = await loadedState(driver);
      expect(reference.documents).toHaveLength(DOCS);
      expect(new Set(reference.claimIds).size).toBe(reference.claimIds.length);
      expect(comparable(recovered)).toEqual(comparable(reference));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 600_000);
});
