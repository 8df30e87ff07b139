// Contested relations in the current view: one source asserts what another denies.
import type { GraphEdge } from '../../../shared/api';
import { relationColor, relationLabel } from '../graph/palette';

export function ContestedPanel({ edges, names, onSelect, includeNegated }: {
  edges: GraphEdge[];
  names: (id: string) => string;
  onSelect: (edgeId: string) => void;
  includeNegated: boolean;
}) {
  const contested = edges.filter((e) => e.data.contested);
  return (
    <div className="contested" data-testid="contested-panel">
      <h3>Contested relations ({contested.length})</h3>
      <p className="muted">Asserted by one source and denied by another. Marked on the canvas with a dark outline and a bar arrowhead.</p>
      {!includeNegated && <p className="notice">Negated claims are hidden: tick “Include negated claims” to see the denials.</p>}
      {contested.length === 0 ? <p className="muted">None in this view.</p> : (
        <ul className="plain contested-list">
          {contested.map((e) => (
            <li key={e.data.id}>
              <button type="button" className="link" onClick={() => onSelect(e.data.id)}>
                {names(e.data.source)} <span className="rel" style={{ background: relationColor(e.data.type) }}>{relationLabel(e.data.type)}</span> {names(e.data.target)}
              </button>
              <span className="muted"> {e.data.assertedCount} asserted / {e.data.negatedCount} denied · {e.data.documentCount} docs</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
