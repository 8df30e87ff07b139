// /api/health and /api/stats: counts from the count store and histograms for the filter UI.
import neo4j from 'neo4j-driver';
import { RELATION_TYPES } from '../../shared/vocabulary';
import { STATS_SOURCE_LIMIT, type HealthResponse, type StatsResponse } from '../../shared/api';
import { toInt, toStringOrNull } from '../presenters/values';
import { readOnce, readRows, readStatement, readTx, type Db } from './db';
import { RESULT_BATCH } from '../queries/result-batches';

const TYPES = RELATION_TYPES.join('|');

interface SourceRow { key: string; title: string | null; publisher: string | null; count: number }

/** Most claims first, ties by id (code-unit order, as Cypher orders strings). */
const bySourceOrder = (a: SourceRow, b: SourceRow) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);

/**
 * A collator gives localeCompare's order (the buckets' ties) at a fraction of its cost: thousands of
 * tallies are sorted per answer.
 */
const collator = new Intl.Collator();

// One count per relationship type, each answered by the count store.
const CLAIM_COUNT = RELATION_TYPES.map((t) => `MATCH ()-[r:${t}]->() RETURN count(r) AS c`).join(' UNION ALL ');

/** The claim histograms of /api/stats, keyed as they are listed. */
interface Histograms {
  year: Map<string, number>;
  reported: Map<string, number>;
  type: Map<string, number>;
  publisher: Map<string, number>;
  modality: Map<string, number>;
  /** Claims without an event year, without a reported year. */
  undatedEvent: number;
  undatedReported: number;
  claims: number;
}

interface StatsCounts {
  histograms: Histograms;
  /** The `sourceLimit` documents with the most claims, in order. */
  sources: SourceRow[];
  /** Documents with at least one counted claim. */
  sourceTotal: number;
  /** Actors with at least one claim, per type. */
  actorTypes: Map<string, number>;
  actors: number;
  documents: number;
  publishers: number;
}

const emptyHistograms = (): Histograms => ({
  year: new Map(), reported: new Map(), type: new Map(), publisher: new Map(), modality: new Map(), undatedEvent: 0, undatedReported: 0, claims: 0,
});

function addTo(map: Map<string, number>, key: unknown, n: number): void {
  if (key === null || key === undefined) return;
  map.set(String(key), (map.get(String(key)) ?? 0) + n);
}

const sourceRow = ([id, title, publisher, n]: unknown[]): SourceRow => ({
  key: String(id), title: toStringOrNull(title), publisher: toStringOrNull(publisher), count: toInt(n),
});

/**
 * From the stat tallies (neo4j/stat-tallies.ts: the claim histograms, the documents and actors per type
 * with a counted claim, kept exact by every write), the publisher tallies (neo4j/publisher-tallies.ts:
 * one per publisher of a document, so their count store is the distinct publishers) and the busiest
 * documents (an index read in order): one query of a few hundred small rows, however many claims.
 * Rejected claims are not counted.
 */
async function countsFromAggregates(db: Db, sourceLimit: number): Promise<StatsCounts> {
  // The documents in records of a hundred (result-batches.ts), each record repeating the small columns.
  // One statement, so no transaction around it (readStatement).
  const records = await readStatement(
    db,
    `CALL () { MATCH (a:Actor) RETURN count(a) AS actors }
     CALL () { MATCH (d:Document) RETURN count(d) AS documents }
     CALL () { MATCH (p:PublisherTally) RETURN count(p) AS publishers }
     CALL () { MATCH (s:StatTally) RETURN collect([s.dim, s.value, s.count]) AS tallies }
     CALL () { MATCH (d:Document) WHERE d.aggregatedClaims > 0 WITH d ORDER BY d.aggregatedClaims DESC, d.id LIMIT $limit
               RETURN collect([d.id, d.title, d.publisher, d.aggregatedClaims]) AS rows }
     UNWIND range(0, CASE WHEN size(rows) = 0 THEN 0 ELSE size(rows) - 1 END, ${RESULT_BATCH}) AS first
     RETURN actors, documents, publishers, CASE first WHEN 0 THEN tallies ELSE [] END AS tallies, rows[first..first + ${RESULT_BATCH}] AS rows`,
    { limit: neo4j.int(sourceLimit) },
  );
  const histograms = emptyHistograms();
  const actorTypes = new Map<string, number>();
  let sourceTotal = 0;
  for (const [dim, value, count] of (records[0]?.tallies as unknown[][] | undefined) ?? []) {
    const n = toInt(count);
    if (dim === 'sources') sourceTotal += n;
    else if (dim === 'actorType') addTo(actorTypes, value, n);
    else if (dim === 'type') {
      addTo(histograms.type, value, n);
      histograms.claims += n;
    } else if (dim === 'year') {
      if (value === null || value === undefined) histograms.undatedEvent += n;
      addTo(histograms.year, value, n);
    } else if (dim === 'reported') {
      if (value === null || value === undefined) histograms.undatedReported += n;
      addTo(histograms.reported, value, n);
    } else if (dim === 'publisher' || dim === 'modality') addTo(histograms[dim], value, n);
  }
  return {
    histograms,
    sources: records.flatMap((r) => (r.rows as unknown[][]).map(sourceRow)),
    sourceTotal,
    actorTypes,
    actors: toInt(records[0]?.actors),
    documents: toInt(records[0]?.documents),
    publishers: toInt(records[0]?.publishers),
  };
}

/** From every claim, rejected ones included (no aggregate holds those). */
async function countsFromClaims(db: Db, sourceLimit: number): Promise<StatsCounts> {
  const [totals] = await readRows(
    db,
    `CALL () { MATCH (a:Actor) RETURN count(a) AS actors }
     CALL () { MATCH (d:Document) RETURN count(d) AS documents, count(DISTINCT d.publisher) AS publishers }
     RETURN actors, documents, publishers`,
  );
  const rows = await readRows(
    db,
    `MATCH (s:Actor)-[r:${TYPES}]->(t:Actor)
     RETURN r.year AS year, r.publishedYear AS reported, type(r) AS type, r.docId AS doc, r.publisher AS publisher,
            r.modality AS modality, count(*) AS n`,
  );
  const docs = await readRows(db, 'MATCH (d:Document) RETURN d.id AS id, d.title AS title, d.publisher AS publisher');
  const typeRows = await readRows(db, `MATCH (a:Actor) WHERE EXISTS { (a)-[:${TYPES}]-() } RETURN a.type AS type, count(a) AS n`);
  const histograms = emptyHistograms();
  const sources = new Map<string, number>();
  for (const r of rows) {
    const n = toInt(r.n);
    for (const dim of ['year', 'reported', 'type', 'publisher', 'modality'] as const) addTo(histograms[dim], r[dim], n);
    if (r.year == null) histograms.undatedEvent += n;
    if (r.reported == null) histograms.undatedReported += n;
    histograms.claims += n;
    if (r.doc != null) sources.set(String(r.doc), (sources.get(String(r.doc)) ?? 0) + n);
  }
  const docInfo = new Map(docs.map((d) => [String(d.id), d]));
  const listed = [...sources].map(([key, count]) => sourceRow([key, docInfo.get(key)?.title, docInfo.get(key)?.publisher, count]));
  return {
    histograms,
    sources: listed.sort(bySourceOrder).slice(0, sourceLimit),
    sourceTotal: sources.size,
    actorTypes: new Map(typeRows.filter((r) => r.type != null).map((r) => [String(r.type), toInt(r.n)])),
    actors: toInt(totals?.actors),
    documents: toInt(totals?.documents),
    publishers: toInt(totals?.publishers),
  };
}

export function createHealthRepository(db: Db) {
  return {
    async health(): Promise<HealthResponse> {
      return readTx(db, async (tx) => {
        const version = await tx.run("CALL dbms.components() YIELD name, versions WHERE name = 'Neo4j Kernel' RETURN versions[0] AS v");
        const counts = await tx.run(
          `CALL () { ${CLAIM_COUNT} } WITH sum(c) AS claims
           CALL () { MATCH (a:Actor) RETURN count(a) AS actors }
           CALL () { MATCH (d:Document) RETURN count(d) AS documents }
           RETURN claims, actors, documents`,
        );
        const c = counts.records[0];
        return {
          status: 'ok',
          neo4j: String(version.records[0]?.get('v') ?? 'unknown'),
          actors: toInt(c?.get('actors')),
          claims: toInt(c?.get('claims')),
          documents: toInt(c?.get('documents')),
        };
      });
    },

    async stats(includeRejected = false, sourceLimit = STATS_SOURCE_LIMIT): Promise<StatsResponse> {
      const counts = includeRejected ? await countsFromClaims(db, sourceLimit) : await countsFromAggregates(db, sourceLimit);
      const { histograms: h } = counts;
      const buckets = (map: Map<string, number>) =>
        [...map].map(([key, count]) => ({ key, count })).sort((a, b) => b.count - a.count || collator.compare(a.key, b.key));
      const years = (map: Map<string, number>) =>
        [...map].map(([year, count]) => ({ year: Number(year), count })).sort((a, b) => a.year - b.year);
      return {
        totals: {
          actors: counts.actors,
          // The claims counted below (rejected ones left out unless asked for), not the count store.
          claims: h.claims,
          documents: counts.documents,
          publishers: counts.publishers,
          sources: counts.sourceTotal,
        },
        byYear: years(h.year),
        byReportedYear: years(h.reported),
        byType: buckets(h.type),
        bySource: counts.sources,
        byPublisher: buckets(h.publisher),
        byActorType: buckets(counts.actorTypes),
        byModality: buckets(h.modality),
        undated: { event: h.undatedEvent, reported: h.undatedReported },
      };
    },
  };
}
export type HealthRepository = ReturnType<typeof createHealthRepository>;

/**
 * The state of the data the cached reads depend on, from count stores and one index seek, asked
 * before every cached read (read-cache.ts): every write of a document (submitted, processed by the
 * worker, loaded, replaced, deleted) changes a count or the latest processedAt.
 */
export async function dataVersion(db: Db): Promise<string> {
  const [row] = await readOnce(
    db,
    `CALL () { MATCH (d:Document) RETURN count(d) AS documents }
     CALL () { MATCH (a:Actor) RETURN count(a) AS actors }
     CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
     CALL () { MATCH (d:Document) WHERE d.processedAt IS NOT NULL RETURN d.processedAt AS last ORDER BY d.processedAt DESC LIMIT 1 }
     RETURN documents, actors, relationships, toString(last) AS last`,
  );
  return row ? `${String(row.documents)}|${String(row.actors)}|${String(row.relationships)}|${String(row.last)}` : 'empty';
}
