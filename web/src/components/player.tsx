// Evolving network player: steps the frame year through the range, cumulative or as a sliding
// window. It only advances once the previous frame is drawn, so slow machines never skip years.
import { useEffect, useState } from 'react';
import type { ViewUpdate } from '../state/use-url-view';
import type { ViewState } from '../state/view-state';

export interface PlayerProps {
  view: ViewState;
  update: (change: ViewUpdate) => void;
  min: number;
  max: number;
  frameReady: boolean;
  freshCount: number;
}

const STEP_MS = 1400;

export function Player({ view, update, min, max, frameReady, freshCount }: PlayerProps) {
  const [playing, setPlaying] = useState(false);
  const first = Math.max(view.yearFrom ?? min, min);
  const last = Math.min(view.yearTo ?? max, max);

  useEffect(() => {
    if (!playing || !frameReady) return;
    const timer = setTimeout(() => {
      if (view.frame === null) update({ frame: first });
      else if (view.frame >= last) setPlaying(false);
      else update({ frame: view.frame + 1 });
    }, view.frame === null ? 0 : STEP_MS);
    return () => clearTimeout(timer);
  }, [playing, frameReady, view.frame, first, last, update]);

  const step = (delta: number) => {
    setPlaying(false);
    const current = view.frame ?? (delta > 0 ? first - 1 : last + 1);
    update({ frame: Math.min(last, Math.max(first, current + delta)) });
  };

  return (
    <div className="player" data-testid="player" aria-label="Evolving network player">
      <button type="button" onClick={() => step(-1)} aria-label="Previous year" title="Previous year">◀</button>
      <button type="button" className="primary" data-testid="play"
        onClick={() => {
          if (!playing && view.frame !== null && view.frame >= last) update({ frame: null });
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
