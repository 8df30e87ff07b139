// /api/paths: shortest chains between two actors over claims that pass the graph filters. A denial
// ("X did not support Y") is never a step unless includeNegated asks for denied claims; then a hop
// that some claim asserts still shows an asserting claim, and a hop only denied says so.
import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import type { GraphFilters, PathResponse } from '../../shared/api';
import { MODALITIES, type Modality, type RelationType } from '../../shared/vocabulary';
import { invalidParameter, notFound } from '../errors';
import { actorRowsInOrder, actorRowsOf, presentGraph, type ActorRow, type GraphRows } from '../presenters/graph-presenter';
import { toNullableInt } from '../presenters/values';
import { ACTOR_NODES_QUERY, actorCell, aggregateEdgesTail } from '../queries/graph-cypher';
import { claimPredicates, relationshipTypes } from '../queries/graph-filters';
import { aggregateEdgeParts } from '../queries/aggregate-claims';
import { buildPairRowsQuery } from '../queries/aggregate-cypher';
import { aggregatePartsOf, answeredByAggregates, readParts } from './aggregate-reads';
import { readAutoCommit, readTx, type Db, type StatementRunner } from './db';

export interface PathOptions {
  from: string;
  to: string;
  maxHops: number;
  directed: boolean;
  limit: number;
}

/** Parallel claims multiply shortest paths; read this many before de-duplicating by actor sequence. */
const RAW_PATH_CAP = 2000;

/** How buildPathQuery ends: each path's actor ids, the first RAW_PATH_CAP paths. */
const PATH_ACTORS = 'RETURN [n IN nodes(p) | n.id] AS actors\nLIMIT $cap';

/**
 * `optional`: the search as an OPTIONAL MATCH, so that two existing actors without a path still give one
 * row (p null) that carries them on (the one-query answer's actors are then the two endpoints).
 */
export function buildPathQuery(filters: GraphFilters, opts: PathOptions, optional = false) {
  if (!Number.isInteger(opts.maxHops) || opts.maxHops < 1 || opts.maxHops > 6) throw invalidParameter('maxHops', 'an integer from 1 to 6.');
  const types = relationshipTypes(filters.types);
  const preds = claimPredicates(filters, { rel: 'r', source: 'startNode(r)', target: 'endNode(r)' }, { negation: true, exempt: 'endpoints' });
  const arrow = opts.directed ? '->' : '-';
  return {
    cypher: `MATCH (a:Actor {id: $from}), (b:Actor {id: $to})
${optional ? 'OPTIONAL ' : ''}MATCH p = allShortestPaths((a)-[:${types}*..${opts.maxHops}]${arrow}(b))
WHERE all(r IN relationships(p) WHERE ${preds.where})
${PATH_ACTORS}`,
    params: { ...preds.params, from: opts.from, to: opts.to, endpoints: [opts.from, opts.to], cap: neo4j.int(RAW_PATH_CAP) },
  };
}

/**
 * The evidence shown for each hop (consecutive actors of a path): one claim passing the same filters,
 * asserted before denied, then by modality (asserted, reported, proposed, speculative), confidence
 * and id, so a hop reads the same on every request. `x` and `y` are the hop's two actor patterns.
 */
function evidenceOfHop(filters: GraphFilters, opts: Pick<PathOptions, 'from' | 'to' | 'directed'>, x: string, y: string) {
  const types = relationshipTypes(filters.types);
  const preds = claimPredicates(filters, { rel: 'r', source: 'startNode(r)', target: 'endNode(r)' }, { negation: true, exempt: 'endpoints' });
  const arrow = opts.directed ? '->' : '-';
  const rank = `CASE r.modality ${MODALITIES.map((m, i) => `WHEN '${m}' THEN ${i}`).join(' ')} ELSE ${MODALITIES.length} END`;
  return {
    cypher: `MATCH ${x}-[r:${types}]${arrow}${y}
  WHERE ${preds.where}
  RETURN r ORDER BY r.negated, ${rank}, r.confidence DESC, r.claimId LIMIT 1`,
    params: { ...preds.params, endpoints: [opts.from, opts.to] },
  };
}

export function buildStepQuery(filters: GraphFilters, opts: Pick<PathOptions, 'from' | 'to' | 'directed'>, hops: Array<[string, string]>) {
  const evidence = evidenceOfHop(filters, opts, '(:Actor {id: hop[0]})', '(:Actor {id: hop[1]})');
  return {
    cypher: `UNWIND $hops AS hop
CALL (hop) {
  ${evidence.cypher}
}
RETURN hop[0] AS x, hop[1] AS y, startNode(r).id AS source, endNode(r).id AS target, type(r) AS type, r.claimId AS claimId,
  r.docId AS doc, r.year AS year, r.sentence AS sentence, r.negated AS negated, r.modality AS modality`,
    params: { ...evidence.params, hops },
  };
}

/** A query's text between `start` (included) and `end` (excluded), which it must contain. */
function between(cypher: string, start: string, end: string): string {
  const from = cypher.indexOf(start);
  const to = cypher.indexOf(end, from);
  if (from < 0 || to < 0) throw new Error(`path-repository: a query no longer holds ${JSON.stringify(start)} … ${JSON.stringify(end)}.`);
  return cypher.slice(from, to);
}

/**
 * The whole answer in one query, for filters the aggregates answer with no other read (no document list,
 * no rejected claims, no actor types): the paths' actor sequences (the first `limit` distinct ones of
 * the first RAW_PATH_CAP paths, as the separate queries take them), each hop's evidence (evidenceOfHop),
 * the aggregates between consecutive actors (buildPairRowsQuery's match) and the actors (actorCell, the
 * rows ACTOR_NODES_QUERY reads) — one query where the separate ones were four, each costing Neo4j and the
 * driver more than its reads. The paths are kept as their nodes, so a hop's claims are expanded
 * between the nodes the path search found and the actors are read from them and the two endpoints,
 * rather than sought again by id (less Neo4j CPU per statement, measured: bench/README.md, twelfth
 * session). Without a path (p null: nodes(p) is null, which collect leaves out) the walks are empty and
 * the actors are the endpoints, as the separate queries answer.
 */
export function buildPathAnswerQuery(filters: GraphFilters, opts: PathOptions, graphFilters: GraphFilters) {
  const paths = buildPathQuery(filters, opts, true);
  const evidence = evidenceOfHop(filters, opts, '(x)', '(y)');
  const pairs = buildPairRowsQuery(graphFilters, []);
  const pairMatch = between(pairs.cypher, 'MATCH (e:EdgeAggregate', '\nWITH collect(e.row)');
  const hops = 'UNWIND walks AS s UNWIND range(0, size(s) - 2) AS i';
  // The steps' columns are buildStepQuery's, in the order pathAnswerInOneQuery reads them.
  const { pairs: _pairs, ...pairParams } = pairs.params;
  return {
    cypher: `${paths.cypher.replace(PATH_ACTORS, 'WITH a, b, nodes(p) AS walk LIMIT $cap')}
WITH a, b, collect(walk) AS found
WITH a, b, reduce(acc = [], s IN found | CASE WHEN size(acc) >= $limit OR s IN acc THEN acc ELSE acc + [s] END) AS walks
CALL (walks) {
  ${hops} WITH DISTINCT s[i] AS x, s[i + 1] AS y
  CALL (x, y) {
    ${evidence.cypher.replace(/\n/g, '\n  ')}
  }
  RETURN collect([x.id, y.id, startNode(r).id, endNode(r).id, type(r), r.claimId, r.docId, r.year, r.sentence, r.negated, r.modality]) AS steps
}
CALL (walks) {
  ${hops} WITH DISTINCT [s[i].id, s[i + 1].id] AS hop
  UNWIND ${opts.directed ? '[hop]' : '[hop, [hop[1], hop[0]]]'} AS way WITH DISTINCT way AS pair
  ${pairMatch}
  RETURN collect(e.row) AS rows
}
CALL (walks, a, b) {
  UNWIND reduce(seen = [], n IN reduce(flat = [], s IN walks | flat + s) + [a, b] | CASE WHEN n IN seen THEN seen ELSE seen + [n] END) AS actor
  RETURN collect(${actorCell('actor')}) AS actors
}
RETURN [s IN walks | [n IN s | n.id]] AS sequences, steps, rows, actors`,
    params: { ...evidence.params, ...pairParams, ...paths.params, limit: neo4j.int(opts.limit) },
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
    evidence.set(`${s.x}>${s.y}`, stepOf(s));
  }
  return evidence;
}

interface StepRow { x: string; y: string; source: string; target: string; type: string; claimId: string; doc: string; year: unknown; sentence: string; negated: unknown; modality: string }

const stepOf = (s: StepRow): PathStep => ({
  source: s.source, target: s.target, type: s.type as RelationType, claimId: s.claimId, doc: s.doc,
  year: toNullableInt(s.year), sentence: s.sentence, negated: s.negated === true, modality: s.modality as Modality,
});

/** The paths' graph reads every filtered claim between consecutive actors; paths do not apply minSources. */
const pathGraphFilters = (filters: GraphFilters, opts: PathOptions): GraphFilters => ({ ...filters, actors: [opts.from, opts.to], limit: 100_000, minSources: undefined });

async function checkActorsExist(tx: StatementRunner, opts: PathOptions): Promise<void> {
  const exists = await tx.run('UNWIND $ids AS id OPTIONAL MATCH (a:Actor {id: id}) RETURN id, a IS NOT NULL AS found', { ids: [opts.from, opts.to] });
  for (const r of exists.records) if (!r.get('found')) throw notFound('Actor', r.get('id') as string);
}

function answerOf(sequences: string[][], evidence: Map<string, PathStep>, rows: GraphRows, actors: ActorRow[], graphFilters: GraphFilters): PathResponse {
  const paths: PathResponse['paths'] = sequences.map((actors) => {
    const steps = actors.slice(1).map((y, i) => evidence.get(`${actors[i]}>${y}`)!);
    return { actors, steps, length: steps.length };
  });
  return { paths, graph: presentGraph(rows, actors, graphFilters) };
}

/** The answer from buildPathAnswerQuery's one record (`tx`: a transaction, or auto-commit statements). */
export async function pathAnswerInOneQuery(tx: StatementRunner, filters: GraphFilters, opts: PathOptions): Promise<PathResponse> {
  const graphFilters = pathGraphFilters(filters, opts);
  const q = buildPathAnswerQuery(filters, opts, graphFilters);
  const record = (await tx.run(q.cypher, q.params)).records[0];
  const sequences = (record?.get('sequences') as string[][] | undefined) ?? [];
  // Only an answer without paths can be about an unknown actor.
  if (sequences.length === 0) await checkActorsExist(tx, opts);
  const evidence = new Map<string, PathStep>();
  for (const [x, y, source, target, type, claimId, doc, year, sentence, negated, modality] of (record?.get('steps') as unknown[][] | undefined) ?? []) {
    evidence.set(`${String(x)}>${String(y)}`, stepOf({ x, y, source, target, type, claimId, doc, year, sentence, negated, modality } as StepRow));
  }
  const rows = aggregateEdgeParts(aggregatePartsOf((record?.get('rows') as string[] | undefined) ?? [], graphFilters), graphFilters);
  const actors = ((record?.get('actors') as Array<[string, string, string, unknown, unknown]> | undefined) ?? []).map(([id, name, type, discovered, aliases]) => ({ id, name, type, discovered, aliases }));
  return answerOf(sequences, evidence, rows, actors, graphFilters);
}

/** The answer from separate queries: the paths, then the evidence, the graph and the actors (any filters). */
export async function pathAnswerInQueries(tx: ManagedTransaction, filters: GraphFilters, opts: PathOptions): Promise<PathResponse> {
  const q = buildPathQuery(filters, opts);
  const result = await tx.run(q.cypher, q.params);
  const sequences = new Map<string, string[]>();
  for (const record of result.records) {
    const actors = record.get('actors') as string[];
    sequences.set(actors.join('>'), actors);
    if (sequences.size >= opts.limit) break;
  }
  // Only an answer without paths can be about an unknown actor: one query fewer for every other.
  if (sequences.size === 0) await checkActorsExist(tx, opts);
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
  const graphFilters = pathGraphFilters(filters, opts);
  const ids = [...new Set([...sequences.values()].flat().concat(opts.from, opts.to))];
  // The evidence, the graph and the actors depend only on the paths: sent together (Bolt pipelines
  // them in the one transaction) rather than one round trip after another.
  const [evidence, rows, actorRecords] = await Promise.all([
    hopEvidence(tx, filters, opts, [...hops.values()]),
    pairs.size > 0 ? pairRows(tx, graphFilters, [...pairs.values()]) : Promise.resolve<GraphRows>({ edges: [], totalEdges: 0, totalClaims: 0, totalNodes: 0 }),
    tx.run(ACTOR_NODES_QUERY, { ids }),
  ]);
  return answerOf([...sequences.values()], evidence, rows, actorRowsInOrder(actorRowsOf(actorRecords.records), ids), graphFilters);
}

/** Whether buildPathAnswerQuery answers these filters: the aggregates need no other read for them. */
export const answeredInOneQuery = (filters: GraphFilters) => !filters.sources && !filters.includeRejected && !filters.actorTypes;

export function createPathRepository(db: Db) {
  return {
    async paths(filters: GraphFilters, opts: PathOptions): Promise<PathResponse> {
      if (opts.from === opts.to) throw invalidParameter('to', 'must differ from `from`.');
      buildPathQuery(filters, opts); // checks maxHops before any read
      // One statement answers (the actors' existence is asked only of an answer without paths): no transaction.
      if (answeredInOneQuery(filters)) return readAutoCommit(db, (runner) => pathAnswerInOneQuery(runner, filters, opts));
      return readTx(db, (tx) => pathAnswerInQueries(tx, filters, opts));
    },
  };
}
export type PathRepository = ReturnType<typeof createPathRepository>;
