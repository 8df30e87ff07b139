// Pre-aggregated edges: the summaries /api/graph, /api/paths, /api/timeline and /api/stats read instead
// of the claims, kept exact in the same transaction as every write of claims.
//
// What is kept (each summarises exactly the claims with `coalesce(r.rejected, false) = false`, with the
// claim's current type, endpoints and properties):
// - (:EdgeAggregate) per (source, type, target, year, publishedYear, negated, modality, publisher):
//   `count` claims, `weightMicro` (the sum of round(weight × 10⁶), an integer so subtracting is exact),
//   and `docs`, the sorted ids of the documents contributing, so distinct documents across several
//   aggregates are counted exactly (a union, never a sum).
// - (:ClaimTally) per (year, publishedYear, type, publisher, modality): `count` — a one-year graph
//   view's claims (its read plan) without reading every aggregate.
// - (:YearEdge) per (source, type, target, year) and (:ActorYear) per (actor, year) of the asserted,
//   dated claims: the coarse level a one-year graph view ranks and totals by (year-contributions.ts).
// - `aggregatedClaims` on each Document. (No counter on the actor nodes: hub actors are in every batch,
//   and one there would deadlock with the claim writes' locks; readers ask the aggregates' dyad and
//   target indexes instead.)
// - (:StatTally) per (dimension, value) and (:ActorTally) per actor with claims: the summary /api/stats
//   reads (stat-contributions.ts), changed once per transaction, at its end, by its net change — the
//   only locks a transaction takes after them are theirs, in key order, so they wait but never deadlock.
// - (:PublisherTally) per publisher of a Document: the distinct publishers /api/stats counts
//   (publisher-tallies.ts), kept by the Document writes themselves (documents/), after the summary.
//
// A document's claims always contribute as a whole, so keeping them exact is: take the document's
// contribution out, change its claims, put its contribution back (`withEdgeAggregates`). Every write of
// claims goes through it: the loader and the worker (document replace), document delete, reviews.
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { aggregateRow, contributionsOf, DOC_SEPARATOR, ROW_SEPARATOR, type ContributionRow, type Contributions } from './aggregate-contributions';
import { RELATION_TYPES } from '../shared/vocabulary';
import { ACTOR_YEAR_LABEL, writeYearContributions, YEAR_EDGE_LABEL, yearAggregateSchemaStatements } from './year-aggregates';
import { SummaryChange } from './stat-contributions';
import { ACTOR_TALLY_LABEL, buildSummaryFromAggregates, STAT_TALLY_LABEL, statTallySchemaStatements, writeSummaryChange } from './stat-tallies';
import { buildPublisherTallies, PUBLISHER_TALLY_LABEL, publisherTallySchemaStatements } from './publisher-tallies';

export const EDGE_AGGREGATE_LABEL = 'EdgeAggregate';
export const CLAIM_TALLY_LABEL = 'ClaimTally';
/** Labels of the derived nodes: never exported in backups (rebuilt after an import instead). */
export const DERIVED_LABELS = [
  EDGE_AGGREGATE_LABEL, CLAIM_TALLY_LABEL, YEAR_EDGE_LABEL, ACTOR_YEAR_LABEL, STAT_TALLY_LABEL, ACTOR_TALLY_LABEL, PUBLISHER_TALLY_LABEL,
] as const;
/** The derived claim count kept on each Document. */
export const DERIVED_PROPERTY = 'aggregatedClaims';

export function edgeAggregateSchemaStatements(): string[] {
  return [
    'CREATE CONSTRAINT edge_aggregate_key IF NOT EXISTS FOR (e:EdgeAggregate) REQUIRE e.key IS UNIQUE',
    'CREATE INDEX edge_aggregate_year IF NOT EXISTS FOR (e:EdgeAggregate) ON (e.year)',
    'CREATE INDEX edge_aggregate_published_year IF NOT EXISTS FOR (e:EdgeAggregate) ON (e.publishedYear)',
    'CREATE INDEX edge_aggregate_target IF NOT EXISTS FOR (e:EdgeAggregate) ON (e.target)',
    // A dyad's aggregates (timeline, the graph of paths) in one seek, not a scan of a hub's; an actor's
    // as a source through the same index (fromSource), so no index of its own.
    'CREATE INDEX edge_aggregate_dyad IF NOT EXISTS FOR (e:EdgeAggregate) ON (e.source, e.target)',
    // A focus view's scan of a year range tests both ends of every aggregate in it: from this index's
    // values instead of the property store (aggregate-cypher.ts touchingInner).
    'CREATE INDEX edge_aggregate_year_ends IF NOT EXISTS FOR (e:EdgeAggregate) ON (e.year, e.source, e.target)',
    'CREATE CONSTRAINT claim_tally_key IF NOT EXISTS FOR (c:ClaimTally) REQUIRE c.key IS UNIQUE',
    // A year's claims (every one-year graph view sums them to plan its read) from a seek, not a scan of
    // every tally: at 10k claims 6.7k of a focus view's 13k database hits. Written once per new tally.
    'CREATE INDEX claim_tally_year IF NOT EXISTS FOR (c:ClaimTally) ON (c.year)',
    'CREATE CONSTRAINT aggregate_lease_name IF NOT EXISTS FOR (l:AggregateLease) REQUIRE l.name IS UNIQUE',
    ...yearAggregateSchemaStatements(),
    ...statTallySchemaStatements(),
    ...publisherTallySchemaStatements(),
  ];
}

/**
 * Indexes of earlier versions, dropped at start-up (each costs every aggregate write). An actor's
 * aggregates as a source are a seek of the dyad index: `e.source = x AND e.target IS NOT NULL` (Neo4j
 * uses a composite index only with a predicate on each of its properties).
 */
export const RETIRED_EDGE_AGGREGATE_INDEXES = ['edge_aggregate_source', 'year_edge_source', 'actor_year_year'];

// The documents' claims that aggregates summarise (through each type's docId index), one row per
// (document, aggregate key).
const CONTRIBUTION_ROWS = `UNWIND $docIds AS docId
CALL (docId) {
${RELATION_TYPES.map((t) => `  MATCH (s:Actor)-[r:${t}]->(t:Actor) WHERE r.docId = docId RETURN s, r, t`).join('\n  UNION ALL\n')}
}
WITH docId, s, r, t WHERE NOT coalesce(r.rejected, false)
RETURN docId, s.id AS source, type(r) AS type, t.id AS target, r.year AS year, r.publishedYear AS publishedYear,
  coalesce(r.negated, false) AS negated, r.modality AS modality, r.publisher AS publisher,
  count(*) AS n, sum(toInteger(round(coalesce(r.weight, 0.0) * 1000000))) AS micro`;

// `row`: the whole aggregate as one string (aggregate-contributions.ts parseAggregateRow), so the read
// endpoints fetch one property per aggregate instead of ten (measured ≈ 5× faster to stream out of Neo4j).
const cypherChar = (c: string) => `'\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}'`;
const SET_ROW = `SET e.row = e.key + ${cypherChar(ROW_SEPARATOR)} + toString(e.count) + ${cypherChar(ROW_SEPARATOR)} + toString(e.weightMicro)
  + ${cypherChar(ROW_SEPARATOR)} + reduce(s = '', d IN e.docs | s + CASE WHEN s = '' THEN '' ELSE ${cypherChar(DOC_SEPARATOR)} END + d)`;

const SUBTRACT_EDGES = `UNWIND $edges AS c
MATCH (e:EdgeAggregate {key: c.key})
SET e.count = e.count - c.count, e.weightMicro = e.weightMicro - c.weightMicro, e.docs = [d IN e.docs WHERE NOT d IN c.docs]
${SET_ROW}
WITH e WHERE e.count <= 0
DELETE e`;

// A new aggregate is the parameter itself (its properties, the row built in Node: aggregateRow); an
// existing one (it always holds a document, so its list grew) adds the contribution, then sorts its
// documents and rebuilds its row.
const ADD_EDGES = `UNWIND $edges AS c
MERGE (e:EdgeAggregate {key: c.key})
ON CREATE SET e += c
ON MATCH SET e.count = e.count + c.count, e.weightMicro = e.weightMicro + c.weightMicro, e.docs = e.docs + c.docs
WITH e, c WHERE size(e.docs) > size(c.docs)
SET e.docs = COLLECT { UNWIND e.docs AS d RETURN DISTINCT d ORDER BY d }
${SET_ROW}`;

const SUBTRACT_TALLIES = `UNWIND $tallies AS c
MATCH (t:ClaimTally {key: c.key})
SET t.count = t.count - c.n
WITH t WHERE t.count <= 0
DELETE t`;

const ADD_TALLIES = `UNWIND $tallies AS c
MERGE (t:ClaimTally {key: c.key})
ON CREATE SET t.year = c.year, t.publishedYear = c.publishedYear, t.type = c.type, t.publisher = c.publisher, t.modality = c.modality, t.count = 0
SET t.count = t.count + c.n`;

// Also returns how many more documents have a counted claim than before (the `sources` stat tally).
const DOCUMENT_COUNTS = `UNWIND $documents AS c
MATCH (d:Document {id: c.id})
SET d.aggregatedClaims = d.aggregatedClaims + 0
WITH d, c, coalesce(d.aggregatedClaims, 0) > 0 AS counted
SET d.aggregatedClaims = c.n
RETURN sum(CASE WHEN c.n > 0 THEN 1 ELSE 0 END) - sum(CASE WHEN counted THEN 1 ELSE 0 END) AS sources`;

/** A whole number as a Neo4j integer (the driver would send a JS number as a float). */
const int = (n: number | null) => (n === null || !Number.isInteger(n) ? n : neo4j.int(n));

async function readContributions(tx: ManagedTransaction, docIds: string[]): Promise<Contributions> {
  return contributionsOf(await readContributionRows(tx, docIds));
}

/** The documents' claims as the aggregates summarise them, read from Neo4j. */
export async function readContributionRows(tx: ManagedTransaction, docIds: readonly string[]): Promise<ContributionRow[]> {
  if (docIds.length === 0) return [];
  const result = await tx.run(CONTRIBUTION_ROWS, { docIds });
  return result.records.map((r) => r.toObject() as unknown as ContributionRow);
}

async function writeContributions(tx: ManagedTransaction, c: Contributions, sign: 1 | -1, summary: SummaryChange): Promise<void> {
  summary.addContributions(c, sign);
  const edges = c.edges.map((e) => {
    const count = int(e.n);
    const weightMicro = int(e.micro);
    if (sign < 0) return { key: e.key, count, weightMicro, docs: e.docs };
    const { key, source, type, target, year, publishedYear, negated, modality, publisher, docs } = e;
    return {
      key, source, type, target, year: int(year), publishedYear: int(publishedYear), negated, modality, publisher,
      count, weightMicro, docs, row: aggregateRow(key, e.n, e.micro, docs),
    };
  });
  const tallies = c.tallies.map((t) => ({ ...t, year: int(t.year), publishedYear: int(t.publishedYear), n: int(t.n) }));
  if (edges.length > 0) await tx.run(sign < 0 ? SUBTRACT_EDGES : ADD_EDGES, { edges });
  await writeYearContributions(tx, c.edges, sign);
  if (tallies.length > 0) await tx.run(sign < 0 ? SUBTRACT_TALLIES : ADD_TALLIES, { tallies });
}

async function writeDocumentCounts(tx: ManagedTransaction, docIds: string[], c: Contributions, summary: SummaryChange): Promise<void> {
  const counts = new Map(c.documents.map((d) => [d.id, d.n]));
  const result = await tx.run(DOCUMENT_COUNTS, { documents: docIds.map((id) => ({ id, n: int(counts.get(id) ?? 0) })) });
  summary.addStat('sources', null, neo4j.integer.toNumber(result.records[0]?.get('sources') ?? 0));
}

export interface AggregateOptions {
  /** Documents the caller knows to be new (no Document node yet, so no claims): nothing to take out. */
  newDocuments?: ReadonlySet<string>;
  /**
   * Documents whose claims the change is about to write, as contribution rows (writtenContributionRows).
   * Each one the change then confirms (its claims are exactly those) is counted from these rows instead
   * of read back; any other is read back.
   */
  expected?: ReadonlyMap<string, readonly ContributionRow[]>;
}

/**
 * The one way to change claims: takes the current contribution of every claim of `docIds` out of the
 * aggregates, runs `change` (which may create, delete, rewrite or reject claims of those documents, in
 * `tx`), then puts in the contribution of those documents' claims as they now stand (read back, or
 * `expected` and confirmed by `change`). `change` must not touch claims of other documents; when it
 * changes an actor's type it names the actor in `retyped` (the stats count actors per type). The
 * summary /api/stats reads (stat-tallies.ts) changes last, by the net change of the whole transaction.
 */
export async function withEdgeAggregates<T>(
  tx: ManagedTransaction,
  docIds: readonly string[],
  change: (confirmed: Set<string>, retyped: Set<string>) => Promise<T>,
  options: AggregateOptions = {},
): Promise<T> {
  const ids = [...new Set(docIds)].sort();
  const summary = new SummaryChange();
  for (const chunk of chunksOf(ids.filter((id) => !options.newDocuments?.has(id)))) {
    await writeContributions(tx, await readContributions(tx, chunk), -1, summary);
  }
  const confirmed = new Set<string>();
  const retyped = new Set<string>();
  const result = await change(confirmed, retyped);
  const known = (id: string) => (confirmed.has(id) ? options.expected?.get(id) : undefined);
  for (const chunk of chunksOf(ids)) {
    const read = await readContributionRows(tx, chunk.filter((id) => known(id) === undefined));
    const c = contributionsOf([...read, ...chunk.flatMap((id) => known(id) ?? [])]);
    await writeContributions(tx, c, 1, summary);
    await writeDocumentCounts(tx, chunk, c, summary);
  }
  summary.markRetyped(retyped);
  await writeSummaryChange(tx, summary);
  return result;
}

/** Documents whose contributions are read and written in one statement each. */
const CHUNK_DOCS = 500;

function chunksOf(ids: string[]): string[][] {
  const chunks: string[][] = [];
  for (let i = 0; i < ids.length; i += CHUNK_DOCS) chunks.push(ids.slice(i, i + CHUNK_DOCS));
  return chunks;
}

async function addContributions(tx: ManagedTransaction, docIds: string[]): Promise<void> {
  const summary = new SummaryChange();
  const c = await readContributions(tx, docIds);
  await writeContributions(tx, c, 1, summary);
  await writeDocumentCounts(tx, docIds, c, summary);
  await writeSummaryChange(tx, summary);
}

/** Document ids of every claim, in batches. */
async function claimDocumentIds(driver: Driver, database?: string): Promise<string[]> {
  const union = RELATION_TYPES.map((t) => `MATCH ()-[r:${t}]->() RETURN DISTINCT r.docId AS id`).join(' UNION ');
  const result = await driver.executeQuery(`CALL () { ${union} } RETURN id ORDER BY id`, {}, { database, routing: 'READ' });
  return result.records.map((r) => r.get('id') as string).filter((id) => id !== null);
}

// The build lease: at most one process rebuilds the aggregates at a time. Two builders interleaving
// (both drop, then both add every document) would count every claim twice; two processes starting on
// a database written before aggregates existed (server and worker) would do exactly that. The lease
// is one (:AggregateLease) node, there only while a build runs; taking it writes the node first, so its write lock is held while the
// owner is read and set: two transactions cannot both find it free. It expires (a builder that died
// does not block for ever) and is renewed after every batch.
const LEASE_NAME = 'edge-aggregates';
export const LEASE_MS = 10 * 60_000;

const TAKE_LEASE = `MERGE (l:AggregateLease {name: $name})
SET l.touchedAt = timestamp()
WITH l, l.owner IS NULL OR l.expiresAt < timestamp() OR l.owner = $owner AS free
SET l.owner = CASE WHEN free THEN $owner ELSE l.owner END,
    l.expiresAt = CASE WHEN free THEN timestamp() + $leaseMs ELSE l.expiresAt END
RETURN free, l.owner AS owner, l.expiresAt - timestamp() AS remainingMs`;

export class AggregateBuildBusy extends Error {
  constructor(readonly owner: string, readonly remainingMs: number) {
    super(`Edge aggregates are being rebuilt by ${owner} (lease held for ${Math.ceil(remainingMs / 1000)} s more); try again once it has finished.`);
  }
}

async function writeOnce<T>(driver: Driver, database: string | undefined, cypher: string, params: Record<string, unknown>, pick: (r: Record<string, unknown>) => T): Promise<T> {
  const result = await driver.executeQuery(cypher, params, { database, routing: 'WRITE' });
  return pick(result.records[0]?.toObject() ?? {});
}

async function takeLease(driver: Driver, database: string | undefined, owner: string): Promise<void> {
  const r = await writeOnce(driver, database, TAKE_LEASE, { name: LEASE_NAME, owner, leaseMs: neo4j.int(LEASE_MS) }, (x) => x);
  if (r.free !== true) throw new AggregateBuildBusy(String(r.owner), Number(r.remainingMs));
}

async function releaseLease(driver: Driver, database: string | undefined, owner: string): Promise<void> {
  // Deleted, not just freed: outside a build the database holds no lease node (backups, emptiness checks).
  await driver.executeQuery('MATCH (l:AggregateLease {name: $name}) WHERE l.owner = $owner DELETE l', { name: LEASE_NAME, owner }, { database, routing: 'WRITE' });
}

let leaseSeq = 0;
const newOwner = () => `${process.pid}@${process.env.HOSTNAME ?? 'localhost'}#${++leaseSeq}-${Date.now()}`;

/**
 * Runs `work` holding the build lease; `wait`: while another process holds it, retry every second
 * (up to the lease time) instead of failing with AggregateBuildBusy.
 */
async function withBuildLease<T>(driver: Driver, database: string | undefined, work: (renew: () => Promise<void>) => Promise<T>, options: { wait?: boolean } = {}): Promise<T> {
  const owner = newOwner();
  const deadline = Date.now() + LEASE_MS;
  for (;;) {
    try {
      await takeLease(driver, database, owner);
      break;
    } catch (error) {
      if (!(error instanceof AggregateBuildBusy) || !options.wait || Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  }
  try {
    // Renewing re-takes the lease: it fails (AggregateBuildBusy) if it expired and another builder took it.
    return await work(() => takeLease(driver, database, owner));
  } finally {
    await releaseLease(driver, database, owner);
  }
}

async function rebuildHoldingLease(driver: Driver, database: string | undefined, batchDocs: number, renew: () => Promise<void>): Promise<void> {
  const session = driver.session({ database });
  try {
    for (const label of DERIVED_LABELS) {
      await session.run(`MATCH (n:${label}) CALL (n) { DELETE n } IN TRANSACTIONS OF 20000 ROWS`);
    }
    await session.run('MATCH (n:Document) WHERE n.aggregatedClaims IS NOT NULL CALL (n) { SET n.aggregatedClaims = 0 } IN TRANSACTIONS OF 20000 ROWS');
    await session.executeWrite((tx) => buildPublisherTallies(tx));
  } finally {
    await session.close();
  }
  const ids = await claimDocumentIds(driver, database);
  for (let i = 0; i < ids.length; i += batchDocs) {
    await renew();
    const batch = ids.slice(i, i + batchDocs);
    const s = driver.session({ database });
    try {
      await s.executeWrite((tx) => addContributions(tx, batch));
    } finally {
      await s.close();
    }
  }
}

/**
 * Recomputes every aggregate from the claims (after a backup import, or to repair): drops them, then
 * adds the documents' contributions `batchDocs` documents per transaction, holding the build lease
 * (AggregateBuildBusy when another process is rebuilding). Run it while nothing else writes claims: a
 * document written during the rebuild may be counted twice (check, then rebuild again).
 */
export async function rebuildEdgeAggregates(driver: Driver, options: { database?: string; batchDocs?: number } = {}): Promise<void> {
  await withBuildLease(driver, options.database, (renew) => rebuildHoldingLease(driver, options.database, options.batchDocs ?? CHUNK_DOCS, renew));
}

/**
 * What a database lacks: `all` (claims, written before the aggregates or the year edges existed:
 * rebuilt once), `summary` (claims, before the stat tallies existed: built once from its exact
 * aggregates, without reading the claims), `publishers` (documents with a publisher, before the
 * publisher tallies existed: built once from the documents); undefined when nothing.
 */
async function needsBuild(driver: Driver, database?: string): Promise<{ claims: number; lacks: 'all' | 'summary' | 'publishers' } | undefined> {
  const counts = RELATION_TYPES.map((t) => `MATCH ()-[r:${t}]->() RETURN count(r) AS c`).join(' UNION ALL ');
  const result = await driver.executeQuery(
    `CALL () { ${counts} } WITH sum(c) AS claims
     RETURN claims, EXISTS { MATCH (c:ClaimTally) }
       AND (EXISTS { MATCH (y:YearEdge) } OR NOT EXISTS { MATCH (e:EdgeAggregate) WHERE e.negated = false AND e.year IS NOT NULL }) AS built,
       EXISTS { MATCH (s:StatTally) } AS summarised,
       EXISTS { MATCH (p:PublisherTally) } OR NOT EXISTS { MATCH (d:Document) WHERE d.publisher IS NOT NULL } AS published`,
    {},
    { database, routing: 'READ' },
  );
  const row = result.records[0];
  if (!row) return undefined;
  const claims = Number(row.get('claims'));
  // A rebuild (all) builds the publisher tallies too.
  if (claims > 0 && row.get('built') !== true) return { claims, lacks: 'all' };
  if (claims > 0 && row.get('summarised') !== true) return { claims, lacks: 'summary' };
  return row.get('published') === true ? undefined : { claims, lacks: 'publishers' };
}

/**
 * Builds the aggregates of a database written before they existed (claims but not a single tally), or
 * only the stats' summary of one written before it existed (from the aggregates: seconds, not a
 * rebuild), or only the publisher tallies of one written before they existed (from the documents). Called at start-up by ensureSchema; cheap when they exist (count store + label scans
 * stopped at 1). Several processes starting at once: one builds, the others wait for its lease, then
 * find them built.
 */
export async function ensureEdgeAggregates(driver: Driver, database?: string, log: (m: string) => void = () => {}): Promise<void> {
  if ((await needsBuild(driver, database)) === undefined) return;
  await withBuildLease(driver, database, async (renew) => {
    const needed = await needsBuild(driver, database);
    if (needed === undefined) return;
    if (needed.lacks === 'summary' || needed.lacks === 'publishers') {
      log(needed.lacks === 'summary'
        ? `Edge aggregates: building the stats' summary for ${needed.claims} claims from them (once, for a database written before it existed)…`
        : "Edge aggregates: counting the documents per publisher (once, for a database written before the publisher tallies existed)…");
      const session = driver.session({ database });
      try {
        if (needed.lacks === 'summary') await session.executeWrite((tx) => buildSummaryFromAggregates(tx));
        // Asked again: a database lacking the summary may lack the publisher tallies too.
        if ((await needsBuild(driver, database))?.lacks === 'publishers') await session.executeWrite((tx) => buildPublisherTallies(tx));
      } finally {
        await session.close();
      }
      return;
    }
    log(`Edge aggregates: building them for ${needed.claims} claims (once, for a database written before they existed)…`);
    await rebuildHoldingLease(driver, database, CHUNK_DOCS, renew);
  }, { wait: true });
}
