// Pure: a one-year graph view answered from the year edges (neo4j/year-contributions.ts) — which
// requests it can answer, and the view's totals from the year's actor years and the edges among the
// actors it leaves out. A view over actors `inner` holds every edge of the year with an end in `inner`,
// that is every edge of the year but those among the other actors (`outside`): when those are few (a
// hub's neighbourhood, the whole graph), the totals are the year's minus theirs.
import type { GraphFilters } from '../../shared/api';

/** The year of a view the year edges answer: one event year, asserted claims, no filter they do not keep. */
export function yearEdgeViewYear(f: GraphFilters): number | undefined {
  if (f.yearFrom === undefined || f.yearFrom !== f.yearTo || f.timeAxis !== 'event') return undefined;
  if (f.includeNegated || f.includeUndated || f.includeRejected) return undefined;
  if (f.sources || f.types || f.actorTypes || f.modality || f.minSources !== undefined) return undefined;
  return f.yearFrom;
}

/**
 * Whether the year edges read less than folding the view's fine aggregates (at least one per edge of
 * the view): they read the year's actors, the outside actors' edges, then the top `limit` edges and
 * their fine aggregates — a seek per edge, ≈ 4× a row of the scan (10k claims: 2,000 edges' in 22 ms, a
 * year of 2,000 aggregates scanned in 5 ms). So: a view of many more edges than its limit, whose
 * outside has fewer edges than it.
 */
export function yearEdgesCheaper(plan: YearViewPlan, limit: number): boolean {
  return plan.insideEdges > YEAR_EDGES_MIN_EDGES_PER_LIMIT * limit && plan.outsideEdges < plan.insideEdges;
}

/** A view read from the year edges has more than this many edges per edge returned. */
export const YEAR_EDGES_MIN_EDGES_PER_LIMIT = 5;

/** An actor's year: edges touching it, edges it is the source of, their claims. */
export interface ActorYearRow {
  actor: string;
  deg: number;
  out: number;
  outClaims: number;
}

export interface YearViewPlan {
  /** Actors with an edge in the year that are not in the view. */
  outside: string[];
  /** Edges read to find those among `outside` (their edges as sources). */
  outsideEdges: number;
  /** Edges touching the view's actors (what reading them directly would cost). */
  insideEdges: number;
}

/** The outside of a view over `inner` (undefined: the whole graph, nothing outside). */
export function planYearView(actorYears: readonly ActorYearRow[], inner: readonly string[] | undefined): YearViewPlan {
  if (inner === undefined) return { outside: [], outsideEdges: 0, insideEdges: actorYears.reduce((s, a) => s + a.out, 0) };
  const within = new Set(inner);
  const plan: YearViewPlan = { outside: [], outsideEdges: 0, insideEdges: 0 };
  for (const a of actorYears) {
    if (within.has(a.actor)) {
      plan.insideEdges += a.deg;
    } else {
      plan.outside.push(a.actor);
      plan.outsideEdges += a.out;
    }
  }
  return plan;
}

export interface YearViewTotals {
  totalEdges: number;
  totalClaims: number;
  totalNodes: number;
}

/**
 * The view's totals: the year's, less the edges whose two ends are outside (`edges`: the outside actors'
 * edges as sources, [source, target, claims]), and less the outside actors all of whose edges are such.
 */
export function yearViewTotals(actorYears: readonly ActorYearRow[], outside: readonly string[], edges: ReadonlyArray<readonly [string, string, number]>): YearViewTotals {
  let totalEdges = 0;
  let totalClaims = 0;
  for (const a of actorYears) {
    totalEdges += a.out;
    totalClaims += a.outClaims;
  }
  const out = new Set(outside);
  const among = new Map<string, number>();
  for (const [source, target, n] of edges) {
    if (!out.has(source) || !out.has(target)) continue;
    totalEdges -= 1;
    totalClaims -= n;
    among.set(source, (among.get(source) ?? 0) + 1);
    if (target !== source) among.set(target, (among.get(target) ?? 0) + 1);
  }
  let totalNodes = 0;
  for (const a of actorYears) if (!out.has(a.actor) || a.deg > (among.get(a.actor) ?? 0)) totalNodes += 1;
  return { totalEdges, totalClaims, totalNodes };
}
