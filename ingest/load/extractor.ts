// The extractor as the loader and worker see it, and the one place that loads the real one, so the
// I/O side can be driven by any implementation of the same signature (tests use fixture extractors).
import type { DocumentExtraction, DocumentMeta } from '../../shared/contract';
import type { Article } from '../read/parse-article';
import { ArticleError } from '../../text/article-error';

export interface ArticleExtractor {
  version: string;
  /** The coder waits on the NLP server; fixture extractors may answer at once. */
  extract(input: { meta: DocumentMeta; text: string }): DocumentExtraction | Promise<DocumentExtraction>;
  /** How many documents it extracts at once to keep its servers busy (default 1). */
  concurrency?: number;
}

let cached: Promise<ArticleExtractor> | undefined;

/** The project's extractor: the dependency coder on the NLP server(s) of NLP_URL or the local one. */
export function defaultExtractor(log: (message: string) => void = () => {}): Promise<ArticleExtractor> {
  cached ??= (async () => {
    const [{ createCoder }, { ensureNlp }] = await Promise.all([import('../coder/index'), import('../../nlp/ensure')]);
    return createCoder({ urls: await ensureNlp(process.env, log), log });
  })();
  // A failed start (Java missing, server refused) is reported now and retried on the next call.
  cached.catch(() => {
    cached = undefined;
  });
  return cached;
}

/**
 * Extracts one article; the stored hash is always that of the original text, and a document in
 * which no actor was found is rejected instead of being stored empty.
 */
export async function extractArticle(extractor: ArticleExtractor, article: Pick<Article, 'meta' | 'text' | 'sha256'>): Promise<DocumentExtraction> {
  const extraction = await extractor.extract({ meta: article.meta, text: article.text });
  if (extraction.actors.length === 0) throw new ArticleError('no-actors', 'no actors found in the text.');
  return { ...extraction, document: article.meta, text: article.text, sha256: article.sha256 };
}

/** Extracts articles `concurrency` at a time, results in input order; a failure is that article's result. */
export async function extractAll<T extends Pick<Article, 'meta' | 'text' | 'sha256'>>(
  extractor: ArticleExtractor,
  articles: readonly T[],
): Promise<({ ok: true; article: T; extraction: DocumentExtraction } | { ok: false; article: T; error: unknown })[]> {
  const out = new Array<{ ok: true; article: T; extraction: DocumentExtraction } | { ok: false; article: T; error: unknown }>(articles.length);
  let next = 0;
  const lanes = Math.max(1, Math.min(extractor.concurrency ?? 1, articles.length));
  await Promise.all(
    Array.from({ length: lanes }, async () => {
      while (next < articles.length) {
        const k = next++;
        const article = articles[k] as T;
        try {
          out[k] = { ok: true, article, extraction: await extractArticle(extractor, article) };
        } catch (error) {
          out[k] = { ok: false, article, error };
        }
      }
    }),
  );
  return out;
}
