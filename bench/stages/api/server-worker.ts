// Runs the Actorscope API in its own thread, so autocannon (main thread) and Fastify do not share
// one event loop. Posts the port it listens on (127.0.0.1, ephemeral); closes on a "stop" message.
import { parentPort, workerData } from 'node:worker_threads';
import { neo4jConfig } from '../../../neo4j/config';
import { createDriver } from '../../../neo4j/driver';
import { buildApp } from '../../../server/app';
import { loadServerConfig } from '../../../server/config';

export type ServerWorkerMessage = { kind: 'listening'; port: number } | { kind: 'error'; message: string } | { kind: 'stopped' };

const port = parentPort;
if (!port) throw new Error('server-worker: must run as a worker thread.');
const env = workerData as NodeJS.ProcessEnv;

async function main(): Promise<void> {
  const driver = createDriver(neo4jConfig(env));
  const config = loadServerConfig(env);
  const app = await buildApp({ driver, config, logger: false });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const address = app.server.address();
  if (address === null || typeof address === 'string') throw new Error('server-worker: no TCP address.');
  port?.on('message', () => {
    void app.close().then(() => driver.close()).then(() => port.postMessage({ kind: 'stopped' } satisfies ServerWorkerMessage));
  });
  port?.postMessage({ kind: 'listening', port: address.port } satisfies ServerWorkerMessage);
}

main().catch((error: unknown) => {
  port.postMessage({ kind: 'error', message: error instanceof Error ? error.stack ?? error.message : String(error) } satisfies ServerWorkerMessage);
});
