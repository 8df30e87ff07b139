// Listens: connects to Neo4j (one driver per process), ensures the schema, seeds the saved queries,
// serves the API (and the built web app), and shuts down gracefully. `npm run server` runs it.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import type { Driver } from 'neo4j-driver';
import { Type } from 'typebox';
import { readEnv } from '../config/env-schema';
import { NEO4J_ENV, PROJECT_ROOT, neo4jConfigFrom } from '../neo4j/config';
import { connect } from '../neo4j/driver';
import { ensureSchema } from '../neo4j/schema';
import type { SavedQueryInput } from '../shared/api';
import { buildApp } from './app';
import { SERVER_ENV, SERVER_EXTRA_CHECKS, serverConfigFrom, type ServerConfig } from './config';

export const SAVED_QUERIES_FILE = path.join(PROJECT_ROOT, 'seeds', 'saved-queries.json');

export function readSeedQueries(file = SAVED_QUERIES_FILE): SavedQueryInput[] {
  const data = JSON.parse(fs.readFileSync(file, 'utf8')) as { queries?: SavedQueryInput[] };
  if (!Array.isArray(data.queries)) throw new Error(`${file}: expecting {"queries": [...]}.`);
  for (const q of data.queries) {
    if (!q.id || !q.name || !q.cypher) throw new Error(`${file}: every saved query needs id, name and cypher (bad: ${JSON.stringify(q.id ?? q.name)}).`);
  }
  return data.queries;
}

export interface RunningServer {
  app: FastifyInstance;
  url: string;
  close: () => Promise<void>;
}

/** Everything `npm run server` reads from the environment, checked at once before anything starts. */
export const SERVER_PROCESS_ENV = Type.Object({ ...SERVER_ENV.properties, ...NEO4J_ENV.properties });

export async function startServer(opts: { driver?: Driver; config?: ServerConfig } = {}): Promise<RunningServer> {
  const env = readEnv(SERVER_PROCESS_ENV, process.env, SERVER_EXTRA_CHECKS);
  const config = opts.config ?? serverConfigFrom(env);
  const ownsDriver = opts.driver === undefined;
  const driver = opts.driver ?? (await connect(neo4jConfigFrom(env, process.env), (m) => console.error(m)));
  await ensureSchema(driver, config.database);

  const app = await buildApp({ driver, config, logger: { level: process.env.LOG_LEVEL ?? 'info', redact: ['req.headers.authorization'] } });
  const seeded = await app.repos.queries.seed(readSeedQueries());
  if (seeded > 0) app.log.info(`seeded ${seeded} saved queries`);
  await app.listen({ port: config.port, host: config.host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`;
  console.log(`Actorscope API listening at ${url} (OpenAPI at ${url}/docs)`);
  // Printed once to the console, never through pino.
  if (config.apiTokenGenerated) console.log(`API token for writes (generated for this run; set API_TOKEN to fix it): ${config.apiToken}`);

  let closing: Promise<void> | undefined;
  const close = () => {
    closing ??= (async () => {
      await app.close();
      if (ownsDriver) await driver.close();
    })();
    return closing;
  };
  // With a driver handed in, the caller owns the process lifecycle (scripts/start.ts handles signals).
  if (ownsDriver) {
    const onSignal = (signal: NodeJS.Signals) => {
      console.error(`${signal}: shutting down…`);
      close().then(() => process.exit(0), () => process.exit(1));
    };
    process.once('SIGINT', onSignal);
    process.once('SIGTERM', onSignal);
  }
  return { app, url, close };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  startServer().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  });
}
