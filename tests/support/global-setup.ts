// Vitest global setup: find a real Neo4j and a real NLP server for the suite.
// Neo4j, in this order:
//   1. NEO4J_URI set → use it as is;
//   2. a reachable Docker engine → a throwaway neo4j:5 container (@testcontainers/neo4j);
//   3. otherwise → the project's local Neo4j server (neo4j/local-server.ts) on its own test port.
// NLP: NLP_URL set → its server(s); otherwise the project's local NLP server (nlp/local-server.ts) on
// its own test port (9011), started beside Neo4j.
// The chosen addresses are handed to test files through the environment (ACTORSCOPE_TEST_NEO4J_URI,
// ACTORSCOPE_TEST_NLP_URL — a comma-separated list when NLP_URL lists several servers).
import { spawnSync } from 'node:child_process';
import { localServerConfig, localUri } from '../../neo4j/config';
import { start } from '../../neo4j/local-server';
import { ensureNlp } from '../../nlp/ensure';

const TEST_PORT_DEFAULT = '7688';
const NLP_TEST_PORT_DEFAULT = '9011';

function dockerReachable(): boolean {
  const result = spawnSync('docker', ['info', '--format', '{{.ServerVersion}}'], { encoding: 'utf8', timeout: 5000 });
  return result.status === 0 && result.stdout.trim().length > 0;
}

async function setupNeo4j(): Promise<() => Promise<void>> {
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

async function setupNlp(): Promise<void> {
  // A dedicated port keeps the suite off the NLP server `npm start` uses. Like Neo4j's, the local
  // server is left running: loading its models takes ~20 s, a running one answers at once.
  const env = { ...process.env, NLP_LOCAL_PORT: process.env.NLP_LOCAL_PORT || NLP_TEST_PORT_DEFAULT };
  const urls = await ensureNlp(env, (m) => console.error(m));
  process.env.ACTORSCOPE_TEST_NLP_URL = urls.join(',');
  process.env.NLP_LOCAL_PORT = env.NLP_LOCAL_PORT;
}

// Each project that needs servers (db, reliability, e2e) lists this file; Vitest loads it once per
// project, so the servers are set up by the first call and the later ones share its outcome.
const SHARED = Symbol.for('actorscope.test-servers');
type SharedSetup = { [SHARED]?: Promise<() => Promise<void>> };

export default async function setup(): Promise<() => Promise<void>> {
  const shared = globalThis as SharedSetup;
  if (shared[SHARED]) {
    await shared[SHARED];
    return async () => {}; // the first caller's teardown stops what was started
  }
  shared[SHARED] = setupServers();
  return shared[SHARED];
}

async function setupServers(): Promise<() => Promise<void>> {
  const [neo4j, nlp] = await Promise.allSettled([setupNeo4j(), setupNlp()]);
  if (neo4j.status === 'rejected') throw neo4j.reason;
  if (nlp.status === 'rejected') {
    await neo4j.value();
    throw nlp.reason;
  }
  return neo4j.value;
}
