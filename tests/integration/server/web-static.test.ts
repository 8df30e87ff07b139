import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Driver } from 'neo4j-driver';
import { testDriver } from '../../support/db';
import { testApp } from '../../support/server-app';

let driver: Driver;
let app: FastifyInstance;
let dir: string;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'actorscope-web-'));
  fs.mkdirSync(path.join(dir, 'assets'));
  fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>Actorscope</title><div id="root"></div>');
  fs.writeFileSync(path.join(dir, 'assets', 'app.js'), 'console.log("app")');
  driver = testDriver();
  app = await testApp(driver, { webDist: dir });
});
afterAll(async () => {
  await app.close();
  await driver.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('web app serving', () => {
  it('serves WEB_DIST with SPA fallback, but never for /api', async () => {
    const root = await app.inject({ url: '/' });
    expect(root.statusCode).toBe(200);
    expect(root.body).toContain('<title>Actorscope</title>');
    const asset = await app.inject({ url: '/assets/app.js' });
    expect(asset.headers['content-type']).toContain('javascript');
    const deep = await app.inject({ url: '/actors/taliban?depth=2' });
    expect(deep.statusCode).toBe(200);
    expect(deep.body).toContain('id="root"');
    const api = await app.inject({ url: '/api/unknown' });
    expect(api.statusCode).toBe(404);
    expect(api.json().error.code).toBe('not_found');
  });

  it('serves the Swagger UI at /docs', async () => {
    const res = await app.inject({ url: '/docs/' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('swagger');
  });
});
