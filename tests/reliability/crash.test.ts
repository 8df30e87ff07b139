// Crash proofs with real processes and SIGKILL: an interrupted CLI load leaves no half-loaded document
// and the next run finishes with exactly the claims of a clean load; a worker killed mid-document
// loses nothing and processes nothing twice; two workers on 200 pending documents process each once.
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import type { ChildProcess } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanDatabase, testEnv } from '../support/db';
import { useAppOnCleanDb } from './support/app-on-clean-db';
import { corpus, halfLoaded, loadedState, writeCorpus, type LoadedState } from './support/corpus';
import { collect, runCli, spawnCli as spawnProcess } from './support/run-cli';
import { waitUntil } from './support/traffic';

const TOKEN = 'crash-test-token-123';
const CLI_DOCS = Number(process.env.ACTORSCOPE_CRASH_DOCS || 100);

function comparable(state: LoadedState) {
  return { claimIds: state.claimIds, documents: state.documents.map(({ id, status, claimCount, claims, mentions }) => ({ id, status, claimCount, claims, mentions })) };
}

async function countDone(driver: Driver): Promise<number> {
  const { records } = await driver.executeQuery("MATCH (d:Document {status: 'done'}) RETURN count(d) AS n");
  return Number(records[0]?.get('n'));
}

describe('crashes', () => {
  const ctx = useAppOnCleanDb({ token: TOKEN, tempPrefix: 'actorscope-crash-' });
  const children: ChildProcess[] = [];
  const spawnCli = (...args: Parameters<typeof spawnProcess>) => {
    const child = spawnProcess(...args);
    children.push(child);
    return child;
  };

  async function submit(count: number, offset = 0): Promise<string[]> {
    const ids: string[] = [];
    for (const doc of corpus(count + offset).slice(offset)) {
      const response = await ctx.app.inject({ method: 'POST', url: '/api/documents', headers: { authorization: `Bearer ${TOKEN}` }, payload: { id: doc.id, text: doc.text } });
      expect(response.statusCode, response.body).toBe(202);
      ids.push(doc.id);
    }
    return ids;
  }

  afterEach(() => {
    // A failed test must not leave a worker or loader running against the shared test database.
    for (const child of children.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  });

  it('an interrupted CLI load leaves no half-loaded document, and the next run completes exactly', async () => {
    const articles = path.join(ctx.dir, 'articles');
    writeCorpus(articles, CLI_DOCS);
    const child = spawnCli('ingest/cli.ts', ['load', articles, '--batch-size', '3'], testEnv());
    const finished = collect(child);
    await waitUntil(async () => (await countDone(ctx.driver)) >= 3, 120_000, 'the load to be under way');
    child.kill('SIGKILL');
    const killed = await finished;
    expect(killed.signal).toBe('SIGKILL');
    const interrupted = await loadedState(ctx.driver);
    console.log(`crash: CLI killed after ${interrupted.documents.length}/${CLI_DOCS} documents`);
    expect(interrupted.documents.length).toBeLessThan(CLI_DOCS);
    expect(halfLoaded(interrupted)).toEqual([]);

    const rerun = await runCli('ingest/cli.ts', ['load', articles, '--json'], testEnv());
    expect(rerun.code, rerun.stderr).toBe(0);
    const recovered = await loadedState(ctx.driver);

    // The reference: a clean load of the same files into an empty database, right after.
    await cleanDatabase(ctx.driver);
    const clean = await runCli('ingest/cli.ts', ['load', articles, '--json'], testEnv());
    expect(clean.code, clean.stderr).toBe(0);
    const reference = await loadedState(ctx.driver);
    expect(reference.documents).toHaveLength(CLI_DOCS);
    expect(halfLoaded(reference)).toEqual([]);
    expect(new Set(reference.claimIds).size).toBe(reference.claimIds.length);
    expect(reference.claimIds.length).toBeGreaterThan(CLI_DOCS);
    expect(comparable(recovered)).toEqual(comparable(reference));
  }, 300_000);

  it('a worker killed (SIGKILL) in the middle of a document: after restart every document is processed exactly once', async () => {
    const ids = await submit(20);
    // Hold each claimed document briefly, so the kill lands while one is claimed and not yet written.
    const env = testEnv({ WORKER_POLL_MS: '100', WORKER_LEASE_MS: '2000', WORKER_HOLD_AFTER_CLAIM_MS: '300' });
    const first = spawnCli('ingest/worker.ts', ['--worker-id', 'doomed'], env);
    const firstDone = collect(first);
    await waitUntil(
      async () => {
        const { records } = await ctx.driver.executeQuery(
          "MATCH (d:Document) RETURN sum(CASE d.status WHEN 'done' THEN 1 ELSE 0 END) AS done, sum(CASE d.status WHEN 'processing' THEN 1 ELSE 0 END) AS processing",
        );
        return Number(records[0]?.get('done')) >= 3 && Number(records[0]?.get('processing')) === 1;
      },
      120_000,
      'a document in processing',
    );
    first.kill('SIGKILL');
    expect((await firstDone).signal).toBe('SIGKILL');
    const atKill = await loadedState(ctx.driver);
    const stuck = atKill.documents.filter((d) => d.status === 'processing');
    expect(stuck).toHaveLength(1);
    expect(stuck[0]?.claims).toBe(0);

    await new Promise((r) => setTimeout(r, 2500)); // the dead worker's lease runs out
    const second = await runCli('ingest/worker.ts', ['--once', '--worker-id', 'survivor'], env);
    expect(second.code, second.stderr).toBe(0);
    const after = await loadedState(ctx.driver);
    expect(after.documents.map((d) => d.id)).toEqual([...ids].sort());
    expect(halfLoaded(after)).toEqual([]);
    expect(after.documents.filter((d) => d.writeCount !== 1).map((d) => `${d.id} written ${d.writeCount} times`)).toEqual([]);
    expect(new Set(after.claimIds).size).toBe(after.claimIds.length);
  }, 300_000);

  it('two workers on 200 pending documents process each exactly once', async () => {
    const ids = await submit(200);
    const env = testEnv({ WORKER_POLL_MS: '100' });
    const [a, b] = await Promise.all([
      runCli('ingest/worker.ts', ['--once', '--worker-id', 'worker-a'], env),
      runCli('ingest/worker.ts', ['--once', '--worker-id', 'worker-b'], env),
    ]);
    expect(a.code, a.stderr).toBe(0);
    expect(b.code, b.stderr).toBe(0);
    const after = await loadedState(ctx.driver);
    expect(after.documents.map((d) => d.id)).toEqual([...ids].sort());
    expect(halfLoaded(after)).toEqual([]);
    expect(after.documents.filter((d) => d.writeCount !== 1).map((d) => `${d.id} written ${d.writeCount} times`)).toEqual([]);
    expect(new Set(after.claimIds).size).toBe(after.claimIds.length);
    const { records } = await ctx.driver.executeQuery('MATCH (d:Document) RETURN d.processedBy AS by, count(*) AS n ORDER BY by');
    const byWorker = Object.fromEntries(records.map((r) => [r.get('by'), r.get('n')]));
    console.log(`crash: documents per worker ${JSON.stringify(byWorker)}`);
    expect(Object.keys(byWorker).sort()).toEqual(['worker-a', 'worker-b']);
  }, 300_000);
});
