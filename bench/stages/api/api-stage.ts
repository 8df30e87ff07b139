// Stage 3, API under load: autocannon on loopback (50 connections, split over client threads) against
// the API running in a worker thread, per endpoint; exact p50/p95/p99 from every response time, and req/s.
import crypto from 'node:crypto';
import type { Worker } from 'node:worker_threads';
import { withPeakMemory } from '../../report/memory';
import { summarize, type Summary } from '../../report/stats';
import { benchEnv, waitForIdle, type BenchDatabase } from '../../support/neo4j';
import { startTsWorker } from '../../support/ts-worker';
import { endpointCases, probeData, type EndpointCase } from './endpoints';
import type { LoadWorkerInput, LoadWorkerMessage } from './load-worker';
import type { ServerWorkerMessage } from './server-worker';

export interface ApiStageOptions {
  connections: number;
  /** Threads running autocannon, the connections split between them. */
  clientThreads: number;
  durationSec: number;
  repeats: number;
  /** Only the endpoints whose name contains one of these (all when unset). */
  only?: string[];
  log: (message: string) => void;
}

export interface EndpointResult {
  name: string;
  path: string;
  /**
   * repeated: the one request, against the server as configured (its read cache answers repeats);
   * varied: the endpoint's varied requests in random order, against a second server with the read
   * cache off and no shared loads (CACHE_TTL_MS=0, CACHE_SHARE_LOADS=false), so every answer is a
   * Neo4j query of its own — also when two connections ask the same request at once.
   */
  mode?: 'repeated' | 'varied';
  variants?: number;
  /** unavailable: the probe request failed; too-slow: no response completed within a run. */
  status: 'ok' | 'unavailable' | 'too-slow';
  /** Why it was skipped (the probe's HTTP status and message). */
  note?: string;
  p50Ms?: Summary;
  p95Ms?: Summary;
  p99Ms?: Summary;
  reqPerSec?: Summary;
  non2xx?: number;
  errors?: number;
  peakNodeRssMiB?: number;
  peakNeo4jRssMiB?: number | null;
}

export interface ApiStageResult {
  connections: number;
  clientThreads: number;
  durationSec: number;
  endpoints: EndpointResult[];
}

function percentile(sorted: number[], q: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] as number;
}

/**
 * The API thread's young generation as `npm start` and `npm run server` give it (`--max-semi-space-size=64`
 * in package.json; V8's young generation is three semi-spaces). Only the server thread gets it: given to
 * the whole bench process it also reached the autocannon threads, and the client then cost the focus
 * run a fifth of its throughput (same code, alternated: 260 vs 418 req/s).
 */
const API_YOUNG_GENERATION_MB = 3 * 64;

function startServer(token: string, extraEnv: Record<string, string> = {}): Promise<{ worker: Worker; port: number }> {
  // No rate limit (one client IP sends everything), request logging off (warn level).
  const env = benchEnv({ ...process.env, API_TOKEN: token, RATE_LIMIT_MAX: '10000000', PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...extraEnv });
  const worker = startTsWorker(new URL('./server-worker.ts', import.meta.url), { env, stdout: true, resourceLimits: { maxYoungGenerationSizeMb: API_YOUNG_GENERATION_MB } });
  // startServer prints its URL and token to stdout; keep that out of the bench's own output.
  worker.stdout.resume();
  return new Promise((resolve, reject) => {
    worker.once('message', (m: ServerWorkerMessage) => {
      if (m.kind === 'listening') resolve({ worker, port: m.port });
      else reject(new Error(`api stage: server failed to start: ${m.kind === 'error' ? m.message : m.kind}`));
    });
    worker.once('error', reject);
  });
}

async function stopServer(worker: Worker): Promise<void> {
  await new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, 5000);
    worker.once('message', () => {
      clearTimeout(timer);
      resolve();
    });
    worker.postMessage('stop');
  });
  await worker.terminate();
}

async function probe(base: string, c: EndpointCase, headers: Record<string, string>): Promise<{ ok: boolean; note: string; ms: number; bytes: number }> {
  const t0 = performance.now();
  const response = await fetch(base + c.path, { method: c.method, headers, body: c.body });
  const text = await response.text();
  return { ok: response.ok, note: `HTTP ${response.status}: ${text.slice(0, 160)}`, ms: performance.now() - t0, bytes: text.length };
}

async function savedQueryId(base: string): Promise<string | null> {
  try {
    const response = await fetch(`${base}/api/queries`);
    if (!response.ok) return null;
    const body = (await response.json()) as { queries?: Array<{ id: string }> };
    // "Who attacked X?" (the first seeded query, with a default parameter) when it exists.
    const queries = body.queries ?? [];
    return (queries.find((q) => q.id === 'who-attacked') ?? queries[0])?.id ?? null;
  } catch {
    return null;
  }
}

/** Runs autocannon in `clientThreads` threads (connections split between them), merging every response time. */
async function loadOnce(base: string, c: EndpointCase, headers: Record<string, string>, options: ApiStageOptions, paths: string[] = [c.path]) {
  const threads = Math.min(options.clientThreads, options.connections);
  const workers = Array.from({ length: threads }, (_, i) => {
    const input: LoadWorkerInput = {
      url: base + c.path, method: c.method, body: c.body, headers, durationSec: options.durationSec, paths, seed: 42 + i,
      // 50 over 2 threads: 25 + 25; the total stays options.connections.
      connections: Math.floor(options.connections / threads) + (i < options.connections % threads ? 1 : 0),
    };
    return startTsWorker(new URL('./load-worker.ts', import.meta.url), { workerData: input });
  });
  try {
    const outcomes = workers.map(
      (worker) =>
        new Promise<Extract<LoadWorkerMessage, { kind: 'done' }>>((resolve, reject) => {
          worker.on('message', (m: LoadWorkerMessage) => {
            if (m.kind === 'done') resolve(m);
            if (m.kind === 'error') reject(new Error(`api stage: autocannon failed: ${m.message}`));
          });
          worker.once('error', reject);
        }),
    );
    await Promise.all(workers.map((worker) => new Promise<void>((resolve, reject) => {
      worker.once('message', () => resolve());
      worker.once('error', reject);
    })));
    for (const worker of workers) worker.postMessage('go');
    const done = await Promise.all(outcomes);
    const latencies = done.flatMap((d) => Array.from(d.latencies)).sort((a, b) => a - b);
    if (latencies.length === 0) return null;
    return {
      p50: percentile(latencies, 0.5),
      p95: percentile(latencies, 0.95),
      p99: percentile(latencies, 0.99),
      reqPerSec: latencies.length / options.durationSec,
      non2xx: done.reduce((sum, d) => sum + d.non2xx, 0),
      errors: done.reduce((sum, d) => sum + d.errors, 0),
    };
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}

export async function runApiStage(db: BenchDatabase, options: ApiStageOptions): Promise<ApiStageResult> {
  const token = crypto.randomBytes(18).toString('base64url');
  const cached = await startServer(token);
  // Cache off and no shared loads: with 24 variants over 50 connections, identical requests are often
  // in flight together, and sharing their load made the cache-off rows 2–4× faster than the real work.
  const uncached = await startServer(token, { CACHE_TTL_MS: '0', CACHE_SHARE_LOADS: 'false' });
  // Sent like a browser's fetch: the explorer's requests accept gzip.
  const headers = { 'content-type': 'application/json', 'accept-encoding': 'gzip, deflate, br', authorization: `Bearer ${token}` };
  const endpoints: EndpointResult[] = [];
  try {
    const cachedBase = `http://127.0.0.1:${cached.port}`;
    const cases = endpointCases(await probeData(db.driver), await savedQueryId(cachedBase))
      .filter((c) => !options.only || options.only.some((name) => c.name.includes(name)));
    for (const c of cases) {
      if (c.repeated !== false) endpoints.push(await measureEndpoint(db, cachedBase, c, headers, options, [c.path], 'repeated'));
      // /api/stats has one form: its cache-off run repeats it, each answer a load of its own.
      if (c.variants.length > 0) {
        endpoints.push(await measureEndpoint(db, `http://127.0.0.1:${uncached.port}`, c, headers, options, c.variants, 'varied'));
      }
    }
  } finally {
    await stopServer(cached.worker);
    await stopServer(uncached.worker);
  }
  return { connections: options.connections, clientThreads: options.clientThreads, durationSec: options.durationSec, endpoints };
}

async function measureEndpoint(
  db: BenchDatabase,
  base: string,
  c: EndpointCase,
  headers: Record<string, string>,
  options: ApiStageOptions,
  paths: string[],
  mode: 'repeated' | 'varied',
): Promise<EndpointResult> {
  const name = mode === 'repeated' ? c.name : `${c.name} · ${paths.length} varied, cache off`;
  const id = { name, path: c.path, mode, variants: paths.length };
  // A few varied requests must answer, or the run would only time error answers (the rest show up
  // in the non-2xx column).
  for (const path of mode === 'varied' ? paths.slice(0, 3) : [c.path]) {
    const check = await probe(base, { ...c, path }, headers);
    if (!check.ok) {
      options.log(`api: ${name} skipped (${path}: ${check.note})`);
      return { ...id, status: 'unavailable', note: check.note };
    }
    options.log(`api: ${name}: single request ${path} ${check.ms.toFixed(0)} ms, ${check.bytes} bytes`);
  }
  // Every run starts with Neo4j idle, whatever the run before it left in flight.
  const run = async (o: ApiStageOptions) => {
    await waitForIdle(db.driver);
    return loadOnce(base, c, headers, o, paths);
  };
  // A short warm-up fills the driver pool, JIT and Neo4j's query cache before measuring.
  await run({ ...options, durationSec: 2 });
  const { result: runs, memory } = await withPeakMemory(async () => {
    const out = [];
    for (let r = 0; r < options.repeats; r++) out.push(await run(options));
    return out;
  }, db.pid);
  const completed = runs.filter((r): r is NonNullable<typeof r> => r !== null);
  if (completed.length < runs.length) {
    const note = `no response completed within ${options.durationSec} s at ${options.connections} connections`;
    options.log(`api: ${name}: ${note}`);
    return { ...id, status: 'too-slow', note };
  }
  const entry: EndpointResult = {
    ...id,
    status: 'ok',
    p50Ms: summarize(completed.map((r) => r.p50)),
    p95Ms: summarize(completed.map((r) => r.p95)),
    p99Ms: summarize(completed.map((r) => r.p99)),
    reqPerSec: summarize(completed.map((r) => r.reqPerSec)),
    non2xx: completed.reduce((sum, r) => sum + r.non2xx, 0),
    errors: completed.reduce((sum, r) => sum + r.errors, 0),
    peakNodeRssMiB: memory.nodeRssMiB,
    peakNeo4jRssMiB: memory.otherRssMiB ?? null,
  };
  options.log(`api: ${name}: p50 ${entry.p50Ms?.median} ms, p95 ${entry.p95Ms?.median} ms, p99 ${entry.p99Ms?.median} ms, ${entry.reqPerSec?.median.toFixed(0)} req/s`);
  return entry;
}
