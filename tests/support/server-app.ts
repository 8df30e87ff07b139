// Builds the API app on the test database for integration tests (inject or a real socket).
import type { FastifyInstance } from 'fastify';
import type { Driver } from 'neo4j-driver';
import { buildApp } from '../../server/app';
import { loadServerConfig, type ServerConfig } from '../../server/config';
import { afterAll, beforeAll } from 'vitest';
import { cleanDatabase, testDriver } from './db';
import { seedGraph } from './seed-graph';

export const TEST_TOKEN = 'test-token-123456';

export function testServerConfig(overrides: Partial<ServerConfig> = {}): ServerConfig {
  return { ...loadServerConfig({ API_TOKEN: TEST_TOKEN, RATE_LIMIT_MAX: '100000', WEB_DIST: 'tests/does-not-exist' }), ...overrides };
}

export async function testApp(driver: Driver, overrides: Partial<ServerConfig> = {}): Promise<FastifyInstance> {
  const app = await buildApp({ driver, config: testServerConfig(overrides) });
  await app.ready();
  return app;
}

export const authHeader = { authorization: `Bearer ${TEST_TOKEN}` };

export interface SeededApp {
  driver: Driver;
  app: FastifyInstance;
}

/**
 * For a test file: before its tests, a clean test database holding the seed graph and an app on it;
 * after them, both closed. The returned object is filled in by the beforeAll hook.
 */
export function useSeededApp(overrides: Partial<ServerConfig> = {}): SeededApp {
  const seeded = {} as SeededApp;
  beforeAll(async () => {
    seeded.driver = testDriver();
    await cleanDatabase(seeded.driver);
    await seedGraph(seeded.driver);
    seeded.app = await testApp(seeded.driver, overrides);
  });
  afterAll(async () => {
    await seeded.app?.close();
    await seeded.driver?.close();
  });
  return seeded;
}
