// Backup proof: db:export then db:import into an empty database gives back the identical graph
// (canonical checksum over every node, relationship and typed property); bad files are refused
// with a message naming the problem, and a refused import writes nothing.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { exportBackup, importBackup } from '../../documents/backup';
import type { BackupFile } from '../../neo4j/backup-format';
import { graphFingerprint } from '../../neo4j/graph-checksum';
import { writeDocuments } from '../../documents/write-documents';
import { cleanDatabase, testDriver, testEnv } from '../support/db';
import { fixtureExtractions } from './support/fixture-graph';
import { runCli } from './support/run-cli';

const CLI = 'documents/backup-cli.ts';

async function seedGraph(driver: Driver): Promise<void> {
  await writeDocuments(driver, fixtureExtractions(40));
  await driver.executeQuery(
    `UNWIND range(1, 3) AS i
     CREATE (:SavedQuery {id: 'q-' + i, name: 'Query ' + i, description: 'Who <i>met</i> whom — ' + i,
       cypher: 'MATCH (a:Actor)-[r:MET_WITH]->(b:Actor) RETURN a, r, b LIMIT $limit',
       params: '[{"name":"limit","type":"integer"}]', createdAt: datetime(), updatedAt: datetime('2024-02-29T23:59:59.123456789+05:00'),
       runs: i, ratio: toFloat(i), tags: ['a', 'b'], day: date('2025-01-01')})`,
  );
}

describe('backup: db:export / db:import', () => {
  let driver: Driver;
  let dir: string;
  beforeAll(async () => {
    driver = testDriver();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'actorscope-backup-'));
  });
  afterAll(async () => {
    fs.rmSync(dir, { recursive: true, force: true });
    await driver.close();
  });
  beforeEach(async () => cleanDatabase(driver));

  it('round-trips through the CLI: the graph after import into an empty database is identical', async () => {
    await seedGraph(driver);
    const before = await graphFingerprint(driver);
    expect(before.byKind[':Document']).toBe(40);
    expect(before.byKind[':SavedQuery']).toBe(3);
    expect(before.relationships).toBeGreaterThan(80 + 40); // 2 claims + ≥2 mentions per document

    const file = path.join(dir, 'round-trip.json');
    const exported = await runCli(CLI, ['export', '--out', file], testEnv());
    expect(exported.stderr).toBe('');
    expect(exported.code).toBe(0);
    expect(exported.stdout).toMatch(/Exported \d+ actors, 40 documents, \d+ mentions, 80 claims, 3 saved queries/);

    await cleanDatabase(driver);
    expect((await graphFingerprint(driver)).nodes).toBe(0);

    const imported = await runCli(CLI, ['import', file], testEnv());
    expect(imported.stderr).toBe('');
    expect(imported.code).toBe(0);
    const after = await graphFingerprint(driver);
    expect(after).toEqual(before);

    // A second export of the restored graph is the same file, apart from the export time.
    const again = await exportBackup(driver);
    const first = JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
    expect({ ...again, exportedAt: null }).toEqual({ ...first, exportedAt: null });
  });

  it('keeps property types exactly: 1 vs 1.0, dates with nanoseconds and zones, lists, unicode', async () => {
    await driver.executeQuery(
      `CREATE (:Actor {id: 'x', name: 'Zero\u200bwidth \u202eRTL', type: 'unknown', n: 1, f: 1.0, big: 9007199254740991,
         nan: 0.0 / 0.0, inf: 1.0 / 0.0, fl: [1.0, 2.5], il: [1, 2], sl: ['\u0000ctl', '🙂'], empty: [],
         at: datetime('2021-08-26T17:50:00.000000001[Asia/Kabul]'), local: localdatetime('2021-08-26T17:50')})`,
    );
    const before = await graphFingerprint(driver);
    const backup = JSON.parse(JSON.stringify(await exportBackup(driver))) as unknown;
    await cleanDatabase(driver);
    await importBackup(driver, backup);
    expect(await graphFingerprint(driver)).toEqual(before);
    const { records } = await driver.executeQuery(
      "MATCH (a:Actor {id: 'x'}) RETURN valueType(a.n) AS n, valueType(a.f) AS f, toString(a.at) AS at, a.nan <> a.nan AS isNan",
    );
    expect(records[0]?.toObject()).toEqual({ n: 'INTEGER NOT NULL', f: 'FLOAT NOT NULL', at: '2021-08-26T17:50:00.000000001+04:30[Asia/Kabul]', isNan: true });
  });

  it('refuses a non-empty database unless --force, and --force replaces its content', async () => {
    await seedGraph(driver);
    const file = path.join(dir, 'force.json');
    expect((await runCli(CLI, ['export', '--out', file], testEnv())).code).toBe(0);
    const backupGraph = await graphFingerprint(driver);
    await driver.executeQuery("CREATE (:Actor {id: 'added-later', name: 'Added later', type: 'person'})");
    const modified = await graphFingerprint(driver);

    const refused = await runCli(CLI, ['import', file], testEnv());
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/database is not empty \(\d+ nodes\).*--force/);
    expect(await graphFingerprint(driver)).toEqual(modified);

    const forced = await runCli(CLI, ['import', file, '--force'], testEnv());
    expect(forced.code).toBe(0);
    expect(await graphFingerprint(driver)).toEqual(backupGraph);
  });

  it('names what is wrong in a bad file and writes nothing', async () => {
    await seedGraph(driver);
    const good = JSON.parse(JSON.stringify(await exportBackup(driver))) as BackupFile;
    await cleanDatabase(driver);
    const empty = await graphFingerprint(driver);

    const cases: Array<[string, (b: typeof good) => unknown, RegExp]> = [
      ['not a backup', () => ({ hello: 'world' }), /format: expected "actorscope-backup"/],
      ['unknown relation type', (b) => ({ ...b, claims: [{ ...(b.claims[0] as object), type: 'DELETED' }, ...b.claims.slice(1)] }), /claims\[0\]\.type: expected one of VISITED/],
      ['dangling claim endpoint', (b) => ({ ...b, claims: [...b.claims.slice(0, 5), { ...(b.claims[5] as object), target: 'nobody' }] }), /claims\[5\]\.target: "nobody" is not one of the actors/],
      ['duplicate actor id', (b) => ({ ...b, actors: [...b.actors, b.actors[0]] }), /actors\[\d+\]\.id: "[^"]+" appears twice/],
      ['truncated array', (b) => ({ ...b, claims: b.claims.slice(0, 10) }), /counts\.claims: the file declares 80 but holds 10/],
      ['mixed list', (b) => ({ ...b, actors: [{ ...(b.actors[0] as object), aliases: ['x', 1] }, ...b.actors.slice(1)] }), /actors\[0\]\.aliases: a Neo4j list holds one type/],
      ['nested object', (b) => ({ ...b, documents: [{ ...(b.documents[0] as object), title: { a: 1 } }, ...b.documents.slice(1)] }), /documents\[0\]\.title: expected a string, boolean, number/],
    ];
    for (const [name, mutate, message] of cases) {
      await expect(importBackup(driver, mutate(good)), name).rejects.toThrow(message);
      expect(await graphFingerprint(driver), name).toEqual(empty);
    }

    // A bad date is only caught by Neo4j, mid-transaction: the whole import is rolled back.
    const badDate = { ...good, savedQueries: [...good.savedQueries.slice(0, 2), { ...(good.savedQueries[2] as object), createdAt: { $datetime: 'yesterday' } }] };
    await expect(importBackup(driver, badDate)).rejects.toThrow(/Neo4j refused the data, nothing was imported/);
    expect(await graphFingerprint(driver)).toEqual(empty);

    // Through the CLI: a truncated file.
    const file = path.join(dir, 'truncated.json');
    fs.writeFileSync(file, JSON.stringify(good).slice(0, 5000));
    const result = await runCli(CLI, ['import', file], testEnv());
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/truncated\.json: not valid JSON/);
    expect(await graphFingerprint(driver)).toEqual(empty);
  });

  it('export refuses a graph it could not restore exactly instead of dropping data', async () => {
    await seedGraph(driver);
    await driver.executeQuery("CREATE (:Lease {owner: 'w1'})");
    await expect(exportBackup(driver)).rejects.toThrow(/1 node\(s\) labelled \[Lease\] without a string id/);
  });
});
