// GraphResponse → GraphML (yEd, Gephi, NetworkX).
import type { GraphResponse } from '../../../shared/api';
import { xml } from './xml';

const NODE_KEYS = [['label', 'string'], ['type', 'string'], ['degree', 'int'], ['discovered', 'boolean']] as const;
const EDGE_KEYS = [
  ['type', 'string'], ['count', 'int'], ['weight', 'double'], ['years', 'string'], ['documents', 'string'],
  ['publishers', 'string'], ['negatedCount', 'int'], ['contested', 'boolean'],
] as const;

export function toGraphml(graph: GraphResponse): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...NODE_KEYS.map(([k, t]) => `  <key id="n_${k}" for="node" attr.name="${k}" attr.type="${t}"/>`),
    ...EDGE_KEYS.map(([k, t]) => `  <key id="e_${k}" for="edge" attr.name="${k}" attr.type="${t}"/>`),
    '  <graph id="actorscope" edgedefault="directed">',
  ];
  for (const { data } of graph.nodes) {
    lines.push(`    <node id="${xml(data.id)}">`);
    for (const [k] of NODE_KEYS) lines.push(`      <data key="n_${k}">${xml(data[k])}</data>`);
    lines.push('    </node>');
  }
  for (const { data } of graph.edges) {
    lines.push(`    <edge id="${xml(data.id)}" source="${xml(data.source)}" target="${xml(data.target)}">`);
    for (const [k] of EDGE_KEYS) {
      const v = data[k];
      lines.push(`      <data key="e_${k}">${xml(Array.isArray(v) ? v.join(';') : v)}</data>`);
    }
    lines.push('    </edge>');
  }
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}
