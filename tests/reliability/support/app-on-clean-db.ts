// For a reliability test file: a test driver, the API app (write token, no rate limit) and a temp
// directory, made before its tests and closed/removed after; the database cleaned before each test.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { buildApp } from '../../../server/app';
import { loadServerConfig } from '../../../server/config';
import { cleanDatabase, testDriver } from '../../support/db';

export interface AppOnCleanDb {
  driver: Driver;
  app: FastifyInstance;
  /** A fresh temp directory for the file's tests. */
  dir: string;
}

/** The returned object is filled in by the beforeAll hook. */
export function useAppOnCleanDb(options: { token: string; tempPrefix: string }): AppOnCleanDb {
  const ctx = {} as AppOnCleanDb;
  beforeAll(async () => {
    ctx.driver = testDriver();
    ctx.dir = fs.mkdtempSync(path.join(os.tmpdir(), options.tempPrefix));
    ctx.app = await buildApp({ driver: ctx.driver, config: loadServerConfig({ API_TOKEN: options.token, RATE_LIMIT_MAX: '1000000' }) });
    await ctx.app.ready();
  });
  afterAll(async () => {
    if (ctx.dir) fs.rmSync(ctx.dir, { recursive: true, force: true });
    await ctx.app?.close();
    await ctx.driver?.close();
  });
  beforeEach(async () => cleanDatabase(ctx.driver));
  return ctx;
}
