// Summary statistics over benchmark repeats: median with spread (IQR and min–max).
export interface Summary {
  median: number;
  q1: number;
  q3: number;
  min: number;
  max: number;
  n: number;
}

function quantile(sorted: readonly number[], q: number): number {
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  const a = sorted[lo] as number;
  const b = sorted[hi] as number;
  return a + (b - a) * (pos - lo);
}

export function summarize(values: readonly number[]): Summary {
  if (values.length === 0) throw new Error('summarize: no values.');
  if (values.some((v) => !Number.isFinite(v))) throw new Error(`summarize: non-finite value in [${values.join(', ')}].`);
  const sorted = [...values].sort((x, y) => x - y);
  return {
    median: quantile(sorted, 0.5),
    q1: quantile(sorted, 0.25),
    q3: quantile(sorted, 0.75),
    min: sorted[0] as number,
    max: sorted[sorted.length - 1] as number,
    n: sorted.length,
  };
}

/** "1,234 (IQR 1,200–1,250)" style, with a fixed number of significant digits. */
export function formatSummary(s: Summary, digits = 3): string {
  const f = (v: number) => formatNumber(v, digits);
  return s.n === 1 ? f(s.median) : `${f(s.median)} (${f(s.min)}–${f(s.max)})`;
}

export function formatNumber(value: number, digits = 3): string {
  if (value === 0) return '0';
  const abs = Math.abs(value);
  const decimals = abs >= 10 ** (digits - 1) ? 0 : Math.max(0, digits - 1 - Math.floor(Math.log10(abs)));
  return value.toLocaleString('en-US', { maximumFractionDigits: Math.min(decimals, 3), minimumFractionDigits: 0 });
}
