// A saved query's result graph (loosely typed records) -> the same element shape as /api/graph, so
// it is drawn with the same style. Missing fields get neutral defaults. Pure.
import type { GraphEdge, GraphNode, SavedQueryRunResult } from '../../../shared/api';
import { ACTOR_TYPES, RELATION_TYPES, type ActorType, type RelationType } from '../../../shared/vocabulary';

const str = (v: unknown, fallback = ''): string => (typeof v === 'string' ? v : v === undefined || v === null ? fallback : String(v));
const num = (v: unknown, fallback = 0): number => (typeof v === 'number' && Number.isFinite(v) ? v : fallback);
const strs = (v: unknown): string[] => (Array.isArray(v) ? v.map((x) => str(x)) : []);

export function queryResultGraph(result: Pick<SavedQueryRunResult, 'graph'>): { nodes: GraphNode[]; edges: GraphEdge[] } {
  const nodes: GraphNode[] = result.graph.nodes.map(({ data }) => {
    const type = str(data.type, 'unknown');
    const id = str(data.id);
    return {
      data: {
        id,
        label: str(data.label ?? data.name, id),
        type: (ACTOR_TYPES as readonly string[]).includes(type) ? (type as ActorType) : 'unknown',
        degree: 0,
        claims: 0,
        discovered: data.discovered === true,
        aliases: strs(data.aliases),
        focus: false,
      },
    };
  });
  const ids = new Set(nodes.map((n) => n.data.id));
  const edges: GraphEdge[] = [];
  for (const { data } of result.graph.edges) {
    const source = str(data.source);
    const target = str(data.target);
    if (!ids.has(source) || !ids.has(target)) continue;
    const type = str(data.type);
    const relation: RelationType = (RELATION_TYPES as readonly string[]).includes(type) ? (type as RelationType) : 'MET_WITH';
    const negated = data.negated === true;
    const modality = str(data.modality, 'asserted');
    const documents = data.docId || data.doc ? [str(data.docId ?? data.doc)] : strs(data.documents);
    edges.push({
      data: {
        id: str(data.id, `${source}|${type}|${target}|${edges.length}`),
        source,
        target,
        type: relation,
        count: num(data.count, 1),
        years: typeof data.year === 'number' ? [data.year] : strs(data.years).map(Number).filter(Number.isFinite),
        documents,
        documentCount: num(data.documentCount, documents.length),
        publishers: data.publisher ? [str(data.publisher)] : strs(data.publishers),
        weight: num(data.weight),
        negatedCount: num(data.negatedCount, negated ? 1 : 0),
        assertedCount: num(data.assertedCount, negated ? 0 : 1),
        contested: data.contested === true,
        modalities: [modality as GraphEdge['data']['modalities'][number]],
      },
    });
  }
  const byId = new Map(nodes.map((n) => [n.data.id, n]));
  for (const e of edges) {
    byId.get(e.data.source)!.data.degree += 1;
    if (e.data.target !== e.data.source) byId.get(e.data.target)!.data.degree += 1;
  }
  return { nodes, edges };
}

/** A table cell: scalars as text, nodes/relationships/lists as compact JSON. */
export function formatCell(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'object' && !Array.isArray(value)) {
    const o = value as Record<string, unknown>;
    if (typeof o.name === 'string') return o.name;
    if (typeof o.type === 'string' && 'start' in o && 'end' in o) return `${str(o.start)} —${o.type}→ ${str(o.end)}`;
  }
  return JSON.stringify(value);
}
