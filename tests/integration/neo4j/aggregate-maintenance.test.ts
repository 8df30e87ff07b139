// Keeping the edge aggregates right by hand: `npm run db:aggregates -- check` finds a planted
// mismatch and `rebuild` repairs it (the CLI as a real process against the test Neo4j); two processes
// building the aggregates of an old database at once count every claim once (the build lease).
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { edgeAggregateDifferences } from '../../../neo4j/edge-aggregate-check';
import { AggregateBuildBusy, ensureEdgeAggregates, rebuildEdgeAggregates } from '../../../neo4j/edge-aggregates';
import { runCli } from '../../reliability/support/run-cli';
import { cleanDatabase, testDriver, testEnv } from '../../support/db';
import { seedGraph } from '../../support/seed-graph';

const CLI = 'neo4j/cli.ts';

let driver: Driver;
beforeAll(async () => {
  driver = testDriver();
  await cleanDatabase(driver);
  await seedGraph(driver);
});
afterAll(async () => {
  await driver.close();
});

/** Makes the database look written before aggregates existed: claims, no derived data. */
async function dropAggregates(): Promise<void> {
  await driver.executeQuery('MATCH (n) WHERE n:EdgeAggregate OR n:ClaimTally DELETE n');
  await driver.executeQuery('MATCH (d:Document) REMOVE d.aggregatedClaims');
}

const count = async (label: string) => Number((await driver.executeQuery(`MATCH (n:${label}) RETURN count(n) AS n`)).records[0]?.get('n'));

describe('db:aggregates check | rebuild', () => {
  it('reports exact aggregates, then a planted mismatch, and rebuild repairs it', async () => {
    const exact = await runCli(CLI, ['aggregates', 'check'], testEnv());
    expect(exact.code, exact.stderr).toBe(0);
    expect(exact.stdout).toContain('exact');

    // One aggregate counts a claim too many, one tally is gone.
    const planted = await driver.executeQuery('MATCH (e:EdgeAggregate) WITH e ORDER BY e.key LIMIT 1 SET e.count = e.count + 1 RETURN e.key AS key');
    const key = planted.records[0]?.get('key') as string;
    await driver.executeQuery('MATCH (t:ClaimTally) WITH t ORDER BY t.key LIMIT 1 DELETE t');
    const broken = await runCli(CLI, ['aggregates', 'check'], testEnv());
    expect(broken.code).toBe(1);
    expect(broken.stdout).toContain(`EdgeAggregate ${JSON.stringify(key)}`);
    expect(broken.stdout).toContain('ClaimTally');
    // The count differs from the recount and from its own row string; the tally is missing.
    expect(broken.stdout).toMatch(/3 difference\(s\)/);

    const rebuilt = await runCli(CLI, ['aggregates', 'rebuild'], testEnv());
    expect(rebuilt.code, rebuilt.stderr).toBe(0);
    expect(rebuilt.stdout).toContain('rebuilt');
    expect(rebuilt.stdout).toContain('exact');
    expect(await edgeAggregateDifferences(driver)).toEqual([]);
  });

  it('refuses an unknown action, naming it', async () => {
    const bad = await runCli(CLI, ['aggregates', 'repair'], testEnv());
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain('"repair"');
  });
});

describe('the build lease', () => {
  it('two processes building the aggregates of an old database at once count every claim once', async () => {
    for (let round = 0; round < 3; round++) {
      await dropAggregates();
      const other = testDriver();
      try {
        await Promise.all([ensureEdgeAggregates(driver), ensureEdgeAggregates(other), ensureEdgeAggregates(driver)]);
      } finally {
        await other.close();
      }
      expect(await count('ClaimTally')).toBeGreaterThan(0);
      expect(await edgeAggregateDifferences(driver), `round ${round}`).toEqual([]);
      expect(await count('AggregateLease')).toBe(0);
    }
  });

  it('a rebuild refuses while another process holds the lease, and takes an expired one', async () => {
    await driver.executeQuery("CREATE (:AggregateLease {name: 'edge-aggregates', owner: 'someone-else', expiresAt: timestamp() + 60000})");
    const refused = await rebuildEdgeAggregates(driver).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(AggregateBuildBusy);
    expect((refused as Error).message).toContain('someone-else');
    expect(await edgeAggregateDifferences(driver)).toEqual([]);

    await driver.executeQuery("MATCH (l:AggregateLease) SET l.expiresAt = timestamp() - 1");
    await rebuildEdgeAggregates(driver);
    expect(await edgeAggregateDifferences(driver)).toEqual([]);
    expect(await count('AggregateLease')).toBe(0);
  });
});
