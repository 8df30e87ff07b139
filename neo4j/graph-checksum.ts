// A canonical fingerprint of the whole graph: every node (labels + typed properties) and every
// relationship (type + endpoints + typed properties), independent of internal ids and of order.
// Two databases with the same checksum hold the same graph, down to 1 vs 1.0 and duplicated edges.
import { createHash } from 'node:crypto';
import type { Driver } from 'neo4j-driver';

export interface GraphFingerprint {
  nodes: number;
  relationships: number;
  /** Count per label and per relationship type, e.g. { ':Actor': 12, '-[:VISITED]->': 4 }. */
  byKind: Record<string, number>;
  checksum: string;
}

function canonical(value: unknown): string {
  return JSON.stringify(value);
}

/** Deliberately independent of the backup encoding: each property as [key, Neo4j type, text of the value]. */
function typedProperties(props: Record<string, unknown>, types: Array<[string, string]>): Array<[string, string, string]> {
  const text = (v: unknown): string => (Array.isArray(v) ? `[${v.map(text).join(',')}]` : typeof v === 'string' ? JSON.stringify(v) : String(v));
  return types
    .map(([key, type]): [string, string, string] => [key, type, text(props[key])])
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

export async function graphFingerprint(driver: Driver, database?: string): Promise<GraphFingerprint> {
  const session = driver.session({ database, defaultAccessMode: 'READ' });
  try {
    return await session.executeRead(async (tx) => {
      const keyOf = new Map<string, string>();
      const nodeLines: string[] = [];
      const byKind: Record<string, number> = {};
      const nodes = await tx.run(
        `MATCH (n) RETURN elementId(n) AS eid, labels(n) AS labels, properties(n) AS props,
                [k IN keys(n) | [k, valueType(n[k])]] AS types`,
      );
      for (const record of nodes.records) {
        const labels = (record.get('labels') as string[]).slice().sort();
        const raw = record.get('props') as Record<string, unknown>;
        const line = canonical({ labels, props: typedProperties(raw, record.get('types') as Array<[string, string]>) });
        // Nodes are named by their labels + id; a node without an id is named by its content.
        const key = typeof raw.id === 'string' ? canonical([labels, raw.id]) : createHash('sha256').update(line).digest('hex');
        keyOf.set(record.get('eid') as string, key);
        nodeLines.push(line);
        const kind = `:${labels.join(':')}`;
        byKind[kind] = (byKind[kind] ?? 0) + 1;
      }
      const relLines: string[] = [];
      const rels = await tx.run(
        `MATCH (a)-[r]->(b) RETURN elementId(a) AS a, type(r) AS type, elementId(b) AS b, properties(r) AS props,
                [k IN keys(r) | [k, valueType(r[k])]] AS types`,
      );
      for (const record of rels.records) {
        const type = record.get('type') as string;
        const props = typedProperties(record.get('props') as Record<string, unknown>, record.get('types') as Array<[string, string]>);
        relLines.push(canonical({ from: keyOf.get(record.get('a') as string), type, to: keyOf.get(record.get('b') as string), props }));
        const kind = `-[:${type}]->`;
        byKind[kind] = (byKind[kind] ?? 0) + 1;
      }
      const hash = createHash('sha256');
      for (const line of nodeLines.sort()) hash.update(line).update('\n');
      hash.update('--\n');
      for (const line of relLines.sort()) hash.update(line).update('\n');
      return { nodes: nodeLines.length, relationships: relLines.length, byKind, checksum: hash.digest('hex') };
    });
  } finally {
    await session.close();
  }
}
