// The extractor as the loader and worker see it, and the one place that loads the real one, so the
// I/O side can be driven by any implementation of the same signature (tests use fixture extractors).
import type { DocumentExtraction, DocumentMeta } from '../../shared/contract';
import type { Article } from '../read/parse-article';
import { ArticleError } from '../read/article-error';

export interface ArticleExtractor {
  version: string;
  extract(input: { meta: DocumentMeta; text: string }): DocumentExtraction;
}

let cached: Promise<ArticleExtractor> | undefined;

/** The project's extractor (ingest/extract), imported on first use. */
export function defaultExtractor(): Promise<ArticleExtractor> {
  cached ??= import('../extract/index').then((m) => m.createExtractor());
  return cached;
}

/**
 * Extracts one article; the stored hash is always that of the original text, and a document in
 * which no actor was found is rejected instead of being stored empty.
 */
export function extractArticle(extractor: ArticleExtractor, article: Pick<Article, 'meta' | 'text' | 'sha256'>): DocumentExtraction {
  const extraction = extractor.extract({ meta: article.meta, text: article.text });
  if (extraction.actors.length === 0) throw new ArticleError('no-actors', 'no actors found in the text.');
  return { ...extraction, document: article.meta, text: article.text, sha256: article.sha256 };
}
