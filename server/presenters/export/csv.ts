// GraphResponse → CSV edge list (one row per aggregated edge), RFC 4180 quoting.
import type { GraphResponse } from '../../../shared/api';

const COLUMNS = ['source', 'source_label', 'type', 'target', 'target_label', 'count', 'weight', 'years', 'documents', 'publishers', 'negated_count', 'contested', 'modalities'];

export function csvCell(value: unknown): string {
  let s = Array.isArray(value) ? value.join(';') : String(value ?? '');
  // Cells starting with = + - @ are formulas in spreadsheets: prefix them so they stay text.
  if (/^[=+\-@\t\r]/.test(s) && Number.isNaN(Number(s))) s = `'${s}`;
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(graph: GraphResponse): string {
  const labels = new Map(graph.nodes.map((n) => [n.data.id, n.data.label]));
  const rows = graph.edges.map(({ data }) => [
    data.source, labels.get(data.source) ?? data.source, data.type, data.target, labels.get(data.target) ?? data.target,
    data.count, data.weight, data.years, data.documents ?? [], data.publishers, data.negatedCount, data.contested, data.modalities,
  ]);
  return [COLUMNS, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
