// A saved query's records → a table of plain values and a graph of the nodes/relationships it returned.
import neo4j from 'neo4j-driver';
import type { Node, Path, Record as Neo4jRecord, Relationship } from 'neo4j-driver';
import { toNumber } from './values';

type Plain = null | boolean | number | string | Plain[] | { [key: string]: Plain };

export interface GraphCollector {
  nodes: Map<string, Record<string, unknown>>;
  edges: Map<string, Record<string, unknown>>;
  /** Neo4j element id → the id used in the graph (an Actor's own id). */
  ids: Map<string, string>;
}

export const newCollector = (): GraphCollector => ({ nodes: new Map(), edges: new Map(), ids: new Map() });

function plainProps(props: Record<string, unknown>): Record<string, Plain> {
  return Object.fromEntries(Object.entries(props).map(([k, v]) => [k, toPlain(v)]));
}

function nodeId(node: Node): string {
  const id = node.properties.id;
  return typeof id === 'string' ? id : node.elementId;
}

function addNode(node: Node, graph: GraphCollector): void {
  const id = nodeId(node);
  graph.ids.set(node.elementId, id);
  if (graph.nodes.has(id)) return;
  const p = node.properties as Record<string, unknown>;
  graph.nodes.set(id, {
    ...plainProps(p),
    id,
    label: String(p.name ?? p.title ?? id),
    labels: node.labels,
    type: String(p.type ?? node.labels[0]?.toLowerCase() ?? 'unknown'),
  });
}

function addRelationship(rel: Relationship, graph: GraphCollector): void {
  const key = rel.elementId;
  if (graph.edges.has(key)) return;
  graph.edges.set(key, {
    ...plainProps(rel.properties as Record<string, unknown>),
    id: key,
    startElementId: rel.startNodeElementId,
    endElementId: rel.endNodeElementId,
    type: rel.type,
  });
}

/** Converts a Neo4j value to JSON, collecting nodes and relationships on the way. */
export function toPlain(value: unknown, graph?: GraphCollector): Plain {
  if (value === null || value === undefined) return null;
  if (typeof value === 'boolean' || typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  if (typeof value === 'bigint' || neo4j.isInt(value)) return toNumber(value);
  if (neo4j.isNode(value as object)) {
    const node = value as Node;
    if (graph) addNode(node, graph);
    return { _labels: node.labels, ...plainProps(node.properties as Record<string, unknown>) };
  }
  if (neo4j.isRelationship(value as object)) {
    const rel = value as Relationship;
    if (graph) addRelationship(rel, graph);
    return { _type: rel.type, ...plainProps(rel.properties as Record<string, unknown>) };
  }
  if (neo4j.isPath(value as object)) {
    const path = value as Path;
    const nodes: Plain[] = [toPlain(path.start, graph)];
    const rels: Plain[] = [];
    for (const seg of path.segments) {
      rels.push(toPlain(seg.relationship, graph));
      nodes.push(toPlain(seg.end, graph));
    }
    return { nodes, relationships: rels };
  }
  if (Array.isArray(value)) return value.map((v) => toPlain(v, graph));
  if (typeof value === 'object') {
    const o = value as Record<string, unknown>;
    // Temporal and spatial values print as ISO strings / WKT-like text.
    if (neo4j.isDateTime(o) || neo4j.isDate(o) || neo4j.isLocalDateTime(o) || neo4j.isTime(o) || neo4j.isLocalTime(o) || neo4j.isDuration(o) || neo4j.isPoint(o)) {
      return String(o);
    }
    return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, toPlain(v, graph)]));
  }
  return String(value);
}

export function presentRun(columns: string[], records: Neo4jRecord[]) {
  const graph = newCollector();
  const rows = records.map((r) => columns.map((c) => toPlain(r.get(c), graph)));
  const nodes = [...graph.nodes.values()].map((data) => ({ data }));
  // Relationships whose both ends were returned become edges, with Actor ids as endpoints.
  const edges: Array<{ data: Record<string, unknown> }> = [];
  for (const e of graph.edges.values()) {
    const { startElementId, endElementId, ...rest } = e;
    const source = graph.ids.get(String(startElementId));
    const target = graph.ids.get(String(endElementId));
    if (source !== undefined && target !== undefined) edges.push({ data: { ...rest, source, target } });
  }
  return { graph: { nodes, edges }, table: { columns, rows } };
}
