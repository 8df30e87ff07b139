// npm run worker [-- --once] [--worker-id <id>]: processes documents submitted through the API.
// Settings: NEO4J_* (connection), WORKER_POLL_MS, WORKER_LEASE_MS (see ingest/README.md).
// SIGINT/SIGTERM stop it after the current document.
import { Command } from 'commander';
import { Type } from 'typebox';
import { readEnv } from '../config/env-schema';
import { NEO4J_ENV, neo4jConfigFrom } from '../neo4j/config';
import { NLP_ENV, NLP_EXTRA_CHECKS } from '../nlp/config';
import { connect } from '../neo4j/driver';
import { ensureSchema } from '../neo4j/schema';
import { defaultWorkerId, runWorker } from './worker/run-worker';
import { WORKER_ENV, workerSettingsFrom } from './worker/worker-config';

/** Everything the worker reads from the environment, checked at once before it connects. */
const WORKER_PROCESS_ENV = Type.Object({ ...WORKER_ENV.properties, ...NEO4J_ENV.properties, ...NLP_ENV.properties });

const log = (message: string) => console.error(`${new Date().toISOString()} ${message}`);

const program = new Command('worker')
  .description('Process pending documents (submitted through the API) into actors and claims')
  .option('--once', 'process until no pending work is left, then exit')
  .option('--worker-id <id>', 'name of this worker in Document.workerId / processedBy', defaultWorkerId())
  .action(async (opts: { once?: boolean; workerId: string }) => {
    const env = readEnv(WORKER_PROCESS_ENV, process.env, NLP_EXTRA_CHECKS);
    const settings = workerSettingsFrom(env);
    const config = neo4jConfigFrom(env, process.env);
    const driver = await connect(config, log);
    const controller = new AbortController();
    const stop = (signal: string) => {
      log(`worker ${opts.workerId}: ${signal} received, stopping after the current document`);
      controller.abort();
    };
    process.once('SIGINT', () => stop('SIGINT'));
    process.once('SIGTERM', () => stop('SIGTERM'));
    try {
      await ensureSchema(driver, config.database);
      log(`worker ${opts.workerId}: started (poll ${settings.pollMs} ms, lease ${settings.leaseMs} ms${opts.once ? ', --once' : ''})`);
      const stats = await runWorker({
        driver,
        workerId: opts.workerId,
        once: opts.once === true,
        signal: controller.signal,
        database: config.database,
        log,
        ...settings,
      });
      log(`worker ${opts.workerId}: stopped; ${stats.done} done, ${stats.failed} failed, ${stats.claims} claims`);
    } finally {
      await driver.close();
    }
  });

program.parseAsync().catch((error: unknown) => {
  log(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
