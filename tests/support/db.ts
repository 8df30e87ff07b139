// Test helpers for the real Neo4j chosen by global-setup.ts.
import type { Driver } from 'neo4j-driver';
import { neo4jConfig } from '../../neo4j/config';
import { createDriver } from '../../neo4j/driver';
import { ensureSchema } from '../../neo4j/schema';

export function testNeo4jUri(): string {
  const uri = process.env.ACTORSCOPE_TEST_NEO4J_URI;
  if (!uri) throw new Error('tests: ACTORSCOPE_TEST_NEO4J_URI is unset; run tests through vitest (global setup).');
  return uri;
}

/** Environment for code under test (server, CLI, worker) so it talks to the test database. */
export function testEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { ...process.env, NEO4J_URI: testNeo4jUri(), ...extra };
}

export function testDriver(): Driver {
  return createDriver(neo4jConfig(testEnv()), testNeo4jUri());
}

/** Deletes every node and relationship (schema stays) and makes sure the schema exists. */
export async function cleanDatabase(driver: Driver): Promise<void> {
  // CALL … IN TRANSACTIONS needs an auto-commit (implicit) transaction, hence session.run.
  const session = driver.session();
  try {
    await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
  }
  await ensureSchema(driver);
}
