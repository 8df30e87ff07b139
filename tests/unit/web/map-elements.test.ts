import { describe, expect, it } from 'vitest';
import type { GraphEdge, GraphNode } from '../../../shared/api';
import { RELATION_TYPE_INFO } from '../../../shared/vocabulary';
import { pageRank } from '../../../web/src/graph/centrality';
import { NODE_SIZE, edgeLineStyle, freshEdgeIds, toElements, yearBounds, type EdgeElement, type NodeElement } from '../../../web/src/graph/map-elements';
import { needsFullLayout, placeNewNodes } from '../../../web/src/graph/layout';
import { queryResultGraph } from '../../../web/src/graph/query-result';
import { actorTypeStyle } from '../../../web/src/graph/palette';

const node = (id: string, type: GraphNode['data']['type'], degree: number): GraphNode => ({
  data: { id, label: id.toUpperCase(), type, degree, claims: degree, discovered: false, aliases: [], focus: false },
});
const edge = (source: string, type: GraphEdge['data']['type'], target: string, extra: Partial<GraphEdge['data']> = {}): GraphEdge => ({
  data: {
    id: `${source}|${type}|${target}`, source, target, type, count: 1, years: [2021], documents: ['d1'], documentCount: 1, publishers: [], weight: 1,
    negatedCount: 0, assertedCount: 1, contested: false, modalities: ['asserted'], ...extra,
  },
});

describe('graph data mapping', () => {
  const graph = {
    nodes: [node('usa', 'state', 3), node('isis-k', 'armed_group', 1), node('cia', 'agency', 0)],
    edges: [
      edge('usa', 'ATTACKED', 'isis-k', { count: 8 }),
      edge('usa', 'VISITED', 'cia', { negatedCount: 1, assertedCount: 0 }),
      edge('cia', 'COOPERATES_WITH', 'usa', { modalities: ['proposed'], contested: true }),
    ],
  };
  const elements = toElements(graph, { sizeBy: 'degree', fresh: new Set(['usa|ATTACKED|isis-k']) });
  const nodes = elements.filter((e): e is NodeElement => e.group === 'nodes');
  const edges = elements.filter((e): e is EdgeElement => e.group === 'edges');

  it('colours and shapes actors by type, sizes them by degree', () => {
    const usa = nodes.find((n) => n.data.id === 'usa')!;
    expect(usa.data.color).toBe(actorTypeStyle('state').color);
    expect(usa.data.shape).toBe(actorTypeStyle('state').shape);
    expect(usa.data.size).toBe(NODE_SIZE.max);
    expect(nodes.find((n) => n.data.id === 'cia')!.data.size).toBe(NODE_SIZE.min);
    expect(actorTypeStyle('state').shape).not.toBe(actorTypeStyle('armed_group').shape);
  });

  it('colours edges by relation type, widens them by claim count, dashes negated and dots proposed ones', () => {
    const attacked = edges.find((e) => e.data.type === 'ATTACKED')!;
    const visited = edges.find((e) => e.data.type === 'VISITED')!;
    const coop = edges.find((e) => e.data.type === 'COOPERATES_WITH')!;
    expect(attacked.data.color).toBe(RELATION_TYPE_INFO.ATTACKED.color);
    expect(attacked.data.width).toBeGreaterThan(visited.data.width);
    expect(attacked.data.lineStyle).toBe('solid');
    expect(visited.data.lineStyle).toBe('dashed');
    expect(coop.data.lineStyle).toBe('dotted');
    expect(coop.classes).toContain('contested');
    expect(attacked.classes).toContain('fresh');
    expect(visited.classes).not.toContain('fresh');
  });

  it('a partly negated edge stays solid', () => {
    expect(edgeLineStyle(edge('a', 'ACCUSED', 'b', { count: 3, negatedCount: 1, assertedCount: 2 }).data)).toBe('solid');
  });

  it('sizes by PageRank centrality on request: the hub is largest', () => {
    const star = { nodes: ['hub', 'a', 'b', 'c'].map((id) => node(id, 'person', 1)), edges: ['a', 'b', 'c'].map((x) => edge('hub', 'MET_WITH', x)) };
    const sized = toElements(star, { sizeBy: 'centrality' }).filter((e): e is NodeElement => e.group === 'nodes');
    const hub = sized.find((n) => n.data.id === 'hub')!;
    for (const n of sized) if (n !== hub) expect(hub.data.size).toBeGreaterThan(n.data.size);
  });

  it('PageRank sums to one', () => {
    const r = pageRank(['a', 'b', 'c'], [{ source: 'a', target: 'b', weight: 1 }]);
    expect([...r.values()].reduce((s, v) => s + v, 0)).toBeCloseTo(1, 6);
  });

  it('marks edges new since the previous frame, none without a previous frame', () => {
    expect([...freshEdgeIds(new Set(['x']), [{ data: { id: 'x' } }, { data: { id: 'y' } }])]).toEqual(['y']);
    expect(freshEdgeIds(null, [{ data: { id: 'x' } }]).size).toBe(0);
  });

  it('finds year bounds of a histogram, ignoring empty years', () => {
    expect(yearBounds([{ year: 2019, count: 0 }, { year: 2021, count: 4 }, { year: 2025, count: 1 }])).toEqual({ min: 2021, max: 2025 });
    expect(yearBounds([])).toBeNull();
  });

  it('keeps year bounds within the range the API accepts, whatever years the data holds', () => {
    expect(yearBounds([{ year: 1893, count: 2 }, { year: 2021, count: 4 }, { year: 2101, count: 1 }])).toEqual({ min: 2021, max: 2021 });
    expect(yearBounds([{ year: 1893, count: 2 }])).toBeNull();
  });
});

describe('stable positions', () => {
  it('keeps known positions and places newcomers next to their neighbours', () => {
    const known = new Map([['a', { x: 0, y: 0 }], ['b', { x: 1000, y: 1000 }]]);
    const placed = placeNewNodes(['a', 'b', 'c'], [{ source: 'c', target: 'b' }], known);
    expect(placed.get('a')).toEqual({ x: 0, y: 0 });
    const c = placed.get('c')!;
    expect(Math.hypot(c.x - 1000, c.y - 1000)).toBeLessThan(200);
    expect(placeNewNodes(['a', 'b', 'c'], [{ source: 'c', target: 'b' }], known)).toEqual(placed);
  });
  it('asks for a full layout only when most of the graph is new', () => {
    const known = new Map([['a', { x: 0, y: 0 }], ['b', { x: 0, y: 0 }]]);
    expect(needsFullLayout(['a', 'b', 'c'], known)).toBe(false);
    expect(needsFullLayout(['a', 'c', 'd', 'e'], known)).toBe(true);
    expect(needsFullLayout(['a'], new Map())).toBe(true);
  });
});

describe('saved-query result graphs', () => {
  it('turns loosely typed records into drawable elements, dropping dangling edges', () => {
    const g = queryResultGraph({
      graph: {
        nodes: [{ data: { id: 'usa', name: 'United States', type: 'state' } }, { data: { id: 'x', type: 'martian' } }],
        edges: [{ data: { source: 'usa', target: 'x', type: 'ATTACKED', year: 2021, negated: true } }, { data: { source: 'usa', target: 'nowhere', type: 'VISITED' } }],
      },
    });
    expect(g.nodes.map((n) => [n.data.label, n.data.type, n.data.degree])).toEqual([['United States', 'state', 1], ['x', 'unknown', 1]]);
    expect(g.edges).toHaveLength(1);
    expect(g.edges[0]!.data).toMatchObject({ type: 'ATTACKED', years: [2021], negatedCount: 1 });
  });
});
