// The centre of the explorer: the canvas with its banners and overlays (loading, error, no match, a
// saved query's graph), the legend and the player.
import type { Core } from 'cytoscape';
import { useState } from 'react';
import { describeError } from '../api/client';
import { GraphCanvas } from '../components/graph-canvas';
import { Legend } from '../components/legend';
import { Player } from '../components/player';
import type { UpdateView } from '../state/use-url-view';
import { DEFAULT_VIEW, type ViewState } from '../state/view-state';
import type { CanvasGraph, QueryRun } from './use-canvas-graph';
import type { ExplorerData } from './use-explorer-data';
import type { PlayerFrames } from './use-player-frames';

export interface GraphStageProps {
  view: ViewState;
  update: UpdateView;
  data: ExplorerData;
  canvas: CanvasGraph;
  frames: PlayerFrames;
  queryRun: QueryRun | null;
  onCloseQuery: () => void;
  onExpand: (id: string) => void;
  onReady: (cy: Core) => void;
}

export function GraphStage({ view, update, data, canvas, frames, queryRun, onCloseQuery, onExpand, onReady }: GraphStageProps) {
  const [legendCollapsed, setLegendCollapsed] = useState(false);
  const { graph, stats, paths, pathParams, graphKey } = data;
  const { queryGraph } = canvas;
  const canvasQuery = queryGraph ? `query:${queryGraph.query.id}:${queryGraph.result.elapsedMs}` : graphKey + (paths.data ? '+paths' : '');
  const loading = !queryGraph && (graph.status === 'loading' || graph.status === 'idle' || (pathParams !== null && paths.status === 'loading'));
  const empty = !queryGraph && graph.status === 'ready' && graph.data.edges.length === 0 && graph.data.nodes.length === 0;
  return (
    <main className="stage">
      <div className="canvas-wrap">
      <GraphCanvas elements={canvas.elements} query={canvasQuery} loading={loading} selected={view.selected} highlight={canvas.highlight}
        onSelect={(sel) => update({ selected: sel, ...(sel ? { panel: 'details' as const } : {}) })}
        onExpand={onExpand} onReady={onReady} keepViewport={view.frame !== null} />
      {queryGraph && (
        <div className="banner" data-testid="query-banner">
          Showing the result of <b>{queryGraph.query.name}</b>
          <button type="button" onClick={onCloseQuery}>Back to the network</button>
        </div>
      )}
      {queryRun && !queryGraph && (
        <div className="banner" data-testid="query-table-banner">
          <b>{queryRun.query.name}</b> returned a table ({queryRun.result.table.rows.length} rows, no actors): see the Queries panel
        </div>
      )}
      {!queryGraph && graph.data?.meta.truncated && (
        <div className="banner warn">Showing the {graph.data.meta.returnedEdges} strongest of {graph.data.meta.totalEdges} relations. Narrow the filters to see the rest.</div>
      )}
      {loading && <div className="loading-badge" role="status" data-testid="graph-loading"><span className="spinner" aria-hidden="true" />Loading…</div>}
      {!queryGraph && graph.status === 'error' && (
        <div className="overlay" role="alert" data-testid="graph-error">
          <h2>The network could not be loaded</h2>
          <p>{describeError(graph.error)}</p>
          <button type="button" className="primary" onClick={() => {
            graph.reload();
            stats.reload();
          }}>Retry</button>
        </div>
      )}
      {empty && (
        <div className="overlay" data-testid="graph-empty">
          <h2>No claims match these filters</h2>
          <p className="muted">Widen the year range, tick more relation types or sources, or lower the corroboration threshold.</p>
          <button type="button" className="primary" onClick={() => update({ ...DEFAULT_VIEW }, { push: true })}>Reset all filters</button>
        </div>
      )}
      </div>
      <Legend collapsed={legendCollapsed} onToggle={() => setLegendCollapsed((c) => !c)} />
      {frames.bounds && !queryGraph && (
        <Player view={view} update={update} min={frames.bounds.min} max={frames.bounds.max} histogram={frames.histogram} frameReady={!loading && graph.status === 'ready'} freshCount={frames.fresh.size} />
      )}
    </main>
  );
}
