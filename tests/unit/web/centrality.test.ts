// The explorer's PageRank and degrees (web/src/graph/centrality.ts, key-actors.ts) give Cytoscape's own
// results. They are kept hand-written because Cytoscape's pageRank builds a dense n×n matrix (measured
// 782 ms against 45 ms at 2,000 actors / 10,000 edges; sizing by centrality recomputes it on every
// player frame) and its degreeCentrality counts a self-loop once where degree counts it twice.
// Cytoscape's pageRank is directed and leaves the damping factor out of the link term: an undirected
// edge is given as two directed ones, and its `dampingFactor` d stands for 1/(2 − d) in the usual form.
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import type { GraphEdge, GraphNode } from '../../../shared/api';
import { pageRank, type WeightedEdge } from '../../../web/src/graph/centrality';
import { keyActors } from '../../../web/src/graph/key-actors';
import { seededGenerator, seedOf } from '../../../web/src/graph/seeded-random';

function randomGraph(seed: string, n: number, m: number, loops = false): { ids: string[]; edges: WeightedEdge[] } {
  const random = seededGenerator(seedOf([seed]));
  const ids = Array.from({ length: n }, (_, i) => `a${i}`);
  const edges: WeightedEdge[] = [];
  while (edges.length < m) {
    const source = ids[Math.floor(random() * n)]!;
    const target = ids[Math.floor(random() * n)]!;
    if (source === target && !loops) continue;
    edges.push({ source, target, weight: 1 + Math.floor(random() * 6) });
  }
  return { ids, edges };
}

function cytoscapeOf(ids: readonly string[], edges: readonly WeightedEdge[], bothWays: boolean) {
  return cytoscape({
    headless: true,
    elements: [
      ...ids.map((id) => ({ data: { id } })),
      ...edges.flatMap((e, i) => [
        { data: { id: `f${i}`, source: e.source, target: e.target, weight: e.weight } },
        ...(bothWays && e.source !== e.target ? [{ data: { id: `b${i}`, source: e.target, target: e.source, weight: e.weight } }] : []),
      ]),
    ],
  });
}

/** Cytoscape's PageRank after the same number of power iterations as ours (40; a precision of 0 never stops it early). */
function cytoscapePageRank(ids: readonly string[], edges: readonly WeightedEdge[], damping = 0.85, iterations = 40): Map<string, number> {
  const cy = cytoscapeOf(ids, edges, true);
  const ranks = cy.elements().pageRank({ dampingFactor: 2 - 1 / damping, precision: 0, iterations, weight: (e: cytoscape.EdgeSingular) => e.data('weight') as number } as Parameters<cytoscape.CollectionReturnValue['pageRank']>[0]);
  const result = new Map(ids.map((id) => [id, ranks.rank(cy.getElementById(id))]));
  cy.destroy();
  return result;
}

function maxDifference(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  return Math.max(...[...a].map(([id, v]) => Math.abs(v - (b.get(id) ?? NaN))));
}

describe('pageRank gives Cytoscape’s PageRank', () => {
  const cases: Array<[string, { ids: string[]; edges: WeightedEdge[] }]> = [
    ['a sparse graph', randomGraph('sparse', 60, 90)],
    ['a dense graph', randomGraph('dense', 40, 400)],
    ['a graph with isolated actors and self-loops', { ids: [...randomGraph('loops', 30, 40, true).ids, 'alone-1', 'alone-2'], edges: randomGraph('loops', 30, 40, true).edges }],
    ['a star', { ids: ['hub', 'a', 'b', 'c', 'd'], edges: ['a', 'b', 'c', 'd'].map((x, i) => ({ source: 'hub', target: x, weight: i + 1 })) }],
    ['two components', { ids: ['a', 'b', 'c', 'x', 'y'], edges: [{ source: 'a', target: 'b', weight: 3 }, { source: 'b', target: 'c', weight: 1 }, { source: 'x', target: 'y', weight: 2 }] }],
  ];
  for (const [name, { ids, edges }] of cases) {
    it(`on ${name}`, () => {
      const ours = pageRank(ids, edges);
      const theirs = cytoscapePageRank(ids, edges);
      expect(maxDifference(ours, theirs)).toBeLessThan(1e-12);
      // Forty iterations are within 5e-4 of the limit even on a star, whose ranks converge slowest.
      expect(maxDifference(ours, cytoscapePageRank(ids, edges, 0.85, 1000))).toBeLessThan(5e-4);
    });
  }

  it('can fail: another damping factor gives other ranks', () => {
    const { ids, edges } = randomGraph('sparse', 60, 90);
    expect(maxDifference(pageRank(ids, edges, 0.5), cytoscapePageRank(ids, edges))).toBeGreaterThan(1e-4);
    expect(maxDifference(pageRank(ids, edges, 0.85, 39), cytoscapePageRank(ids, edges))).toBeGreaterThan(1e-12);
  });
});

describe('key actors’ degrees are Cytoscape’s', () => {
  it('degree counts relations (a self-loop twice, as node.degree does) and weighted degree sums claims', () => {
    const { ids, edges } = randomGraph('degrees', 50, 120, true);
    const graph = {
      nodes: ids.map((id) => ({ data: { id, label: id } }) as GraphNode),
      edges: edges.map((e, i) => ({ data: { id: `e${i}`, source: e.source, target: e.target, count: e.weight } }) as GraphEdge),
    };
    const rows = new Map(keyActors(graph, 'degree', ids.length).map((r) => [r.id, r]));
    const cy = cytoscapeOf(ids, edges, false);
    for (const id of ids) {
      const node = cy.getElementById(id);
      expect(rows.get(id)!.degree, id).toBe(node.degree(true));
      const claims = node.connectedEdges().reduce((sum, e) => sum + (e.data('weight') as number) * (e.source().same(e.target()) ? 2 : 1), 0);
      expect(rows.get(id)!.weighted, id).toBe(claims);
    }
    cy.destroy();
  });
});
