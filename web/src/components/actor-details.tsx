// Details of one actor: type, aliases, roles, counterparts and its per-year cooperation–conflict chart.
import { api } from '../api/client';
import { useAsync } from '../api/use-async';
import { actorTypeStyle, relationColor, relationLabel } from '../graph/palette';
import type { ViewState } from '../state/view-state';
import { ActorChart } from './actor-chart';
import { AsyncBlock } from './async-block';

export interface ActorDetailsProps {
  id: string;
  view: ViewState;
  onFocus: (id: string) => void;
  onSelectActor: (id: string) => void;
}

export function ActorDetails({ id, view, onFocus, onSelectActor }: ActorDetailsProps) {
  const profile = useAsync((s) => api.actor(id, s), id);
  const timeline = useAsync((s) => api.timeline({ actors: id, timeAxis: view.timeAxis, includeNegated: 'true' }, s), `${id}|${view.timeAxis}`);
  return (
    <AsyncBlock state={profile} what="actor">
      {(p) => {
        const style = actorTypeStyle(p.type);
        return (
          <div className="actor-details" data-testid="actor-details">
            <h3><span className="swatch" style={{ background: style.color }} />{p.name}</h3>
            <p className="muted">
              {style.label}{p.discovered ? ' · discovered in text (not in gazetteer)' : ''}
              {p.firstYear !== null && ` · ${p.firstYear}${p.lastYear !== p.firstYear ? `–${p.lastYear}` : ''}`}
            </p>
            <div className="stat-row">
              <span><b>{p.degree}</b> claims</span><span><b>{p.outgoing}</b> out</span><span><b>{p.incoming}</b> in</span><span><b>{p.documents}</b> documents</span>
            </div>
            <div className="actions">
              <button type="button" onClick={() => onFocus(p.id)}>Focus neighbourhood</button>
            </div>
            {p.aliases.length > 0 && (<><h4>Aliases</h4><p>{p.aliases.join(' · ')}</p></>)}
            {p.roles.length > 0 && (
              <>
                <h4>Roles</h4>
                <ul className="plain">
                  {p.roles.map((r) => (
                    <li key={`${r.type}|${r.direction}|${r.actor.id}`}>
                      {r.direction === 'out' ? `${relationLabel(r.type)} ` : `${r.type === 'LEADS' ? 'led by' : 'has member'} `}
                      <button type="button" className="link" onClick={() => onSelectActor(r.actor.id)}>{r.actor.name}</button>
                      {r.count > 1 && <span className="muted"> ×{r.count}</span>}
                    </li>
                  ))}
                </ul>
              </>
            )}
            <h4>Cooperation – conflict per year</h4>
            {timeline.status === 'ready' ? <ActorChart years={timeline.data.years} /> : <p className="muted">{timeline.status === 'error' ? 'Timeline unavailable.' : 'Loading…'}</p>}
            {p.topCounterparts.length > 0 && (
              <>
                <h4>Counterparts</h4>
                <table className="counterparts">
                  <thead><tr><th>Actor</th><th title="claims out / in">claims</th><th>net</th><th>relations</th></tr></thead>
                  <tbody>
                    {p.topCounterparts.map((c) => (
                      <tr key={c.id}>
                        <td><button type="button" className="link" onClick={() => onSelectActor(c.id)}>{c.name}</button></td>
                        <td>{c.outgoing}/{c.incoming}</td>
                        <td className={c.weight >= 0 ? 'pos' : 'neg'}>{c.weight.toFixed(1)}</td>
                        <td>{c.types.map((t) => <span key={t} className="dot" title={relationLabel(t)} style={{ background: relationColor(t) }} />)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </>
            )}
          </div>
        );
      }}
    </AsyncBlock>
  );
}
