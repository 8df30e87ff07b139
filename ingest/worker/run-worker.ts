// The worker loop: recover expired leases, claim the oldest pending document, process it, repeat;
// sleep WORKER_POLL_MS when the queue is empty. Stops between documents when `signal` aborts, so the
// current document is always finished. Usable in-process (npm start, tests) and from ingest/worker.ts.
import { hostname } from 'node:os';
import type { Driver } from 'neo4j-driver';
import { errorMessage } from '../../text/article-error';
import { defaultExtractor, readActorDecisions, type ArticleExtractor } from '../load/extractor';
import { claimNextDocument, recoverExpired } from '../../documents/queue';
import { processDocument } from './process-document';
import { DEFAULT_WORKER_SETTINGS, type WorkerSettings } from './worker-config';

export interface RunWorkerOptions extends Partial<WorkerSettings> {
  driver: Driver;
  workerId?: string;
  /** Process until no pending work is left, then return. */
  once?: boolean;
  signal?: AbortSignal;
  database?: string;
  extractor?: ArticleExtractor;
  log?: (message: string) => void;
}

export interface WorkerStats {
  done: number;
  failed: number;
  claims: number;
}

export function defaultWorkerId(): string {
  return `${hostname()}-${process.pid}`;
}

const MAX_RETRY_DELAY_MS = 30_000;

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });
}

export async function runWorker(options: RunWorkerOptions): Promise<WorkerStats> {
  const { driver, once = false, signal, database } = options;
  const workerId = options.workerId ?? defaultWorkerId();
  const settings: WorkerSettings = {
    pollMs: options.pollMs ?? DEFAULT_WORKER_SETTINGS.pollMs,
    leaseMs: options.leaseMs ?? DEFAULT_WORKER_SETTINGS.leaseMs,
    holdAfterClaimMs: options.holdAfterClaimMs ?? DEFAULT_WORKER_SETTINGS.holdAfterClaimMs,
  };
  const log = options.log ?? (() => {});
  // Without a given extractor, each document is extracted with the analysts' latest decisions
  // (one coder per set of decisions, cached by defaultExtractor).
  const extractorNow = async () => options.extractor ?? defaultExtractor(log, await readActorDecisions(driver, database));
  await extractorNow();
  const stats: WorkerStats = { done: 0, failed: 0, claims: 0 };
  let retries = 0;

  while (!signal?.aborted) {
    let doc;
    try {
      const recovered = await recoverExpired(driver, database);
      if (recovered.length > 0) log(`worker ${workerId}: lease expired, back to pending: ${recovered.join(', ')}`);
      doc = await claimNextDocument(driver, workerId, settings.leaseMs, database);
    } catch (error) {
      if (once) throw error;
      // The database may be restarting: keep polling instead of dying.
      log(`worker ${workerId}: polling failed: ${errorMessage(error)}`);
      await sleep(settings.pollMs, signal);
      continue;
    }
    if (!doc) {
      if (once) break;
      await sleep(settings.pollMs, signal);
      continue;
    }
    if (settings.holdAfterClaimMs > 0) await sleep(settings.holdAfterClaimMs);
    const outcome = await extractorNow().then((extractor) => processDocument({ driver, workerId, extractor, database }, doc)).catch((error: unknown) => ({
      status: 'retry' as const,
      error: errorMessage(error),
    }));
    if (outcome.status === 'done') {
      stats.done += 1;
      stats.claims += outcome.claims;
      log(`worker ${workerId}: ${doc.id} done (${outcome.claims} claims)`);
    } else if (outcome.status === 'failed') {
      stats.failed += 1;
      log(`worker ${workerId}: ${doc.id} failed: ${outcome.error}`);
    } else if (outcome.status === 'lost') {
      log(`worker ${workerId}: ${doc.id} was reclaimed by another worker after our lease expired; skipped`);
    } else {
      // The NLP server or the database is away: back off, doubling up to 30 s, so a long outage is
      // not a busy loop; the document stays pending for the next attempt.
      retries += 1;
      const delay = Math.min(settings.pollMs * 2 ** Math.min(retries - 1, 10), MAX_RETRY_DELAY_MS);
      log(`worker ${workerId}: ${doc.id} will be retried in ${delay} ms: ${outcome.error}`);
      if (once) break;
      await sleep(delay, signal);
      continue;
    }
    retries = 0;
  }
  return stats;
}
