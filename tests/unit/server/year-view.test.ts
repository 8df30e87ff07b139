import { describe, expect, it } from 'vitest';
import { parseGraphFilters } from '../../../server/queries/graph-filters';
import { planYearView, yearEdgeViewYear, yearEdgesCheaper, yearViewTotals } from '../../../server/queries/year-view';

// Year 2021: a→b (2 claims), b→c (1), c→d (4), d→d (1), e→d (1).
const ACTOR_YEARS = [
  { actor: 'a', deg: 1, out: 1, outClaims: 2 },
  { actor: 'b', deg: 2, out: 1, outClaims: 1 },
  { actor: 'c', deg: 2, out: 1, outClaims: 4 },
  { actor: 'd', deg: 3, out: 1, outClaims: 1 },
  { actor: 'e', deg: 1, out: 1, outClaims: 1 },
];
const EDGES_OF = { c: ['c', 'd', 4], d: ['d', 'd', 1], e: ['e', 'd', 1] } as const;

describe('yearEdgeViewYear', () => {
  it('answers one event year of asserted claims with no other filter but a focus and a limit', () => {
    expect(yearEdgeViewYear(parseGraphFilters({ yearFrom: 2021, yearTo: 2021, actors: 'a', depth: 2, limit: 5 }))).toBe(2021);
    for (const raw of [{}, { yearFrom: 2021 }, { yearFrom: 2021, yearTo: 2022 }, { yearFrom: 2021, yearTo: 2021, timeAxis: 'reported' as const },
      { yearFrom: 2021, yearTo: 2021, includeNegated: true }, { yearFrom: 2021, yearTo: 2021, minSources: 1 }, { yearFrom: 2021, yearTo: 2021, types: 'ATTACKED' }]) {
      expect(yearEdgeViewYear(parseGraphFilters(raw)), JSON.stringify(raw)).toBeUndefined();
    }
  });

  it('are read for views of many more edges than the limit, whose outside has fewer edges than they have', () => {
    expect(yearEdgesCheaper({ outside: [], outsideEdges: 0, insideEdges: 156_000 }, 2000)).toBe(true);
    expect(yearEdgesCheaper({ outside: [], outsideEdges: 0, insideEdges: 2_000 }, 2000)).toBe(false);
    expect(yearEdgesCheaper({ outside: ['x'], outsideEdges: 150_000, insideEdges: 20_000 }, 2000)).toBe(false);
  });
});

describe('year view totals', () => {
  it('are the year totals for the whole graph', () => {
    expect(planYearView(ACTOR_YEARS, undefined).outside).toEqual([]);
    expect(yearViewTotals(ACTOR_YEARS, [], [])).toEqual({ totalEdges: 5, totalClaims: 9, totalNodes: 5 });
  });

  it('leave out the edges among the outside actors, and the outside actors with no other edge', () => {
    const plan = planYearView(ACTOR_YEARS, ['a', 'b']);
    expect(plan).toEqual({ outside: ['c', 'd', 'e'], outsideEdges: 3, insideEdges: 3 });
    // Edges touching a or b: a→b, b→c; nodes a, b, c.
    expect(yearViewTotals(ACTOR_YEARS, plan.outside, plan.outside.map((id) => EDGES_OF[id as keyof typeof EDGES_OF]))).toEqual({ totalEdges: 2, totalClaims: 3, totalNodes: 3 });
  });

  it('keep an outside actor with an edge into the view', () => {
    // Edges touching d: c→d, d→d, e→d; nodes c, d, e.
    const plan = planYearView(ACTOR_YEARS, ['d']);
    expect(yearViewTotals(ACTOR_YEARS, plan.outside, [['a', 'b', 2], ['b', 'c', 1], ['c', 'd', 4], ['e', 'd', 1]])).toEqual({ totalEdges: 3, totalClaims: 6, totalNodes: 3 });
  });
});
