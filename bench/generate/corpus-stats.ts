// What a generated corpus holds: size, claims, and how often each sentence shape occurs.
import type { BenchArticle, SentenceShape } from './article';

export interface CorpusStats {
  seed: number;
  articles: number;
  actors: number;
  bytes: number;
  meanArticleBytes: number;
  claims: number;
  claimsPerArticle: number;
  shapes: Record<SentenceShape, number>;
  negated: number;
}

export function corpusStats(articles: readonly BenchArticle[], seed: number, actors: number): CorpusStats {
  const shapes: Record<SentenceShape, number> = { active: 0, passive: 0, coordination: 0, negation: 0, modal: 0, reported: 0, role: 0 };
  let bytes = 0;
  let claims = 0;
  let negated = 0;
  for (const a of articles) {
    bytes += Buffer.byteLength(a.text);
    claims += a.claims.length;
    for (const c of a.claims) {
      shapes[c.shape]++;
      if (c.negated) negated++;
    }
  }
  const n = Math.max(articles.length, 1);
  return { seed, articles: articles.length, actors, bytes, meanArticleBytes: bytes / n, claims, claimsPerArticle: claims / n, shapes, negated };
}
