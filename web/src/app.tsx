// The explorer: filters (left), the evolving actor network (centre), details / queries / paths /
// contested / upload (right). All view state lives in the URL (state/use-url-view.ts); what is loaded
// and what the canvas shows come from the hooks in explorer/, the columns are explorer/'s components.
import type { Core } from 'cytoscape';
import { useCallback, useState } from 'react';
import { DocumentReader } from './components/document-reader';
import { FiltersPanel } from './components/filters-panel';
import { SettingsDialog } from './components/settings-dialog';
import { GraphStage } from './explorer/graph-stage';
import { SidePanel } from './explorer/side-panel';
import { TopBar } from './explorer/top-bar';
import { useCanvasGraph, type QueryRun } from './explorer/use-canvas-graph';
import { useExplorerData } from './explorer/use-explorer-data';
import { useExplorerKeys } from './explorer/use-explorer-keys';
import { usePlayerFrames } from './explorer/use-player-frames';
import { useSettingsDialog } from './explorer/use-settings-dialog';
import { useUrlView } from './state/use-url-view';

export function App() {
  const [view, update] = useUrlView();
  const data = useExplorerData(view);
  const [queryRun, setQueryRun] = useState<QueryRun | null>(null);
  const frames = usePlayerFrames(view, data.stats.data, data.graph.data);
  const canvas = useCanvasGraph(view, data.graph.data, data.paths.data, queryRun, frames.fresh);
  const [cy, setCy] = useState<Core | null>(null);
  /** Narrow windows (≤ 1180 px) show the filters as a drawer over the canvas, opened from the top bar. */
  const [filtersOpen, setFiltersOpen] = useState(false);
  const [settingsOpen, setSettingsOpen] = useSettingsDialog();
  useExplorerKeys(view, update);

  const focusActor = useCallback((id: string) => {
    setQueryRun(null);
    update({ actors: [id], selected: { kind: 'node', id }, panel: 'details' }, { push: true });
  }, [update]);
  const expandActor = useCallback((id: string) => {
    setQueryRun(null);
    update((v) => ({ actors: v.actors.includes(id) ? v.actors : [...v.actors, id], selected: { kind: 'node', id } }), { push: true });
  }, [update]);

  return (
    <div className={`app${filtersOpen ? ' filters-open' : ''}`}>
      <TopBar view={view} update={update} names={canvas.names} onFocus={focusActor} filtersOpen={filtersOpen} onToggleFilters={() => setFiltersOpen((o) => !o)}
        queryGraph={canvas.queryGraph} shownCounts={{ nodes: canvas.shown.nodes.length, edges: canvas.shown.edges.length }} graph={data.graph.data}
        cy={cy} params={data.params} communities={canvas.communities !== null} onSettings={() => setSettingsOpen('opened')} />
      <FiltersPanel view={view} update={update} stats={data.stats.data} documents={data.documents.data?.documents ?? []} />
      <GraphStage view={view} update={update} data={data} canvas={canvas} frames={frames} queryRun={queryRun} onCloseQuery={() => setQueryRun(null)}
        onExpand={expandActor} onReady={setCy} />
      <SidePanel view={view} update={update} data={data} canvas={canvas} queryRun={queryRun} onQueryRun={setQueryRun} onFocus={focusActor} />
      {view.doc && (
        <DocumentReader id={view.doc} claimId={view.claim} onClose={() => update({ doc: null, claim: null })}
          onDeleted={({ id }) => {
            update((v) => ({ doc: null, claim: null, sources: v.sources.filter((s) => s !== id) }));
            data.refresh();
          }} />
      )}
      {settingsOpen && <SettingsDialog asked={settingsOpen === 'asked'} onClose={() => setSettingsOpen(false)} />}
    </div>
  );
}
