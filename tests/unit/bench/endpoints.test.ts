import { describe, expect, it } from 'vitest';
import { endpointCases, type Probe } from '../../../bench/stages/api/endpoints';

const actors = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => ({ id: `${prefix}${i}`, name: `${prefix} actor ${i}` }));
const probe: Probe = { hub: 'b0', second: 'b1', remote: 'm0', prefix: 'b a', year: 2023, busiest: actors('b', 25), median: actors('m', 24) };
const years = (path: string) => {
  const q = new URL(path, 'http://bench').searchParams;
  return [Number(q.get('yearFrom')), Number(q.get('yearTo'))];
};

describe('endpointCases', () => {
  it("measures the whole graph of one year (issue 15's target) beside the one- to four-year ranges, cache off only", () => {
    const cases = endpointCases(probe, null);
    const oneYear = cases.find((c) => c.name === 'graph: whole, one year')!;
    const ranges = cases.find((c) => c.name === 'graph: whole, year filter')!;
    expect(oneYear.repeated).toBe(false);
    expect(oneYear.variants).toHaveLength(24);
    for (const v of oneYear.variants) expect(years(v)[0]).toBe(years(v)[1]);
    expect(new Set(oneYear.variants.map((v) => years(v)[0])).size).toBe(6);
    expect(ranges.repeated).toBeUndefined();
    expect(new Set(ranges.variants.map((v) => years(v)[1]! - years(v)[0]!))).toEqual(new Set([0, 1, 2, 3]));
  });
});
