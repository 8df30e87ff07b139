// GraphResponse → GEXF 1.3 in dynamic mode: each edge has one spell per year it was observed and each
// node the span of its edges' years, so Gephi's timeline can play the network over time.
import type { GraphResponse } from '../../../shared/api';
import { xml } from './xml';

export function toGexf(graph: GraphResponse): string {
  const nodeYears = new Map<string, number[]>();
  for (const { data } of graph.edges) {
    for (const id of [data.source, data.target]) nodeYears.set(id, [...(nodeYears.get(id) ?? []), ...data.years]);
  }
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" version="1.3">',
    '  <meta><creator>Actorscope</creator><description>Actor network (claims aggregated per source, type, target)</description></meta>',
    '  <graph mode="dynamic" defaultedgetype="directed" timeformat="integer" timerepresentation="interval">',
    '    <attributes class="node" mode="static">',
    '      <attribute id="type" title="type" type="string"/>',
    '      <attribute id="discovered" title="discovered" type="boolean"/>',
    '    </attributes>',
    '    <attributes class="edge" mode="static">',
    '      <attribute id="relation" title="relation" type="string"/>',
    '      <attribute id="count" title="count" type="integer"/>',
    '      <attribute id="netWeight" title="netWeight" type="double"/>',
    '      <attribute id="documents" title="documents" type="string"/>',
    '      <attribute id="contested" title="contested" type="boolean"/>',
    '    </attributes>',
    '    <nodes>',
  ];
  for (const { data } of graph.nodes) {
    const years = nodeYears.get(data.id) ?? [];
    const span = years.length > 0 ? ` start="${Math.min(...years)}" end="${Math.max(...years)}"` : '';
    lines.push(
      `      <node id="${xml(data.id)}" label="${xml(data.label)}"${span}>`,
      `        <attvalues><attvalue for="type" value="${xml(data.type)}"/><attvalue for="discovered" value="${data.discovered}"/></attvalues>`,
      '      </node>',
    );
  }
  lines.push('    </nodes>', '    <edges>');
  graph.edges.forEach(({ data }) => {
    lines.push(
      `      <edge id="${xml(data.id)}" source="${xml(data.source)}" target="${xml(data.target)}" label="${xml(data.type)}" weight="${data.count}">`,
      `        <attvalues><attvalue for="relation" value="${xml(data.type)}"/><attvalue for="count" value="${data.count}"/><attvalue for="netWeight" value="${data.weight}"/><attvalue for="documents" value="${xml((data.documents ?? []).join(';'))}"/><attvalue for="contested" value="${data.contested}"/></attvalues>`,
    );
    if (data.years.length > 0) {
      lines.push(`        <spells>${data.years.map((y) => `<spell start="${y}" end="${y}"/>`).join('')}</spells>`);
    }
    lines.push('      </edge>');
  });
  lines.push('    </edges>', '  </graph>', '</gexf>', '');
  return lines.join('\n');
}
