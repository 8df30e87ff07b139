import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DOC_SEPARATOR, ROW_SEPARATOR, contributionsOf, edgeKey, numberAt, parseAggregatePart, parseAggregateRow, type ContributionRow,
} from '../../../neo4j/aggregate-contributions';

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

  it('parses a row for the read endpoints as parseAggregateRow does, on either time axis, empty fields as null', () => {
    const rows = [
      ['a', 'ATTACKED', 'b', '2021', '2022', 'false', 'asserted', 'Dawn', '3', '-20000000', `d1${DOC_SEPARATOR}d2`],
      ['a', 'SUPPORTS', 'c', '', '2020', 'true', '', '', '1', '0', 'd3'],
      ['x', 'MET_WITH', 'y', '1999', '', 'false', 'reported', 'P', '2', '5', ''],
      ['short', 'row'],
    ].map((fields) => fields.join(ROW_SEPARATOR));
    for (const row of rows) {
      const { publishedYear, year, ...rest } = parseAggregateRow(row);
      expect(parseAggregatePart(row, false)).toEqual({ ...rest, year });
      expect(parseAggregatePart(row, true)).toEqual({ ...rest, year: publishedYear });
    }
    expect(parseAggregatePart(rows[0]!, false)).toMatchObject({ year: 2021, count: 3, weightMicro: -20_000_000, docs: ['d1', 'd2'], negated: false });
    expect(parseAggregatePart(rows[1]!, false)).toMatchObject({ year: null, modality: null, publisher: null, docs: ['d3'], negated: true });
    expect(parseAggregatePart(rows[2]!, true)).toMatchObject({ year: null, docs: [] });
  });
});

describe('numberAt', () => {
  it('reads a number between two offsets as Number of the slice does (integers, signs, decimals, exponents, empty, long)', () => {
    const text = fc.array(fc.constantFrom('0', '1', '7', '9', '-', '+', '.', 'e', ' ', 'x'), { maxLength: 20 }).map((cs) => cs.join(''));
    fc.assert(fc.property(text, text, text, (before, field, after) => {
      const s = before + field + after;
      expect(Object.is(numberAt(s, before.length, before.length + field.length), Number(field)), JSON.stringify(field)).toBe(true);
    }), { numRuns: 2000 });
    expect(numberAt('x-20000000y', 1, 10)).toBe(-20_000_000);
    expect(Object.is(numberAt('-0', 0, 2), -0)).toBe(true);
  });

  it('lets parseAggregatePart read any row\'s numbers and polarity as parseAggregateRow does', () => {
    const num = fc.oneof(fc.integer({ min: -1e12, max: 1e12 }).map(String), fc.constantFrom('', '-', '1.5', '1e3', '0012', 'true', 'false', 'truex'));
    fc.assert(fc.property(num, num, num, num, num, (year, published, negated, count, micro) => {
      const row = ['a', 'ATTACKED', 'b', year, published, negated, 'asserted', 'P', count, micro, 'd1'].join(ROW_SEPARATOR);
      const { publishedYear, year: eventYear, ...rest } = parseAggregateRow(row);
      expect(parseAggregatePart(row, false)).toEqual({ ...rest, year: eventYear });
      expect(parseAggregatePart(row, true)).toEqual({ ...rest, year: publishedYear });
    }), { numRuns: 1000 });
  });
});
