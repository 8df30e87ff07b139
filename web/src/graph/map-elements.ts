// API graph (GraphResponse) -> Cytoscape element definitions with every visual attribute computed
// here, so the stylesheet only maps data fields and the mapping is unit-testable without a canvas.
import type { GraphEdge, GraphNode, GraphResponse } from '../../../shared/api';
import type { SizeBy } from '../state/view-state';
import { pageRank } from './centrality';
import { actorTypeStyle, relationColor, relationLabel } from './palette';

export const NODE_SIZE = { min: 22, max: 72 } as const;
/** Smaller actors in big graphs, so thousands of them fit without overlapping. */
export const NODE_SIZE_LARGE = { min: 10, max: 44 } as const;
const LARGE_NODE_COUNT = 500;
export const EDGE_WIDTH = { min: 1.5, max: 11 } as const;

export interface NodeElement {
  group: 'nodes';
  data: GraphNode['data'] & { color: string; shape: string; size: number; score: number };
  classes: string;
}

export type LineStyle = 'solid' | 'dashed' | 'dotted';

export interface EdgeElement {
  group: 'edges';
  data: GraphEdge['data'] & { color: string; width: number; lineStyle: LineStyle; label: string };
  classes: string;
}

export type GraphElement = NodeElement | EdgeElement;

/** Negated-only edges are dashed; edges made only of proposed/speculative claims are dotted. */
export function edgeLineStyle(edge: GraphEdge['data']): LineStyle {
  if (edge.count > 0 && edge.negatedCount >= edge.count) return 'dashed';
  if (edge.modalities.length > 0 && edge.modalities.every((m) => m === 'proposed' || m === 'speculative')) return 'dotted';
  return 'solid';
}

export function edgeWidth(count: number): number {
  return Math.min(EDGE_WIDTH.max, EDGE_WIDTH.min + Math.log2(Math.max(count, 1)) * 2);
}

/** Square-root scaling between NODE_SIZE.min and .max, relative to the largest value in view. */
export function scaleSize(value: number, max: number, range: { min: number; max: number } = NODE_SIZE): number {
  if (max <= 0) return range.min;
  return Math.round(range.min + (range.max - range.min) * Math.sqrt(Math.max(value, 0) / max));
}

export function nodeScores(graph: Pick<GraphResponse, 'nodes' | 'edges'>, sizeBy: SizeBy): Map<string, number> {
  if (sizeBy === 'centrality') {
    return pageRank(graph.nodes.map((n) => n.data.id), graph.edges.map((e) => ({ source: e.data.source, target: e.data.target, weight: e.data.count })));
  }
  return new Map(graph.nodes.map((n) => [n.data.id, n.data.degree]));
}

export interface MapOptions {
  sizeBy: SizeBy;
  /** Edge ids to mark as new in this frame of the player. */
  fresh?: ReadonlySet<string>;
}

export function toElements(graph: Pick<GraphResponse, 'nodes' | 'edges'>, options: MapOptions): GraphElement[] {
  const scores = nodeScores(graph, options.sizeBy);
  let max = 0;
  for (const v of scores.values()) if (v > max) max = v;
  const range = graph.nodes.length > LARGE_NODE_COUNT ? NODE_SIZE_LARGE : NODE_SIZE;
  const nodes: NodeElement[] = graph.nodes.map((n) => {
    const style = actorTypeStyle(n.data.type);
    const score = scores.get(n.data.id) ?? 0;
    const classes = [n.data.focus ? 'focus' : '', n.data.discovered ? 'discovered' : ''].filter(Boolean).join(' ');
    return { group: 'nodes', data: { ...n.data, color: style.color, shape: style.shape, size: scaleSize(score, max, range), score }, classes };
  });
  const edges: EdgeElement[] = graph.edges.map((e) => {
    const lineStyle = edgeLineStyle(e.data);
    const classes = [e.data.contested ? 'contested' : '', options.fresh?.has(e.data.id) ? 'fresh' : ''].filter(Boolean).join(' ');
    return {
      group: 'edges',
      data: { ...e.data, color: relationColor(e.data.type), width: edgeWidth(e.data.count), lineStyle, label: relationLabel(e.data.type) },
      classes,
    };
  });
  return [...nodes, ...edges];
}

/** Edges of `next` that were not in the previous frame: highlighted as they appear. */
export function freshEdgeIds(previous: ReadonlySet<string> | null, next: readonly { data: { id: string } }[]): Set<string> {
  if (previous === null) return new Set();
  return new Set(next.map((e) => e.data.id).filter((id) => !previous.has(id)));
}

/** Year bounds of a histogram, for the slider and the player. */
export function yearBounds(byYear: readonly { year: number; count: number }[]): { min: number; max: number } | null {
  const years = byYear.filter((b) => b.count > 0).map((b) => b.year);
  if (years.length === 0) return null;
  return { min: Math.min(...years), max: Math.max(...years) };
}
