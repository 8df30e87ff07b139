// Export the graph to a backup file and import it back (npm run db:export / db:import).
// Export reads actors, documents, mentions, claims and saved queries in one read transaction (the
// edge aggregates are derived data: left out, and recomputed by the import);
// import validates the whole file first, then writes everything in ONE transaction (batched UNWIND),
// so a failed import leaves the database as it was.
import fs from 'node:fs';
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { RELATION_TYPES, type RelationType } from '../shared/vocabulary';
import {
  BACKUP_FORMAT,
  BACKUP_VERSION,
  BackupError,
  encodeProperties,
  validateBackup,
  type BackupClaim,
  type BackupCounts,
  type BackupFile,
  type BackupMention,
  type BackupNode,
  type DecodedBackup,
  type DecodedProperties,
  type DecodedValue,
  type EncodedProperties,
} from '../neo4j/backup-format';
import { DERIVED_LABELS, DERIVED_PROPERTY, withEdgeAggregates } from '../neo4j/edge-aggregates';
import { buildPublisherTallies } from '../neo4j/publisher-tallies';
import { ensureSchema } from '../neo4j/schema';

export { BackupError } from '../neo4j/backup-format';

const NODE_LABELS = ['Actor', 'Document', 'SavedQuery', 'Review', 'ActorDecision'] as const;
// The per-actor and per-document claim counts are derived (edge-aggregates.ts): recomputed on import.
const TYPED_PROPS = (v: string) => `properties(${v}) AS props, [k IN keys(${v}) WHERE k <> '${DERIVED_PROPERTY}' | [k, valueType(${v}[k])]] AS types`;

function encoded(record: { get(key: string): unknown }, where: string): EncodedProperties {
  return encodeProperties(record.get('props') as Record<string, unknown>, record.get('types') as Array<[string, string]>, where);
}

/** Nodes and relationships the backup format cannot hold: export refuses rather than silently dropping them. */
async function unsupportedElements(tx: ManagedTransaction): Promise<string[]> {
  const nodes = await tx.run(
    `MATCH (n) WHERE NOT (size(labels(n)) = 1 AND labels(n)[0] IN $labels AND n.id IS :: STRING NOT NULL)
       AND NOT (size(labels(n)) = 1 AND labels(n)[0] IN $derived)
     RETURN labels(n) AS labels, n.id IS :: STRING NOT NULL AS hasId, count(*) AS n`,
    { labels: NODE_LABELS, derived: DERIVED_LABELS },
  );
  const rels = await tx.run(
    `MATCH (a)-[r]->(b)
     WHERE NOT ((type(r) = 'MENTIONS' AND a:Document AND b:Actor) OR (type(r) IN $types AND a:Actor AND b:Actor))
     RETURN type(r) AS type, labels(a) AS from, labels(b) AS to, count(*) AS n`,
    { types: RELATION_TYPES },
  );
  return [
    ...nodes.records.map((r) => `${String(r.get('n'))} node(s) labelled [${(r.get('labels') as string[]).join(', ')}]${r.get('hasId') ? '' : ' without a string id'}`),
    ...rels.records.map(
      (r) => `${String(r.get('n'))} relationship(s) (:${(r.get('from') as string[]).join(':')})-[:${String(r.get('type'))}]->(:${(r.get('to') as string[]).join(':')})`,
    ),
  ];
}

export async function exportBackup(driver: Driver, options: { database?: string; now?: Date } = {}): Promise<BackupFile> {
  const session = driver.session({ database: options.database, defaultAccessMode: 'READ' });
  try {
    return await session.executeRead(async (tx) => {
      const unsupported = await unsupportedElements(tx);
      if (unsupported.length > 0) {
        throw new BackupError('Backup export: the database holds elements the backup format does not cover:', unsupported);
      }
      const nodes = async (label: (typeof NODE_LABELS)[number]) =>
        (await tx.run(`MATCH (n:${label}) RETURN ${TYPED_PROPS('n')} ORDER BY n.id`)).records.map((r, i) => encoded(r, `${label}[${i}]`) as BackupNode); // ids checked above
      const actors = await nodes('Actor');
      const documents = await nodes('Document');
      const savedQueries = await nodes('SavedQuery');
      const reviews = await nodes('Review');
      const actorDecisions = await nodes('ActorDecision');
      const mentions: BackupMention[] = (
        await tx.run(`MATCH (d:Document)-[r:MENTIONS]->(a:Actor) RETURN d.id AS doc, a.id AS actor, ${TYPED_PROPS('r')} ORDER BY doc, actor`)
      ).records.map((r) => ({ doc: r.get('doc') as string, actor: r.get('actor') as string, properties: encoded(r, 'MENTIONS') }));
      const claims: BackupClaim[] = (
        await tx.run(
          `MATCH (s:Actor)-[r]->(t:Actor) WHERE type(r) IN $types
           RETURN type(r) AS type, s.id AS source, t.id AS target, ${TYPED_PROPS('r')}
           ORDER BY r.claimId, type, source, target`,
          { types: RELATION_TYPES },
        )
      ).records.map((r) => ({
        type: r.get('type') as RelationType,
        source: r.get('source') as string,
        target: r.get('target') as string,
        properties: encoded(r, String(r.get('type'))),
      }));
      const counts: BackupCounts = {
        actors: actors.length,
        documents: documents.length,
        mentions: mentions.length,
        claims: claims.length,
        savedQueries: savedQueries.length,
        reviews: reviews.length,
        actorDecisions: actorDecisions.length,
      };
      return {
        format: BACKUP_FORMAT,
        version: BACKUP_VERSION,
        exportedAt: (options.now ?? new Date()).toISOString(),
        counts,
        actors,
        documents,
        mentions,
        claims,
        savedQueries,
        reviews,
        actorDecisions,
      };
    });
  } finally {
    await session.close();
  }
}

// ---------------------------------------------------------------------------------------------
// Import

function toDriverValue(value: DecodedValue): unknown {
  if (Array.isArray(value)) return value.map((v) => toDriverValue(v));
  if (value !== null && typeof value === 'object') return neo4j.int(value.$int);
  return value;
}

function toRow(data: DecodedProperties, extra: Record<string, unknown> = {}): Record<string, unknown> {
  const props: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data.props)) props[key] = toDriverValue(value);
  return { ...extra, props, temporals: data.temporals };
}

const BATCH_ROWS = 1000;
const BATCH_CHARS = 8_000_000;

/** Splits rows so that no UNWIND carries more than ~BATCH_ROWS rows or ~8 M characters of text. */
function* batches<T extends { data: DecodedProperties }>(items: T[]): Generator<T[]> {
  let batch: T[] = [];
  let chars = 0;
  for (const item of items) {
    const size = Object.values(item.data.props).reduce<number>((n, v) => n + (typeof v === 'string' ? v.length : 8), 0);
    if (batch.length > 0 && (batch.length >= BATCH_ROWS || chars + size > BATCH_CHARS)) {
      yield batch;
      batch = [];
      chars = 0;
    }
    batch.push(item);
    chars += size;
  }
  if (batch.length > 0) yield batch;
}

const SET_TEMPORALS = (v: string) =>
  `FOREACH (t IN row.temporals | SET ${v}[t.key] = CASE t.kind WHEN 'datetime' THEN datetime(t.value)
     WHEN 'localdatetime' THEN localdatetime(t.value) ELSE date(t.value) END)`;

async function writeAll(tx: ManagedTransaction, backup: DecodedBackup): Promise<void> {
  const nodeSections = [
    ['Actor', backup.actors],
    ['Document', backup.documents],
    ['SavedQuery', backup.savedQueries],
    ['Review', backup.reviews],
    ['ActorDecision', backup.actorDecisions],
  ] as const;
  for (const [label, nodes] of nodeSections) {
    for (const batch of batches(nodes)) {
      await tx.run(`UNWIND $rows AS row CREATE (n:${label}) SET n = row.props ${SET_TEMPORALS('n')}`, {
        rows: batch.map((n) => toRow(n.data)),
      });
    }
  }
  const byType = new Map<string, typeof backup.claims>();
  for (const rel of [...backup.mentions, ...backup.claims]) {
    const list = byType.get(rel.type) ?? [];
    list.push(rel);
    byType.set(rel.type, list);
  }
  for (const [type, rels] of byType) {
    // Relationship types cannot be parameters; `type` is MENTIONS or one of RELATION_TYPES (validated).
    const [fromLabel, toLabel] = type === 'MENTIONS' ? ['Document', 'Actor'] : ['Actor', 'Actor'];
    for (const batch of batches(rels)) {
      await tx.run(
        `UNWIND $rows AS row MATCH (a:${fromLabel} {id: row.from}), (b:${toLabel} {id: row.to})
         CREATE (a)-[r:${type}]->(b) SET r = row.props ${SET_TEMPORALS('r')}`,
        { rows: batch.map((r) => toRow(r.data, { from: r.from, to: r.to })) },
      );
    }
  }
}

async function countsIn(tx: ManagedTransaction): Promise<BackupCounts> {
  const result = await tx.run(
    `CALL () { MATCH (n:Actor) RETURN count(n) AS actors }
     CALL () { MATCH (n:Document) RETURN count(n) AS documents }
     CALL () { MATCH (n:SavedQuery) RETURN count(n) AS savedQueries }
     CALL () { MATCH (n:Review) RETURN count(n) AS reviews }
     CALL () { MATCH (n:ActorDecision) RETURN count(n) AS actorDecisions }
     CALL () { MATCH (:Document)-[r:MENTIONS]->(:Actor) RETURN count(r) AS mentions }
     CALL () { MATCH (:Actor)-[r]->(:Actor) WHERE type(r) IN $types RETURN count(r) AS claims }
     RETURN actors, documents, savedQueries, reviews, actorDecisions, mentions, claims`,
    { types: RELATION_TYPES },
  );
  return result.records[0]?.toObject() as BackupCounts;
}

export interface ImportOptions {
  database?: string;
  /** Replace a non-empty database (its content is deleted in the same transaction as the import). */
  force?: boolean;
}

/** Validates `data` (a parsed backup file) and writes it; returns what was imported. */
export async function importBackup(driver: Driver, data: unknown, options: ImportOptions & { fileName?: string } = {}): Promise<BackupCounts> {
  const backup = validateBackup(data, options.fileName);
  const nodeCount = async (tx: ManagedTransaction) => Number((await tx.run('MATCH (n) RETURN count(n) AS n')).records[0]?.get('n'));
  const existing = await driver.executeQuery('MATCH (n) RETURN count(n) AS n', {}, { database: options.database, routing: 'READ' });
  const refuse = (n: number) =>
    new BackupError(`Backup import: the database is not empty (${n} nodes). Import into an empty database, or pass --force to replace its content.`);
  const before = Number(existing.records[0]?.get('n'));
  if (before > 0 && !options.force) throw refuse(before);
  await ensureSchema(driver, options.database);

  const session = driver.session({ database: options.database });
  try {
    return await session.executeWrite(async (tx) => {
      if (options.force) await tx.run('MATCH (n) DETACH DELETE n');
      else {
        const now = await nodeCount(tx);
        if (now > 0) throw refuse(now); // something was written since the first check
      }
      try {
        // The edge aggregates are not in the file: they are computed from the imported claims, here.
        const claimDocs = backup.claims.map((c) => c.data.props.docId).filter((id): id is string => typeof id === 'string');
        await withEdgeAggregates(tx, claimDocs, () => writeAll(tx, backup));
        // The publisher tallies too, from the imported documents (the database held none: empty, or emptied above).
        await buildPublisherTallies(tx);
      } catch (error) {
        throw new BackupError(`Backup import: Neo4j refused the data, nothing was imported: ${error instanceof Error ? error.message : String(error)}`);
      }
      const counts = await countsIn(tx);
      const expected = backup.counts;
      const wrong = (Object.keys(expected) as Array<keyof BackupCounts>).filter((k) => counts[k] !== expected[k]);
      if (wrong.length > 0) {
        throw new BackupError(
          'Backup import: the written graph does not match the file, nothing was imported:',
          wrong.map((k) => `${k}: file has ${expected[k]}, database would have ${counts[k]}`),
        );
      }
      return counts;
    });
  } finally {
    await session.close();
  }
}

// ---------------------------------------------------------------------------------------------
// Files

export function readBackupFile(file: string): unknown {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new BackupError(`Backup import: cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}.`);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new BackupError(`${file}: not valid JSON (${error instanceof Error ? error.message : String(error)}); is the file truncated?`);
  }
}

/** Writes the backup atomically: a crash mid-write never leaves a half-written file under `file`. */
export function writeBackupFile(file: string, backup: BackupFile): void {
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    fs.writeFileSync(tmp, `${JSON.stringify(backup, null, 1)}\n`);
    fs.renameSync(tmp, file);
  } finally {
    fs.rmSync(tmp, { force: true });
  }
}
