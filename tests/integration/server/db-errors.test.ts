// Driver failures → API errors (server/repositories/db.ts): the app's own (bounded) queries answer 503
// database_unavailable when Neo4j is down, or when a query runs over QUERY_TIMEOUT_MS (a starting or
// stopping server lets queries hang until their timeout); while known down, requests wait for one
// shared probe only. Saved-query runs keep 504 (tests/integration/server/saved-queries.test.ts).
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { neo4jConfig } from '../../../neo4j/config';
import { createDriver } from '../../../neo4j/driver';
import { ApiError, graphViewTooSlow } from '../../../server/errors';
import { createAvailability } from '../../../server/repositories/availability';
import { readRows, readTx, type Db } from '../../../server/repositories/db';
import { cleanDatabase, testDriver, testEnv } from '../../support/db';

/** Counts 2×10^8 rows: seconds of work, so a 300 ms transaction timeout really fires in Neo4j. */
const SLOW = 'UNWIND range(1, 200000000) AS x WITH x WHERE x = -1 RETURN count(x) AS n';

let driver: Driver;
/** A driver to a port nobody listens on: Neo4j as seen while it is down. */
let dead: Driver;
let deadPort: number;

beforeAll(async () => {
  driver = testDriver();
  await cleanDatabase(driver);
  const probe = net.createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  deadPort = (probe.address() as net.AddressInfo).port;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  dead = createDriver(neo4jConfig(testEnv()), `bolt://127.0.0.1:${deadPort}`);
});
afterAll(async () => {
  await dead.close();
  await driver.close();
});

const failure = (promise: Promise<unknown>) => promise.then(() => undefined, (error: unknown) => error);

describe('driver failures in the app routes', () => {
  it('a query over the timeout is 503 database_unavailable, whether or not Neo4j still answers a probe', async () => {
    for (const probeDriver of [driver, dead]) {
      const db: Db = { driver, database: 'neo4j', timeoutMs: 300, availability: createAvailability(probeDriver, 'neo4j') };
      const error = await failure(readRows(db, SLOW));
      expect(error).toBeInstanceOf(ApiError);
      expect(error).toMatchObject({ statusCode: 503, code: 'database_unavailable', message: expect.stringContaining('did not answer within 300 ms') });
    }
  }, 30_000);

  it("a graph view over GRAPH_TIMEOUT_MS is 503 naming that limit and how to narrow the view", async () => {
    const db: Db = { driver, database: 'neo4j', timeoutMs: 300, availability: createAvailability(driver, 'neo4j'), timeoutError: graphViewTooSlow };
    const error = await failure(readRows(db, SLOW));
    expect(error).toMatchObject({ statusCode: 503, code: 'database_unavailable', message: expect.stringContaining('within 300 ms (GRAPH_TIMEOUT_MS)') });
    expect((error as Error).message).toContain('narrow the view');
  }, 30_000);

  it('a driver failure that is no API error is 503 when Neo4j does not answer a probe', async () => {
    const db: Db = { driver, database: 'neo4j', timeoutMs: 5000, availability: createAvailability(dead, 'neo4j') };
    const error = await failure(readTx(db, async (tx) => {
      await tx.run('RETURN 1');
      throw new TypeError("Cannot read properties of undefined (reading 'onCompleted')");
    }));
    expect(error).toMatchObject({ statusCode: 503, code: 'database_unavailable' });
    expect(db.availability.down).toBe(true);
  });

  it('while known down, requests answer 503 after the shared probe, and run again once it succeeds', async () => {
    const db: Db = { driver: dead, database: 'neo4j', timeoutMs: 5000, availability: createAvailability(dead, 'neo4j') };
    expect(await failure(readRows(db, 'RETURN 1 AS one'))).toMatchObject({ statusCode: 503, code: 'database_unavailable' });
    expect(await db.availability.probe()).toBe(false);
    const burst = await Promise.all(Array.from({ length: 5 }, () => failure(readRows(db, 'RETURN 1 AS one'))));
    for (const error of burst) expect(error).toMatchObject({ statusCode: 503 });

    const live: Db = { driver, database: 'neo4j', timeoutMs: 5000, availability: createAvailability(driver, 'neo4j') };
    expect(await live.availability.probe()).toBe(true);
    expect(await readRows(live, 'RETURN 1 AS one')).toEqual([{ one: 1 }]);
  }, 30_000);

  it('a bug in the route code while Neo4j answers stays a 500 (not disguised as an outage)', async () => {
    const db: Db = { driver, database: 'neo4j', timeoutMs: 5000, availability: createAvailability(driver, 'neo4j') };
    const error = await failure(readTx(db, async (tx) => {
      await tx.run('RETURN 1');
      throw new TypeError('presenter bug');
    }));
    expect(error).toBeInstanceOf(TypeError);
  });
});
