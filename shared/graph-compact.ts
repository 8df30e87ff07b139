// Pure: a graph answer's Cytoscape form (GraphResponse, /api/graph) to its compact form (CompactGraph,
// /api/graph/compact: shared/api/graph-compact.ts) and back, without loss. No schema library here:
// the web bundle imports it.
import type { CompactGraph, GraphEdge, GraphNode, GraphResponse } from './api';
import type { ActorType, Modality, RelationType } from './vocabulary';
import { nodeTotals } from './node-totals';

/** The compact form of a graph answer whose edges carry all three document counts (every /api/graph answer does). */
export function compactGraph(graph: GraphResponse): CompactGraph {
  const ids = graph.nodes.map((n) => n.data.id);
  const position = new Map(ids.map((id, i) => [id, i]));
  const at = (id: string) => {
    let i = position.get(id);
    if (i === undefined) {
      i = ids.push(id) - 1;
      position.set(id, i);
    }
    return i;
  };
  const nodes: CompactGraph['nodes'] = { label: [], type: [], discovered: [], aliases: [], focus: [] };
  graph.nodes.forEach(({ data }, i) => {
    nodes.label.push(data.label);
    nodes.type.push(data.type);
    nodes.discovered.push(data.discovered);
    nodes.aliases.push(data.aliases);
    if (data.focus) nodes.focus.push(i);
  });
  const edges: CompactGraph['edges'] = {
    source: [], target: [], type: [], count: [], years: [], documentCount: [], publishers: [], weight: [], negatedCount: [],
    assertedCount: [], assertedDocumentCount: [], assertedPublisherCount: [], negatedDocumentCount: [], contested: [], modalities: [],
  };
  const documents: string[][] = [];
  for (const { data } of graph.edges) {
    edges.source.push(at(data.source));
    edges.target.push(at(data.target));
    edges.type.push(data.type);
    edges.count.push(data.count);
    edges.years.push(data.years);
    edges.documentCount.push(data.documentCount);
    if (data.documents) documents.push(data.documents);
    edges.publishers.push(data.publishers);
    edges.weight.push(data.weight);
    edges.negatedCount.push(data.negatedCount);
    edges.assertedCount.push(data.assertedCount);
    edges.assertedDocumentCount.push(data.assertedDocumentCount ?? 0);
    edges.assertedPublisherCount.push(data.assertedPublisherCount ?? 0);
    edges.negatedDocumentCount.push(data.negatedDocumentCount ?? 0);
    edges.contested.push(data.contested);
    edges.modalities.push(data.modalities);
  }
  if (graph.edges.length > 0 && documents.length === graph.edges.length) edges.documents = documents;
  return { ids, nodes, edges, meta: graph.meta };
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
