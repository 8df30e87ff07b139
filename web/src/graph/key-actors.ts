// Pure: the actors that matter most in the graph on screen, by one of three measures — degree
// (relations), weighted degree (claims) and PageRank over the claim-weighted graph (centrality.ts).
import type { GraphEdge, GraphNode } from '../../../shared/api';
import { pageRank } from './centrality';

export type KeyMeasure = 'degree' | 'weighted' | 'pagerank';

export const KEY_MEASURES: Record<KeyMeasure, { label: string; explain: string }> = {
  degree: { label: 'Degree', explain: 'relations (edges) an actor takes part in on the canvas' },
  weighted: { label: 'Weighted degree', explain: 'claims behind those relations' },
  pagerank: { label: 'PageRank', explain: 'importance passed on by important counterparts, weighted by claims' },
};

export interface KeyActor {
  id: string;
  label: string;
  degree: number;
  weighted: number;
  pagerank: number;
}

export function keyActors(graph: { nodes: readonly GraphNode[]; edges: readonly GraphEdge[] }, by: KeyMeasure, limit = 20): KeyActor[] {
  const degree = new Map<string, number>();
  const weighted = new Map<string, number>();
  for (const e of graph.edges) {
    for (const id of [e.data.source, e.data.target]) {
      degree.set(id, (degree.get(id) ?? 0) + 1);
      weighted.set(id, (weighted.get(id) ?? 0) + e.data.count);
    }
  }
  const ranks = pageRank(graph.nodes.map((n) => n.data.id), graph.edges.map((e) => ({ source: e.data.source, target: e.data.target, weight: e.data.count })));
  const rows = graph.nodes.map((n) => ({
    id: n.data.id,
    label: n.data.label,
    degree: degree.get(n.data.id) ?? 0,
    weighted: weighted.get(n.data.id) ?? 0,
    pagerank: ranks.get(n.data.id) ?? 0,
  }));
  // Ties by the other measures, then by name, so the order is stable.
  return rows
    .sort((a, b) => b[by] - a[by] || b.weighted - a.weighted || b.degree - a.degree || a.label.localeCompare(b.label))
    .slice(0, limit);
}
