// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { GraphResponse } from '../../../shared/api';
import { compactGraph } from '../../../shared/graph-compact';
import { api } from '../../../web/src/api/client';

afterEach(() => vi.unstubAllGlobals());

describe('api client: graph', () => {
  it('requests the compact form and hands the explorer the Cytoscape form', async () => {
    const graph: GraphResponse = {
      nodes: [
        { data: { id: 'a', label: 'A', type: 'state', degree: 1, claims: 2, discovered: false, aliases: [], focus: true } },
        { data: { id: 'b', label: 'B', type: 'armed_group', degree: 1, claims: 2, discovered: true, aliases: ['bee'], focus: false } },
      ],
      edges: [{
        data: {
          id: 'a|ATTACKED|b', source: 'a', target: 'b', type: 'ATTACKED', count: 2, years: [2021], documentCount: 2, publishers: ['P'], weight: -2,
          negatedCount: 0, assertedCount: 2, assertedDocumentCount: 2, assertedPublisherCount: 1, negatedDocumentCount: 0, contested: false, modalities: ['asserted'],
        },
      }],
      meta: { truncated: false, totalNodes: 2, totalEdges: 1, totalClaims: 2, returnedNodes: 2, returnedEdges: 1, limit: 2000, timeAxis: 'event', missingActors: [] },
    };
    const urls: string[] = [];
    vi.stubGlobal('fetch', vi.fn(async (url: string) => {
      urls.push(url);
      return new Response(JSON.stringify(compactGraph(graph)), { status: 200, headers: { 'content-type': 'application/json' } });
    }));
    expect(await api.graph({ actors: 'a', yearFrom: '2021' })).toEqual(graph);
    expect(urls).toEqual(['/api/graph/compact?actors=a&yearFrom=2021']);
  });
});
