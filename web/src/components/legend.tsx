// Legend: actor types (colour + shape), relation types (colour), line styles and markers.
import { RELATION_TYPE_INFO, RELATION_TYPES } from '../../../shared/vocabulary';
import { LARGE_GRAPH } from '../graph/cy-options';
import { ACTOR_TYPE_STYLES } from '../graph/palette';

const SHAPE_CSS: Record<string, string> = {
  'round-hexagon': 'polygon(25% 5%, 75% 5%, 100% 50%, 75% 95%, 25% 95%, 0 50%)',
  'round-rectangle': 'inset(0 round 3px)',
  'round-diamond': 'polygon(50% 0, 100% 50%, 50% 100%, 0 50%)',
  ellipse: 'circle(50%)',
  'round-tag': 'polygon(0 0, 70% 0, 100% 50%, 70% 100%, 0 100%)',
  'round-octagon': 'polygon(30% 0, 70% 0, 100% 30%, 100% 70%, 70% 100%, 30% 100%, 0 70%, 0 30%)',
  'round-triangle': 'polygon(50% 0, 100% 100%, 0 100%)',
};

export function Legend({ collapsed, onToggle }: { collapsed: boolean; onToggle: () => void }) {
  return (
    <div className={`legend${collapsed ? ' collapsed' : ''}`} data-testid="legend">
      <button type="button" className="legend-toggle" onClick={onToggle} aria-expanded={!collapsed}>Legend</button>
      {!collapsed && (
        <div className="legend-body">
          <ul>
            {ACTOR_TYPE_STYLES.map((s) => (
              <li key={s.type}><span className="shape" style={{ background: s.color, clipPath: SHAPE_CSS[s.shape] }} />{s.label}</li>
            ))}
          </ul>
          <ul className="rels">
            {RELATION_TYPES.map((t) => (
              <li key={t}><span className="legend-line" style={{ borderColor: RELATION_TYPE_INFO[t].color }} />{RELATION_TYPE_INFO[t].label}</li>
            ))}
          </ul>
          <ul>
            <li><span className="legend-line dashed" />negated</li>
            <li><span className="legend-line dotted" />proposed / speculative</li>
            <li><span className="legend-line contested" />contested</li>
            <li><span className="legend-line fresh" />new this year</li>
          </ul>
          <p className="legend-note">Above {LARGE_GRAPH.toLocaleString('en-US')} elements lines are solid and straight: negated and speculative ones are paler, labels show on hubs only.</p>
        </div>
      )}
    </div>
  );
}
