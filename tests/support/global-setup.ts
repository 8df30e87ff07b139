// Vitest global setup: find a real Neo4j for the suite, in this order:
//   1. NEO4J_URI set → use it as is;
//   2. a reachable Docker engine → a throwaway neo4j:5 container (@testcontainers/neo4j);
//   3. otherwise → the project's local Neo4j server (neo4j/local-server.ts) on its own test port.
// The chosen URI is handed to test files through the environment (ACTORSCOPE_TEST_NEO4J_URI).
import { spawnSync } from 'node:child_process';
import { localServerConfig, localUri } from '../../neo4j/config';
import { start } from '../../neo4j/local-server';

const TEST_PORT_DEFAULT = '7688';

function dockerReachable(): boolean {
  const result = spawnSync('docker', ['info', '--format', '{{.ServerVersion}}'], { encoding: 'utf8', timeout: 5000 });
  return result.status === 0 && result.stdout.trim().length > 0;
}

export default async function setup(): Promise<() => Promise<void>> {
  if (process.env.NEO4J_URI) {
    process.env.ACTORSCOPE_TEST_NEO4J_URI = process.env.NEO4J_URI;
    return async () => {};
  }
  if (process.env.ACTORSCOPE_TEST_NO_DOCKER !== '1' && dockerReachable()) {
    const { Neo4jContainer } = await import('@testcontainers/neo4j');
    const container = await new Neo4jContainer('neo4j:5.26-community').withPassword('actorscope').start();
    process.env.ACTORSCOPE_TEST_NEO4J_URI = container.getBoltUri();
    process.env.NEO4J_USER = container.getUsername();
    process.env.NEO4J_PASSWORD = container.getPassword();
    return async () => {
      await container.stop();
    };
  }
  // A dedicated port keeps test data away from the database `npm start` uses.
  const local = localServerConfig({ ...process.env, NEO4J_LOCAL_PORT: process.env.NEO4J_LOCAL_PORT || TEST_PORT_DEFAULT });
  await start(local, (m) => console.error(m));
  process.env.ACTORSCOPE_TEST_NEO4J_URI = localUri(local);
  process.env.NEO4J_LOCAL_PORT = String(local.port);
  // The local server is left running: the next run starts in a second instead of twenty.
  return async () => {};
}
