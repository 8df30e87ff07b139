// One autocannon instance in its own thread. A single autocannon thread tops out near one core on
// large answers (at 1M claims, 80 KB gzipped graphs: autocannon at 100 % CPU, the API at ~30 %), so
// the stage splits its connections over several of these and merges every response time.
import autocannon from 'autocannon';
import { parentPort, workerData } from 'node:worker_threads';
import { createRng } from '../../generate/prng';

export interface LoadWorkerInput {
  url: string;
  method: 'GET' | 'POST';
  body?: string;
  headers: Record<string, string>;
  connections: number;
  durationSec: number;
  /** More than one: each request picks one at random (seeded, so runs are comparable). */
  paths: string[];
  seed: number;
}

export type LoadWorkerMessage =
  | { kind: 'ready' }
  | { kind: 'done'; latencies: Float64Array; non2xx: number; errors: number }
  | { kind: 'error'; message: string };

const port = parentPort;
if (!port) throw new Error('load-worker: must run as a worker thread.');
const input = workerData as LoadWorkerInput;

function variedRequests(paths: string[], seed: number): autocannon.Request[] {
  const rng = createRng(seed);
  return [{ setupRequest: (request: autocannon.Request) => ({ ...request, path: rng.pick(paths) }) }];
}

function run(): void {
  const latencies: number[] = [];
  const instance = autocannon(
    {
      url: input.url, method: input.method, body: input.body, headers: input.headers,
      connections: input.connections, duration: input.durationSec,
      ...(input.paths.length > 1 ? { requests: variedRequests(input.paths, input.seed) } : {}),
    },
    (error, result) => {
      if (error) {
        port?.postMessage({ kind: 'error', message: String(error) } satisfies LoadWorkerMessage);
        return;
      }
      const out = Float64Array.from(latencies);
      port?.postMessage({ kind: 'done', latencies: out, non2xx: result.non2xx, errors: result.errors + result.timeouts } satisfies LoadWorkerMessage, [out.buffer]);
    },
  );
  instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
}

// Start together: the stage says go once every thread has loaded.
port.once('message', run);
port.postMessage({ kind: 'ready' } satisfies LoadWorkerMessage);
