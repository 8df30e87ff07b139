import { describe, expect, it } from 'vitest';
import type { GraphResponse } from '../../../shared/api';
import { compactGraph, expandGraph } from '../../../shared/graph-compact';

const edge = (source: string, type: 'ATTACKED' | 'SUPPORTS', target: string, count: number, documents?: string[]) => ({
  data: {
    id: `${source}|${type}|${target}`, source, target, type, count, years: [2001, 2003], documentCount: 2, ...(documents ? { documents } : {}),
    publishers: ['P'], weight: -2.5, negatedCount: 1, assertedCount: count - 1, assertedDocumentCount: 1, assertedPublisherCount: 1,
    negatedDocumentCount: 1, contested: count > 2, modalities: ['asserted' as const],
  },
});
const node = (id: string, degree: number, claims: number, focus = false) => ({
  data: { id, label: id.toUpperCase(), type: 'state' as const, degree, claims, discovered: id === 'b', aliases: id === 'a' ? ['ay'] : [], focus },
});
const meta = { truncated: true, totalNodes: 4, totalEdges: 3, totalClaims: 9, returnedNodes: 3, returnedEdges: 2, limit: 2, timeAxis: 'event' as const, missingActors: [] };

describe('compact graph form', () => {
  it('expands back to exactly the Cytoscape form: edge ids, node degrees and claims derived, focus kept', () => {
    const graph: GraphResponse = {
      nodes: [node('a', 2, 7, true), node('b', 1, 4), node('c', 1, 3)],
      edges: [edge('a', 'ATTACKED', 'b', 4), edge('c', 'SUPPORTS', 'a', 3)],
      meta,
    };
    const compact = compactGraph(graph);
    expect(compact.ids).toEqual(['a', 'b', 'c']);
    expect(compact.edges.source).toEqual([0, 2]);
    expect(compact.edges.target).toEqual([1, 0]);
    expect(compact.nodes.focus).toEqual([0]);
    expect(compact.edges.documents).toBeUndefined();
    expect(expandGraph(compact)).toEqual(graph);
    expect(JSON.stringify(expandGraph(JSON.parse(JSON.stringify(compact))))).toBe(JSON.stringify(graph));
  });

  it('keeps document ids when the answer has them, and an edge end that has no node', () => {
    const graph: GraphResponse = {
      nodes: [node('a', 1, 4)],
      edges: [edge('a', 'ATTACKED', 'ghost', 4, ['d1', 'd2'])],
      meta: { ...meta, truncated: false, returnedNodes: 1, returnedEdges: 1 },
    };
    const compact = compactGraph(graph);
    expect(compact.ids).toEqual(['a', 'ghost']);
    expect(compact.nodes.label).toEqual(['A']);
    expect(compact.edges.documents).toEqual([['d1', 'd2']]);
    expect(expandGraph(compact)).toEqual(graph);
  });

  it('an empty graph stays empty', () => {
    const graph: GraphResponse = { nodes: [], edges: [], meta: { ...meta, truncated: false, totalNodes: 0, totalEdges: 0, totalClaims: 0, returnedNodes: 0, returnedEdges: 0 } };
    expect(expandGraph(compactGraph(graph))).toEqual(graph);
  });
});
