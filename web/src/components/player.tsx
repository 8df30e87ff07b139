// Evolving network player: steps the frame year through the range, cumulative or as a sliding
// window, skipping the years without claims (state/player-frames.ts). It only advances once the
// previous frame is drawn, so slow machines never skip a frame.
import { useEffect, useState } from 'react';
import { frameYears, stepFrame } from '../state/player-frames';
import type { ViewUpdate } from '../state/use-url-view';
import type { ViewState } from '../state/view-state';

export interface PlayerProps {
  view: ViewState;
  update: (change: ViewUpdate) => void;
  min: number;
  max: number;
  /** Claims per year on the chosen axis: years without claims are skipped. */
  histogram: readonly { year: number; count: number }[];
  frameReady: boolean;
  freshCount: number;
}

const STEP_MS = 1400;

export function Player({ view, update, min, max, histogram, frameReady, freshCount }: PlayerProps) {
  const [playing, setPlaying] = useState(false);
  const first = Math.max(view.yearFrom ?? min, min);
  const last = Math.min(view.yearTo ?? max, max);
  const years = frameYears(histogram, first, last);
  const lastFrame = years[years.length - 1]!;

  useEffect(() => {
    if (!playing || !frameReady) return;
    const timer = setTimeout(() => {
      if (view.frame === null) update({ frame: stepFrame(years, null, 1) });
      else if (view.frame >= lastFrame) setPlaying(false);
      else update({ frame: stepFrame(years, view.frame, 1) });
    }, view.frame === null ? 0 : STEP_MS);
    return () => clearTimeout(timer);
    // `years` is derived from the histogram and bounds listed here.
  }, [playing, frameReady, view.frame, lastFrame, histogram, first, last, update]);

  const step = (delta: 1 | -1) => {
    setPlaying(false);
    update({ frame: stepFrame(years, view.frame, delta) });
  };

  return (
    <div className="player" data-testid="player" aria-label="Evolving network player">
      <button type="button" onClick={() => step(-1)} aria-label="Previous year" title="Previous year">◀</button>
      <button type="button" className="primary" data-testid="play"
        onClick={() => {
          if (!playing && view.frame !== null && view.frame >= lastFrame) update({ frame: null });
          setPlaying(!playing);
        }}
        aria-label={playing ? 'Pause' : 'Play through the years'}>{playing ? 'Pause' : '▶ Play'}</button>
      <button type="button" onClick={() => step(1)} aria-label="Next year" title="Next year">▶</button>
      <input type="range" min={first} max={last} value={view.frame ?? last} aria-label="Frame year" disabled={last <= first}
        onChange={(e) => {
          setPlaying(false);
          update({ frame: Number(e.target.value) });
        }} />
      <span className="frame-year" data-testid="frame-year">{view.frame ?? `${first}–${last}`}</span>
      {years.length < last - first + 1 && (
        <span className="muted player-note" data-testid="player-skips" title="Years without any claim on this time axis are skipped by Play and the arrows">
          {years.length} of {last - first + 1} years have claims
        </span>
      )}
      <select value={view.playMode} aria-label="Player mode" onChange={(e) => update({ playMode: e.target.value as ViewState['playMode'] })}>
        <option value="cumulative">cumulative</option>
        <option value="window">sliding window</option>
      </select>
      {view.playMode === 'window' && (
        <label className="row">
          <input type="number" className="small" min={1} max={20} value={view.window} aria-label="Window in years"
            onChange={(e) => update({ window: Math.max(1, Math.min(20, Number(e.target.value) || 1)) })} /> yr
        </label>
      )}
      {view.frame !== null && (
        <>
          <span className="fresh-note" title="Relations new in this frame are haloed in pink">+{freshCount} new</span>
          <button type="button" onClick={() => {
            setPlaying(false);
            update({ frame: null });
          }}>Show all</button>
        </>
      )}
    </div>
  );
}
