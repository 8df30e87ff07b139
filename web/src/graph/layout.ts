// Layout defaults and stable positions. Positions are remembered per actor id, so filter changes and
// player frames move nothing that was already on screen: only new actors get placed.
import type { LayoutOptions } from 'cytoscape';

export type Position = { x: number; y: number };

/** fcose options: quality drops and animation stops as the graph grows, to stay interactive. */
export function fcoseOptions(nodeCount: number, randomize: boolean): LayoutOptions {
  const large = nodeCount > 600;
  return {
    name: 'fcose',
    // 'draft' is the spectral step alone: seconds instead of minutes for thousands of actors (the
    // force-directed refinement does not finish in reasonable time at 2,000 actors / 10,000 edges).
    quality: large ? 'draft' : 'default',
    nodeSeparation: large ? 160 : 75,
    randomize,
    animate: !large && nodeCount < 200,
    animationDuration: 400,
    fit: true,
    padding: 40,
    nodeDimensionsIncludeLabels: !large,
    packComponents: true,
    nodeRepulsion: () => (large ? 6000 : 9000),
    idealEdgeLength: () => (large ? 60 : 110),
    edgeElasticity: () => 0.45,
    gravity: 0.3,
    numIter: large ? 1200 : 2500,
    tile: true,
  } as unknown as LayoutOptions;
}

export interface PlacementEdge {
  source: string;
  target: string;
}

/**
 * Gives every node without a remembered position one next to its already placed neighbours (or near
 * the centre of the drawing when it has none). Deterministic: the same input gives the same output.
 */
export function placeNewNodes(nodeIds: readonly string[], edges: readonly PlacementEdge[], known: ReadonlyMap<string, Position>): Map<string, Position> {
  const placed = new Map<string, Position>();
  for (const id of nodeIds) {
    const p = known.get(id);
    if (p) placed.set(id, p);
  }
  const all = [...placed.values()];
  const centre = all.length
    ? { x: all.reduce((s, p) => s + p.x, 0) / all.length, y: all.reduce((s, p) => s + p.y, 0) / all.length }
    : { x: 0, y: 0 };
  const neighbours = new Map<string, string[]>();
  for (const e of edges) {
    (neighbours.get(e.source) ?? neighbours.set(e.source, []).get(e.source)!).push(e.target);
    (neighbours.get(e.target) ?? neighbours.set(e.target, []).get(e.target)!).push(e.source);
  }
  let k = 0;
  for (const id of nodeIds) {
    if (placed.has(id)) continue;
    const anchors = (neighbours.get(id) ?? []).map((n) => placed.get(n)).filter((p): p is Position => Boolean(p));
    const base = anchors.length
      ? { x: anchors.reduce((s, p) => s + p.x, 0) / anchors.length, y: anchors.reduce((s, p) => s + p.y, 0) / anchors.length }
      : centre;
    // Golden-angle spiral offsets keep newcomers from landing on top of each other.
    k += 1;
    const angle = k * 2.399963;
    const radius = 70 + 12 * Math.sqrt(k);
    placed.set(id, { x: base.x + radius * Math.cos(angle), y: base.y + radius * Math.sin(angle) });
  }
  return placed;
}

/** Whether enough of the graph is new that a full layout beats placing newcomers one by one. */
export function needsFullLayout(nodeIds: readonly string[], known: ReadonlyMap<string, Position>): boolean {
  if (nodeIds.length === 0) return false;
  const fresh = nodeIds.filter((id) => !known.has(id)).length;
  return known.size === 0 || fresh / nodeIds.length > 0.5;
}
