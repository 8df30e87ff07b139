// The explorer's large-graph path: element mapping for thousands of actors, the cheaper stylesheet,
// and the in-place diff (on a headless Cytoscape, the same library the canvas uses).
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import type { GraphEdge, GraphNode } from '../../../shared/api';
import { applyElements } from '../../../web/src/graph/apply-elements';
import { hardwareWebgl, isLargeGraph } from '../../../web/src/graph/cy-options';
import { HUB_COUNT, NODE_SIZE_LARGE, toElements, topScored, type EdgeElement, type NodeElement } from '../../../web/src/graph/map-elements';
import { paler } from '../../../web/src/graph/palette';
import { graphStylesheet, LABEL_SCALES, labelScaleStep } from '../../../web/src/graph/stylesheet';

const node = (id: string, degree: number): GraphNode => ({
  data: { id, label: id.toUpperCase(), type: 'person', degree, claims: degree, discovered: false, aliases: [], focus: false },
});
const edge = (source: string, target: string, extra: Partial<GraphEdge['data']> = {}): GraphEdge => ({
  data: {
    id: `${source}|MET_WITH|${target}`, source, target, type: 'MET_WITH', count: 1, years: [2021], documents: ['d1'], documentCount: 1, publishers: [], weight: 1,
    negatedCount: 0, assertedCount: 1, contested: false, modalities: ['asserted'], ...extra,
  },
});

describe('large graphs: element mapping', () => {
  const many = { nodes: Array.from({ length: 600 }, (_, i) => node(`n${i}`, i)), edges: [] };
  const nodes = toElements(many, { sizeBy: 'degree' }) as NodeElement[];

  it('labels only the hubs: the most important actors, by the size measure', () => {
    const hubs = nodes.filter((n) => n.classes.split(' ').includes('hub'));
    expect(hubs).toHaveLength(HUB_COUNT);
    expect(Math.min(...hubs.map((n) => n.data.degree))).toBe(600 - HUB_COUNT);
  });

  it('rounds sizes to a few steps so look-alike actors share a cached texture', () => {
    const sizes = new Set(nodes.map((n) => n.data.size));
    expect(sizes.size).toBeLessThanOrEqual(10);
    for (const s of sizes) {
      expect(s % 4).toBe(0);
      expect(s).toBeGreaterThanOrEqual(NODE_SIZE_LARGE.min - 2);
      expect(s).toBeLessThanOrEqual(NODE_SIZE_LARGE.max + 2);
    }
  });

  it('every actor of a small graph is a hub; ties are broken by id', () => {
    const small = toElements({ nodes: [node('a', 1), node('b', 2)], edges: [] }, { sizeBy: 'degree' });
    expect(small.every((n) => n.classes.includes('hub'))).toBe(true);
    expect([...topScored(new Map([['b', 1], ['a', 1], ['c', 0]]), 1)]).toEqual(['a']);
  });

  it('gives every edge a paler, opaque stand-in colour', () => {
    expect(paler('#000000', 0.5)).toBe('#808080');
    expect(paler('#ff0000', 0)).toBe('#ff0000');
    const [e] = toElements({ nodes: [node('a', 1), node('b', 1)], edges: [edge('a', 'b')] }, { sizeBy: 'degree' }).filter((x): x is EdgeElement => x.group === 'edges');
    expect(e!.data.softColor).toBe(paler(e!.data.color, 0.6));
  });
});

describe('large graphs: stylesheet', () => {
  const large = graphStylesheet(true) as Array<{ selector: string; style: Record<string, unknown> }>;
  it('uses constant values only (no per-element functions), no base label, opaque solid haystack edges', () => {
    for (const rule of large) for (const v of Object.values(rule.style)) expect(typeof v).not.toBe('function');
    const base = large.find((r) => r.selector === 'node')!;
    expect(base.style.label).toBeUndefined();
    expect(large.find((r) => r.selector.includes('node.hub'))!.style.label).toBe('data(shortLabel)');
    const edges = large.find((r) => r.selector === 'edge')!;
    expect(edges.style['curve-style']).toBe('haystack');
    expect(edges.style.opacity).toBeUndefined();
    expect(edges.style['line-style']).toBeUndefined();
  });
  it('small graphs scale labels by class steps with constant values (cached label textures key on them)', () => {
    const small = graphStylesheet(false) as Array<{ selector: string; style: Record<string, unknown> }>;
    for (const rule of small) for (const [k, v] of Object.entries(rule.style)) expect(typeof v, `${rule.selector} ${k}`).not.toBe('function');
    expect(small.find((r) => r.selector === 'node.ls-2')!.style['font-size']).toBeCloseTo(11 * LABEL_SCALES[2]);
    expect(labelScaleStep(1)).toBe(0);
    expect(labelScaleStep(0.7)).toBe(1);
    expect(labelScaleStep(0.1)).toBe(LABEL_SCALES.length - 1);
    expect(labelScaleStep(3)).toBe(0);
  });
  it('small graphs keep labels on every actor, arrows and line styles', () => {
    const small = graphStylesheet(false) as Array<{ selector: string; style: Record<string, unknown> }>;
    expect(small.find((r) => r.selector === 'node')!.style.label).toBe('data(shortLabel)');
    expect(small.find((r) => r.selector === 'edge')!.style['line-style']).toBe('data(lineStyle)');
  });
  it('uses WebGL only when a GPU draws it', () => {
    expect(hardwareWebgl('ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)')).toBe(false);
    expect(hardwareWebgl('llvmpipe (LLVM 15.0.6, 256 bits)')).toBe(false);
    expect(hardwareWebgl('ANGLE (NVIDIA, NVIDIA GeForce RTX 3060 Direct3D11 vs_5_0 ps_5_0, D3D11)')).toBe(true);
    expect(hardwareWebgl(null)).toBe(false);
  });
  it('switches at the large-graph threshold', () => {
    expect(isLargeGraph(3000)).toBe(false);
    expect(isLargeGraph(3001)).toBe(true);
  });
});

describe('applying a new graph in place', () => {
  const graphA = { nodes: [node('a', 2), node('b', 1), node('c', 1)], edges: [edge('a', 'b'), edge('a', 'c')] };
  const graphB = { nodes: [node('a', 2), node('b', 1), node('d', 1)], edges: [edge('a', 'b', { years: [2022], count: 5 }), edge('a', 'd')] };

  it('removes leaving elements, updates changed ones, keeps positions and places newcomers by their neighbours', () => {
    const cy = cytoscape({ headless: true, styleEnabled: false });
    const positions = new Map([['a', { x: 0, y: 0 }], ['b', { x: 100, y: 0 }], ['c', { x: 0, y: 100 }]]);
    const first = applyElements(cy, toElements(graphA, { sizeBy: 'degree' }), positions);
    expect(first).toMatchObject({ added: 3, removed: 0, fullLayout: false });
    expect(cy.getElementById('b').position()).toEqual({ x: 100, y: 0 });

    const second = applyElements(cy, toElements(graphB, { sizeBy: 'degree' }), positions);
    expect(second).toMatchObject({ added: 1, removed: 1, fullLayout: false });
    expect(cy.nodes().map((n) => n.id()).sort()).toEqual(['a', 'b', 'd']);
    expect(cy.edges().map((e) => e.id()).sort()).toEqual(['a|MET_WITH|b', 'a|MET_WITH|d']);
    expect(cy.getElementById('a|MET_WITH|b').data('years')).toEqual([2022]);
    expect(cy.getElementById('a|MET_WITH|b').data('count')).toBe(5);
    expect(cy.getElementById('b').position()).toEqual({ x: 100, y: 0 });
    const d = cy.getElementById('d').position();
    expect(Math.hypot(d.x, d.y)).toBeLessThan(200);
    cy.destroy();
  });

  it('updates data no style reads in place, and restyles when the look changes', () => {
    const cy = cytoscape({ headless: true, styleEnabled: false });
    const positions = new Map([['a', { x: 0, y: 0 }], ['b', { x: 100, y: 0 }], ['c', { x: 0, y: 100 }]]);
    applyElements(cy, toElements(graphA, { sizeBy: 'degree' }), positions);
    // data() restyles (with a style enabled) and emits 'data'; an in-place update does neither.
    const styled: string[] = [];
    cy.on('data', (e) => { styled.push(e.target.id()); });
    const yearsOnly = { ...graphA, edges: [edge('a', 'b', { years: [2019, 2023], documentCount: 2 }), edge('a', 'c')] };
    applyElements(cy, toElements(yearsOnly, { sizeBy: 'degree' }), positions);
    expect(cy.getElementById('a|MET_WITH|b').data()).toMatchObject({ years: [2019, 2023], documentCount: 2 });
    expect(styled).toEqual([]);
    const contested = { ...graphA, edges: [edge('a', 'b', { contested: true, negatedCount: 1, count: 2, assertedCount: 1 }), edge('a', 'c')] };
    applyElements(cy, toElements(contested, { sizeBy: 'degree' }), positions);
    expect(cy.getElementById('a|MET_WITH|b').hasClass('contested')).toBe(true);
    expect(styled).toContain('a|MET_WITH|b');
    cy.destroy();
  });

  it('asks for a full layout when nothing is placed yet', () => {
    const cy = cytoscape({ headless: true, styleEnabled: false });
    expect(applyElements(cy, toElements(graphA, { sizeBy: 'degree' }), new Map()).fullLayout).toBe(true);
    cy.destroy();
  });
});
