// The player's frames: the claims-per-year histogram on the view's time axis, its year bounds, and the
// edges new in this frame against the previous one (shown with a halo).
import { useEffect, useMemo, useRef } from 'react';
import type { GraphResponse, StatsResponse } from '../../../shared/api';
import { freshEdgeIds, yearBounds } from '../graph/map-elements';
import type { ViewState } from '../state/view-state';

export function usePlayerFrames(view: ViewState, stats: StatsResponse | null, graph: GraphResponse | null) {
  const previousFrame = useRef<{ frame: number | null; ids: Set<string> }>({ frame: null, ids: new Set() });
  const histogram = stats ? (view.timeAxis === 'event' ? stats.byYear : stats.byReportedYear) : [];
  const bounds = yearBounds(histogram);
  const firstYear = Math.max(view.yearFrom ?? bounds?.min ?? 0, bounds?.min ?? 0);
  const fresh = useMemo(() => {
    if (!graph || view.frame === null) return new Set<string>();
    const p = previousFrame.current;
    const prev = p.frame !== null && p.frame === view.frame - 1 ? p.ids : view.frame === firstYear ? new Set<string>() : null;
    return freshEdgeIds(prev, graph.edges);
    // Recomputed when a new graph arrives; the frame it belongs to is read with it.
  }, [graph]);
  useEffect(() => {
    if (graph) previousFrame.current = { frame: view.frame, ids: new Set(graph.edges.map((e) => e.data.id)) };
  }, [graph]);
  return { histogram, bounds, fresh };
}
export type PlayerFrames = ReturnType<typeof usePlayerFrames>;
