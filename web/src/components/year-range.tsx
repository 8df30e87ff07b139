// Year-range slider drawn over a histogram of claims per year (two range inputs sharing one track).
export interface YearRangeProps {
  histogram: { year: number; count: number }[];
  min: number;
  max: number;
  from: number;
  to: number;
  /** The player's current year, marked on the histogram. */
  frame: number | null;
  onChange: (from: number, to: number) => void;
}

export function YearRange({ histogram, min, max, from, to, frame, onChange }: YearRangeProps) {
  const years = Array.from({ length: max - min + 1 }, (_, i) => min + i);
  const counts = new Map(histogram.map((b) => [b.year, b.count]));
  const peak = Math.max(1, ...years.map((y) => counts.get(y) ?? 0));
  return (
    <div className="year-range" data-testid="year-range">
      <div className="histogram" aria-hidden="true">
        {years.map((y) => {
          const c = counts.get(y) ?? 0;
          const inRange = y >= from && y <= to;
          return (
            <div key={y} className={`bar${inRange ? ' in' : ''}${frame === y ? ' frame' : ''}`} title={`${y}: ${c} claims`}>
              <div className="fill" style={{ height: `${Math.max(c ? 6 : 0, (c / peak) * 100)}%` }} />
            </div>
          );
        })}
      </div>
      {max > min && (
        <div className="sliders">
          <input
            type="range" min={min} max={max} step={1} value={from} aria-label="First year" data-testid="year-from"
            onChange={(e) => onChange(Math.min(Number(e.target.value), to), to)}
          />
          <input
            type="range" min={min} max={max} step={1} value={to} aria-label="Last year" data-testid="year-to"
            onChange={(e) => onChange(from, Math.max(Number(e.target.value), from))}
          />
        </div>
      )}
      <div className="year-labels">
        <span data-testid="year-from-label">{from}</span>
        <span className="muted">{histogram.reduce((s, b) => s + (b.year >= from && b.year <= to ? b.count : 0), 0)} claims in range</span>
        <span data-testid="year-to-label">{to}</span>
      </div>
    </div>
  );
}
