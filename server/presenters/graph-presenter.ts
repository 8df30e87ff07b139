// Aggregated edge rows + actor rows → Cytoscape elements ({nodes, edges, meta}).
import type { GraphEdge, GraphFilters, GraphNode, GraphResponse } from '../../shared/api';
import type { ActorType, Modality, RelationType } from '../../shared/vocabulary';
import { toInt, toIntArray, toNumber, toStringArray } from './values';
import { nodeTotals } from '../../shared/node-totals';
import { batchedList } from '../queries/result-batches';

export interface EdgeRow {
  source: string;
  type: string;
  target: string;
  count: unknown;
  years: unknown;
  documents: unknown;
  publishers: unknown;
  weight: unknown;
  negatedCount: unknown;
  assertedCount: unknown;
  assertedDocs: unknown;
  assertedPublishers: unknown;
  negatedDocs: unknown;
  modalities: unknown;
}

export interface GraphRows {
  edges: EdgeRow[];
  totalEdges: unknown;
  totalClaims: unknown;
  totalNodes: unknown;
}

/** The actor rows ACTOR_NODES_QUERY returns (its records). */
export function actorRowsOf(records: ReadonlyArray<{ get(key: string): unknown }>): ActorRow[] {
  const rows = batchedList<[string, string, string, unknown, unknown]>(records, 'actors');
  return rows.map(([id, name, type, discovered, aliases]) => ({ id, name, type, discovered, aliases }));
}

export interface ActorRow {
  id: string;
  name: string;
  type: string;
  discovered: unknown;
  aliases: unknown;
}

/** One document asserts what another document negates. */
export function isContested(assertedDocs: string[], negatedDocs: string[]): boolean {
  return assertedDocs.some((a) => negatedDocs.some((n) => n !== a));
}

const round = (n: number) => Math.round(n * 1000) / 1000;

export function presentEdge(row: EdgeRow, options: { documentIds?: boolean } = {}): GraphEdge {
  const documents = toStringArray(row.documents);
  const assertedDocs = toStringArray(row.assertedDocs);
  const negatedDocs = toStringArray(row.negatedDocs);
  return {
    data: {
      id: `${row.source}|${row.type}|${row.target}`,
      source: row.source,
      target: row.target,
      type: row.type as RelationType,
      count: toInt(row.count),
      years: toIntArray(row.years).sort((a, b) => a - b),
      documentCount: documents.length,
      ...(options.documentIds ? { documents: documents.sort() } : {}),
      publishers: toStringArray(row.publishers).sort(),
      weight: round(toNumber(row.weight)),
      negatedCount: toInt(row.negatedCount),
      assertedCount: toInt(row.assertedCount),
      assertedDocumentCount: assertedDocs.length,
      assertedPublisherCount: Array.isArray(row.assertedPublishers) ? row.assertedPublishers.length : 0,
      negatedDocumentCount: negatedDocs.length,
      contested: isContested(assertedDocs, negatedDocs),
      modalities: toStringArray(row.modalities).sort() as Modality[],
    },
  };
}

export function presentGraph(rows: GraphRows, actors: ActorRow[], filters: GraphFilters): GraphResponse {
  const edges = rows.edges.map((row) => presentEdge(row, { documentIds: filters.documentIds }));
  const focus = new Set(filters.actors ?? []);
  const { degree, claims } = nodeTotals(edges);
  const known = new Set(actors.map((a) => a.id));
  const nodes: GraphNode[] = actors
    .filter((a) => degree.has(a.id) || focus.has(a.id))
    .map((a) => ({
      data: {
        id: a.id,
        label: a.name,
        type: a.type as ActorType,
        degree: degree.get(a.id) ?? 0,
        claims: claims.get(a.id) ?? 0,
        discovered: a.discovered === true,
        aliases: toStringArray(a.aliases),
        focus: focus.has(a.id),
      },
    }));
  const totalEdges = toInt(rows.totalEdges);
  return {
    nodes,
    edges,
    meta: {
      truncated: edges.length < totalEdges,
      totalNodes: toInt(rows.totalNodes),
      totalEdges,
      totalClaims: toInt(rows.totalClaims),
      returnedNodes: nodes.length,
      returnedEdges: edges.length,
      limit: filters.limit,
      timeAxis: filters.timeAxis,
      missingActors: [...focus].filter((id) => !known.has(id)),
    },
  };
}
