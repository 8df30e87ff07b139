// The explorer: filters (left), the evolving actor network (centre), details / queries / paths /
// contested / upload (right). All view state lives in the URL (state/use-url-view.ts).
import type { Core } from 'cytoscape';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { GraphEdge, GraphNode, SavedQuery, SavedQueryRunResult } from '../../shared/api';
import { NEED_TOKEN_EVENT, api, describeError } from './api/client';
import { useAsync } from './api/use-async';
import { freshEdgeIds, toElements, yearBounds } from './graph/map-elements';
import { queryResultGraph } from './graph/query-result';
import { graphParams, pathParams as pathQuery, toQueryString } from './state/api-params';
import { useUrlView } from './state/use-url-view';
import { DEFAULT_VIEW, PANELS, type Panel } from './state/view-state';
import { COMMUNITY_MAX_NODES, detectCommunities } from './graph/communities';
import { ActorDetails } from './components/actor-details';
import { AnalysisPanel } from './components/analysis-panel';
import { ActorSearch } from './components/actor-search';
import { ContestedPanel } from './components/contested-panel';
import { DocumentReader } from './components/document-reader';
import { EdgeDetails } from './components/edge-details';
import { ExportMenu } from './components/export-menu';
import { FiltersPanel } from './components/filters-panel';
import { GraphCanvas, relayout } from './components/graph-canvas';
import { Legend } from './components/legend';
import { PairTimeline } from './components/pair-timeline';
import { PathsPanel } from './components/paths-panel';
import { Player } from './components/player';
import { QueriesPanel } from './components/queries-panel';
import { ReviewQueue } from './components/review-queue';
import { SettingsDialog } from './components/settings-dialog';
import { UploadPanel } from './components/upload-panel';

const PANEL_LABELS: Record<Panel, string> = {
  details: 'Details', queries: 'Queries', paths: 'Paths', contested: 'Contested', review: 'Review', analysis: 'Analysis', upload: 'Upload',
};
type QueryRun = { query: SavedQuery; result: SavedQueryRunResult };

export function App() {
  const [view, update] = useUrlView();
  const [statsNonce, setStatsNonce] = useState(0);
  const stats = useAsync((s) => api.stats(s), String(statsNonce));
  const documents = useAsync((s) => api.documents({ limit: '1000' }, s), String(statsNonce));
  const params = graphParams(view);
  const graphKey = toQueryString(params) + `#${statsNonce}`;
  const graph = useAsync((s) => api.graph(params, s), graphKey);
  const pathParams = pathQuery(view);
  const paths = useAsync(pathParams ? (s) => api.paths(pathParams, s) : null, `${JSON.stringify(pathParams)}#${statsNonce}`);
  const [queryRun, setQueryRun] = useState<QueryRun | null>(null);
  const [cy, setCy] = useState<Core | null>(null);
  const [legendCollapsed, setLegendCollapsed] = useState(false);
  /** Narrow windows (≤ 1180 px) show the filters as a drawer over the canvas, opened from the top bar. */
  const [filtersOpen, setFiltersOpen] = useState(false);
  const [settingsOpen, setSettingsOpen] = useState<false | 'asked' | 'opened'>(false);
  useEffect(() => {
    const ask = () => setSettingsOpen('asked');
    window.addEventListener(NEED_TOKEN_EVENT, ask);
    return () => window.removeEventListener(NEED_TOKEN_EVENT, ask);
  }, []);

  // Edges new in this player frame, against the previous frame.
  const previousFrame = useRef<{ frame: number | null; ids: Set<string> }>({ frame: null, ids: new Set() });
  const histogram = stats.data ? (view.timeAxis === 'event' ? stats.data.byYear : stats.data.byReportedYear) : [];
  const bounds = yearBounds(histogram);
  const firstYear = Math.max(view.yearFrom ?? bounds?.min ?? 0, bounds?.min ?? 0);
  const fresh = useMemo(() => {
    if (!graph.data || view.frame === null) return new Set<string>();
    const p = previousFrame.current;
    const prev = p.frame !== null && p.frame === view.frame - 1 ? p.ids : view.frame === firstYear ? new Set<string>() : null;
    return freshEdgeIds(prev, graph.data.edges);
    // Recomputed when a new graph arrives; the frame it belongs to is read with it.
  }, [graph.data]);
  useEffect(() => {
    if (graph.data) previousFrame.current = { frame: view.frame, ids: new Set(graph.data.edges.map((e) => e.data.id)) };
  }, [graph.data]);

  // A saved query that returns only a table leaves the network on the canvas (its table is in the panel).
  const queryGraph = queryRun && queryRun.result.graph.nodes.length > 0 ? queryRun : null;
  const shown = useMemo((): { nodes: GraphNode[]; edges: GraphEdge[] } => {
    if (queryGraph) return queryResultGraph(queryGraph.result);
    const base = graph.data ?? { nodes: [], edges: [] };
    if (!paths.data) return base;
    // Path actors filtered out of the main view are added so the whole path is visible.
    const nodeIds = new Set(base.nodes.map((n) => n.data.id));
    const edgeIds = new Set(base.edges.map((e) => e.data.id));
    return {
      nodes: [...base.nodes, ...paths.data.graph.nodes.filter((n) => !nodeIds.has(n.data.id))],
      edges: [...base.edges, ...paths.data.graph.edges.filter((e) => !edgeIds.has(e.data.id))],
    };
  }, [graph.data, paths.data, queryGraph]);
  const communities = useMemo(() => (view.communities && shown.nodes.length <= COMMUNITY_MAX_NODES
    ? detectCommunities(shown.nodes.map((n) => n.data.id), shown.edges.map((e) => ({ source: e.data.source, target: e.data.target, weight: e.data.count })))
    : null), [shown, view.communities]);
  const elements = useMemo(() => toElements(shown, { sizeBy: view.sizeBy, fresh, ...(communities ? { communities } : {}) }), [shown, view.sizeBy, fresh, communities]);
  const highlight = useMemo(() => (paths.data && !queryGraph
    ? { nodes: paths.data.graph.nodes.map((n) => n.data.id), edges: paths.data.graph.edges.map((e) => e.data.id) }
    : null), [paths.data, queryGraph]);

  const names = useCallback((id: string) => {
    const n = shown.nodes.find((x) => x.data.id === id) ?? paths.data?.graph.nodes.find((x) => x.data.id === id);
    return n?.data.label ?? id;
  }, [shown, paths.data]);

  const focusActor = useCallback((id: string) => {
    setQueryRun(null);
    update({ actors: [id], selected: { kind: 'node', id }, panel: 'details' }, { push: true });
  }, [update]);
  const expandActor = useCallback((id: string) => {
    setQueryRun(null);
    update((v) => ({ actors: v.actors.includes(id) ? v.actors : [...v.actors, id], selected: { kind: 'node', id } }), { push: true });
  }, [update]);

  const selectedEdge = view.selected?.kind === 'edge' ? shown.edges.find((e) => e.data.id === view.selected!.id) : undefined;
  const canvasQuery = queryGraph ? `query:${queryGraph.query.id}:${queryGraph.result.elapsedMs}` : graphKey + (paths.data ? '+paths' : '');
  const loading = !queryGraph && (graph.status === 'loading' || graph.status === 'idle' || (pathParams !== null && paths.status === 'loading'));
  const empty = !queryGraph && graph.status === 'ready' && graph.data.edges.length === 0 && graph.data.nodes.length === 0;

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !view.doc && view.selected) update({ selected: null });
      // "/" jumps to the actor search, as in most analyst tools.
      const typing = e.target instanceof HTMLElement && /^(INPUT|TEXTAREA|SELECT)$/.test(e.target.tagName);
      if (e.key === '/' && !typing) {
        e.preventDefault();
        document.querySelector<HTMLInputElement>('[data-testid=actor-search] input')?.focus();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [view.doc, view.selected, update]);

  return (
    <div className={`app${filtersOpen ? ' filters-open' : ''}`}>
      <header className="topbar">
        <h1 className="brand"><span className="logo" aria-hidden="true" />Actorscope</h1>
        <button type="button" className="filters-toggle" aria-expanded={filtersOpen} data-testid="filters-toggle" onClick={() => setFiltersOpen((o) => !o)}>Filters</button>
        <ActorSearch label="Search actors" placeholder="Search actors and aliases…  ( / )" testId="actor-search" onChoose={(a) => focusActor(a.id)} />
        {view.actors.length > 0 && (
          <div className="focus-chips" data-testid="focus-chips">
            <span className="muted">Focus:</span>
            {view.actors.map((id) => (
              <span key={id} className="chip">
                {names(id)}
                <button type="button" aria-label={`Remove ${names(id)} from focus`} onClick={() => update((v) => ({ actors: v.actors.filter((a) => a !== id) }), { push: true })}>×</button>
              </span>
            ))}
            <select value={view.depth} aria-label="Neighbourhood depth" onChange={(e) => update({ depth: Number(e.target.value) })}>
              {[1, 2, 3].map((d) => <option key={d} value={d}>{d} hop{d > 1 ? 's' : ''}</option>)}
            </select>
            <button type="button" className="link" onClick={() => update({ actors: [] }, { push: true })}>show all</button>
          </div>
        )}
        <div className="spacer" />
        {queryGraph ? (
          <span className="counts muted" data-testid="counts" title={`On the canvas: the result of the saved query ${queryGraph.query.name}`}>
            Query result: {shown.nodes.length} actors · {shown.edges.length} relations
          </span>
        ) : (
          <span className="counts muted" data-testid="counts" title="On the canvas, under the current filters (the database totals are in the Details panel)">
            {graph.data && `Shown: ${graph.data.meta.returnedNodes} actors · ${graph.data.meta.returnedEdges} relations · ${graph.data.meta.totalClaims} claims`}
          </span>
        )}
        <button type="button" onClick={() => cy && relayout(cy)} title="Run the layout again from scratch">Re-layout</button>
        <ExportMenu cy={cy} params={params} communities={communities !== null} />
        <button type="button" onClick={() => setSettingsOpen('opened')} aria-label="Settings" title="Settings (API token)">⚙</button>
      </header>

      <FiltersPanel view={view} update={update} stats={stats.data} documents={documents.data?.documents ?? []} />

      <main className="stage">
        <div className="canvas-wrap">
        <GraphCanvas elements={elements} query={canvasQuery} loading={loading} selected={view.selected} highlight={highlight}
          onSelect={(sel) => update({ selected: sel, ...(sel ? { panel: 'details' as const } : {}) })}
          onExpand={expandActor} onReady={setCy} keepViewport={view.frame !== null} />
        {queryGraph && (
          <div className="banner" data-testid="query-banner">
            Showing the result of <b>{queryGraph.query.name}</b>
            <button type="button" onClick={() => setQueryRun(null)}>Back to the network</button>
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
        {bounds && !queryGraph && (
          <Player view={view} update={update} min={bounds.min} max={bounds.max} histogram={histogram} frameReady={!loading && graph.status === 'ready'} freshCount={fresh.size} />
        )}
      </main>

      <aside className="side" aria-label="Details and tools">
        <nav className="tabs" role="tablist">
          {PANELS.map((p) => (
            <button key={p} type="button" role="tab" aria-selected={view.panel === p} className={view.panel === p ? 'on' : ''} data-testid={`tab-${p}`}
              onClick={() => update({ panel: p })}>
              {PANEL_LABELS[p]}
              {p === 'contested' && graph.data && <span className="count">{graph.data.edges.filter((e) => e.data.contested).length}</span>}
            </button>
          ))}
        </nav>
        <div className="panel" role="tabpanel">
          {view.panel === 'details' && (
            view.selected?.kind === 'node' ? (
              <ActorDetails id={view.selected.id} view={view} onFocus={focusActor}
                onSelectActor={(id) => update({ selected: { kind: 'node', id } }, { push: true })} />
            ) : selectedEdge ? (
              <>
                <PairTimeline key={selectedEdge.data.id} a={selectedEdge.data.source} b={selectedEdge.data.target} names={names} view={view} />
                <EdgeDetails edge={selectedEdge.data} names={names} view={view} openDocument={(doc, claim) => update({ doc, claim }, { push: true })}
                  onReviewed={() => setStatsNonce((n) => n + 1)} />
              </>
            ) : (
              <div className="intro" data-testid="details-empty">
                <h3>Explore the network</h3>
                <ul>
                  <li>Click an actor or a relation to see its details and evidence.</li>
                  <li>Hover to highlight a neighbourhood; double-click an actor to expand around it.</li>
                  <li>Press ▶ to watch the network evolve year by year.</li>
                </ul>
                {stats.data && (
                  <p className="muted" data-testid="database-totals">In the database, whatever the filters: {stats.data.totals.actors} actors · {stats.data.totals.claims} claims · {stats.data.totals.documents} documents · {stats.data.totals.publishers} publishers</p>
                )}
                {stats.status === 'error' && <div className="notice error" role="alert">{describeError(stats.error)}</div>}
              </div>
            )
          )}
          {view.panel === 'queries' && <QueriesPanel view={view} update={update} result={queryRun} onResult={setQueryRun} />}
          {view.panel === 'paths' && <PathsPanel view={view} update={update} paths={pathParams ? paths : null} names={names} />}
          {view.panel === 'contested' && (
            <ContestedPanel edges={graph.data?.edges ?? []} names={names} includeNegated={view.includeNegated}
              onSelect={(id) => update({ selected: { kind: 'edge', id }, panel: 'details' })} />
          )}
          {view.panel === 'review' && (
            <ReviewQueue view={view} openDocument={(doc, claim) => update({ doc, claim }, { push: true })} onReviewed={() => setStatsNonce((n) => n + 1)} />
          )}
          {view.panel === 'analysis' && (
            <AnalysisPanel graph={shown} communities={communities} coloured={view.communities} update={update} />
          )}
          {view.panel === 'upload' && (
            <UploadPanel onDone={() => setStatsNonce((n) => n + 1)} showSource={(doc) => update({ sources: [doc], frame: null }, { push: true })} />
          )}
        </div>
      </aside>

      {view.doc && (
        <DocumentReader id={view.doc} claimId={view.claim} onClose={() => update({ doc: null, claim: null })}
          onDeleted={({ id }) => {
            update((v) => ({ doc: null, claim: null, sources: v.sources.filter((s) => s !== id) }));
            setStatsNonce((n) => n + 1);
          }} />
      )}
      {settingsOpen && <SettingsDialog asked={settingsOpen === 'asked'} onClose={() => setSettingsOpen(false)} />}
    </div>
  );
}
