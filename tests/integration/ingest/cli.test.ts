import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../../neo4j/config';
import { cleanDatabase, testDriver } from '../../support/db';
import { run } from './spawn-helpers';

const SEEDS = path.join('seeds', 'articles');
const seedFiles = readdirSync(path.join(PROJECT_ROOT, SEEDS)).filter((f) => f.endsWith('.txt')).sort();
const CLAIM_FIELDS = [
  'claimId', 'source', 'target', 'type', 'year', 'yearRule', 'doc', 'publisher', 'sentence', 'sentenceStart', 'sentenceEnd',
  'trigger', 'triggerStart', 'triggerEnd', 'sourceStart', 'sourceEnd', 'targetStart', 'targetEnd', 'negated', 'modality',
  'confidence', 'weight', 'extractorVersion',
];

interface Report {
  documents: Array<Record<string, unknown> & { id: string; sha256: string }>;
  actors: Array<{ id: string; name: string; type: string; aliases: string[]; discovered: boolean }>;
  relations: Array<Record<string, unknown> & { doc: string; source: string; target: string }>;
}

let driver: Driver;
let dir: string;

beforeAll(() => {
  driver = testDriver();
});
afterAll(async () => driver.close());
beforeEach(async () => {
  await cleanDatabase(driver);
  dir = mkdtempSync(path.join(tmpdir(), 'actorscope-cli-'));
  return () => rmSync(dir, { recursive: true, force: true });
});

async function claimsPerDoc(): Promise<Record<string, number>> {
  const { records } = await driver.executeQuery('MATCH (d:Document) OPTIONAL MATCH ()-[r]->() WHERE r.docId = d.id RETURN d.id AS id, count(r) AS n');
  return Object.fromEntries(records.map((r) => [r.get('id') as string, r.get('n') as number]));
}

describe('ingest extract --json', () => {
  it('prints one JSON object {documents, actors, relations} and touches no database', async () => {
    // An unreachable NEO4J_URI proves no connection is attempted.
    const result = await run('ingest/cli.ts', ['extract', SEEDS, '--json'], { NEO4J_URI: 'bolt://127.0.0.1:1' });
    expect(result.stderr).not.toMatch(/error/i);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as Report;
    expect(Object.keys(report).sort()).toEqual(['actors', 'documents', 'relations']);

    expect(report.documents.map((d) => d.id)).toEqual(seedFiles.map((f) => f.replace(/\.txt$/, '')));
    for (const doc of report.documents) {
      const sidecar = JSON.parse(readFileSync(path.join(PROJECT_ROOT, SEEDS, `${doc.id}.meta.json`), 'utf8')) as Record<string, unknown>;
      const text = readFileSync(path.join(PROJECT_ROOT, SEEDS, `${doc.id}.txt`), 'utf8');
      expect(doc).toEqual({ ...sidecar, sha256: createHash('sha256').update(text).digest('hex') });
    }

    expect(report.relations.length).toBeGreaterThan(0);
    const actorIds = new Set(report.actors.map((a) => a.id));
    expect(actorIds.size).toBe(report.actors.length);
    for (const actor of report.actors) expect(Object.keys(actor).sort()).toEqual(['aliases', 'discovered', 'id', 'name', 'type']);
    for (const relation of report.relations) {
      expect(Object.keys(relation).sort()).toEqual([...CLAIM_FIELDS].sort());
      expect(actorIds.has(relation.source) && actorIds.has(relation.target)).toBe(true);
      expect(report.documents.map((d) => d.id)).toContain(relation.doc);
    }
    expect(await claimsPerDoc()).toEqual({});
  });
});

describe('ingest load', () => {
  it('loads the seeds, prints the summary table, exits 1 when a file fails; a reload is unchanged and exits 0', async () => {
    writeFileSync(path.join(dir, 'bad.txt'), Buffer.from([0x00, 0x01, 0x02]));
    const first = await run('ingest/cli.ts', ['load', SEEDS, path.join(dir, 'bad.txt'), '--batch-size', '2']);
    expect(first.code).toBe(1);
    const lines = first.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^FILE +ID +OUTCOME +CLAIMS +ERROR$/);
    expect(lines).toHaveLength(seedFiles.length + 3);
    const rows = lines.slice(1, -1);
    seedFiles.forEach((f, i) => expect(rows[i]).toMatch(new RegExp(`^${path.join(SEEDS, f)} +${f.replace('.txt', '')} +loaded +\\d+$`)));
    expect(rows.at(-1)).toMatch(/bad\.txt +- +failed +0 +file looks binary \(NUL byte at offset 0\)\.$/);
    const stored = await claimsPerDoc();
    const claimsInTable = Object.fromEntries(rows.slice(0, -1).map((r) => r.split(/ +/)).map((c) => [c[1], Number(c[3])]));
    expect(stored).toEqual(claimsInTable);
    const total = Object.values(stored).reduce((a, b) => a + b, 0);
    expect(lines.at(-1)).toBe(`TOTAL: ${seedFiles.length + 1} documents: ${seedFiles.length} loaded, 0 replaced, 0 unchanged, 1 failed; ${total} claims (${total} written)`);

    // The claims `extract --json` prints are the claims `load` stores.
    const extracted = JSON.parse((await run('ingest/cli.ts', ['extract', SEEDS, '--json'])).stdout) as Report;
    const { records } = await driver.executeQuery('MATCH ()-[r]->() WHERE r.claimId IS NOT NULL RETURN r.claimId AS id ORDER BY id');
    expect(records.map((r) => r.get('id'))).toEqual(extracted.relations.map((r) => r.claimId).sort());

    const second = await run('ingest/cli.ts', ['load', SEEDS, '--json']);
    expect(second.code).toBe(0);
    const summary = JSON.parse(second.stdout) as { files: Array<{ outcome: string }>; totals: Record<string, number> };
    expect(summary.files.map((f) => f.outcome)).toEqual(seedFiles.map(() => 'unchanged'));
    expect(summary.totals).toEqual({ documents: seedFiles.length, loaded: 0, replaced: 0, unchanged: seedFiles.length, failed: 0, claims: total, claimsWritten: 0 });
    expect(await claimsPerDoc()).toEqual(stored);
  });

  it('rejects a bad --batch-size with exit code 1 and a message naming the option', async () => {
    const result = await run('ingest/cli.ts', ['load', SEEDS, '--batch-size', '0']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/--batch-size.*Expecting a positive integer/);
    expect(await claimsPerDoc()).toEqual({});
  });

  it('exits 1 with a message naming the database when Neo4j cannot be reached', async () => {
    const result = await run('ingest/cli.ts', ['load', SEEDS], { NEO4J_URI: 'bolt://127.0.0.1:1' });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^error: Neo4j at bolt:\/\/127\.0\.0\.1:1: /m);
    expect(result.stdout).toBe('');
  });
});
