// Human-readable output of `ingest load` and `ingest extract` (stdout; formats documented in ingest/README.md).
import type { Actor, Claim, DocumentExtraction, DocumentMeta } from '../../shared/contract';
import { formatTable } from './format-table';
import type { FileResult, LoadSummary } from './load-files';

export function formatLoadSummary(summary: LoadSummary): string {
  const table = formatTable<FileResult>(summary.files, [
    { header: 'FILE', value: (r) => r.path },
    { header: 'ID', value: (r) => r.id ?? '-' },
    { header: 'OUTCOME', value: (r) => r.outcome },
    { header: 'CLAIMS', value: (r) => r.claims },
    { header: 'ERROR', value: (r) => r.error ?? '' },
  ]);
  const t = summary.totals;
  return `${table}\nTOTAL: ${t.documents} documents: ${t.loaded} loaded, ${t.replaced} replaced, ${t.unchanged} unchanged, ${t.failed} failed; ${t.claims} claims (${t.claimsWritten} written)\n`;
}

export interface ExtractReport {
  documents: Array<DocumentMeta & { sha256: string }>;
  actors: Array<Pick<Actor, 'id' | 'name' | 'type' | 'aliases' | 'discovered'>>;
  relations: Claim[];
}

/** The `extract --json` object: documents, the union of their actors (a gazetteer entry wins), all claims. */
export function extractReport(extractions: DocumentExtraction[]): ExtractReport {
  const actors = new Map<string, Actor>();
  for (const e of extractions) {
    for (const actor of e.actors) {
      const current = actors.get(actor.id);
      if (!current || (current.discovered && !actor.discovered)) actors.set(actor.id, actor);
    }
  }
  return {
    documents: extractions.map((e) => ({ ...e.document, sha256: e.sha256 })),
    actors: [...actors.values()]
      .sort((a, b) => a.id.localeCompare(b.id))
      .map(({ id, name, type, aliases, discovered }) => ({ id, name, type, aliases, discovered })),
    relations: extractions.flatMap((e) => e.claims),
  };
}

export function formatExtractReport(report: ExtractReport): string {
  const relations = formatTable<Claim>(report.relations, [
    { header: 'DOC', value: (c) => c.doc },
    { header: 'SOURCE', value: (c) => c.source },
    { header: 'TYPE', value: (c) => (c.negated ? `NOT ${c.type}` : c.type) },
    { header: 'TARGET', value: (c) => c.target },
    { header: 'YEAR', value: (c) => (c.year === null ? '-' : String(c.year)) },
    { header: 'RULE', value: (c) => c.yearRule },
    { header: 'MODALITY', value: (c) => c.modality },
    { header: 'CONF', value: (c) => c.confidence.toFixed(2) },
    { header: 'SENTENCE', value: (c) => (c.sentence.length > 100 ? `${c.sentence.slice(0, 97)}...` : c.sentence) },
  ]);
  const discovered = report.actors.filter((a) => a.discovered).length;
  return [
    `${report.documents.length} documents, ${report.actors.length} actors (${discovered} discovered), ${report.relations.length} relations`,
    '',
    relations,
    '',
  ].join('\n');
}
