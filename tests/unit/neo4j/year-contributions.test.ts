import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contributionsOf, edgeKey, type ContributionRow } from '../../../neo4j/aggregate-contributions';
import { actorYearDeltas, yearEdgeKey, yearEdgePartsPrefix, yearEdgeRank, yearEdgesOf } from '../../../neo4j/year-contributions';

const row = (over: Partial<ContributionRow>): ContributionRow => ({
  docId: 'd1', source: 'a', type: 'ATTACKED', target: 'b', year: 2021, publishedYear: 2021, negated: false, modality: null, publisher: null, n: 1, micro: 0, ...over,
});

describe('yearEdgesOf', () => {
  it('sums the asserted, dated claims per (source, type, target, year), counting each document once', () => {
    const c = contributionsOf([
      row({ docId: 'd1', publisher: 'P', n: 2 }),
      row({ docId: 'd1', publisher: 'Q', modality: 'reported' }),
      row({ docId: 'd2', publishedYear: 2022 }),
      row({ docId: 'd3', negated: true }),
      row({ docId: 'd4', year: null }),
      row({ docId: 'd5', year: 2022 }),
    ]);
    expect(yearEdgesOf(c.edges).map(({ key: _key, ...e }) => e)).toEqual([
      { source: 'a', type: 'ATTACKED', target: 'b', year: 2021, n: 4, docs: 2 },
      { source: 'a', type: 'ATTACKED', target: 'b', year: 2022, n: 1, docs: 1 },
    ]);
  });
});

describe('yearEdgePartsPrefix', () => {
  it('starts the key of every fine aggregate of the year edge, and of no other', () => {
    const fine = edgeKey({ source: 'a', type: 'ATTACKED', target: 'b', year: 2021, publishedYear: 2022, negated: true, modality: null, publisher: 'P' });
    expect(fine.startsWith(yearEdgePartsPrefix(yearEdgeKey('a', 'ATTACKED', 'b', 2021)))).toBe(true);
    expect(fine.startsWith(yearEdgePartsPrefix(yearEdgeKey('a', 'ATTACKED', 'b', 202)))).toBe(false);
    expect(fine.startsWith(yearEdgePartsPrefix(yearEdgeKey('a', 'ATTACKED', 'b-c', 2021)))).toBe(false);
  });
});

describe('actorYearDeltas', () => {
  it('counts an edge once per end (once for a loop) and its claims for the source only', () => {
    expect(actorYearDeltas([
      { source: 'a', target: 'b', year: 2021, n: 3, edges: 1 },
      { source: 'a', target: 'a', year: 2021, n: 1, edges: 1 },
      { source: 'b', target: 'a', year: 2021, n: -2, edges: 0 },
    ]).map(({ key: _key, ...d }) => d)).toEqual([
      { actor: 'a', year: 2021, deg: 2, out: 2, outClaims: 4 },
      { actor: 'b', year: 2021, deg: 1, out: 0, outClaims: -2 },
    ]);
  });

  it('leaves out actors whose counts do not change', () => {
    expect(actorYearDeltas([{ source: 'a', target: 'b', year: 2021, n: 0, edges: 0 }])).toEqual([]);
  });
});

describe('yearEdgeRank', () => {
  it('sorts as the graph ranks its edges: claims, documents descending, then source, type, target', () => {
    const id = fc.stringMatching(/^[a-z][a-z-]{0,6}$/);
    const edge = fc.record({ source: id, type: fc.constantFrom('ATTACKED', 'MET_WITH'), target: id, n: fc.integer({ min: 1, max: 50 }), docs: fc.integer({ min: 1, max: 50 }) });
    const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
    fc.assert(fc.property(edge, edge, (a, b) => {
      const graphOrder = b.n - a.n || b.docs - a.docs || compare(a.source, b.source) || compare(a.type, b.type) || compare(a.target, b.target);
      expect(Math.sign(compare(yearEdgeRank(a), yearEdgeRank(b)))).toBe(Math.sign(graphOrder));
    }));
  });
});
