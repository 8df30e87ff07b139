import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aggregateClaimRows, aggregateEdgeParts, edgeKeyOf, firstInOrder, type ClaimRow, type EdgePart } from '../../../server/queries/aggregate-claims';
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
    expect(corroborated.edges[0]).toMatchObject({ assertedDocs: ['d1', 'd2'], assertedPublishers: ['P', 'Q'], negatedDocs: ['d3'] });
    // Denials are never support: two documents denying a relation do not make it corroborated.
    const denied = [row({ type: 'SUPPORTS', negated: true, doc: 'd5' }), row({ type: 'SUPPORTS', negated: true, doc: 'd6', publisher: 'Q' })];
    for (const includeNegated of [false, true]) {
      const twice = aggregateClaimRows([...rows, ...denied], parseGraphFilters({ minSources: 2, includeNegated }));
      expect(twice.edges.map((e) => e.type), `includeNegated=${includeNegated}`).toEqual(['ATTACKED']);
      expect(aggregateClaimRows([...rows, ...denied], parseGraphFilters({ minSources: 1, includeNegated })).edges.some((e) => e.type === 'SUPPORTS')).toBe(false);
    }
    expect(aggregateClaimRows(denied, parseGraphFilters({ includeNegated: true })).edges).toMatchObject([{ type: 'SUPPORTS', count: 2, assertedDocs: [], negatedDocs: ['d5', 'd6'] }]);
    const limited = aggregateClaimRows(rows, parseGraphFilters({ limit: 1 }));
    expect([limited.edges.length, limited.totalEdges]).toEqual([1, 2]);
  });
});

describe('firstInOrder', () => {
  it('gives the first k of a total order, sorted, as sorting them all does', () => {
    // Pairs ordered by the first number descending, then the second: a total order once pairs are distinct, like the graph's ranks.
    const order = (a: [number, number], b: [number, number]) => b[0] - a[0] || a[1] - b[1];
    fc.assert(fc.property(fc.uniqueArray(fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 500 })), { selector: ([x, y]) => `${x},${y}` }), fc.nat(60), (items, k) => {
      const expected = items.slice().sort(order).slice(0, k);
      expect(firstInOrder(items.slice(), k, order)).toEqual(expected);
    }), { numRuns: 500 });
  });
});

describe('aggregateEdgeParts', () => {
  it('folds parts carrying their key (aggregate rows) with parts without one', () => {
    const part = (over: Partial<EdgePart>): EdgePart => ({
      source: 'a', type: 'ATTACKED', target: 'b', year: 2001, publisher: 'P', modality: 'asserted', negated: false, count: 1, weightMicro: -5, docs: ['d1'], ...over,
    });
    const parts = [part({}), part({ docs: ['d2'], year: 2002 }), part({ target: 'c' }), part({ source: 'c', target: 'a', count: 3 }), part({ target: 'c', negated: true, docs: ['d3'] })];
    const filters = parseGraphFilters({ includeNegated: true, limit: 2 });
    // Every other part keyed: parts of one edge meet under one key whichever way it was made.
    const keyed = aggregateEdgeParts(parts.map((p, i) => (i % 2 === 0 ? { ...p, key: edgeKeyOf(p) } : p)), filters);
    expect(keyed).toEqual(aggregateEdgeParts(parts, filters));
    expect(keyed.edges.map((e) => [e.source, e.target, e.count])).toEqual([['c', 'a', 3], ['a', 'b', 2]]);
    expect(keyed.totalEdges).toBe(3);
  });
});

describe('aggregateEdgeParts against a plain fold', () => {
  /** Every edge summed from its parts with sets, ranked by a full sort: what the fold must return. */
  function plainFold(parts: EdgePart[], includeNegated: boolean, minSources: number | undefined, limit: number) {
    const byEdge = new Map<string, EdgePart[]>();
    for (const p of parts) byEdge.set(edgeKeyOf(p), [...(byEdge.get(edgeKeyOf(p)) ?? []), p]);
    const edges = [...byEdge.values()].map((ps) => {
      const counted = ps.filter((p) => includeNegated || !p.negated);
      const asserted = ps.filter((p) => !p.negated);
      const distinct = <T>(xs: Array<T | null>) => [...new Set(xs.filter((x): x is T => x !== null))];
      return {
        source: ps[0]!.source, type: ps[0]!.type, target: ps[0]!.target,
        count: counted.reduce((n, p) => n + p.count, 0), years: distinct(counted.map((p) => p.year)),
        documents: distinct(counted.flatMap((p) => p.docs)), publishers: distinct(counted.map((p) => p.publisher)),
        weight: asserted.filter((p) => counted.includes(p)).reduce((n, p) => n + p.weightMicro, 0) / 1_000_000,
        negatedCount: ps.filter((p) => p.negated).reduce((n, p) => n + p.count, 0), assertedCount: asserted.reduce((n, p) => n + p.count, 0),
        assertedDocs: distinct(asserted.flatMap((p) => p.docs)), assertedPublishers: distinct(asserted.map((p) => p.publisher)),
        negatedDocs: distinct(ps.filter((p) => p.negated).flatMap((p) => p.docs)), modalities: distinct(counted.map((p) => p.modality)),
      };
    }).filter((e) => e.count > 0 && (minSources === undefined || e.assertedDocs.length >= minSources));
    const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
    edges.sort((a, b) => b.count - a.count || b.documents.length - a.documents.length || cmp(a.source, b.source) || cmp(a.type, b.type) || cmp(a.target, b.target));
    const nodes = new Set(edges.flatMap((e) => [e.source, e.target]));
    return { edges: edges.slice(0, limit), totalEdges: edges.length, totalClaims: edges.reduce((n, e) => n + e.count, 0), totalNodes: nodes.size };
  }

  const actor = fc.constantFrom('a', 'b', 'c');
  const partArb: fc.Arbitrary<EdgePart> = fc.record({
    source: actor, type: fc.constantFrom('ATTACKED', 'MET_WITH'), target: actor,
    year: fc.option(fc.integer({ min: 2000, max: 2003 }), { nil: null }), publisher: fc.option(fc.constantFrom('P', 'Q'), { nil: null }),
    modality: fc.option(fc.constantFrom('asserted', 'reported'), { nil: null }), negated: fc.boolean(), count: fc.integer({ min: 1, max: 4 }),
    weightMicro: fc.integer({ min: -20_000_000, max: 20_000_000 }),
    docs: fc.uniqueArray(fc.constantFrom('d1', 'd2', 'd3', 'd4'), { maxLength: 3 }).map((d) => d.sort()),
  });

  it('returns what summing every edge and sorting them all returns (edges of one part and of several)', () => {
    fc.assert(fc.property(fc.array(partArb, { maxLength: 14 }), fc.boolean(), fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }), fc.integer({ min: 1, max: 8 }),
      (parts, includeNegated, minSources, limit) => {
        const filters = parseGraphFilters({ includeNegated, limit, ...(minSources === undefined ? {} : { minSources }) });
        const folded = aggregateEdgeParts(parts.map((p) => ({ ...p })), filters);
        expect({ ...folded, edges: folded.edges.map((e) => ({ ...e })) }).toEqual(plainFold(parts, includeNegated, minSources, limit));
      }), { numRuns: 1000 });
  });
});
