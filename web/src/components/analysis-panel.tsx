// Analysis of the graph on screen (the current filters): key actors ranked by degree, weighted degree
// or PageRank, and communities (Cytoscape's Markov clustering) coloured on demand.
import { useMemo, useState } from 'react';
import type { GraphEdge, GraphNode } from '../../../shared/api';
import { COMMUNITY_MAX_NODES, communityColor, communitySizes } from '../graph/communities';
import { KEY_MEASURES, keyActors, type KeyMeasure } from '../graph/key-actors';
import type { ViewUpdate } from '../state/use-url-view';

export interface AnalysisPanelProps {
  graph: { nodes: GraphNode[]; edges: GraphEdge[] };
  communities: ReadonlyMap<string, number> | null;
  coloured: boolean;
  update: (change: ViewUpdate, options?: { push?: boolean }) => void;
}

export function AnalysisPanel({ graph, communities, coloured, update }: AnalysisPanelProps) {
  const [measure, setMeasure] = useState<KeyMeasure>('pagerank');
  const ranked = useMemo(() => keyActors(graph, measure, 20), [graph, measure]);
  const sizes = useMemo(() => (communities ? communitySizes(communities) : null), [communities]);
  const groups = sizes ? [...sizes].filter(([, n]) => n >= 2).sort((a, b) => a[0] - b[0]) : [];
  const tooLarge = graph.nodes.length > COMMUNITY_MAX_NODES;
  const select = (id: string) => update({ selected: { kind: 'node', id }, panel: 'details' }, { push: true });
  return (
    <div className="analysis" data-testid="analysis-panel">
      <h3>Key actors</h3>
      <p className="muted">Of the {graph.nodes.length} actors and {graph.edges.length} relations on the canvas (the current filters).</p>
      <label className="row">
        Rank by
        <select value={measure} data-testid="key-measure" onChange={(e) => setMeasure(e.target.value as KeyMeasure)}>
          {(Object.keys(KEY_MEASURES) as KeyMeasure[]).map((m) => <option key={m} value={m}>{KEY_MEASURES[m].label}</option>)}
        </select>
      </label>
      <p className="hint">{KEY_MEASURES[measure].label}: {KEY_MEASURES[measure].explain}.</p>
      <table className="counterparts" data-testid="key-actors">
        <thead><tr><th>#</th><th>Actor</th><th title="Relations on the canvas">Rel.</th><th title="Claims behind them">Claims</th><th title="PageRank, per cent of the total">PR %</th></tr></thead>
        <tbody>
          {ranked.map((a, i) => (
            <tr key={a.id} data-testid="key-actor">
              <td>{i + 1}</td>
              <td><button type="button" className="link" onClick={() => select(a.id)} title={a.label}>{a.label}</button></td>
              <td>{a.degree}</td>
              <td>{a.weighted}</td>
              <td>{(a.pagerank * 100).toFixed(1)}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <h3>Communities</h3>
      <p className="hint">Groups of actors more tied to each other than to the rest (Markov clustering, weighted by claims).</p>
      <label className="row">
        <input type="checkbox" checked={coloured} disabled={tooLarge} data-testid="colour-communities"
          onChange={(e) => update({ communities: e.target.checked }, { push: true })} />
        Colour actors by community
      </label>
      {tooLarge && <p className="muted">Available up to {COMMUNITY_MAX_NODES} actors on the canvas: narrow the filters.</p>}
      {coloured && sizes && (
        <ul className="plain" data-testid="communities">
          {groups.map(([index, n]) => {
            const members = ranked.filter((a) => communities?.get(a.id) === index).map((a) => a.label);
            return (
              <li key={index}>
                <span className="swatch" style={{ background: communityColor(index, sizes) }} /> {n} actors
                {members.length > 0 && <span className="muted"> — {members.slice(0, 4).join(', ')}{members.length > 4 ? '…' : ''}</span>}
              </li>
            );
          })}
          {[...sizes.values()].some((n) => n < 2) && <li><span className="swatch" style={{ background: communityColor(undefined, sizes) }} /> actors in no group</li>}
        </ul>
      )}
    </div>
  );
}
