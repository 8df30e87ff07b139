// Neo4j connection settings from the environment, with the documented defaults (README "Configuration").
import path from 'node:path';
import { intFromEnv, localRoot } from '../local-services/env';

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

export function localServerConfig(env: NodeJS.ProcessEnv = process.env): LocalServerConfig {
  const port = intFromEnv(env, 'NEO4J_LOCAL_PORT', 7687);
  const root = localRoot(env);
  return {
    port,
    distDir: path.join(root, 'neo4j-dist'),
    homeDir: path.join(root, `neo4j-${port}`),
    heap: env.NEO4J_LOCAL_HEAP || '1g',
    pageCacheMiB: intFromEnv(env, 'NEO4J_LOCAL_PAGECACHE_MB', 512),
  };
}

export function neo4jConfig(env: NodeJS.ProcessEnv = process.env): Neo4jConfig {
  return {
    uri: env.NEO4J_URI || undefined,
    user: env.NEO4J_USER || 'neo4j',
    password: env.NEO4J_PASSWORD || 'actorscope',
    database: env.NEO4J_DATABASE || 'neo4j',
    acquisitionTimeoutMs: intFromEnv(env, 'NEO4J_ACQUISITION_TIMEOUT_MS', 5000),
    maxPoolSize: intFromEnv(env, 'NEO4J_MAX_POOL_SIZE', 100),
    local: localServerConfig(env),
  };
}

export function localUri(local: LocalServerConfig): string {
  return `bolt://127.0.0.1:${local.port}`;
}
