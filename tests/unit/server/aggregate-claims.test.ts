import { describe, expect, it } from 'vitest';
import { aggregateClaimRows, type ClaimRow } from '../../../server/queries/aggregate-claims';
import { parseGraphFilters } from '../../../server/queries/graph-filters';

const row = (over: Partial<ClaimRow>): ClaimRow => ({
  source: 'a', type: 'ATTACKED', target: 'b', year: 2001, doc: 'd1', publisher: 'P', weight: -10, negated: false, modality: 'asserted', ...over,
});

describe('aggregateClaimRows', () => {
  const rows = [
    row({}), row({ doc: 'd2', publisher: 'Q', year: 2003 }), row({ doc: 'd3', negated: true }),
    row({ type: 'MET_WITH', weight: 1, year: null, modality: 'reported' }), row({ source: 'c', target: 'a', type: 'SUPPORTS', weight: 7, negated: true, doc: 'd4' }),
  ];

  it('counts, weighs and flags contested edges, leaving negated claims out by default', () => {
    const g = aggregateClaimRows(rows, parseGraphFilters({}));
    expect(g.totalEdges).toBe(2);
    expect(g.totalClaims).toBe(3);
    expect(g.totalNodes).toBe(2);
    expect(g.edges[0]).toMatchObject({ source: 'a', type: 'ATTACKED', target: 'b', count: 2, weight: -20, negatedCount: 1, assertedCount: 2, negatedDocs: ['d3'] });
    expect(g.edges[0]!.years).toEqual([2001, 2003]);
    expect(g.edges[1]).toMatchObject({ type: 'MET_WITH', years: [], modalities: ['reported'] });
  });

  it('includes negated claims on request (weight 0), applies minSources and limit after the totals', () => {
    const all = aggregateClaimRows(rows, parseGraphFilters({ includeNegated: true }));
    expect(all.totalClaims).toBe(5);
    expect(all.edges.find((e) => e.type === 'SUPPORTS')).toMatchObject({ count: 1, weight: 0 });
    const corroborated = aggregateClaimRows(rows, parseGraphFilters({ minSources: 2 }));
    expect(corroborated.edges.map((e) => e.type)).toEqual(['ATTACKED']);
    const limited = aggregateClaimRows(rows, parseGraphFilters({ limit: 1 }));
    expect([limited.edges.length, limited.totalEdges]).toEqual([1, 2]);
  });
});
