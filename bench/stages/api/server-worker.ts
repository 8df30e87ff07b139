// Runs the Actorscope API in its own thread through startServer (schema, seeded saved queries,
// listen), so autocannon (main thread) and Fastify do not share one event loop. Posts the port it
// listens on (127.0.0.1, ephemeral); closes on a "stop" message.
import { parentPort } from 'node:worker_threads';
import { neo4jConfig } from '../../../neo4j/config';
import { createDriver } from '../../../neo4j/driver';
import { loadServerConfig } from '../../../server/config';
import { startServer } from '../../../server/server';

export type ServerWorkerMessage = { kind: 'listening'; port: number } | { kind: 'error'; message: string } | { kind: 'stopped' };

const port = parentPort;
if (!port) throw new Error('server-worker: must run as a worker thread.');

async function main(): Promise<void> {
  // The worker's process.env is the environment the bench handed over (port 0, bench Neo4j, token).
  const driver = createDriver(neo4jConfig(process.env));
  const server = await startServer({ driver, config: loadServerConfig(process.env) });
  port?.on('message', () => {
    void server.close().then(() => driver.close()).then(() => port.postMessage({ kind: 'stopped' } satisfies ServerWorkerMessage));
  });
  port?.postMessage({ kind: 'listening', port: Number(new URL(server.url).port) } satisfies ServerWorkerMessage);
}

main().catch((error: unknown) => {
  port.postMessage({ kind: 'error', message: error instanceof Error ? error.stack ?? error.message : String(error) } satisfies ServerWorkerMessage);
});
