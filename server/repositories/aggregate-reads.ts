// Reads of the pre-aggregated edges shared by /api/graph, /api/paths and /api/timeline: whether a
// request can be answered from them, and the matching aggregates as EdgeParts (actor types applied).
import type { ManagedTransaction } from 'neo4j-driver';
import type { GraphFilters } from '../../shared/api';
import { parseAggregatePart, ROW_SEPARATOR } from '../../neo4j/aggregate-contributions';
import { actorRowsOf, type ActorRow, type GraphRows } from '../presenters/graph-presenter';
import { aggregateEdgeParts, EDGE_KEY_SEPARATOR, type EdgePart } from '../queries/aggregate-claims';
import {
  buildAggregateNeighbourQuery, buildAggregateRowsQuery, buildInnerCostQuery, buildInnerRowsQuery, buildPlannedRowsQuery,
} from '../queries/aggregate-cypher';
import type { CypherQuery } from '../queries/graph-cypher';
import { batchedList } from '../queries/result-batches';
import { toInt } from '../presenters/values';

/**
 * Aggregates answer every filter except a list of specific documents (`sources` naming a document id,
 * where the aggregates only know publishers) and `includeRejected` (they summarise the claims no
 * analyst rejected): those requests read the claims.
 */
export async function answeredByAggregates(tx: ManagedTransaction, filters: GraphFilters): Promise<boolean> {
  if (filters.includeRejected) return false;
  if (!filters.sources) return true;
  const result = await tx.run('UNWIND $ids AS id MATCH (d:Document {id: id}) RETURN count(d) AS n', { ids: filters.sources });
  return Number(result.records[0]?.get('n') ?? 0) === 0;
}

/** With an actor-type filter, the ids of actors of those types (plus `exempt`); undefined: no filter. */
async function actorsOfTypes(tx: ManagedTransaction, filters: GraphFilters, exempt: readonly string[]): Promise<Set<string> | undefined> {
  if (!filters.actorTypes) return undefined;
  const result = await tx.run('MATCH (a:Actor) WHERE a.type IN $types RETURN collect(a.id) AS ids', { types: filters.actorTypes });
  return new Set([...((result.records[0]?.get('ids') as string[] | undefined) ?? []), ...exempt]);
}

/** The query's aggregates whose two ends pass the actor-type filter, as parts on the filters' time axis. */
export async function readParts(tx: ManagedTransaction, q: CypherQuery, filters: GraphFilters, exempt: readonly string[] = []): Promise<EdgePart[]> {
  const [result, allowed] = [await tx.run(q.cypher, q.params), await actorsOfTypes(tx, filters, exempt)];
  return partsOf(batchedList<string>(result.records, 'rows'), filters, allowed);
}

/** Aggregate rows read by the caller's own query, as parts on the filters' time axis (no actor-type filter: the caller has none). */
export function aggregatePartsOf(rows: readonly string[], filters: GraphFilters): EdgePart[] {
  if (filters.actorTypes) throw new Error('aggregatePartsOf: an actor-type filter needs readParts.');
  return partsOf(rows, filters, undefined);
}

// partsOf keys each part by its row's first three fields: the fold must join them the same way.
if (EDGE_KEY_SEPARATOR !== ROW_SEPARATOR) throw new Error('aggregate-reads: the fold\'s edge key separator differs from the aggregate rows\' field separator.');

/** Aggregate rows as parts on the filters' time axis, those with an end not `allowed` left out. */
function partsOf(rows: readonly string[], filters: GraphFilters, allowed: Set<string> | undefined): EdgePart[] {
  const parts: EdgePart[] = [];
  const reported = filters.timeAxis === 'reported';
  for (const raw of rows) {
    const part: EdgePart = parseAggregatePart(raw, reported);
    if (allowed && !(allowed.has(part.source) && allowed.has(part.target))) continue;
    // A row starts with its edge's key (edgeKeyOf): a slice of it, not a new string per part.
    part.key = raw.slice(0, part.source.length + part.type.length + part.target.length + 2);
    parts.push(part);
  }
  return parts;
}

/**
 * The focus actors and their neighbours within depth - 1, over aggregates passing the filters.
 * `firstHop`: the first step's actors when the caller read them already (buildYearClaimsAndNeighboursQuery).
 */
export async function innerActorsFromAggregates(tx: ManagedTransaction, filters: GraphFilters, focus: string[], firstHop?: string[]): Promise<string[]> {
  const seen = new Set(focus);
  const allowed = await actorsOfTypes(tx, filters, focus);
  let frontier = focus;
  for (let hop = 1; hop < filters.depth && frontier.length > 0; hop++) {
    const q = hop === 1 && firstHop ? undefined : buildAggregateNeighbourQuery(filters, frontier, [...seen]);
    const ids = q ? ((await tx.run(q.cypher, q.params)).records[0]?.get('ids') as string[] | undefined) ?? [] : firstHop!;
    frontier = allowed ? ids.filter((id) => allowed.has(id)) : ids;
    for (const id of frontier) seen.add(id);
  }
  return [...seen];
}

/** How to read a graph's aggregates: the strategy for a focus, and how many claims the view covers (an estimate from the tallies). */
export interface AggregateReadPlan {
  strategy: 'seek' | 'scan';
  claims: number;
}

/**
 * The plan of a graph read over `inner` (a focus) or the whole graph (undefined). `inRange`: the claims
 * of the year range when the caller has summed the tallies already (then the whole graph needs no query).
 */
export async function planAggregateRead(tx: ManagedTransaction, filters: GraphFilters, inner?: string[], known?: { inRange: number }): Promise<AggregateReadPlan> {
  if (inner === undefined && known) return { strategy: 'scan', claims: known.inRange };
  const cost = buildInnerCostQuery(filters, inner ?? []);
  const record = (await tx.run(cost.cypher, cost.params)).records[0];
  const degree = Number(record?.get('degree') ?? 0);
  const inRange = known?.inRange ?? Number(record?.get('inRange') ?? 0);
  if (inner === undefined) return { strategy: 'scan', claims: inRange };
  // A range that keeps undated claims cannot use the year index: seeking is the cheaper read then.
  const years = (filters.yearFrom !== undefined || filters.yearTo !== undefined) && !filters.includeUndated;
  return years && inRange < degree ? { strategy: 'scan', claims: inRange } : { strategy: 'seek', claims: Math.min(degree, inRange) };
}

/**
 * The plan of a graph read over `inner` (a focus) or the whole graph (undefined), its edge rows and,
 * when it has at most `limit` aggregates, the actor rows of their ends and of the focus (`actors`: a
 * superset of the answer's, so no actor query is needed) — unless the view is heavy (`claims` reaching `heavyClaims`: the caller reads it through the view gate
 * with readAggregateGraphRows) — in one query (buildPlannedRowsQuery), not a plan query then a rows query.
 */
export async function readPlannedGraphRows(
  tx: ManagedTransaction,
  filters: GraphFilters,
  inner: string[] | undefined,
  known: { inRange: number } | undefined,
  heavyClaims: number,
): Promise<{ plan: AggregateReadPlan; rows?: GraphRows; actors?: ActorRow[] }> {
  const q = buildPlannedRowsQuery(filters, inner, known?.inRange, heavyClaims);
  const { records } = await tx.run(q.cypher, q.params);
  const plan: AggregateReadPlan = { strategy: records[0]?.get('scan') === true ? 'scan' : 'seek', claims: toInt(records[0]?.get('claims')) };
  if (plan.claims >= heavyClaims) return { plan };
  const allowed = await actorsOfTypes(tx, filters, inner === undefined ? [] : filters.actors ?? []);
  const rows = aggregateEdgeParts(partsOf(batchedList<string>(records, 'rows'), filters, allowed), filters);
  return records[0]?.get('withActors') === true ? { plan, rows, actors: actorRowsOf(records) } : { plan, rows };
}

/** The graph's edge rows from the aggregates, read as planned: every one passing the filters, or those touching `inner`. */
export async function readAggregateGraphRows(tx: ManagedTransaction, filters: GraphFilters, inner: string[] | undefined, plan: AggregateReadPlan): Promise<GraphRows> {
  if (inner === undefined) return aggregateEdgeParts(await readParts(tx, buildAggregateRowsQuery(filters), filters), filters);
  return aggregateEdgeParts(await readParts(tx, buildInnerRowsQuery(filters, inner, plan.strategy), filters, filters.actors ?? []), filters);
}

/** The graph's edge rows from the aggregates: every one passing the filters, or those touching `inner`. */
export async function aggregateGraphRows(tx: ManagedTransaction, filters: GraphFilters, inner?: string[]): Promise<GraphRows> {
  return readAggregateGraphRows(tx, filters, inner, await planAggregateRead(tx, filters, inner));
}
