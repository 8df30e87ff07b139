import { describe, expect, it } from 'vitest';
import { formatNumber, formatSummary, summarize } from '../../../bench/report/stats';

describe('summarize', () => {
  it('gives the median, quartiles and range', () => {
    expect(summarize([5, 1, 3])).toEqual({ median: 3, q1: 2, q3: 4, min: 1, max: 5, n: 3 });
    expect(summarize([4, 1, 2, 3]).median).toBe(2.5);
  });

  it('rejects empty and non-finite input', () => {
    expect(() => summarize([])).toThrow(/no values/);
    expect(() => summarize([1, NaN])).toThrow(/non-finite/);
  });

  it('formats a single value alone and several with their range', () => {
    expect(formatSummary(summarize([1234.4]))).toBe('1,234');
    expect(formatSummary(summarize([10, 12.5, 11]))).toBe('11 (10–12.5)');
    expect(formatNumber(0.01234)).toBe('0.012');
  });
});
