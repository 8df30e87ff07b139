// A Neo4j of the test's own, which it may stop and restart (outage tests must never stop the shared
// test server). Same launcher as `npm run db:start`, on its own port (ACTORSCOPE_OUTAGE_PORT, 7716).
import type { Driver } from 'neo4j-driver';
import { localServerConfig, localUri, neo4jConfig, type LocalServerConfig } from '../../../neo4j/config';
import { createDriver } from '../../../neo4j/driver';
import { start, stop } from '../../../neo4j/local-server';

export interface OwnNeo4j {
  local: LocalServerConfig;
  uri: string;
  /** Environment for child processes (CLI, worker, server) pointing at this server. */
  env: NodeJS.ProcessEnv;
  driver(): Driver;
  start(): Promise<void>;
  stop(): Promise<void>;
}

export function ownNeo4j(port = process.env.ACTORSCOPE_OUTAGE_PORT || '7716'): OwnNeo4j {
  const local = localServerConfig({ ...process.env, NEO4J_LOCAL_PORT: port, NEO4J_LOCAL_HEAP: '512m', NEO4J_LOCAL_PAGECACHE_MB: '64' });
  const uri = localUri(local);
  const env = { ...process.env, NEO4J_URI: uri };
  return {
    local,
    uri,
    env,
    driver: () => createDriver(neo4jConfig(env), uri),
    start: async () => {
      await start(local);
    },
    stop: async () => {
      await stop(local);
    },
  };
}
