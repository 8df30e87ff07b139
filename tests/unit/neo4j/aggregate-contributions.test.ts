import { describe, expect, it } from 'vitest';
import { contributionsOf, edgeKey, type ContributionRow } from '../../../neo4j/aggregate-contributions';

const row = (over: Partial<ContributionRow>): ContributionRow => ({
  docId: 'd1', source: 'a', type: 'ATTACKED', target: 'b', year: 2021, publishedYear: 2022, negated: false, modality: 'asserted', publisher: 'P', n: 1, micro: 500_000, ...over,
});

describe('contributionsOf', () => {
  it('sums claims and weights per key, keeps each document once, sorted', () => {
    const c = contributionsOf([row({ docId: 'd2', n: 2, micro: 1_000_000 }), row({}), row({ year: null })]);
    expect(c.edges.map((e) => [e.key, e.n, e.micro, e.docs])).toEqual([
      [edgeKey({ ...row({}), year: 2021 }), 3, 1_500_000, ['d1', 'd2']],
      [edgeKey({ ...row({}), year: null }), 1, 500_000, ['d1']],
    ].sort((x, y) => (String(x[0]) < String(y[0]) ? -1 : 1)));
    expect(c.documents).toEqual([{ id: 'd1', n: 2 }, { id: 'd2', n: 2 }]);
    expect(c.tallies.map((t) => t.n).sort()).toEqual([1, 3]);
  });

  it('keys differ on every field, and null differs from every value', () => {
    const base = row({});
    const keys = new Set([
      base, { ...base, source: 'x' }, { ...base, type: 'WARNED' }, { ...base, target: 'x' }, { ...base, year: null }, { ...base, publishedYear: null },
      { ...base, negated: true }, { ...base, modality: null }, { ...base, publisher: null },
    ].map(edgeKey));
    expect(keys.size).toBe(9);
  });
});
