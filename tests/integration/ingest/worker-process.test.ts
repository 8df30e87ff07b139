import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../../neo4j/config';
import { defaultExtractor, extractArticle } from '../../../ingest/load/extractor';
import { readArticle } from '../../../ingest/read/read-article';
import type { Article } from '../../../ingest/read/parse-article';
import { cleanDatabase, testDriver } from '../../support/db';
import { docStates, submitPending } from './queue-helpers';
import { killLeftovers, run, start, waitFor } from './spawn-helpers';

const SEEDS = path.join(PROJECT_ROOT, 'seeds', 'articles');
let driver: Driver;
let seeds: Article[];

async function claimIdsOf(docId: string): Promise<string[]> {
  const { records } = await driver.executeQuery('MATCH ()-[r]->() WHERE r.docId = $docId RETURN r.claimId AS id ORDER BY id', { docId });
  return records.map((r) => r.get('id') as string);
}

/** The claim ids a clean load of this text under this id produces, with the metadata a queued document has. */
async function expectedClaimIds(id: string, article: Article): Promise<string[]> {
  const meta = { id, title: null, publisher: null, author: null, published: article.meta.published, url: null, language: 'en' };
  const extraction = await extractArticle(await defaultExtractor(), { ...article, meta });
  return extraction.claims.map((c) => c.claimId).sort();
}

beforeAll(async () => {
  driver = testDriver();
  const files = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();
  seeds = await Promise.all(files.map((f) => readArticle(path.join(SEEDS, f))));
});
afterAll(async () => driver.close());
beforeEach(async () => {
  await cleanDatabase(driver);
  return killLeftovers;
});

describe('npm run worker (real processes)', () => {
  it('a worker killed mid-document leaves it processing; after the lease the next worker processes it exactly once', async () => {
    const seed = seeds[4] as Article;
    await submitPending(driver, [{ id: 'crash-doc', text: seed.text, published: seed.meta.published }]);
    const victim = start('ingest/worker.ts', ['--worker-id', 'victim'], { WORKER_HOLD_AFTER_CLAIM_MS: '60000', WORKER_LEASE_MS: '12000', WORKER_POLL_MS: '100' }, true);
    await waitFor(async () => ((await docStates(driver))[0]?.workerId === 'victim' ? true : undefined), 30_000, 'the victim to claim');
    victim.child.kill('SIGKILL');
    expect((await victim.done).signal).toBe('SIGKILL');
    expect((await docStates(driver))[0]).toMatchObject({ status: 'processing', workerId: 'victim', claims: 0, writeCount: null });

    // A worker started before the lease expires finds nothing to do: the document is still leased.
    const early = await run('ingest/worker.ts', ['--once', '--worker-id', 'early']);
    expect(early.code).toBe(0);
    expect((await docStates(driver))[0]).toMatchObject({ status: 'processing', workerId: 'victim' });

    const { records } = await driver.executeQuery("MATCH (d:Document {id: 'crash-doc'}) RETURN d.leaseUntil.epochMillis AS until");
    const until = records[0]?.get('until') as number;
    await new Promise((r) => setTimeout(r, Math.max(0, until - Date.now() + 200)));
    const rescuer = await run('ingest/worker.ts', ['--once', '--worker-id', 'rescuer']);
    expect(rescuer.code).toBe(0);
    expect(rescuer.stderr).toMatch(/lease expired, back to pending: crash-doc/);

    const expected = await expectedClaimIds('crash-doc', seed);
    expect((await docStates(driver))[0]).toMatchObject({ status: 'done', processedBy: 'rescuer', writeCount: 1, attempts: 2, claims: expected.length });
    expect(await claimIdsOf('crash-doc')).toEqual(expected);
  });

  it('SIGTERM lets the worker finish the current document, then it exits 0', async () => {
    const seed = seeds[0] as Article;
    await submitPending(driver, [
      { id: 'current', text: seed.text },
      { id: 'next', text: (seeds[1] as Article).text },
    ]);
    const worker = start('ingest/worker.ts', ['--worker-id', 'graceful'], { WORKER_HOLD_AFTER_CLAIM_MS: '1500', WORKER_POLL_MS: '100' }, true);
    await waitFor(async () => ((await docStates(driver)).find((d) => d.id === 'current')?.status === 'processing' ? true : undefined));
    worker.child.kill('SIGTERM');
    const result = await worker.done;
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/SIGTERM received, stopping after the current document/);
    const states = await docStates(driver);
    expect(states.find((d) => d.id === 'current')).toMatchObject({ status: 'done', processedBy: 'graceful', writeCount: 1 });
    expect(states.find((d) => d.id === 'next')).toMatchObject({ status: 'pending', writeCount: null });
  });

  // Each document is parsed by the real NLP server (~1 s for a seed article on 2 cores).
  it('two workers on the same 20 pending documents process each exactly once', { timeout: 240_000 }, async () => {
    const docs = Array.from({ length: 20 }, (_, i) => {
      const seed = seeds[i % seeds.length] as Article;
      return { id: `pair-${String(i).padStart(2, '0')}`, text: seed.text, published: seed.meta.published, seed };
    });
    await submitPending(driver, docs);
    // A short pause per document keeps both workers busy at the same time.
    const env = { WORKER_HOLD_AFTER_CLAIM_MS: '40', WORKER_POLL_MS: '100' };
    const [a, b] = await Promise.all([run('ingest/worker.ts', ['--once', '--worker-id', 'wa'], env), run('ingest/worker.ts', ['--once', '--worker-id', 'wb'], env)]);
    expect([a.code, b.code]).toEqual([0, 0]);

    const states = await docStates(driver);
    expect(states).toHaveLength(20);
    const byWorker = { wa: 0, wb: 0 } as Record<string, number>;
    const expected = new Map<Article, number>();
    for (const [i, state] of states.entries()) {
      const doc = docs[i] as (typeof docs)[number];
      expect(state).toMatchObject({ id: doc.id, status: 'done', writeCount: 1, attempts: 1 });
      byWorker[state.processedBy as string] = (byWorker[state.processedBy as string] ?? 0) + 1;
      expected.set(doc.seed, expected.get(doc.seed) ?? (await expectedClaimIds(doc.id, doc.seed)).length);
      expect(state.claims).toBe(expected.get(doc.seed));
    }
    expect(Object.keys(byWorker).sort()).toEqual(['wa', 'wb']);
    expect((byWorker.wa ?? 0) + (byWorker.wb ?? 0)).toBe(20);
    expect(byWorker.wa).toBeGreaterThan(0);
    expect(byWorker.wb).toBeGreaterThan(0);
    expect(a.stderr).toMatch(new RegExp(`stopped; ${byWorker.wa} done, 0 failed`));
    expect(b.stderr).toMatch(new RegExp(`stopped; ${byWorker.wb} done, 0 failed`));
  });
});
