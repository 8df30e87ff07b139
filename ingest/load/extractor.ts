// The extractor as the loader and worker see it, and the one place that loads the real one, so the
// I/O side can be driven by any implementation of the same signature (tests use fixture extractors).
import type { DocumentExtraction, DocumentMeta } from '../../shared/contract';
import type { Article } from '../read/parse-article';
import type { Driver } from 'neo4j-driver';
import { ArticleError } from '../../text/article-error';
import type { DecisionIndex } from '../../review/actor-decisions';
import { readDecisionIndex } from '../../review/actor-decision-store';
import { decisionsFingerprint, learnedGazetteer } from '../../review/learned-gazetteer';
import { defaultResources } from '../extract/resources';

export interface ArticleExtractor {
  version: string;
  /** The coder waits on the NLP server; fixture extractors may answer at once. */
  /** `sha256`: the text's hash, taken where it came in, so the extractor does not hash it again. */
  extract(input: { meta: DocumentMeta; text: string; sha256?: string }): DocumentExtraction | Promise<DocumentExtraction>;
  /** How many documents it extracts at once to keep its servers busy (default 1). */
  concurrency?: number;
}

/** One coder per set of analysts' decisions (the latest few): the NLP servers are shared. */
const cached = new Map<string, Promise<ArticleExtractor>>();
const MAX_CACHED = 4;

/**
 * The project's extractor: the dependency coder on the NLP server(s) of NLP_URL or the local one.
 * With `decisions` (read by the loader and the worker before they extract), it runs on the gazetteer
 * with the names analysts taught it (review/learned-gazetteer.ts).
 */
export function defaultExtractor(log: (message: string) => void = () => {}, decisions?: DecisionIndex): Promise<ArticleExtractor> {
  const key = decisions ? decisionsFingerprint(decisions) : '';
  let extractor = cached.get(key);
  if (!extractor) {
    extractor = (async () => {
      const [{ createCoder }, { ensureNlp }] = await Promise.all([import('../coder/index'), import('../../nlp/ensure')]);
      const base = defaultResources();
      const resources = decisions && key !== '' ? { ...base, gazetteer: learnedGazetteer(base.gazetteer, decisions) } : base;
      return createCoder({ urls: await ensureNlp(process.env, log), log, resources });
    })();
    if (cached.size >= MAX_CACHED) cached.delete(cached.keys().next().value as string);
    cached.set(key, extractor);
    // A failed start (Java missing, server refused) is reported now and retried on the next call.
    const failed = extractor;
    failed.catch(() => {
      if (cached.get(key) === failed) cached.delete(key);
    });
  }
  return extractor;
}

/** The analysts' actor decisions, for defaultExtractor. */
export async function readActorDecisions(driver: Driver, database?: string): Promise<DecisionIndex> {
  const session = driver.session({ database, defaultAccessMode: 'READ' });
  try {
    return await session.executeRead((tx) => readDecisionIndex(tx));
  } finally {
    await session.close();
  }
}

/**
 * Extracts one article; the stored hash is always that of the original text, and a document in
 * which no actor was found is rejected instead of being stored empty.
 */
export async function extractArticle(extractor: ArticleExtractor, article: Pick<Article, 'meta' | 'text' | 'sha256'>): Promise<DocumentExtraction> {
  const extraction = await extractor.extract({ meta: article.meta, text: article.text, sha256: article.sha256 });
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
