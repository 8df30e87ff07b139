// /api/health and /api/stats: counts from the count store and histograms for the filter UI.
import neo4j from 'neo4j-driver';
import { RELATION_TYPES } from '../../shared/vocabulary';
import { STATS_SOURCE_LIMIT, type HealthResponse, type StatsResponse } from '../../shared/api';
import { toInt, toStringOrNull } from '../presenters/values';
import { readOnce, readRows, readTx, type Db } from './db';
import { batchedList, returnInBatches } from '../queries/result-batches';
import { fromSource } from '../queries/aggregate-cypher';

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

interface StatsCounts {
  /** Claims per (year, reported year, type, publisher, modality): `n`. */
  claimRows: Record<string, unknown>[];
  /** The `sourceLimit` documents with the most claims, in order. */
  sources: SourceRow[];
  /** Documents with at least one counted claim. */
  sourceTotal: number;
  /** Actors with at least one claim, per type: `n`. */
  typeRows: Record<string, unknown>[];
}

/**
 * From the claim tallies, per-document counts and dyad/target indexes of the edge aggregates
 * (neo4j/edge-aggregates.ts), which leave rejected claims out: one read transaction, each query
 * returning one list of compact rows (thousands of tallies and documents: one record, not thousands).
 */
async function countsFromAggregates(db: Db, sourceLimit: number): Promise<StatsCounts> {
  return readTx(db, async (tx) => {
    const list = async (cypher: string, params: Record<string, unknown> = {}) => ((await tx.run(cypher, params)).records[0]?.get('rows') as unknown[][] | undefined) ?? [];
    // In records of a hundred (result-batches.ts): one record of every tally (3,138 at 10k claims) was
    // decoded through the driver's slow path for messages of several chunks.
    const tallyQuery = `MATCH (t:ClaimTally)\n${returnInBatches('collect([t.year, t.publishedYear, t.type, t.publisher, t.modality, t.count])', 'rows')}`;
    const tallies = batchedList<unknown[]>((await tx.run(tallyQuery)).records, 'rows');
    const claimRows = tallies.map(([year, reported, type, publisher, modality, n]) => ({ year, reported, type, publisher, modality, n }));
    // Only the busiest documents: a million claims come from ~100k of them (9 MB of JSON listed whole).
    const docs = await tx.run(
      `CALL () { MATCH (d:Document) WHERE d.aggregatedClaims > 0 RETURN count(d) AS total }
       CALL () { MATCH (d:Document) WHERE d.aggregatedClaims > 0 WITH d ORDER BY d.aggregatedClaims DESC, d.id LIMIT $limit
                 RETURN collect([d.id, d.title, d.publisher, d.aggregatedClaims]) AS rows }
       RETURN total, rows`,
      { limit: neo4j.int(sourceLimit) },
    );
    const docRows = (docs.records[0]?.get('rows') as unknown[][] | undefined) ?? [];
    const typeRows = await list(
      `MATCH (a:Actor) WHERE EXISTS { MATCH (e:EdgeAggregate) WHERE ${fromSource('a.id')} } OR EXISTS { MATCH (e:EdgeAggregate {target: a.id}) }
       WITH a.type AS type, count(a) AS n RETURN collect([type, n]) AS rows`,
    );
    return {
      claimRows,
      sources: docRows.map(([id, title, publisher, n]) => ({ key: String(id), title: toStringOrNull(title), publisher: toStringOrNull(publisher), count: toInt(n) })),
      sourceTotal: toInt(docs.records[0]?.get('total')),
      typeRows: typeRows.map(([type, n]) => ({ type, n })),
    };
  });
}

/** From every claim, rejected ones included (no aggregate holds those). */
async function countsFromClaims(db: Db, sourceLimit: number): Promise<StatsCounts> {
  const rows = await readRows(
    db,
    `MATCH (s:Actor)-[r:${TYPES}]->(t:Actor)
     RETURN r.year AS year, r.publishedYear AS reported, type(r) AS type, r.docId AS doc, r.publisher AS publisher,
            r.modality AS modality, count(*) AS n`,
  );
  const docs = await readRows(db, 'MATCH (d:Document) RETURN d.id AS id, d.title AS title, d.publisher AS publisher');
  const typeRows = await readRows(db, `MATCH (a:Actor) WHERE EXISTS { (a)-[:${TYPES}]-() } RETURN a.type AS type, count(a) AS n`);
  const sources = new Map<string, number>();
  for (const r of rows) if (r.doc != null) sources.set(String(r.doc), (sources.get(String(r.doc)) ?? 0) + toInt(r.n));
  const docInfo = new Map(docs.map((d) => [String(d.id), d]));
  const listed = [...sources].map(([key, count]) => ({
    key, count, title: toStringOrNull(docInfo.get(key)?.title), publisher: toStringOrNull(docInfo.get(key)?.publisher),
  }));
  return { claimRows: rows, sources: listed.sort(bySourceOrder).slice(0, sourceLimit), sourceTotal: sources.size, typeRows };
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
      const [totals] = await readRows(
        db,
        `CALL () { MATCH (a:Actor) RETURN count(a) AS actors }
         CALL () { MATCH (d:Document) RETURN count(d) AS documents, count(DISTINCT d.publisher) AS publishers }
         RETURN actors, documents, publishers`,
      );
      const { claimRows, sources, sourceTotal, typeRows } = includeRejected ? await countsFromClaims(db, sourceLimit) : await countsFromAggregates(db, sourceLimit);
      const tally = (key: (row: Record<string, unknown>) => unknown) => {
        const map = new Map<string, number>();
        for (const row of claimRows) {
          const k = key(row);
          if (k === null || k === undefined) continue;
          map.set(String(k), (map.get(String(k)) ?? 0) + toInt(row.n));
        }
        return map;
      };
      const buckets = (map: Map<string, number>) =>
        [...map].map(([key, count]) => ({ key, count })).sort((a, b) => b.count - a.count || collator.compare(a.key, b.key));
      const years = (map: Map<string, number>) =>
        [...map].map(([year, count]) => ({ year: Number(year), count })).sort((a, b) => a.year - b.year);
      const actorTypes = new Map(typeRows.filter((r) => r.type != null).map((r) => [String(r.type), toInt(r.n)]));
      return {
        totals: {
          actors: toInt(totals?.actors),
          // The claims counted below (rejected ones left out unless asked for), not the count store.
          claims: claimRows.reduce((n, row) => n + toInt(row.n), 0),
          documents: toInt(totals?.documents),
          publishers: toInt(totals?.publishers),
          sources: sourceTotal,
        },
        byYear: years(tally((r) => r.year)),
        byReportedYear: years(tally((r) => r.reported)),
        byType: buckets(tally((r) => r.type)),
        bySource: sources,
        byPublisher: buckets(tally((r) => r.publisher)),
        byActorType: buckets(actorTypes),
        byModality: buckets(tally((r) => r.modality)),
        undated: {
          event: claimRows.reduce((n, r) => n + (r.year == null ? toInt(r.n) : 0), 0),
          reported: claimRows.reduce((n, r) => n + (r.reported == null ? toInt(r.n) : 0), 0),
        },
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
