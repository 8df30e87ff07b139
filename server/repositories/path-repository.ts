// /api/paths: shortest chains between two actors over claims that pass the graph filters. A denial
// ("X did not support Y") is never a step unless includeNegated asks for denied claims; then a hop
// that some claim asserts still shows an asserting claim, and a hop only denied says so.
import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import type { GraphFilters, PathResponse } from '../../shared/api';
import { MODALITIES, type Modality, type RelationType } from '../../shared/vocabulary';
import { invalidParameter, notFound } from '../errors';
import { actorRowsOf, presentGraph, type GraphRows } from '../presenters/graph-presenter';
import { toNullableInt } from '../presenters/values';
import { ACTOR_NODES_QUERY, aggregateEdgesTail } from '../queries/graph-cypher';
import { claimPredicates, relationshipTypes } from '../queries/graph-filters';
import { aggregateEdgeParts } from '../queries/aggregate-claims';
import { buildPairRowsQuery } from '../queries/aggregate-cypher';
import { answeredByAggregates, readParts } from './aggregate-reads';
import { readTx, type Db } from './db';

export interface PathOptions {
  from: string;
  to: string;
  maxHops: number;
  directed: boolean;
  limit: number;
}

/** Parallel claims multiply shortest paths; read this many before de-duplicating by actor sequence. */
const RAW_PATH_CAP = 2000;

export function buildPathQuery(filters: GraphFilters, opts: PathOptions) {
  if (!Number.isInteger(opts.maxHops) || opts.maxHops < 1 || opts.maxHops > 6) throw invalidParameter('maxHops', 'an integer from 1 to 6.');
  const types = relationshipTypes(filters.types);
  const preds = claimPredicates(filters, { rel: 'r', source: 'startNode(r)', target: 'endNode(r)' }, { negation: true, exempt: 'endpoints' });
  const arrow = opts.directed ? '->' : '-';
  return {
    cypher: `MATCH (a:Actor {id: $from}), (b:Actor {id: $to})
MATCH p = allShortestPaths((a)-[:${types}*..${opts.maxHops}]${arrow}(b))
WHERE all(r IN relationships(p) WHERE ${preds.where})
RETURN [n IN nodes(p) | n.id] AS actors
LIMIT $cap`,
    params: { ...preds.params, from: opts.from, to: opts.to, endpoints: [opts.from, opts.to], cap: neo4j.int(RAW_PATH_CAP) },
  };
}

/**
 * The evidence shown for each hop (consecutive actors of a path): one claim passing the same filters,
 * asserted before denied, then by modality (asserted, reported, proposed, speculative), confidence
 * and id, so a hop reads the same on every request.
 */
export function buildStepQuery(filters: GraphFilters, opts: Pick<PathOptions, 'from' | 'to' | 'directed'>, hops: Array<[string, string]>) {
  const types = relationshipTypes(filters.types);
  const preds = claimPredicates(filters, { rel: 'r', source: 'startNode(r)', target: 'endNode(r)' }, { negation: true, exempt: 'endpoints' });
  const arrow = opts.directed ? '->' : '-';
  const rank = `CASE r.modality ${MODALITIES.map((m, i) => `WHEN '${m}' THEN ${i}`).join(' ')} ELSE ${MODALITIES.length} END`;
  return {
    cypher: `UNWIND $hops AS hop
CALL (hop) {
  MATCH (:Actor {id: hop[0]})-[r:${types}]${arrow}(:Actor {id: hop[1]})
  WHERE ${preds.where}
  RETURN r ORDER BY r.negated, ${rank}, r.confidence DESC, r.claimId LIMIT 1
}
RETURN hop[0] AS x, hop[1] AS y, startNode(r).id AS source, endNode(r).id AS target, type(r) AS type, r.claimId AS claimId,
  r.docId AS doc, r.year AS year, r.sentence AS sentence, r.negated AS negated, r.modality AS modality`,
    params: { ...preds.params, hops, endpoints: [opts.from, opts.to] },
  };
}

/** Every filtered claim from x to y for each [x, y] of `pairs`, aggregated: from the edge aggregates, or from the claims for a list of documents. */
async function pairRows(tx: ManagedTransaction, filters: GraphFilters, pairs: Array<[string, string]>): Promise<GraphRows> {
  const endpoints = filters.actors ?? [];
  if (await answeredByAggregates(tx, filters)) return aggregateEdgeParts(await readParts(tx, buildPairRowsQuery(filters, pairs), filters, endpoints), filters);
  const preds = claimPredicates(filters, { rel: 'r', source: 's', target: 't' }, { exempt: 'focus' });
  const tail = aggregateEdgesTail(filters);
  const g = await tx.run(
    `UNWIND $pairs AS pair
MATCH (s:Actor {id: pair[0]})-[r:${relationshipTypes(filters.types)}]->(t:Actor {id: pair[1]})
WHERE ${preds.where}${tail.cypher}`,
    { ...preds.params, ...tail.params, pairs, focus: endpoints },
  );
  return (g.records[0]?.toObject() as unknown as GraphRows | undefined) ?? { edges: [], totalEdges: 0, totalClaims: 0, totalNodes: 0 };
}

type PathStep = PathResponse['paths'][number]['steps'][number];

/** The evidence of each hop, by `x>y`. */
async function hopEvidence(tx: ManagedTransaction, filters: GraphFilters, opts: PathOptions, hops: Array<[string, string]>): Promise<Map<string, PathStep>> {
  const evidence = new Map<string, PathStep>();
  if (hops.length === 0) return evidence;
  const sq = buildStepQuery(filters, opts, hops);
  for (const record of (await tx.run(sq.cypher, sq.params)).records) {
    const s = record.toObject() as unknown as StepRow;
    evidence.set(`${s.x}>${s.y}`, {
      source: s.source, target: s.target, type: s.type as RelationType, claimId: s.claimId, doc: s.doc,
      year: toNullableInt(s.year), sentence: s.sentence, negated: s.negated === true, modality: s.modality as Modality,
    });
  }
  return evidence;
}

interface StepRow { x: string; y: string; source: string; target: string; type: string; claimId: string; doc: string; year: unknown; sentence: string; negated: unknown; modality: string }

export function createPathRepository(db: Db) {
  return {
    async paths(filters: GraphFilters, opts: PathOptions): Promise<PathResponse> {
      if (opts.from === opts.to) throw invalidParameter('to', 'must differ from `from`.');
      const q = buildPathQuery(filters, opts);
      return readTx(db, async (tx) => {
        const result = await tx.run(q.cypher, q.params);
        const sequences = new Map<string, string[]>();
        for (const record of result.records) {
          const actors = record.get('actors') as string[];
          sequences.set(actors.join('>'), actors);
          if (sequences.size >= opts.limit) break;
        }
        // Only an answer without paths can be about an unknown actor: one query fewer for every other.
        if (sequences.size === 0) {
          const exists = await tx.run('UNWIND $ids AS id OPTIONAL MATCH (a:Actor {id: id}) RETURN id, a IS NOT NULL AS found', { ids: [opts.from, opts.to] });
          for (const r of exists.records) if (!r.get('found')) throw notFound('Actor', r.get('id') as string);
        }
        const hops = new Map<string, [string, string]>();
        for (const actors of sequences.values()) {
          for (let i = 0; i + 1 < actors.length; i++) hops.set(`${actors[i]}>${actors[i + 1]}`, [actors[i]!, actors[i + 1]!]);
        }
        // The graph of the paths: every filtered claim between consecutive actors, aggregated. Every
        // hop's edge is in it, so no corroboration filter here (paths do not apply minSources).
        const pairs = new Map<string, [string, string]>();
        for (const [x, y] of hops.values()) {
          pairs.set(`${x}>${y}`, [x, y]);
          if (!opts.directed) pairs.set(`${y}>${x}`, [y, x]);
        }
        const graphFilters: GraphFilters = { ...filters, actors: [opts.from, opts.to], limit: 100_000, minSources: undefined };
        const ids = [...new Set([...sequences.values()].flat().concat(opts.from, opts.to))];
        // The evidence, the graph and the actors depend only on the paths: sent together (Bolt pipelines
        // them in the one transaction) rather than one round trip after another.
        const [evidence, rows, actorRecords] = await Promise.all([
          hopEvidence(tx, filters, opts, [...hops.values()]),
          pairs.size > 0 ? pairRows(tx, graphFilters, [...pairs.values()]) : Promise.resolve<GraphRows>({ edges: [], totalEdges: 0, totalClaims: 0, totalNodes: 0 }),
          tx.run(ACTOR_NODES_QUERY, { ids }),
        ]);
        const paths: PathResponse['paths'] = [...sequences.values()].map((actors) => {
          const steps = actors.slice(1).map((y, i) => evidence.get(`${actors[i]}>${y}`)!);
          return { actors, steps, length: steps.length };
        });
        return { paths, graph: presentGraph(rows, actorRowsOf(actorRecords.records), graphFilters) };
      });
    },
  };
}
export type PathRepository = ReturnType<typeof createPathRepository>;
