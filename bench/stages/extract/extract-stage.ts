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

/**
 * Untimed articles each fresh worker extracts first (at most its whole share: one untimed pass), the
 * same for every engine, so the timed pass measures the steady speed of a long-running worker rather
 * than the JIT warming up (measured: the extractor's timed pass ran ~2× faster after 500 than after 100).
 */
const WARMUP_ARTICLES = 500;
/** The coder's cost is the NLP server's, whose JIT settles after a few dozen documents. */
const WARMUP_ARTICLES_NLP = 40;

interface EnginePass {
  wallMs: number[];
  found: number;
  peakRssMiB: number;
}

async function runEngine(engine: EngineName, threads: number, articles: EngineInput[], passes: number): Promise<EnginePass> {
  const shares: EngineInput[][] = Array.from({ length: threads }, () => []);
  articles.forEach((a, i) => shares[i % threads]?.push(a));
  const { result, memory } = await withPeakMemory(async () => {
    const workers = shares.map((share) => startTsWorker(WORKER_URL, { workerData: { engine, articles: share, warmup: engine === 'actorscope' ? WARMUP_ARTICLES_NLP : WARMUP_ARTICLES } satisfies WorkerInit }));
    try {
      await Promise.all(workers.map((w) => waitFor(w, 'ready')));
      const wallMs: number[] = [];
      let found = 0;
      for (let r = 0; r < passes; r++) {
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
  return { ...result, peakRssMiB: memory.nodeRssMiB };
}

function toRun(engine: EngineName, threads: number, articles: EngineInput[], pass: EnginePass): ExtractRun {
  const bytes = articles.reduce((sum, a) => sum + Buffer.byteLength(a.text), 0);
  return {
    engine,
    threads,
    articles: articles.length,
    megabytes: bytes / 1e6,
    found: pass.found,
    articlesPerSec: summarize(pass.wallMs.map((ms) => articles.length / (ms / 1000))),
    mbPerSec: summarize(pass.wallMs.map((ms) => bytes / 1e6 / (ms / 1000))),
    wallMs: pass.wallMs,
    peakRssMiB: pass.peakRssMiB,
  };
}

export async function runExtractStage(articles: EngineInput[], options: ExtractStageOptions): Promise<ExtractStageResult> {
  const cores = os.availableParallelism();
  const threadCounts = options.threadCounts ?? [...new Set([1, cores])];
  const configs = options.engines.flatMap((engine) => threadCounts.map((threads) => ({ engine, threads })));
  const passes = new Map<string, EnginePass>();
  const failures: ExtractFailure[] = [];
  // Repeats are interleaved across engines, so on a shared machine every engine meets the same
  // background load rather than one engine getting a quiet minute and another a busy one.
  for (let r = 0; r < options.repeats; r++) {
    for (const { engine, threads } of configs) {
      const key = `${engine}×${threads}`;
      if (failures.some((f) => f.engine === engine && f.threads === threads)) continue;
      try {
        const pass = await runEngine(engine, threads, articles, 1);
        const sofar = passes.get(key);
        passes.set(key, sofar ? { wallMs: [...sofar.wallMs, ...pass.wallMs], found: pass.found, peakRssMiB: Math.max(sofar.peakRssMiB, pass.peakRssMiB) } : pass);
        options.log(`extract: ${key} repeat ${r + 1}/${options.repeats}: ${(articles.length / ((pass.wallMs[0] ?? 1) / 1000)).toFixed(0)} articles/s`);
      } catch (error) {
        const message = error instanceof Error ? error.message.split('\n')[0] ?? error.message : String(error);
        options.log(`extract: ${key} failed: ${message}`);
        failures.push({ engine, threads, error: message });
      }
    }
  }
  const runs = configs.flatMap(({ engine, threads }) => {
    const pass = passes.get(`${engine}×${threads}`);
    return pass && !failures.some((f) => f.engine === engine && f.threads === threads) ? [toRun(engine, threads, articles, pass)] : [];
  });
  const ratios: ExtractStageResult['ratios'] = [];
  for (const threads of threadCounts) {
    const own = runs.find((r) => r.engine === 'actorscope' && r.threads === threads);
    for (const peer of runs.filter((r) => r.engine !== 'actorscope' && r.threads === threads)) {
      if (own) ratios.push({ peer: peer.engine, threads, ratio: own.articlesPerSec.median / peer.articlesPerSec.median });
    }
  }
  return { runs, failures, ratios };
}
