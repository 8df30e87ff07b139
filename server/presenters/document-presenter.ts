// Document node properties → DocumentSummary (temporal values become ISO strings).
import type { DocumentSummary } from '../../shared/api';
import type { DocumentStatus } from '../../shared/vocabulary';
import { toInt, toNullableInt, toStringOrNull } from './values';

const temporal = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

export function presentDocument(d: Record<string, unknown>): DocumentSummary {
  return {
    id: String(d.id),
    title: toStringOrNull(d.title),
    publisher: toStringOrNull(d.publisher),
    author: toStringOrNull(d.author),
    published: toStringOrNull(d.published),
    publishedYear: toNullableInt(d.publishedYear),
    url: toStringOrNull(d.url),
    language: toStringOrNull(d.language),
    status: (d.status ?? 'done') as DocumentStatus,
    error: toStringOrNull(d.error),
    claimCount: toInt(d.claimCount),
    submittedAt: temporal(d.submittedAt),
    processedAt: temporal(d.processedAt),
  };
}

/** MENTIONS offsets are a flat [start, end, start, end…] list. */
export function expandMentions(rows: Array<{ actor: string; name: string; type: string; offsets: unknown }>) {
  const mentions = [];
  for (const row of rows) {
    const offsets = Array.isArray(row.offsets) ? row.offsets.map((o) => toInt(o)) : [];
    for (let i = 0; i + 1 < offsets.length; i += 2) {
      mentions.push({ actor: row.actor, name: row.name, type: row.type, start: offsets[i]!, end: offsets[i + 1]! });
    }
  }
  return mentions.sort((a, b) => a.start - b.start || a.end - b.end);
}
