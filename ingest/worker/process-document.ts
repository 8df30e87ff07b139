// One claimed document: rebuild and validate its metadata, extract, and write its claims in the same
// transaction that marks it 'done' (writeDocuments, guarded by the claim); on error mark it 'failed'.
import { Neo4jError, type Driver } from 'neo4j-driver';
import { ArticleError, errorMessage } from '../../text/article-error';
import { sha256Hex } from '../../text/content-hash';
import { META_FIELDS, validateMeta } from '../read/validate-meta';
import { extractArticle, type ArticleExtractor } from '../load/extractor';
import { NlpUnavailableError } from '../parse/nlp-client';
import { LeaseLostError, writeDocuments } from '../../documents/write-documents';
import { releaseDocument, type QueuedDocument } from '../../documents/queue';

export type ProcessOutcome = { status: 'done'; claims: number } | { status: 'failed'; error: string } | { status: 'lost' } | { status: 'retry'; error: string };

export interface ProcessContext {
  driver: Driver;
  workerId: string;
  extractor: ArticleExtractor;
  database?: string;
}

function field(value: unknown): string | null {
  // Dates stored as Neo4j temporal values print as ISO strings.
  return value === null || value === undefined ? null : String(value);
}

/** The hash the API computed when the text came in (documents stored before it was kept are hashed here). */
function storedHash(doc: QueuedDocument): string | null {
  return typeof doc.sha256 === 'string' && doc.sha256.length > 0 ? doc.sha256 : null;
}

export async function processDocument(ctx: ProcessContext, doc: QueuedDocument): Promise<ProcessOutcome> {
  try {
    const raw = Object.fromEntries(META_FIELDS.map((f) => [f, field(doc[f])]));
    const meta = validateMeta(raw, doc.id, 'document metadata');
    if (typeof doc.text !== 'string' || doc.text.trim() === '') throw new ArticleError('empty', 'document has no text.');
    const extraction = await extractArticle(ctx.extractor, { meta, text: doc.text, sha256: storedHash(doc) ?? sha256Hex(doc.text) });
    await writeDocuments(ctx.driver, [extraction], { claimedBy: ctx.workerId, database: ctx.database, force: true, extractorVersion: ctx.extractor.version });
    return { status: 'done', claims: extraction.claims.length };
  } catch (error) {
    // Another worker owns the document now (our lease expired): leave it alone.
    if (error instanceof LeaseLostError) return { status: 'lost' };
    const message = errorMessage(error);
    // A transient database or NLP server problem is not the document's fault: put it back for a later attempt.
    if ((error instanceof Neo4jError && error.retriable) || error instanceof NlpUnavailableError) {
      await releaseDocument(ctx.driver, doc.id, ctx.workerId, { status: 'pending' }, ctx.database).catch(() => false);
      return { status: 'retry', error: message };
    }
    await releaseDocument(ctx.driver, doc.id, ctx.workerId, { status: 'failed', error: message }, ctx.database);
    return { status: 'failed', error: message };
  }
}
