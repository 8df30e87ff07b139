// API graph (GraphResponse) -> Cytoscape element definitions with every visual attribute computed
// here, so the stylesheet only maps data fields and the mapping is unit-testable without a canvas.
import type { GraphEdge, GraphNode, GraphResponse } from '../../../shared/api';
import { isValidClaimYear } from '../../../shared/year-range';
import type { SizeBy } from '../state/view-state';
import { pageRank } from './centrality';
import { communityColor, communitySizes } from './communities';
import { actorTypeStyle, paler, relationColor, relationLabel } from './palette';
import { shortLabel } from './short-label';

export const NODE_SIZE = { min: 22, max: 72 } as const;
/** Smaller actors in big graphs, so thousands of them fit without overlapping. */
export const NODE_SIZE_LARGE = { min: 10, max: 44 } as const;
const LARGE_NODE_COUNT = 500;
/** Large graphs round sizes to this step, so actors of one type and size share one cached texture. */
const LARGE_SIZE_STEP = 4;
/** The most important actors (by the size measure) get the `hub` class: in large graphs only they are labelled. */
export const HUB_COUNT = 150;
export const EDGE_WIDTH = { min: 1.5, max: 11 } as const;

export interface NodeElement {
  group: 'nodes';
  /** shortLabel: drawn on the canvas (label, the full name, on hover and selection); community: with community colouring. */
  data: GraphNode['data'] & { color: string; shape: string; size: number; score: number; shortLabel: string; community?: number };
  classes: string;
}

export type LineStyle = 'solid' | 'dashed' | 'dotted';

export interface EdgeElement {
  group: 'edges';
  /** softColor: the colour paled, drawn instead of dashes and dots in large graphs. */
  data: GraphEdge['data'] & { color: string; softColor: string; width: number; lineStyle: LineStyle; label: string };
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
  /** Community of each actor (communities.ts): actors are coloured by it instead of by type. */
  communities?: ReadonlyMap<string, number>;
}

export function toElements(graph: Pick<GraphResponse, 'nodes' | 'edges'>, options: MapOptions): GraphElement[] {
  const scores = nodeScores(graph, options.sizeBy);
  let max = 0;
  for (const v of scores.values()) if (v > max) max = v;
  const large = graph.nodes.length > LARGE_NODE_COUNT;
  const range = large ? NODE_SIZE_LARGE : NODE_SIZE;
  const hubs = topScored(scores, HUB_COUNT);
  const sizes = options.communities ? communitySizes(options.communities) : null;
  const nodes: NodeElement[] = graph.nodes.map((n) => {
    const style = actorTypeStyle(n.data.type);
    const score = scores.get(n.data.id) ?? 0;
    const classes = [n.data.focus ? 'focus' : '', n.data.discovered ? 'discovered' : '', hubs.has(n.data.id) ? 'hub' : ''].filter(Boolean).join(' ');
    const exact = scaleSize(score, max, range);
    const size = large ? Math.round(exact / LARGE_SIZE_STEP) * LARGE_SIZE_STEP : exact;
    const community = options.communities?.get(n.data.id);
    const color = sizes ? communityColor(community, sizes) : style.color;
    const data = { ...n.data, color, shape: style.shape, size, score, shortLabel: shortLabel(n.data.label, n.data.aliases) };
    return { group: 'nodes', data: community !== undefined && sizes ? { ...data, community } : data, classes };
  });
  const edges: EdgeElement[] = graph.edges.map((e) => {
    const lineStyle = edgeLineStyle(e.data);
    const color = relationColor(e.data.type);
    const classes = [e.data.contested ? 'contested' : '', options.fresh?.has(e.data.id) ? 'fresh' : ''].filter(Boolean).join(' ');
    return {
      group: 'edges',
      data: { ...e.data, color, softColor: paler(color, 0.6), width: edgeWidth(e.data.count), lineStyle, label: relationLabel(e.data.type) },
      classes,
    };
  });
  return [...nodes, ...edges];
}

/** Ids of the `count` highest scores (ties broken by id, so the choice is stable). */
export function topScored(scores: ReadonlyMap<string, number>, count: number): Set<string> {
  if (scores.size <= count) return new Set(scores.keys());
  const ranked = [...scores].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return new Set(ranked.slice(0, count).map(([id]) => id));
}

/** Edges of `next` that were not in the previous frame: highlighted as they appear. */
export function freshEdgeIds(previous: ReadonlySet<string> | null, next: readonly { data: { id: string } }[]): Set<string> {
  if (previous === null) return new Set();
  return new Set(next.map((e) => e.data.id).filter((id) => !previous.has(id)));
}

/** Year bounds of a histogram, for the slider and the player. */
export function yearBounds(byYear: readonly { year: number; count: number }[]): { min: number; max: number } | null {
  // Only years the API accepts as filters: a claim year outside the range (older data) never becomes
  // a slider or player bound the API would refuse.
  const years = byYear.filter((b) => b.count > 0 && isValidClaimYear(b.year)).map((b) => b.year);
  if (years.length === 0) return null;
  return { min: Math.min(...years), max: Math.max(...years) };
}
