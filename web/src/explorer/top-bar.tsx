// The explorer's top bar: search, the focus set and its depth, what the canvas shows (counts),
// re-layout, export and settings; on narrow windows, the button that opens the filters drawer.
import type { Core } from 'cytoscape';
import type { GraphResponse } from '../../../shared/api';
import { ActorSearch } from '../components/actor-search';
import { ExportMenu } from '../components/export-menu';
import { relayout } from '../components/graph-canvas';
import type { QueryParams } from '../state/api-params';
import type { UpdateView } from '../state/use-url-view';
import type { ViewState } from '../state/view-state';
import type { QueryRun } from './use-canvas-graph';

export interface TopBarProps {
  view: ViewState;
  update: UpdateView;
  names: (id: string) => string;
  onFocus: (id: string) => void;
  filtersOpen: boolean;
  onToggleFilters: () => void;
  /** The saved query whose graph is on the canvas, if any. */
  queryGraph: QueryRun | null;
  shownCounts: { nodes: number; edges: number };
  graph: GraphResponse | null;
  cy: Core | null;
  params: QueryParams;
  communities: boolean;
  onSettings: () => void;
}

export function TopBar({ view, update, names, onFocus, filtersOpen, onToggleFilters, queryGraph, shownCounts, graph, cy, params, communities, onSettings }: TopBarProps) {
  return (
    <header className="topbar">
      <h1 className="brand"><span className="logo" aria-hidden="true" />Actorscope</h1>
      <button type="button" className="filters-toggle" aria-expanded={filtersOpen} data-testid="filters-toggle" onClick={onToggleFilters}>Filters</button>
      <ActorSearch label="Search actors" placeholder="Search actors and aliases…  ( / )" testId="actor-search" onChoose={(a) => onFocus(a.id)} />
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
          Query result: {shownCounts.nodes} actors · {shownCounts.edges} relations
        </span>
      ) : (
        <span className="counts muted" data-testid="counts" title="On the canvas, under the current filters (the database totals are in the Details panel)">
          {graph && `Shown: ${graph.meta.returnedNodes} actors · ${graph.meta.returnedEdges} relations · ${graph.meta.totalClaims} claims`}
        </span>
      )}
      <button type="button" onClick={() => cy && relayout(cy)} title="Run the layout again from scratch">Re-layout</button>
      <ExportMenu cy={cy} params={params} communities={communities} />
      <button type="button" onClick={onSettings} aria-label="Settings" title="Settings (API token)">⚙</button>
    </header>
  );
}
