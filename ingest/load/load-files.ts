// Loads article files into Neo4j: read → extract → write in batches (one transaction per batch).
// A failed batch is retried document by document so one bad document never fails the others.
// Batches are written `concurrency` at a time (write-queue.ts) while the next one is extracted.
// Importable without side effects: `npm start` uses it to load the seeds.
import type { Driver } from 'neo4j-driver';
import type { DocumentExtraction } from '../../shared/contract';
import { ensureSchema } from '../../neo4j/schema';
import { ArticleError, errorMessage } from '../../text/article-error';
import type { Article } from '../read/parse-article';
import { expandPaths, readArticle } from '../read/read-article';
import { NlpUnavailableError } from '../parse/nlp-client';
import { defaultExtractor, extractAll, readActorDecisions, type ArticleExtractor } from './extractor';
import { unchangedClaimCounts, writeDocuments, type WriteOutcome } from '../../documents/write-documents';
import { defaultConcurrency, WriteQueue } from './write-queue';

export type FileOutcome = WriteOutcome | 'failed';

export interface FileResult {
  path: string;
  /** null when the file failed before its id was known. */
  id: string | null;
  outcome: FileOutcome;
  /** Claims the document holds in the database after the run (0 when failed). */
  claims: number;
  error?: string;
}

export interface LoadTotals {
  /** Files processed (each one document). */
  documents: number;
  loaded: number;
  replaced: number;
  unchanged: number;
  failed: number;
  /** Claims held by all documents that did not fail. */
  claims: number;
  /** Claims written in this run (loaded + replaced documents). */
  claimsWritten: number;
}

export interface LoadSummary {
  files: FileResult[];
  totals: LoadTotals;
}

export interface LoadProgress {
  done: number;
  total: number;
  claims: number;
  last: FileResult;
}

export interface LoadOptions {
  batchSize?: number;
  /** Write transactions in flight at once (default LOAD_CONCURRENCY, else 2). */
  concurrency?: number;
  force?: boolean;
  database?: string;
  extractor?: ArticleExtractor;
  onProgress?: (progress: LoadProgress) => void;
}

export const DEFAULT_BATCH_SIZE = 500;

interface Pending {
  path: string;
  extraction: DocumentExtraction;
}

export async function loadPaths(driver: Driver, paths: string[], options: LoadOptions = {}): Promise<LoadSummary> {
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  if (!Number.isInteger(batchSize) || batchSize < 1) {
    throw new Error(`loadPaths: invalid batchSize ${String(batchSize)}. Expecting a positive integer.`);
  }
  const writes = new WriteQueue(options.concurrency ?? defaultConcurrency());
  await ensureSchema(driver, options.database);
  // The real extractor runs on the gazetteer with the names analysts taught it (merges, promotions).
  const extractor = options.extractor ?? (await defaultExtractor(undefined, await readActorDecisions(driver, options.database)));
  const files = await expandPaths(paths);
  const results: FileResult[] = [];
  const seenIds = new Map<string, string>();
  let claims = 0;

  const record = (result: FileResult) => {
    results.push(result);
    if (result.outcome !== 'failed') claims += result.claims;
    options.onProgress?.({ done: results.length, total: files.length, claims, last: result });
  };

  for (let start = 0; start < files.length; start += batchSize) {
    const articles: Article[] = [];
    for (const path of files.slice(start, start + batchSize)) {
      let id: string | null = null;
      try {
        const article = await readArticle(path);
        id = article.meta.id;
        const other = seenIds.get(id);
        if (other !== undefined) throw new ArticleError('duplicate-id', `document id "${id}" is also used by ${other}.`);
        seenIds.set(id, path);
        articles.push(article);
      } catch (error) {
        record({ path, id, outcome: 'failed', claims: 0, error: errorMessage(error) });
      }
    }
    // Unchanged documents (same text, same extractor) are not extracted again.
    const stored = options.force ? new Map<string, number>() : await unchangedClaimCounts(driver, articles.map((a) => ({ id: a.meta.id, sha256: a.sha256 })), extractor.version, options.database);
    const batch: Pending[] = [];
    const changed: Article[] = [];
    for (const article of articles) {
      const claimCount = stored.get(article.meta.id);
      if (claimCount === undefined) changed.push(article);
      else record({ path: article.path, id: article.meta.id, outcome: 'unchanged', claims: claimCount });
    }
    for (const result of await extractAll(extractor, changed)) {
      const { article } = result;
      // The NLP server is gone: stop here, so nothing is written half-extracted.
      if (!result.ok && result.error instanceof NlpUnavailableError) throw result.error;
      if (result.ok) batch.push({ path: article.path, extraction: result.extraction });
      else record({ path: article.path, id: article.meta.id, outcome: 'failed', claims: 0, error: errorMessage(result.error) });
    }
    // writeBatch reports a document's failure as its result; what still throws (onProgress) stops the load.
    await writes.submit(async () => {
      for (const result of await writeBatch(driver, batch, { ...options, extractorVersion: extractor.version })) record(result);
    });
  }
  await writes.finish();
  // Report in input order, whatever order batches finished in.
  const order = new Map(files.map((f, i) => [f, i]));
  results.sort((a, b) => (order.get(a.path) ?? 0) - (order.get(b.path) ?? 0));
  return { files: results, totals: totalsOf(results) };
}

async function writeBatch(driver: Driver, batch: Pending[], options: LoadOptions & { extractorVersion: string }): Promise<FileResult[]> {
  if (batch.length === 0) return [];
  const write = { database: options.database, force: options.force, extractorVersion: options.extractorVersion };
  try {
    const written = await writeDocuments(driver, batch.map((p) => p.extraction), write);
    return batch.map((p, i) => fileResult(p, written[i]?.outcome ?? 'loaded'));
  } catch (batchError) {
    if (batch.length === 1) return [failedResult(batch[0] as Pending, batchError)];
    // The batch rolled back as a whole; retry one by one to isolate the document at fault.
    const out: FileResult[] = [];
    for (const p of batch) {
      try {
        const [written] = await writeDocuments(driver, [p.extraction], write);
        out.push(fileResult(p, written?.outcome ?? 'loaded'));
      } catch (error) {
        out.push(failedResult(p, error));
      }
    }
    return out;
  }
}

function fileResult(p: Pending, outcome: WriteOutcome): FileResult {
  return { path: p.path, id: p.extraction.document.id, outcome, claims: p.extraction.claims.length };
}

function failedResult(p: Pending, error: unknown): FileResult {
  return { path: p.path, id: p.extraction.document.id, outcome: 'failed', claims: 0, error: `writing to Neo4j failed: ${errorMessage(error)}` };
}

export function totalsOf(results: FileResult[]): LoadTotals {
  const totals: LoadTotals = { documents: results.length, loaded: 0, replaced: 0, unchanged: 0, failed: 0, claims: 0, claimsWritten: 0 };
  for (const r of results) {
    totals[r.outcome] += 1;
    if (r.outcome !== 'failed') totals.claims += r.claims;
    if (r.outcome === 'loaded' || r.outcome === 'replaced') totals.claimsWritten += r.claims;
  }
  return totals;
}
