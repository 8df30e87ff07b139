// A one-year graph view from the coarse level of the aggregates (server/queries/year-view.ts): its
// totals from the year's actor years, its top `limit` edges from the (year, rank) index, and only
// those edges' fine aggregates folded for their details — instead of folding every aggregate of the
// year (at 1M claims ≈ 180k rows per year).
import type { ManagedTransaction } from 'neo4j-driver';
import type { GraphFilters } from '../../shared/api';
import { yearEdgePartsPrefix } from '../../neo4j/year-contributions';
import type { GraphRows } from '../presenters/graph-presenter';
import { toInt } from '../presenters/values';
import { aggregateEdgeParts } from '../queries/aggregate-claims';
import type { CypherQuery } from '../queries/graph-cypher';
import { batchedList } from '../queries/result-batches';
import { buildActorYearsQuery, buildOutsideEdgesQuery, buildTopYearEdgesQuery, buildYearEdgePartsQuery } from '../queries/year-edge-cypher';
import { planYearView, yearEdgeViewYear, yearViewTotals, type ActorYearRow } from '../queries/year-view';
import { readParts } from './aggregate-reads';

async function list<T>(tx: ManagedTransaction, q: CypherQuery, column: string): Promise<T[]> {
  return batchedList<T>((await tx.run(q.cypher, q.params)).records, column);
}

/**
 * The graph rows of a one-year view over `inner` (undefined: the whole graph) from the year edges;
 * undefined when they cannot answer it (yearEdgeViewYear) or when the actors the view leaves out have
 * more edges than it has (a quiet actor's neighbourhood: reading its own aggregates is cheaper).
 */
export async function readYearEdgeGraphRows(tx: ManagedTransaction, filters: GraphFilters, inner?: string[]): Promise<GraphRows | undefined> {
  const year = yearEdgeViewYear(filters);
  if (year === undefined) return undefined;
  const actorYears: ActorYearRow[] = (await list<[string, unknown, unknown, unknown]>(tx, buildActorYearsQuery(year), 'actors'))
    .map(([actor, deg, out, outClaims]) => ({ actor, deg: toInt(deg), out: toInt(out), outClaims: toInt(outClaims) }));
  const plan = planYearView(actorYears, inner);
  if (inner !== undefined && plan.outsideEdges >= plan.insideEdges) return undefined;
  const outsideEdges = plan.outside.length === 0 ? [] : (await list<[string, string, unknown]>(tx, buildOutsideEdgesQuery(year, plan.outside), 'edges'))
    .map(([source, target, n]) => [source, target, toInt(n)] as const);
  const totals = yearViewTotals(actorYears, plan.outside, outsideEdges);
  const top = await list<string>(tx, buildTopYearEdgesQuery(year, plan.outside, filters.limit), 'keys');
  const parts = top.length === 0 ? [] : await readParts(tx, buildYearEdgePartsQuery(top.map(yearEdgePartsPrefix)), filters);
  return { edges: aggregateEdgeParts(parts, filters).edges, ...totals };
}
