// Cooperation–conflict over time between the two actors of an edge (GET /api/timeline?actors=a,b,
// both directions, every relation type), opened from the edge's details.
import { useState } from 'react';
import { api } from '../api/client';
import { useAsync } from '../api/use-async';
import type { ViewState } from '../state/view-state';
import { ActorChart } from './actor-chart';

export interface PairTimelineProps {
  a: string;
  b: string;
  names: (id: string) => string;
  view: ViewState;
}

export function PairTimeline({ a, b, names, view }: PairTimelineProps) {
  const [open, setOpen] = useState(false);
  return (
    <div className="pair-timeline">
      <button type="button" className="link" aria-expanded={open} data-testid="pair-chart-open" onClick={() => setOpen((o) => !o)}>
        {open ? '▾' : '▸'} Cooperation–conflict over time: {names(a)} ↔ {names(b)}
      </button>
      {open && <PairChart a={a} b={b} view={view} />}
    </div>
  );
}

function PairChart({ a, b, view }: { a: string; b: string; view: ViewState }) {
  const key = `${a},${b}|${view.timeAxis}`;
  const timeline = useAsync((s) => api.timeline({ actors: `${a},${b}`, timeAxis: view.timeAxis, includeNegated: 'true' }, s), key);
  if (timeline.status === 'error') return <p className="muted">Timeline unavailable.</p>;
  if (timeline.status !== 'ready') return <p className="muted">Loading…</p>;
  const total = timeline.data.years.reduce((n, y) => n + y.total, 0);
  const undated = timeline.data.undated;
  return (
    <div data-testid="pair-chart">
      <p className="muted">
        Every relation between the two, both directions, per {view.timeAxis === 'event' ? 'event year' : 'publication year'}: {total} dated
        claim{total === 1 ? '' : 's'} (denials count, with no weight){undated > 0 ? `; ${undated} without a year are not in the chart` : ''}.
      </p>
      <ActorChart years={timeline.data.years} />
    </div>
  );
}
