// One place that turns configuration into a neo4j-driver instance. Integers: the driver returns
// plain JS numbers (disableLosslessIntegers) — counts and years here never approach 2^53.
import neo4j, { type Driver } from 'neo4j-driver';
import { localUri, neo4jConfig, type Neo4jConfig } from './config';
import { start } from './local-server';

/** How long the driver retries a transaction that failed for a retryable reason (server/repositories/db.ts retries auto-commit reads as long). */
export const TRANSACTION_RETRY_MS = 2_000;

export function createDriver(config: Neo4jConfig, uri = config.uri ?? localUri(config.local)): Driver {
  return neo4j.driver(uri, neo4j.auth.basic(config.user, config.password), {
    disableLosslessIntegers: true,
    maxConnectionPoolSize: config.maxPoolSize,
    // Short by default so the API answers 503 within seconds while the database hangs; raise it
    // (NEO4J_ACQUISITION_TIMEOUT_MS) when many more clients than pooled connections are expected.
    connectionAcquisitionTimeout: config.acquisitionTimeoutMs,
    connectionTimeout: 3_000,
    // Fail fast while the database is down, so the API can answer 503 instead of hanging.
    maxTransactionRetryTime: TRANSACTION_RETRY_MS,
    logging: { level: 'error', logger: () => {} },
  });
}

/**
 * The embedded default: with NEO4J_URI unset, the project's local server is started if needed.
 * With NEO4J_URI set, the driver connects there and nothing is started.
 */
export async function connect(config: Neo4jConfig = neo4jConfig(), log: (m: string) => void = () => {}): Promise<Driver> {
  if (config.uri === undefined) await start(config.local, log);
  return createDriver(config);
}
