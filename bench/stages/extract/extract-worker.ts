// Worker thread of the extraction benchmark: loads one engine, warms it up, then on each "go"
// extracts its share of the articles and reports how long that took.
import { parentPort, workerData } from 'node:worker_threads';
import { loadEngine, type EngineInput, type EngineName } from './engines';

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

function runAll(engine: (a: EngineInput) => number, articles: EngineInput[]): number {
  let found = 0;
  for (const article of articles) found += engine(article);
  return found;
}

loadEngine(init.engine)
  .then((engine) => {
    runAll(engine, init.articles.slice(0, init.warmup));
    port.on('message', () => {
      const t0 = performance.now();
      const found = runAll(engine, init.articles);
      port.postMessage({ kind: 'done', elapsedMs: performance.now() - t0, articles: init.articles.length, found } satisfies WorkerMessage);
    });
    port.postMessage({ kind: 'ready' } satisfies WorkerMessage);
  })
  .catch((error: unknown) => {
    port.postMessage({ kind: 'error', message: error instanceof Error ? error.stack ?? error.message : String(error) } satisfies WorkerMessage);
  });
