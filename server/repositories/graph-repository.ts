// /api/graph: breadth-first focus expansion (depth 1–3) then one aggregation query, in one read transaction;
// from the pre-aggregated edges (a one-year view from their coarse level: year-edge-reads.ts), or from
// the claims for a filter they cannot answer (a list of documents).
import type { ManagedTransaction } from 'neo4j-driver';
import type { CompactGraph, GraphFilters } from '../../shared/api';
import { actorRowsInOrder, actorRowsOf, presentCompactGraph, type ActorRow, type GraphRows } from '../presenters/graph-presenter';
import { aggregateClaimRows, type ClaimRow } from '../queries/aggregate-claims';
import {
  ACTOR_NODES_QUERY, buildFocusCostQuery, buildGraphQuery, buildIndexedFocusQuery, buildNeighbourQuery, type CypherQuery, type GraphQueryMode,
} from '../queries/graph-cypher';
import { notFound } from '../errors';
import { aggregateGraphRows, answeredByAggregates, innerActorsFromAggregates, readAggregateGraphRows, readPlannedGraphRows } from './aggregate-reads';
import { readTx, type Db } from './db';
import { innerActorsFromYearEdges, planYearEdgeView, readYearEdgeView, yearWorthPlanning, yearWorthPlanningWithHop } from './year-edge-reads';
import { yearEdgeViewYear } from '../queries/year-view';
import { createViewGate, YEAR_VIEW_GATE, type ViewGate } from './view-gate';

export async function innerActors(tx: ManagedTransaction, filters: GraphFilters, focus: string[]): Promise<string[]> {
  const seen = new Set(focus);
  let frontier = focus;
  for (let hop = 1; hop < filters.depth && frontier.length > 0; hop++) {
    const q = buildNeighbourQuery(filters, frontier, [...seen]);
    const result = await tx.run(q.cypher, q.params);
    frontier = result.records.map((r) => r.get('id') as string);
    for (const id of frontier) seen.add(id);
  }
  return [...seen];
}

/** Below this many inner actors, expanding them is always cheap enough. */
const INDEXED_FOCUS_MIN_INNER = 20;

/** Up to this many matched claims are aggregated in Node; beyond it, Neo4j aggregates (less memory here). */
export const NODE_AGGREGATION_MAX_CLAIMS = 200_000;

async function focusQuery(tx: ManagedTransaction, filters: GraphFilters, inner: string[], mode: GraphQueryMode) {
  // The indexed strategy seeks the year range; undated claims are not in it.
  const hasYears = (filters.yearFrom !== undefined || filters.yearTo !== undefined) && !filters.includeUndated;
  if (!hasYears || inner.length < INDEXED_FOCUS_MIN_INNER) return buildGraphQuery(filters, inner, mode);
  const cost = buildFocusCostQuery(filters, inner);
  const record = (await tx.run(cost.cypher, cost.params)).records[0];
  const degree = Number(record?.get('degree') ?? 0);
  const inRange = Number(record?.get('inRange') ?? 0);
  return inRange < degree ? buildIndexedFocusQuery(filters, inner, mode) : buildGraphQuery(filters, inner, mode);
}

/** Streams one row per claim and aggregates here; undefined when more than `cap` claims match. */
async function aggregateInNode(tx: ManagedTransaction, q: CypherQuery, filters: GraphFilters, cap: number): Promise<GraphRows | undefined> {
  const rows: ClaimRow[] = [];
  const result = tx.run(q.cypher, q.params);
  for await (const record of result) {
    if (rows.length >= cap) return undefined; // leaving the loop discards the rest of the stream
    rows.push(record.toObject() as unknown as ClaimRow);
  }
  return aggregateClaimRows(rows, filters);
}

export async function fetchGraphRows(
  tx: ManagedTransaction,
  filters: GraphFilters,
  inner?: string[],
  cap = NODE_AGGREGATION_MAX_CLAIMS,
): Promise<{ rows: GraphRows; actors: ActorRow[] }> {
  const build = (mode: GraphQueryMode) => (inner === undefined ? buildGraphQuery(filters, undefined, mode) : focusQuery(tx, filters, inner, mode));
  let rows = await aggregateInNode(tx, await build('rows'), filters, cap);
  if (rows === undefined) {
    const q = await build('aggregate');
    const record = (await tx.run(q.cypher, q.params)).records[0];
    rows = record ? (record.toObject() as unknown as GraphRows) : { edges: [], totalEdges: 0, totalClaims: 0, totalNodes: 0 };
  }
  return withActors(tx, filters, rows);
}

/**
 * The edge rows with the actor rows of their ends and of the focus actors, in that order: read, or
 * picked from `read` (the rows query's actors: a superset).
 */
async function withActors(tx: ManagedTransaction, filters: GraphFilters, rows: GraphRows, read?: ActorRow[]): Promise<{ rows: GraphRows; actors: ActorRow[] }> {
  const ids = new Set<string>(filters.actors ?? []);
  for (const e of rows.edges) {
    ids.add(e.source);
    ids.add(e.target);
  }
  const actors = read ?? actorRowsOf((await tx.run(ACTOR_NODES_QUERY, { ids: [...ids] })).records);
  return { rows, actors: actorRowsInOrder(actors, ids) };
}

export function createGraphRepository(db: Db, gate: ViewGate = createViewGate(), yearGate: ViewGate = createViewGate(YEAR_VIEW_GATE)) {
  return {
    /** The graph in compact form (what the explorer requests; shared/graph-compact.ts expands it for /api/graph). */
    async graph(filters: GraphFilters): Promise<CompactGraph> {
      // One transaction: the plan (focus expansion, how many claims the view covers), then the rows
      // — unless the view is heavy: its rows are then read in a second transaction, through the gate.
      const first = await readTx(db, async (tx) => {
        if (!(await answeredByAggregates(tx, filters))) {
          return { answer: await fetchGraphRows(tx, filters, filters.actors ? await innerActors(tx, filters, filters.actors) : undefined) };
        }
        // A one-year view of a large year: its focus over the year edges (the same actors as over the
        // fine aggregates), then its rows from them if they read less. The year's tally sum is the plan's.
        const viewYear = yearEdgeViewYear(filters);
        // A focus expanded over the fine aggregates takes its first step in the same query as the tally sum.
        const known = viewYear === undefined ? undefined
          : filters.actors && filters.depth > 1 ? await yearWorthPlanningWithHop(tx, filters, viewYear, filters.actors) : await yearWorthPlanning(tx, viewYear, filters.limit);
        const year = known?.worth ? viewYear : undefined;
        const inner = !filters.actors ? undefined
          : year !== undefined ? await innerActorsFromYearEdges(tx, year, filters.actors, filters.depth) : await innerActorsFromAggregates(tx, filters, filters.actors, known?.firstHop);
        const yearView = year !== undefined ? await planYearEdgeView(tx, filters, year, inner) : undefined;
        if (yearView) {
          if (gate.isHeavy(yearView.claims)) return { heavyYear: yearView };
          return { answer: await withActors(tx, filters, await readYearEdgeView(tx, filters, yearView)) };
        }
        const { plan, rows, actors } = await readPlannedGraphRows(tx, filters, inner, known && { inRange: known.claims }, gate.heavyClaims);
        if (!rows) return { heavy: { inner, plan } };
        return { answer: await withActors(tx, filters, rows, actors) };
      });
      const lane = first.heavyYear ? yearGate : gate;
      const { rows, actors } = first.answer ?? await lane.run(first.heavyYear?.claims ?? first.heavy!.plan.claims, () => readTx(db, async (tx) => {
        if (!first.heavyYear) return withActors(tx, filters, await readAggregateGraphRows(tx, filters, first.heavy!.inner, first.heavy!.plan));
        // Planned again in this transaction, so the totals and the edges are of the same data.
        const { year, inner } = first.heavyYear;
        const view = await planYearEdgeView(tx, filters, year, inner, false);
        return withActors(tx, filters, view ? await readYearEdgeView(tx, filters, view) : await aggregateGraphRows(tx, filters, inner));
      }));
      const graph = presentCompactGraph(rows, actors, filters);
      const [missing] = graph.meta.missingActors;
      if (missing !== undefined) throw notFound('Actor', missing);
      return graph;
    },
  };
}
export type GraphRepository = ReturnType<typeof createGraphRepository>;
