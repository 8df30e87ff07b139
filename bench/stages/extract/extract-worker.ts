// Worker thread of the extraction benchmark: loads one engine, warms it up, then on each "go"
// extracts its share of the articles and reports how long that took.
import { parentPort, workerData } from 'node:worker_threads';
import { loadEngine, type Engine, type EngineInput, type EngineName } from './engines';

export interface WorkerInit {
  engine: EngineName;
  articles: EngineInput[];
  warmup: number;
}

export type WorkerMessage =
  | { kind: 'ready' }
  | { kind: 'done'; elapsedMs: number; articles: number; found: number }
  | { kind: 'error'; message: string };

const init = workerData as WorkerInit;
const port = parentPort;
if (!port) throw new Error('extract-worker: must run as a worker thread.');

/** Extracts every article, `engine.concurrency` at a time (the coder waits on its NLP server). */
async function runAll(engine: Engine, articles: EngineInput[]): Promise<number> {
  let found = 0;
  let next = 0;
  const lanes = Math.max(1, engine.concurrency ?? 1);
  await Promise.all(
    Array.from({ length: lanes }, async () => {
      while (next < articles.length) {
        // Not `found += await …`: that reads `found` before the await and loses the other lanes' counts.
        const n = await engine(articles[next++] as EngineInput);
        found += n;
      }
    }),
  );
  return found;
}

loadEngine(init.engine)
  .then(async (engine) => {
    await runAll(engine, init.articles.slice(0, init.warmup));
    port.on('message', () => {
      const t0 = performance.now();
      runAll(engine, init.articles)
        .then((found) => port.postMessage({ kind: 'done', elapsedMs: performance.now() - t0, articles: init.articles.length, found } satisfies WorkerMessage))
        .catch((error: unknown) => port.postMessage({ kind: 'error', message: error instanceof Error ? error.message : String(error) } satisfies WorkerMessage));
    });
    port.postMessage({ kind: 'ready' } satisfies WorkerMessage);
  })
  .catch((error: unknown) => {
    port.postMessage({ kind: 'error', message: error instanceof Error ? error.stack ?? error.message : String(error) } satisfies WorkerMessage);
  });
