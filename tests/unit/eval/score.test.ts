import { describe, expect, it } from 'vitest';
import { compareSets, compareSetsByGroup, prfFromCounts, ratio } from '../../eval/score';
import { describeKey, keyWithYear, keyWithoutYear, negatedLoadedAsPositive, type RelationTuple } from '../../eval/relation-tuples';

const rel = (source: string, type: RelationTuple['type'], target: string, extra: Partial<RelationTuple> = {}): RelationTuple => ({
  doc: 'd1',
  source,
  type,
  target,
  year: 2021,
  negated: false,
  ...extra,
});

describe('prfFromCounts', () => {
  it('computes precision, recall and F1', () => {
    const prf = prfFromCounts(3, 1, 2);
    expect(prf.precision).toBeCloseTo(0.75);
    expect(prf.recall).toBeCloseTo(0.6);
    expect(prf.f1).toBeCloseTo((2 * 0.75 * 0.6) / 1.35);
  });

  it('leaves undefined ratios null instead of inventing 0 or 1', () => {
    expect(prfFromCounts(0, 0, 4)).toMatchObject({ precision: null, recall: 0, f1: null });
    expect(prfFromCounts(0, 2, 0)).toMatchObject({ precision: 0, recall: null, f1: null });
    expect(prfFromCounts(0, 2, 3)).toMatchObject({ precision: 0, recall: 0, f1: 0 });
  });

  it('rejects negative or fractional counts, naming the bad value', () => {
    expect(() => prfFromCounts(-1, 0, 0)).toThrow(/`tp` -1/);
    expect(() => prfFromCounts(1, 0.5, 0)).toThrow(/`fp` 0.5/);
  });
});

describe('compareSets', () => {
  it('counts keys once, whatever the duplicates, and keeps the items behind each error', () => {
    const gold = ['a', 'b', 'b', 'c'];
    const predicted = ['b', 'b', 'd', 'd', 'd'];
    const result = compareSets(gold, predicted, (x) => x, (x) => x);
    expect(result.prf).toMatchObject({ tp: 1, fp: 1, fn: 2 });
    expect(result.matched).toEqual(['b']);
    expect(result.falsePositives).toEqual([{ key: 'd', items: ['d', 'd', 'd'] }]);
    expect(result.falseNegatives.map((f) => f.key)).toEqual(['a', 'c']);
  });

  it('scores per group, including groups only one side has', () => {
    const gold = [{ k: 'x', g: 'A' }, { k: 'y', g: 'B' }];
    const predicted = [{ k: 'x', g: 'A' }, { k: 'z', g: 'C' }];
    const key = (i: { k: string }) => i.k;
    const group = (i: { g: string }) => i.g;
    const groups = compareSetsByGroup(gold, predicted, key, key, group, group);
    expect([...groups.keys()]).toEqual(['A', 'B', 'C']);
    expect(groups.get('A')).toMatchObject({ tp: 1, fp: 0, fn: 0, f1: 1 });
    expect(groups.get('B')).toMatchObject({ tp: 0, fp: 0, fn: 1, precision: null, recall: 0 });
    expect(groups.get('C')).toMatchObject({ tp: 0, fp: 1, fn: 0, precision: 0, recall: null });
  });

  it('ratio is null on an empty denominator', () => {
    expect(ratio(0, 0)).toBeNull();
    expect(ratio(1, 4)).toBe(0.25);
  });
});

describe('relation tuples', () => {
  it('compares mutual types without direction but keeps direction for the others', () => {
    expect(keyWithYear(rel('pakistan', 'COOPERATES_WITH', 'united-states'))).toBe(keyWithYear(rel('united-states', 'COOPERATES_WITH', 'pakistan')));
    expect(keyWithYear(rel('a', 'MET_WITH', 'b'))).toBe(keyWithYear(rel('b', 'MET_WITH', 'a')));
    expect(keyWithYear(rel('taliban', 'ATTACKED', 'iskp'))).not.toBe(keyWithYear(rel('iskp', 'ATTACKED', 'taliban')));
  });

  it('treats polarity as part of the tuple and year only in the with-year key', () => {
    expect(keyWithoutYear(rel('a', 'SUPPORTS', 'b', { negated: true }))).not.toBe(keyWithoutYear(rel('a', 'SUPPORTS', 'b')));
    expect(keyWithoutYear(rel('a', 'SUPPORTS', 'b', { year: 1980 }))).toBe(keyWithoutYear(rel('a', 'SUPPORTS', 'b', { year: null })));
    expect(keyWithYear(rel('a', 'SUPPORTS', 'b', { year: 1980 }))).not.toBe(keyWithYear(rel('a', 'SUPPORTS', 'b', { year: null })));
    expect(describeKey(keyWithYear(rel('taliban', 'COOPERATES_WITH', 'united-states', { negated: true })))).toBe(
      'd1: taliban NOT COOPERATES_WITH united-states (2021)',
    );
  });

  it('flags a positive claim whose only gold counterpart is negated, in either direction for mutual types', () => {
    const gold = [
      rel('pakistan', 'COOPERATES_WITH', 'united-states', { negated: true }),
      rel('taliban', 'COOPERATES_WITH', 'united-states', { negated: true }),
      rel('taliban', 'COOPERATES_WITH', 'united-states', { doc: 'd2' }),
    ];
    const extracted = [
      rel('united-states', 'COOPERATES_WITH', 'pakistan'), // loaded as positive: flagged
      rel('pakistan', 'COOPERATES_WITH', 'united-states', { negated: true }), // correct
      rel('taliban', 'COOPERATES_WITH', 'united-states', { doc: 'd2' }), // gold positive exists
      rel('iskp', 'ATTACKED', 'taliban'), // unrelated
    ];
    expect(negatedLoadedAsPositive(gold, extracted)).toEqual([extracted[0]]);
  });
});
