// The benchmark's own local Neo4j (its own port, so teammates' databases are never touched).
import type { Driver } from 'neo4j-driver';
import { neo4jConfig } from '../../neo4j/config';
import { connect } from '../../neo4j/driver';
import { status } from '../../neo4j/local-server';
import { ensureSchema } from '../../neo4j/schema';

export const BENCH_PORT_DEFAULT = '7705';

export function benchEnv(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  return { ...env, NEO4J_LOCAL_PORT: env.NEO4J_LOCAL_PORT || BENCH_PORT_DEFAULT };
}

export interface BenchDatabase {
  driver: Driver;
  /** Neo4j's process id when it is the local server (for its peak memory). */
  pid: number | undefined;
  version: string;
}

export async function openBenchDatabase(log: (m: string) => void): Promise<BenchDatabase> {
  const config = neo4jConfig(benchEnv());
  const driver = await connect(config, log);
  const pid = config.uri === undefined ? (await status(config.local)).pid : undefined;
  const info = await driver.getServerInfo();
  const components = await driver.executeQuery('CALL dbms.components() YIELD versions, edition RETURN versions[0] AS v, edition AS e');
  const record = components.records[0];
  const version = record ? `${record.get('v') as string} ${record.get('e') as string}` : (info.agent ?? 'unknown');
  return { driver, pid, version };
}

/** Deletes everything (in batches, 1M claims do not fit one transaction) and recreates the schema. */
export async function wipeDatabase(driver: Driver): Promise<void> {
  const session = driver.session();
  try {
    await session.run('MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 50000 ROWS');
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 20000 ROWS');
  } finally {
    await session.close();
  }
  await ensureSchema(driver);
}

/**
 * Waits until Neo4j runs no query but this one: requests still in flight when a cache-off run ends
 * (seconds each at 1M claims) would otherwise be measured as part of the next endpoint's run.
 */
export async function waitForIdle(driver: Driver, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { records } = await driver.executeQuery(
      "SHOW TRANSACTIONS YIELD currentQuery WHERE currentQuery <> '' AND NOT currentQuery STARTS WITH 'SHOW TRANSACTIONS' RETURN count(*) AS busy",
    );
    if (Number(records[0]?.get('busy') ?? 0) === 0) return;
    if (Date.now() > deadline) throw new Error(`bench: Neo4j still busy after ${timeoutMs / 1000} s; a previous run's queries did not finish.`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

export async function readMarker(driver: Driver): Promise<string | null> {
  const result = await driver.executeQuery('MATCH (m:BenchMarker) RETURN m.key AS key LIMIT 1');
  return (result.records[0]?.get('key') as string | undefined) ?? null;
}

export async function writeMarker(driver: Driver, key: string): Promise<void> {
  await driver.executeQuery('MATCH (m:BenchMarker) DELETE m');
  await driver.executeQuery('CREATE (:BenchMarker {key: $key})', { key });
}
