// Stage 1, extraction speed: articles/s and MB/s on one core and on all cores (worker threads),
// for the project's extractor and the NLP-library peers, on the same generated articles.
import os from 'node:os';
import type { Worker } from 'node:worker_threads';
import { summarize, type Summary } from '../../report/stats';
import { withPeakMemory } from '../../report/memory';
import { startTsWorker } from '../../support/ts-worker';
import type { EngineInput, EngineName } from './engines';
import type { WorkerInit, WorkerMessage } from './extract-worker';

export interface ExtractRun {
  engine: EngineName;
  threads: number;
  articles: number;
  megabytes: number;
  /** Claims (actorscope) or sentences + entities (peers) found in one pass. */
  found: number;
  articlesPerSec: Summary;
  mbPerSec: Summary;
  wallMs: number[];
  peakRssMiB: number;
}

export interface ExtractFailure {
  engine: EngineName;
  threads: number;
  error: string;
}

export interface ExtractStageResult {
  runs: ExtractRun[];
  failures: ExtractFailure[];
  /** actorscope articles/s ÷ peer articles/s, per peer and thread count. */
  ratios: Array<{ peer: EngineName; threads: number; ratio: number }>;
}

export interface ExtractStageOptions {
  engines: EngineName[];
  threadCounts?: number[];
  repeats: number;
  log: (message: string) => void;
}

const WORKER_URL = new URL('./extract-worker.ts', import.meta.url);

function waitFor(worker: Worker, kind: 'ready' | 'done'): Promise<Extract<WorkerMessage, { kind: 'ready' | 'done' }>> {
  return new Promise((resolve, reject) => {
    const onMessage = (m: WorkerMessage) => {
      worker.off('message', onMessage);
      worker.off('error', reject);
      if (m.kind === 'error') reject(new Error(m.message));
      else if (m.kind !== kind) reject(new Error(`extract-worker: expected "${kind}", got "${m.kind}".`));
      else resolve(m);
    };
    worker.on('message', onMessage);
    worker.once('error', reject);
  });
}

async function runEngine(engine: EngineName, threads: number, articles: EngineInput[], repeats: number): Promise<ExtractRun> {
  const shares: EngineInput[][] = Array.from({ length: threads }, () => []);
  articles.forEach((a, i) => shares[i % threads]?.push(a));
  const bytes = articles.reduce((sum, a) => sum + Buffer.byteLength(a.text), 0);
  const { result, memory } = await withPeakMemory(async () => {
    const workers = shares.map((share) => startTsWorker(WORKER_URL, { workerData: { engine, articles: share, warmup: 20 } satisfies WorkerInit }));
    try {
      await Promise.all(workers.map((w) => waitFor(w, 'ready')));
      const wallMs: number[] = [];
      let found = 0;
      for (let r = 0; r < repeats; r++) {
        const t0 = performance.now();
        const done = workers.map((w) => waitFor(w, 'done'));
        for (const w of workers) w.postMessage('go');
        const results = await Promise.all(done);
        wallMs.push(performance.now() - t0);
        found = results.reduce((sum, m) => sum + (m.kind === 'done' ? m.found : 0), 0);
      }
      return { wallMs, found };
    } finally {
      await Promise.all(workers.map((w) => w.terminate()));
    }
  });
  return {
    engine,
    threads,
    articles: articles.length,
    megabytes: bytes / 1e6,
    found: result.found,
    articlesPerSec: summarize(result.wallMs.map((ms) => articles.length / (ms / 1000))),
    mbPerSec: summarize(result.wallMs.map((ms) => bytes / 1e6 / (ms / 1000))),
    wallMs: result.wallMs,
    peakRssMiB: memory.nodeRssMiB,
  };
}

export async function runExtractStage(articles: EngineInput[], options: ExtractStageOptions): Promise<ExtractStageResult> {
  const cores = os.availableParallelism();
  const threadCounts = options.threadCounts ?? [...new Set([1, cores])];
  const runs: ExtractRun[] = [];
  const failures: ExtractFailure[] = [];
  for (const engine of options.engines) {
    for (const threads of threadCounts) {
      options.log(`extract: ${engine} on ${threads} thread(s), ${articles.length} articles × ${options.repeats}`);
      try {
        const run = await runEngine(engine, threads, articles, options.repeats);
        options.log(`extract: ${engine} ×${threads}: ${run.articlesPerSec.median.toFixed(0)} articles/s, ${run.mbPerSec.median.toFixed(2)} MB/s`);
        runs.push(run);
      } catch (error) {
        const message = error instanceof Error ? error.message.split('\n')[0] ?? error.message : String(error);
        options.log(`extract: ${engine} ×${threads} failed: ${message}`);
        failures.push({ engine, threads, error: message });
      }
    }
  }
  const ratios: ExtractStageResult['ratios'] = [];
  for (const threads of threadCounts) {
    const own = runs.find((r) => r.engine === 'actorscope' && r.threads === threads);
    for (const peer of runs.filter((r) => r.engine !== 'actorscope' && r.threads === threads)) {
      if (own) ratios.push({ peer: peer.engine, threads, ratio: own.articlesPerSec.median / peer.articlesPerSec.median });
    }
  }
  return { runs, failures, ratios };
}
