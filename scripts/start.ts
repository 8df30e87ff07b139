// npm start: the whole product in one command. Starts (or finds) Neo4j and the NLP server (in parallel),
// creates the schema, loads the seed articles into an empty database, builds the web app if it is not
// built, then serves API + web on one port with an in-process worker for uploaded documents.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Type } from 'typebox';
import { readEnv } from '../config/env-schema';
import { PROJECT_ROOT, machineSizedMemory, neo4jConfigFrom } from '../neo4j/config';
import { NLP_ENV, NLP_EXTRA_CHECKS } from '../nlp/config';
import { WORKER_ENV, workerSettingsFrom } from '../ingest/worker/worker-config';
import { connect } from '../neo4j/driver';
import { ensureSchema } from '../neo4j/schema';
import { ensureNlp } from '../nlp/ensure';
import { loadPaths } from '../ingest/load/load-files';
import { runWorker } from '../ingest/worker/run-worker';
import { SERVER_EXTRA_CHECKS } from '../server/config';
import { SERVER_PROCESS_ENV, startServer } from '../server/server';

const log = (message: string) => console.error(message);
const SEEDS_DIR = path.join(PROJECT_ROOT, 'seeds', 'articles');
const WEB_DIST_INDEX = path.join(PROJECT_ROOT, 'web', 'dist', 'index.html');

function buildWebIfMissing(): void {
  if (fs.existsSync(WEB_DIST_INDEX)) return;
  log('Building the web app (first run only)…');
  const vite = path.join(PROJECT_ROOT, 'node_modules', '.bin', 'vite');
  const result = spawnSync(vite, ['build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'], {
    cwd: PROJECT_ROOT,
    stdio: 'inherit',
  });
  if (result.status !== 0) throw new Error('npm start: building the web app failed (see above).');
}

/** The environment with the local Neo4j's memory sized from this machine where the user set none. */
function withSizedMemory(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const sized = machineSizedMemory(os.totalmem());
  const out = { ...env };
  if (!env.NEO4J_LOCAL_HEAP) out.NEO4J_LOCAL_HEAP = sized.heap;
  if (!env.NEO4J_LOCAL_PAGECACHE_MB) out.NEO4J_LOCAL_PAGECACHE_MB = String(sized.pageCacheMiB);
  if (!env.NEO4J_URI && (!env.NEO4J_LOCAL_HEAP || !env.NEO4J_LOCAL_PAGECACHE_MB)) {
    log(`Local Neo4j memory (when npm start starts it): heap ${out.NEO4J_LOCAL_HEAP}, page cache ${out.NEO4J_LOCAL_PAGECACHE_MB} MiB, sized from this machine's ${(os.totalmem() / 1024 ** 3).toFixed(1)} GiB (set NEO4J_LOCAL_HEAP / NEO4J_LOCAL_PAGECACHE_MB to choose).`);
  }
  return out;
}

/** Everything `npm start` reads from the environment, checked at once before anything starts. */
const START_ENV = Type.Object({ ...SERVER_PROCESS_ENV.properties, ...NLP_ENV.properties, ...WORKER_ENV.properties });

async function main(): Promise<void> {
  const processEnv = withSizedMemory(process.env);
  const env = readEnv(START_ENV, processEnv, (values) => [...SERVER_EXTRA_CHECKS(values), ...NLP_EXTRA_CHECKS(values)]);
  const config = neo4jConfigFrom(env, processEnv);
  // Both wait for a JVM to load; waiting for them side by side saves the shorter of the two waits.
  const [driver, nlpUrls] = await Promise.all([connect(config, log), ensureNlp(process.env, log)]);
  log(`NLP server${nlpUrls.length > 1 ? 's' : ''}: ${nlpUrls.join(', ')}`);
  await ensureSchema(driver, config.database);

  const { records } = await driver.executeQuery('MATCH (d:Document) RETURN count(d) AS n', {}, { database: config.database });
  if (Number(records[0]?.get('n') ?? 0) === 0) {
    log(`Empty database: loading the seed articles from ${path.relative(PROJECT_ROOT, SEEDS_DIR)}/ …`);
    const summary = await loadPaths(driver, [SEEDS_DIR], { database: config.database });
    log(`Seeds loaded: ${summary.totals.documents} documents, ${summary.totals.claims} claims, ${summary.totals.failed} failed.`);
  }

  buildWebIfMissing();

  const worker = new AbortController();
  const server = await startServer({ driver });
  const workerDone = runWorker({ driver, workerId: `start-${process.pid}`, signal: worker.signal, ...workerSettingsFrom(env) }).catch((error: unknown) => {
    log(`Worker stopped: ${error instanceof Error ? error.message : String(error)}`);
  });
  console.log(`Actorscope is running at ${server.url}`);

  const shutdown = async () => {
    worker.abort();
    await workerDone;
    await server.close();
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
