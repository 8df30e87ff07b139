import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Driver } from 'neo4j-driver';
import { cleanDatabase, testDriver } from '../../support/db';
import { ensureSchema, schemaStatements } from '../../../neo4j/schema';
import { RETIRED_EDGE_AGGREGATE_INDEXES } from '../../../neo4j/edge-aggregates';

describe('real Neo4j', () => {
  let driver: Driver;
  beforeAll(async () => {
    driver = testDriver();
    await cleanDatabase(driver);
  });
  afterAll(async () => driver.close());

  it('writes a node through neo4j-driver and reads it back from the server', async () => {
    const marker = `round-trip-${Date.now()}`;
    await driver.executeQuery('CREATE (:RoundTrip {marker: $marker, n: 42})', { marker });
    const { records } = await driver.executeQuery('MATCH (r:RoundTrip {marker: $marker}) RETURN r.n AS n', { marker });
    expect(records).toHaveLength(1);
    expect(records[0]?.get('n')).toBe(42);
  });

  it('reports a Neo4j 5 kernel version', async () => {
    const { records } = await driver.executeQuery('CALL dbms.components() YIELD name, versions RETURN name, versions[0] AS v');
    expect(records[0]?.get('name')).toBe('Neo4j Kernel');
    expect(String(records[0]?.get('v'))).toMatch(/^5\./);
  });

  it('creates every constraint and index of the schema, idempotently', async () => {
    await cleanDatabase(driver); // second ensureSchema over the existing schema must not fail
    const { records } = await driver.executeQuery('SHOW INDEXES YIELD name RETURN collect(name) AS names');
    const names = records[0]?.get('names') as string[];
    const expected = schemaStatements().map((s) => /(?:CONSTRAINT|INDEX) (\w+) IF/.exec(s)?.[1]);
    for (const name of expected) expect(names).toContain(name);
  });

  it('drops the indexes of earlier versions', async () => {
    await driver.executeQuery('CREATE INDEX edge_aggregate_source IF NOT EXISTS FOR (e:EdgeAggregate) ON (e.source)');
    await ensureSchema(driver);
    const { records } = await driver.executeQuery('SHOW INDEXES YIELD name RETURN collect(name) AS names');
    for (const name of RETIRED_EDGE_AGGREGATE_INDEXES) expect(records[0]?.get('names')).not.toContain(name);
  });
});
