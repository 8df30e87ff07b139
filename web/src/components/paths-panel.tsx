// Shortest paths between two actors under the current filters; the paths are highlighted on the canvas.
import type { PathResponse } from '../../../shared/api';
import { relationColor, relationLabel } from '../graph/palette';
import type { ViewUpdate } from '../state/use-url-view';
import type { ViewState } from '../state/view-state';
import { ActorSearch } from './actor-search';
import type { AsyncState } from '../api/use-async';
import { AsyncBlock } from './async-block';

export interface PathsPanelProps {
  view: ViewState;
  update: (change: ViewUpdate, options?: { push?: boolean }) => void;
  paths: (AsyncState<PathResponse> & { reload: () => void }) | null;
  names: (id: string) => string;
}

export function PathsPanel({ view, update, paths, names }: PathsPanelProps) {
  return (
    <div className="paths" data-testid="paths-panel">
      <h3>Shortest paths</h3>
      <ActorSearch label="Path start" placeholder="From actor…" testId="path-from" initial={view.pathFrom ? names(view.pathFrom) : ''}
        onChoose={(a) => update({ pathFrom: a.id }, { push: true })} />
      <ActorSearch label="Path end" placeholder="To actor…" testId="path-to" initial={view.pathTo ? names(view.pathTo) : ''}
        onChoose={(a) => update({ pathTo: a.id }, { push: true })} />
      {(view.pathFrom || view.pathTo) && (
        <button type="button" className="link" onClick={() => update({ pathFrom: null, pathTo: null })}>Clear path</button>
      )}
      <label className="row" title="A denial is never support: paths follow asserted claims unless you tick this.">
        <input type="checkbox" checked={view.pathDenied} data-testid="path-denied" onChange={(e) => update({ pathDenied: e.target.checked }, { push: true })} />
        Also follow denied claims
      </label>
      {paths === null ? <p className="muted">Choose two actors. Paths follow asserted relations in either direction, up to 4 hops, under the current filters.</p> : (
        <AsyncBlock state={paths} what="paths">
          {(r) => r.paths.length === 0 ? <p className="notice">No path of up to 4 hops connects them under these filters.</p> : (
            <ol className="path-list" data-testid="path-list">
              {r.paths.map((p, i) => (
                <li key={i}>
                  <b>{p.length} hop{p.length === 1 ? '' : 's'}</b>
                  <ul className="plain">
                    {p.steps.map((s) => (
                      <li key={s.claimId} className={s.negated ? 'denied' : undefined} data-testid="path-step">
                        {names(s.source)} <span className="rel" style={{ background: relationColor(s.type) }}>{relationLabel(s.type)}</span> {names(s.target)}
                        {s.negated && <span className="badge negated" title="The sentence denies this relation">denied</span>}
                        <span className="muted"> · {s.year ?? 'undated'}{s.modality !== 'asserted' ? ` · ${s.modality}` : ''}</span>
                        <div className="quote">“{s.sentence}”</div>
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
            </ol>
          )}
        </AsyncBlock>
      )}
    </div>
  );
}
