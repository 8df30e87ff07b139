// Aggregated edge rows + actor rows → the graph answer: compact (shared/api/graph-compact.ts), or
// expanded to Cytoscape elements ({nodes, edges, meta}).
import type { CompactGraph, GraphEdge, GraphFilters, GraphResponse } from '../../shared/api';
import { compactColumns, expandGraph } from '../../shared/graph-compact';
import type { ActorType, Modality, RelationType } from '../../shared/vocabulary';
import { toInt, toIntArray, toNumber, toStringArray } from './values';
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

/** The rows of `ids`, in their order (an id without a row left out): the order the answer lists its nodes. */
export function actorRowsInOrder(rows: readonly ActorRow[], ids: Iterable<string>): ActorRow[] {
  const byId = new Map(rows.map((a) => [a.id, a]));
  const out: ActorRow[] = [];
  for (const id of ids) {
    const row = byId.get(id);
    if (row) out.push(row);
  }
  return out;
}

export interface ActorRow {
  id: string;
  name: string;
  type: string;
  discovered: unknown;
  aliases: unknown;
}

/** One document asserts what another document negates. */
export function isContested(assertedDocs: readonly string[], negatedDocs: readonly string[]): boolean {
  if (negatedDocs.length === 0) return false;
  return assertedDocs.some((a) => negatedDocs.some((n) => n !== a));
}

const round = (n: number) => Math.round(n * 1000) / 1000;

/**
 * A list of strings as it is when it holds only strings, else its strings copied: the document lists
 * (whose counts are all a compact answer carries) and an actor's aliases. Most are the rows' own:
 * copying them was a third of the presentation's garbage.
 */
function readStrings(value: unknown): readonly string[] {
  if (!Array.isArray(value)) return [];
  // Indexed, not for…of: a graph answer reads three lists per edge, and an iterator that V8 has not
  // optimised away allocates a result object per item.
  for (let i = 0; i < value.length; i++) if (typeof value[i] !== 'string') return toStringArray(value);
  return value as string[];
}

/**
 * A row's list of one plain value as it is (most edges have one year, one publisher and one modality:
 * copying each was a list per field per edge), else converted and sorted into a new list.
 */
function sortedYears(value: unknown): number[] {
  if (Array.isArray(value) && value.length === 1 && Number.isInteger(value[0])) return value as number[];
  return toIntArray(value).sort((a, b) => a - b);
}

function sortedStrings(value: unknown): string[] {
  if (Array.isArray(value) && value.length === 1 && typeof value[0] === 'string') return value as string[];
  return toStringArray(value).sort();
}

type EdgeFields = Omit<GraphEdge['data'], 'id'>;

/**
 * An edge's fields as both answer forms carry them (all but the id), written into `out`: the compact
 * answer fills one object for every edge (its columns copy the values out), not an object per edge.
 */
function writeEdgeFields(out: EdgeFields, row: EdgeRow, documentIds: boolean | undefined): EdgeFields {
  const documents = readStrings(row.documents);
  const assertedDocs = readStrings(row.assertedDocs);
  const negatedDocs = readStrings(row.negatedDocs);
  out.source = row.source;
  out.target = row.target;
  out.type = row.type as RelationType;
  out.count = toInt(row.count);
  out.years = sortedYears(row.years);
  out.documentCount = documents.length;
  if (documentIds) out.documents = documents.slice().sort();
  out.publishers = sortedStrings(row.publishers);
  out.weight = round(toNumber(row.weight));
  out.negatedCount = toInt(row.negatedCount);
  out.assertedCount = toInt(row.assertedCount);
  out.assertedDocumentCount = assertedDocs.length;
  out.assertedPublisherCount = Array.isArray(row.assertedPublishers) ? row.assertedPublishers.length : 0;
  out.negatedDocumentCount = negatedDocs.length;
  out.contested = isContested(assertedDocs, negatedDocs);
  out.modalities = sortedStrings(row.modalities) as Modality[];
  return out;
}

export function presentEdge(row: EdgeRow, options: { documentIds?: boolean } = {}): GraphEdge {
  return { data: { id: `${row.source}|${row.type}|${row.target}`, ...writeEdgeFields({} as EdgeFields, row, options.documentIds) } };
}

/**
 * The graph answer in its compact form (shared/api/graph-compact.ts), built straight from the rows:
 * the form the explorer requests, so it skips the Cytoscape objects (/api/graph expands it).
 */
export function presentCompactGraph(rows: GraphRows, actors: ActorRow[], filters: GraphFilters): CompactGraph {
  const focus = new Set(filters.actors ?? []);
  const ends = new Set<string>();
  const edges = rows.edges;
  for (let i = 0; i < edges.length; i++) {
    ends.add(edges[i]!.source);
    ends.add(edges[i]!.target);
  }
  const columns = compactColumns();
  const nodes: CompactGraph['nodes'] = { label: [], type: [], discovered: [], aliases: [], focus: [] };
  for (let k = 0; k < actors.length; k++) {
    const a = actors[k]!;
    if (!ends.has(a.id) && !focus.has(a.id)) continue;
    const i = columns.at(a.id);
    if (focus.has(a.id)) nodes.focus.push(i);
    nodes.label.push(a.name);
    nodes.type.push(a.type as ActorType);
    nodes.discovered.push(a.discovered === true);
    nodes.aliases.push(readStrings(a.aliases) as string[]);
  }
  const fields = {} as EdgeFields;
  for (let i = 0; i < edges.length; i++) columns.addEdge(writeEdgeFields(fields, edges[i]!, filters.documentIds));
  const known = focus.size === 0 ? focus : new Set(actors.map((a) => a.id));
  const totalEdges = toInt(rows.totalEdges);
  const returnedNodes = nodes.label.length;
  return {
    ids: columns.ids,
    nodes,
    edges: columns.edges(),
    meta: {
      truncated: rows.edges.length < totalEdges,
      totalNodes: toInt(rows.totalNodes),
      totalEdges,
      totalClaims: toInt(rows.totalClaims),
      returnedNodes,
      returnedEdges: rows.edges.length,
      limit: filters.limit,
      timeAxis: filters.timeAxis,
      missingActors: [...focus].filter((id) => !known.has(id)),
    },
  };
}

/** The Cytoscape form (GET /api/graph, paths, exports): the compact answer expanded. */
export function presentGraph(rows: GraphRows, actors: ActorRow[], filters: GraphFilters): GraphResponse {
  return expandGraph(presentCompactGraph(rows, actors, filters));
}
