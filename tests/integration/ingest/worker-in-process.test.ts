import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { claimNext, recoverExpired } from '../../../documents/queue';
import { runWorker } from '../../../ingest/worker/run-worker';
import { LeaseLostError, writeDocuments } from '../../../documents/write-documents';
import { cleanDatabase, testDriver } from '../../support/db';
import { fixtureArticle, fixtureExtract, fixtureExtractor, meta } from '../../support/extraction-fixtures';
import { docStates, submitPending } from './queue-helpers';

const extractor = fixtureExtractor();
let driver: Driver;

beforeAll(() => {
  driver = testDriver();
});
afterAll(async () => driver.close());
beforeEach(async () => cleanDatabase(driver));

describe('runWorker (in-process, fixture extractor)', () => {
  it('processes pending documents to done with their claims, and marks bad ones failed', async () => {
    await submitPending(driver, [
      { id: 'one', text: fixtureArticle(1, 4), published: '2021-06-20' },
      { id: 'none', text: 'No actor is named here.' },
      { id: 'baddate', text: fixtureArticle(2), published: '2021-13-45' },
    ]);
    const stats = await runWorker({ driver, workerId: 'w1', once: true, extractor });
    expect(stats).toEqual({ done: 1, failed: 2, claims: 4 });
    const states = await docStates(driver);
    expect(states).toEqual([
      { id: 'baddate', status: 'failed', error: expect.stringMatching(/field `published` must be a real date/), writeCount: null, attempts: 1, processedBy: null, workerId: null, claims: 0 },
      { id: 'none', status: 'failed', error: 'no actors found in the text.', writeCount: null, attempts: 1, processedBy: null, workerId: null, claims: 0 },
      { id: 'one', status: 'done', error: null, writeCount: 1, attempts: 1, processedBy: 'w1', workerId: null, claims: 4 },
    ]);
    const { records } = await driver.executeQuery("MATCH ()-[r]->() WHERE r.docId = 'one' RETURN collect(DISTINCT r.publishedYear) AS years");
    expect(records[0]?.get('years')).toEqual([2021]);
  });

  it('two workers on the same 50 pending documents process each exactly once', async () => {
    await submitPending(driver, Array.from({ length: 50 }, (_, i) => ({ id: `doc-${String(i).padStart(2, '0')}`, text: fixtureArticle(i, 2) })));
    const [a, b] = await Promise.all([
      runWorker({ driver, workerId: 'wa', once: true, extractor }),
      runWorker({ driver, workerId: 'wb', once: true, extractor }),
    ]);
    expect(a.done + b.done).toBe(50);
    const states = await docStates(driver);
    expect(states.every((s) => s.status === 'done' && s.writeCount === 1 && s.attempts === 1 && s.claims === 2)).toBe(true);
    expect(new Set(states.map((s) => s.processedBy))).toEqual(new Set(['wa', 'wb'].filter((w) => (w === 'wa' ? a.done : b.done) > 0)));
  });

  it('a claim is exclusive: a contended or empty queue gives no document', async () => {
    await submitPending(driver, [{ id: 'only', text: fixtureArticle(1) }]);
    const first = await claimNext(driver, 'w1', 60_000);
    expect(first).toMatchObject({ kind: 'claimed', doc: { id: 'only' } });
    expect(await claimNext(driver, 'w2', 60_000)).toEqual({ kind: 'empty' });
  });

  it('an expired lease goes back to pending; the stale worker can no longer write', async () => {
    await submitPending(driver, [{ id: 'stale', text: fixtureArticle(3) }]);
    expect(await claimNext(driver, 'crashed', 1)).toMatchObject({ kind: 'claimed' });
    await new Promise((r) => setTimeout(r, 20));
    expect(await recoverExpired(driver)).toEqual(['stale']);
    const extraction = fixtureExtract(meta('stale'), fixtureArticle(3));
    await expect(writeDocuments(driver, [extraction], { claimedBy: 'crashed' })).rejects.toBeInstanceOf(LeaseLostError);
    expect((await docStates(driver))[0]).toMatchObject({ status: 'pending', claims: 0 });

    await runWorker({ driver, workerId: 'next', once: true, extractor });
    expect((await docStates(driver))[0]).toMatchObject({ status: 'done', processedBy: 'next', writeCount: 1, claims: 3 });
  });

  it('stops when its signal aborts, and polls while running', async () => {
    const controller = new AbortController();
    const running = runWorker({ driver, workerId: 'poller', pollMs: 50, extractor, signal: controller.signal });
    await new Promise((r) => setTimeout(r, 100));
    await submitPending(driver, [{ id: 'late', text: fixtureArticle(4) }]);
    for (let i = 0; i < 100 && (await docStates(driver))[0]?.status !== 'done'; i++) await new Promise((r) => setTimeout(r, 50));
    controller.abort();
    expect(await running).toEqual({ done: 1, failed: 0, claims: 3 });
  });
});
