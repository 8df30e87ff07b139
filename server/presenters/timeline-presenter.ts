// Per-year rows (year, type, negated, count, weight sum) → the timeline: counts by type and the net
// cooperation–conflict score. Pure, so the arithmetic is unit-tested.
import type { TimelineYear } from '../../shared/api';
import { toInt, toNumber } from './values';

export interface TimelineRow {
  year: unknown;
  type: string;
  negated: boolean;
  count: unknown;
  /** Sum of the claim weights of this (year, type, negated) group. */
  weight: unknown;
}

const round = (n: number) => Math.round(n * 1000) / 1000;

export function presentTimeline(rows: TimelineRow[]): { years: TimelineYear[]; undated: number } {
  const byYear = new Map<number, TimelineYear>();
  let undated = 0;
  for (const row of rows) {
    const count = toInt(row.count);
    if (row.year === null || row.year === undefined) {
      undated += count;
      continue;
    }
    const year = toInt(row.year);
    const entry = byYear.get(year) ?? { year, total: 0, byType: {}, net: 0, cooperation: 0, conflict: 0, negated: 0 };
    entry.total += count;
    entry.byType[row.type] = (entry.byType[row.type] ?? 0) + count;
    if (row.negated) {
      entry.negated += count;
    } else {
      // Negated claims ("X denied attacking Y") carry no cooperation or conflict.
      const weight = toNumber(row.weight);
      entry.net += weight;
      if (weight > 0) entry.cooperation += weight;
      else entry.conflict += weight;
    }
    byYear.set(year, entry);
  }
  const years = [...byYear.values()]
    .map((y) => ({ ...y, net: round(y.net), cooperation: round(y.cooperation), conflict: round(y.conflict) }))
    .sort((a, b) => a.year - b.year);
  return { years, undated };
}
