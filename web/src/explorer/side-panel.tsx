// The right-hand column: one tab at a time — details of the selection (or the intro with the
// database totals), saved queries, paths, contested relations, the review queue, analysis, upload.
import { describeError } from '../api/client';
import { ActorDetails } from '../components/actor-details';
import { AnalysisPanel } from '../components/analysis-panel';
import { ContestedPanel } from '../components/contested-panel';
import { EdgeDetails } from '../components/edge-details';
import { PairTimeline } from '../components/pair-timeline';
import { PathsPanel } from '../components/paths-panel';
import { QueriesPanel } from '../components/queries-panel';
import { ReviewQueue } from '../components/review-queue';
import { UploadPanel } from '../components/upload-panel';
import type { UpdateView } from '../state/use-url-view';
import { PANELS, type Panel, type ViewState } from '../state/view-state';
import type { CanvasGraph, QueryRun } from './use-canvas-graph';
import type { ExplorerData } from './use-explorer-data';

const PANEL_LABELS: Record<Panel, string> = {
  details: 'Details', queries: 'Queries', paths: 'Paths', contested: 'Contested', review: 'Review', analysis: 'Analysis', upload: 'Upload',
};

export interface SidePanelProps {
  view: ViewState;
  update: UpdateView;
  data: ExplorerData;
  canvas: CanvasGraph;
  queryRun: QueryRun | null;
  onQueryRun: (run: QueryRun | null) => void;
  onFocus: (id: string) => void;
}

export function SidePanel({ view, update, data, canvas, queryRun, onQueryRun, onFocus }: SidePanelProps) {
  const { graph, stats, paths, pathParams, refresh } = data;
  const { shown, names } = canvas;
  const selectedEdge = view.selected?.kind === 'edge' ? shown.edges.find((e) => e.data.id === view.selected!.id) : undefined;
  const openDocument = (doc: string, claim: string) => update({ doc, claim }, { push: true });
  return (
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
            <ActorDetails id={view.selected.id} view={view} onFocus={onFocus}
              onSelectActor={(id) => update({ selected: { kind: 'node', id } }, { push: true })} />
          ) : selectedEdge ? (
            <>
              <PairTimeline key={selectedEdge.data.id} a={selectedEdge.data.source} b={selectedEdge.data.target} names={names} view={view} />
              <EdgeDetails edge={selectedEdge.data} names={names} view={view} openDocument={openDocument} onReviewed={refresh} />
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
        {view.panel === 'queries' && <QueriesPanel view={view} update={update} result={queryRun} onResult={onQueryRun} />}
        {view.panel === 'paths' && <PathsPanel view={view} update={update} paths={pathParams ? paths : null} names={names} />}
        {view.panel === 'contested' && (
          <ContestedPanel edges={graph.data?.edges ?? []} names={names} includeNegated={view.includeNegated}
            onSelect={(id) => update({ selected: { kind: 'edge', id }, panel: 'details' })} />
        )}
        {view.panel === 'review' && <ReviewQueue view={view} openDocument={openDocument} onReviewed={refresh} />}
        {view.panel === 'analysis' && (
          <AnalysisPanel graph={shown} communities={canvas.communities} coloured={view.communities} update={update} />
        )}
        {view.panel === 'upload' && (
          <UploadPanel onDone={refresh} showSource={(doc) => update({ sources: [doc], frame: null }, { push: true })} />
        )}
      </div>
    </aside>
  );
}
