// Pure: a graph answer's Cytoscape form (GraphResponse, /api/graph) to its compact form (CompactGraph,
// /api/graph/compact: shared/api/graph-compact.ts) and back, without loss. No schema library here:
// the web bundle imports it.
import type { CompactGraph, GraphEdge, GraphNode, GraphResponse } from './api';
import type { ActorType, Modality, RelationType } from './vocabulary';
import { nodeTotals } from './node-totals';

/**
 * A compact answer's id table and edge columns, filled a node and an edge at a time: one builder for
 * the server (straight from its rows) and for compactGraph.
 */
export function compactColumns() {
  const ids: string[] = [];
  const position = new Map<string, number>();
  /** The position of an actor id, added at the end when it is new. */
  const at = (id: string): number => {
    let i = position.get(id);
    if (i === undefined) {
      i = ids.push(id) - 1;
      position.set(id, i);
    }
    return i;
  };
  const edges: CompactGraph['edges'] = {
    source: [], target: [], type: [], count: [], years: [], documentCount: [], publishers: [], weight: [], negatedCount: [],
    assertedCount: [], assertedDocumentCount: [], assertedPublisherCount: [], negatedDocumentCount: [], contested: [], modalities: [],
  };
  const documents: string[][] = [];
  return {
    ids,
    at,
    addEdge(e: Omit<GraphEdge['data'], 'id'>): void {
      edges.source.push(at(e.source));
      edges.target.push(at(e.target));
      edges.type.push(e.type);
      edges.count.push(e.count);
      edges.years.push(e.years);
      edges.documentCount.push(e.documentCount);
      if (e.documents) documents.push(e.documents);
      edges.publishers.push(e.publishers);
      edges.weight.push(e.weight);
      edges.negatedCount.push(e.negatedCount);
      edges.assertedCount.push(e.assertedCount);
      edges.assertedDocumentCount.push(e.assertedDocumentCount ?? 0);
      edges.assertedPublisherCount.push(e.assertedPublisherCount ?? 0);
      edges.negatedDocumentCount.push(e.negatedDocumentCount ?? 0);
      edges.contested.push(e.contested);
      edges.modalities.push(e.modalities);
    },
    /** The edge columns; `documents` only when every edge carried its documents. */
    edges(): CompactGraph['edges'] {
      const n = edges.source.length;
      return n > 0 && documents.length === n ? { ...edges, documents } : edges;
    },
  };
}

/** The compact form of a graph answer whose edges carry all three document counts (every /api/graph answer does). */
export function compactGraph(graph: GraphResponse): CompactGraph {
  const columns = compactColumns();
  const nodes: CompactGraph['nodes'] = { label: [], type: [], discovered: [], aliases: [], focus: [] };
  graph.nodes.forEach(({ data }, i) => {
    columns.at(data.id);
    nodes.label.push(data.label);
    nodes.type.push(data.type);
    nodes.discovered.push(data.discovered);
    nodes.aliases.push(data.aliases);
    if (data.focus) nodes.focus.push(i);
  });
  for (const { data } of graph.edges) columns.addEdge(data);
  return { ids: columns.ids, nodes, edges: columns.edges(), meta: graph.meta };
}

/** The Cytoscape form (GraphResponse) of a compact graph: what /api/graph answers for the same request. */
export function expandGraph(compact: CompactGraph): GraphResponse {
  const { ids, nodes: n, edges: e } = compact;
  const edges: GraphEdge[] = e.source.map((s, i) => {
    const source = ids[s]!;
    const target = ids[e.target[i]!]!;
    const type = e.type[i]! as RelationType;
    return {
      data: {
        id: `${source}|${type}|${target}`, source, target, type, count: e.count[i]!, years: e.years[i]!, documentCount: e.documentCount[i]!,
        ...(e.documents ? { documents: e.documents[i]! } : {}),
        publishers: e.publishers[i]!, weight: e.weight[i]!, negatedCount: e.negatedCount[i]!, assertedCount: e.assertedCount[i]!,
        assertedDocumentCount: e.assertedDocumentCount[i]!, assertedPublisherCount: e.assertedPublisherCount[i]!,
        negatedDocumentCount: e.negatedDocumentCount[i]!, contested: e.contested[i]!, modalities: e.modalities[i]! as Modality[],
      },
    };
  });
  const { degree, claims } = nodeTotals(edges);
  const focus = new Set(n.focus);
  const nodes: GraphNode[] = n.label.map((label, i) => {
    const id = ids[i]!;
    return {
      data: {
        id, label, type: n.type[i]! as ActorType, degree: degree.get(id) ?? 0, claims: claims.get(id) ?? 0,
        discovered: n.discovered[i]!, aliases: n.aliases[i]!, focus: focus.has(i),
      },
    };
  });
  return { nodes, edges, meta: compact.meta };
}
