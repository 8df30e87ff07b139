// Neo4j going away and coming back (through a TCP proxy we can cut), and the API over a real socket.
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { neo4jConfig } from '../../../neo4j/config';
import { createDriver } from '../../../neo4j/driver';
import { startServer } from '../../../server/server';
import { cleanDatabase, testDriver, testEnv, testNeo4jUri } from '../../support/db';
import { seedGraph } from '../../support/seed-graph';
import { TEST_TOKEN, testApp, testServerConfig } from '../../support/server-app';

class CuttableProxy {
  private server?: net.Server;
  private sockets = new Set<net.Socket>();
  port = 0;
  constructor(private readonly targetPort: number) {}

  async up(): Promise<void> {
    this.server = net.createServer((client) => {
      const upstream = net.connect(this.targetPort, '127.0.0.1');
      for (const s of [client, upstream]) {
        this.sockets.add(s);
        s.on('close', () => this.sockets.delete(s));
        s.on('error', () => s.destroy());
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => this.server!.listen(this.port, '127.0.0.1', resolve));
    this.port = (this.server!.address() as net.AddressInfo).port;
  }

  async down(): Promise<void> {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }
}

let driver: Driver;
beforeAll(async () => {
  driver = testDriver();
  await cleanDatabase(driver);
  await seedGraph(driver);
});
afterAll(async () => driver.close());

describe('Neo4j availability', () => {
  it('answers 503 database_unavailable while Neo4j is down and recovers without restart', async () => {
    const proxy = new CuttableProxy(Number(new URL(testNeo4jUri()).port));
    await proxy.up();
    const proxied = createDriver(neo4jConfig(testEnv()), `bolt://127.0.0.1:${proxy.port}`);
    const app = await testApp(proxied);
    try {
      expect((await app.inject({ url: '/api/health' })).statusCode).toBe(200);
      await proxy.down();
      for (const url of ['/api/health', '/api/graph?actors=taliban', '/api/actors?q=cia']) {
        const res = await app.inject({ url });
        expect(res.statusCode, `${url}: ${res.body}`).toBe(503);
        expect(res.json().error.code).toBe('database_unavailable');
      }
      await proxy.up();
      const back = await app.inject({ url: '/api/health' });
      expect(back.statusCode, back.body).toBe(200);
      expect(back.json().claims).toBeGreaterThan(0);
    } finally {
      await app.close();
      await proxied.close();
      await proxy.down();
    }
  });
});

describe('over a real socket', () => {
  it('starts with startServer, seeds saved queries, serves reads and guards writes', async () => {
    const server = await startServer({ driver, config: testServerConfig({ port: 0, apiToken: TEST_TOKEN }) });
    try {
      expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      const health = await fetch(`${server.url}/api/health`);
      expect(health.status).toBe(200);
      expect(health.headers.get('x-frame-options')).toBe('SAMEORIGIN');
      const graph = await (await fetch(`${server.url}/api/graph?actors=taliban&depth=1&yearFrom=2020`)).json();
      expect(graph.nodes.map((n: { data: { id: string } }) => n.data.id)).toContain('taliban');
      const queries = await (await fetch(`${server.url}/api/queries`)).json();
      expect(queries.queries.length).toBeGreaterThanOrEqual(8);
      const denied = await fetch(`${server.url}/api/queries/dyad-by-year/run`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
      expect(denied.status).toBe(401);
      const run = await fetch(`${server.url}/api/queries/dyad-by-year/run`, {
        method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${TEST_TOKEN}` }, body: '{}',
      });
      expect(run.status).toBe(200);
      expect((await run.json()).table.columns).toEqual(['year', 'claims', 'net', 'types']);
    } finally {
      await server.close();
    }
    // The driver was handed in, so it stays open for its owner.
    expect((await driver.executeQuery('RETURN 1 AS one')).records[0]?.get('one')).toBe(1);
  });

  it('rate-limits per client', async () => {
    const app = await testApp(driver, { rateLimitMax: 3 });
    try {
      const codes = [];
      for (let i = 0; i < 5; i++) codes.push((await app.inject({ url: '/api/stats' })).statusCode);
      expect(codes.slice(0, 3)).toEqual([200, 200, 200]);
      const limited = await app.inject({ url: '/api/stats' });
      expect(limited.statusCode).toBe(429);
      expect(limited.json().error.code).toBe('rate_limited');
    } finally {
      await app.close();
    }
  });

  it('sends CORS headers only when configured', async () => {
    const app = await testApp(driver, { corsOrigins: ['http://localhost:5173'] });
    try {
      const res = await app.inject({ url: '/api/health', headers: { origin: 'http://localhost:5173' } });
      expect(res.headers['access-control-allow-origin']).toBe('http://localhost:5173');
    } finally {
      await app.close();
    }
  });
});
