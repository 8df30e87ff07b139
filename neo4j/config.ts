// Neo4j connection settings from the environment: one TypeBox schema (NEO4J_ENV) with the documented
// defaults (README "Configuration"), checked at start-up with every problem listed at once.
import path from 'node:path';
import { Type, type Static } from 'typebox';
import { envHeap, envInt, envOptionalString, envPort, envString, readEnv, type Env } from '../config/env-schema';
import { localRoot } from '../local-services/env';

export interface Neo4jConfig {
  /** Bolt URI; undefined means "use the project's local server, starting it if needed". */
  uri: string | undefined;
  user: string;
  password: string;
  database: string;
  /** Longest wait for a pooled connection; under heavy concurrency requests queue here. */
  acquisitionTimeoutMs: number;
  maxPoolSize: number;
  local: LocalServerConfig;
}

export interface LocalServerConfig {
  port: number;
  /** Where the downloaded Neo4j jars and the compiled launcher live (shared by all local servers). */
  distDir: string;
  /** Data, logs and pid file of this local server. */
  homeDir: string;
  heap: string;
  pageCacheMiB: number;
}

// The project root is shared by every local service; many modules import it from here.
export { PROJECT_ROOT } from '../local-services/env';

/** The local server's variables (npm run db:start and the test suite's own servers). */
export const NEO4J_LOCAL_ENV = Type.Object({
  NEO4J_LOCAL_PORT: envPort(7687),
  NEO4J_LOCAL_HEAP: envHeap('1g'),
  NEO4J_LOCAL_PAGECACHE_MB: envInt(512, 1),
});

/** The connection's variables, with the local server's. */
export const NEO4J_ENV = Type.Object({
  NEO4J_URI: envOptionalString({ pattern: '^(bolt|neo4j)(\\+s|\\+ssc)?://\\S+$', description: 'a Bolt URI such as bolt://127.0.0.1:7687 or neo4j+s://host' }),
  NEO4J_USER: envString('neo4j'),
  NEO4J_PASSWORD: envString('actorscope', { secret: true }),
  NEO4J_DATABASE: envString('neo4j'),
  NEO4J_ACQUISITION_TIMEOUT_MS: envInt(5000, 1),
  NEO4J_MAX_POOL_SIZE: envInt(100, 1),
  ...NEO4J_LOCAL_ENV.properties,
});

export function localServerConfigFrom(values: Static<typeof NEO4J_LOCAL_ENV>, env: Env): LocalServerConfig {
  const root = localRoot(env);
  return {
    port: values.NEO4J_LOCAL_PORT,
    distDir: path.join(root, 'neo4j-dist'),
    homeDir: path.join(root, `neo4j-${values.NEO4J_LOCAL_PORT}`),
    heap: values.NEO4J_LOCAL_HEAP,
    pageCacheMiB: values.NEO4J_LOCAL_PAGECACHE_MB,
  };
}

export function localServerConfig(env: Env = process.env): LocalServerConfig {
  return localServerConfigFrom(readEnv(NEO4J_LOCAL_ENV, env), env);
}

export function neo4jConfigFrom(values: Static<typeof NEO4J_ENV>, env: Env): Neo4jConfig {
  return {
    uri: values.NEO4J_URI,
    user: values.NEO4J_USER,
    password: values.NEO4J_PASSWORD,
    database: values.NEO4J_DATABASE,
    acquisitionTimeoutMs: values.NEO4J_ACQUISITION_TIMEOUT_MS,
    maxPoolSize: values.NEO4J_MAX_POOL_SIZE,
    local: localServerConfigFrom(values, env),
  };
}

export function neo4jConfig(env: Env = process.env): Neo4jConfig {
  return neo4jConfigFrom(readEnv(NEO4J_ENV, env), env);
}

export function localUri(local: LocalServerConfig): string {
  return `bolt://127.0.0.1:${local.port}`;
}

const GIB = 1024 ** 3;

/**
 * Memory for the local server sized from the machine (npm start): a quarter of RAM for the heap
 * (1–8 GiB, whole GiB) and an eighth for the page cache (512 MiB–4 GiB). The 1M-claim benchmark needs
 * about 4 GiB of heap; Neo4j's own default of 1 GiB refused its one-year graph (transaction memory).
 */
export function machineSizedMemory(totalBytes: number): { heap: string; pageCacheMiB: number } {
  const heapGiB = Math.min(8, Math.max(1, Math.floor(totalBytes / 4 / GIB)));
  const pageCacheMiB = Math.min(4096, Math.max(512, Math.floor(totalBytes / 8 / 1024 ** 2)));
  return { heap: `${heapGiB}g`, pageCacheMiB };
}
