// A one-year graph view from the coarse level of the aggregates (server/queries/year-view.ts): its
// focus expanded over the year edges, its totals from the year's actor years, its top `limit` edges
// from the (year, rank) index, and only those edges' fine aggregates folded for their details —
// instead of folding every aggregate of the year (at 1M claims ≈ 180k rows per year).
import type { ManagedTransaction } from 'neo4j-driver';
import type { GraphFilters } from '../../shared/api';
import { yearEdgePartsPrefix } from '../../neo4j/year-contributions';
import type { GraphRows } from '../presenters/graph-presenter';
import { toInt } from '../presenters/values';
import { aggregateEdgeParts } from '../queries/aggregate-claims';
import { buildYearClaimsAndNeighboursQuery } from '../queries/aggregate-cypher';
import type { CypherQuery } from '../queries/graph-cypher';
import { batchedList } from '../queries/result-batches';
import { buildActorYearsQuery, buildYearClaimsQuery, buildOutsideEdgesQuery, buildTopYearEdgesQuery, buildYearEdgePartsQuery, buildYearNeighbourQuery } from '../queries/year-edge-cypher';
import { planYearView, YEAR_EDGES_MIN_EDGES_PER_LIMIT, yearEdgesCheaper, yearViewTotals, type ActorYearRow, type YearViewPlan } from '../queries/year-view';
import { readParts } from './aggregate-reads';

async function list<T>(tx: ManagedTransaction, q: CypherQuery, column: string): Promise<T[]> {
  return batchedList<T>((await tx.run(q.cypher, q.params)).records, column);
}

/** The claims of `year` (the tallies), and whether a view of it may read less from the year edges: many more than the limit (yearEdgesCheaper then decides). */
export async function yearWorthPlanning(tx: ManagedTransaction, year: number, limit: number): Promise<{ claims: number; worth: boolean; firstHop?: string[] }> {
  const q = buildYearClaimsQuery(year);
  const claims = toInt((await tx.run(q.cypher, q.params)).records[0]?.get('claims'));
  return { claims, worth: claims > YEAR_EDGES_MIN_EDGES_PER_LIMIT * limit };
}

/**
 * yearWorthPlanning, and for a focus view of depth 2 or more whose year is not worth the year edges, the
 * first step of its expansion over the fine aggregates (`firstHop`, for innerActorsFromAggregates), in
 * one query: a round trip fewer for a one-year focus view.
 */
export async function yearWorthPlanningWithHop(tx: ManagedTransaction, filters: GraphFilters, year: number, focus: string[]): Promise<{ claims: number; worth: boolean; firstHop?: string[] }> {
  const worthAbove = YEAR_EDGES_MIN_EDGES_PER_LIMIT * filters.limit;
  const q = buildYearClaimsAndNeighboursQuery(filters, year, worthAbove, focus);
  const record = (await tx.run(q.cypher, q.params)).records[0];
  const claims = toInt(record?.get('claims'));
  return claims > worthAbove ? { claims, worth: true } : { claims, worth: false, firstHop: (record?.get('ids') as string[] | undefined) ?? [] };
}

/** The focus actors and their neighbours within depth - 1 over the year's edges (yearEdgeViewYear views only). */
export async function innerActorsFromYearEdges(tx: ManagedTransaction, year: number, focus: string[], depth: number): Promise<string[]> {
  const seen = new Set(focus);
  let frontier = focus;
  for (let hop = 1; hop < depth && frontier.length > 0; hop++) {
    const q = buildYearNeighbourQuery(year, frontier, [...seen]);
    frontier = ((await tx.run(q.cypher, q.params)).records[0]?.get('ids') as string[] | undefined) ?? [];
    for (const id of frontier) seen.add(id);
  }
  return [...seen];
}

/** How a one-year view reads its year edges: the year's actors, and those outside the view. */
export interface YearEdgeView {
  year: number;
  inner: string[] | undefined;
  actorYears: ActorYearRow[];
  plan: YearViewPlan;
  /** Claims of the year (what the view gate weighs; a focus read this way covers most of them). */
  claims: number;
}

/**
 * The plan of the view of one `year` (yearEdgeViewYear) over `inner` (undefined: the whole graph);
 * undefined when folding its fine aggregates reads less: a view of few edges for its limit, or one
 * whose outside actors have more edges than it has (a quiet actor's neighbourhood).
 */
export async function planYearEdgeView(
  tx: ManagedTransaction,
  filters: GraphFilters,
  year: number,
  inner: string[] | undefined,
  /** false: plan every view whose outside is smaller than itself, cheaper or not (tests compare the two reads on small graphs). */
  onlyWhenCheaper = true,
): Promise<YearEdgeView | undefined> {
  const actorYears: ActorYearRow[] = (await list<[string, unknown, unknown, unknown]>(tx, buildActorYearsQuery(year), 'actors'))
    .map(([actor, deg, out, outClaims]) => ({ actor, deg: toInt(deg), out: toInt(out), outClaims: toInt(outClaims) }));
  const plan = planYearView(actorYears, inner);
  if (onlyWhenCheaper ? !yearEdgesCheaper(plan, filters.limit) : inner !== undefined && plan.outsideEdges >= plan.insideEdges) return undefined;
  return { year, inner, actorYears, plan, claims: actorYears.reduce((sum, a) => sum + a.outClaims, 0) };
}

/** The view's graph rows: totals, top edges in the graph's order, their fine aggregates folded. */
export async function readYearEdgeView(tx: ManagedTransaction, filters: GraphFilters, view: YearEdgeView): Promise<GraphRows> {
  const { year, actorYears, plan } = view;
  const outsideEdges = plan.outside.length === 0 ? [] : (await list<[string, string, unknown]>(tx, buildOutsideEdgesQuery(year, plan.outside), 'edges'))
    .map(([source, target, n]) => [source, target, toInt(n)] as const);
  const totals = yearViewTotals(actorYears, plan.outside, outsideEdges);
  const top = await list<string>(tx, buildTopYearEdgesQuery(year, plan.outside, filters.limit), 'keys');
  const parts = top.length === 0 ? [] : await readParts(tx, buildYearEdgePartsQuery(top.map(yearEdgePartsPrefix)), filters);
  return { edges: aggregateEdgeParts(parts, filters).edges, ...totals };
}
