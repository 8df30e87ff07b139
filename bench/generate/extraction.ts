// Turns a synthetic article's planted claims straight into the DocumentExtraction the loader writes,
// so the load and API benchmarks reach 1M claims without running the extractor over 100k articles.
import { createHash } from 'node:crypto';
import type { Actor, Claim, DocumentExtraction } from '../../shared/contract';
import { RELATION_TYPE_INFO } from '../../shared/vocabulary';
import type { BenchActor } from './actors';
import type { BenchArticle } from './article';

export const BENCH_EXTRACTOR_VERSION = 'bench-synthetic-1';

export function articleToExtraction(article: BenchArticle, actorsById: ReadonlyMap<string, BenchActor>): DocumentExtraction {
  const used = new Set<string>(article.mentions.map((m) => m.actor));
  const actors: Actor[] = [...used].map((id) => {
    const a = actorsById.get(id);
    if (!a) throw new Error(`articleToExtraction: article ${article.meta.id} mentions unknown actor "${id}".`);
    return { id: a.id, name: a.name, type: a.type, aliases: a.aliases, discovered: false };
  });
  const claims: Claim[] = article.claims.map((c, i) => ({
    claimId: `${article.meta.id}:${i}`,
    source: c.source,
    target: c.target,
    type: c.type,
    year: c.year,
    yearRule: c.yearRule,
    doc: article.meta.id,
    publisher: article.meta.publisher,
    sentence: article.text.slice(c.sentence.start, c.sentence.end),
    sentenceStart: c.sentence.start,
    sentenceEnd: c.sentence.end,
    trigger: article.text.slice(c.trigger.start, c.trigger.end),
    triggerStart: c.trigger.start,
    triggerEnd: c.trigger.end,
    sourceStart: c.sourceSpan.start,
    sourceEnd: c.sourceSpan.end,
    targetStart: c.targetSpan.start,
    targetEnd: c.targetSpan.end,
    negated: c.negated,
    modality: c.modality,
    confidence: c.modality === 'asserted' ? 0.9 : 0.7,
    weight: c.negated ? 0 : RELATION_TYPE_INFO[c.type].weight,
    extractorVersion: BENCH_EXTRACTOR_VERSION,
  }));
  return {
    document: article.meta,
    text: article.text,
    sha256: createHash('sha256').update(article.text).digest('hex'),
    actors,
    mentions: article.mentions.map(({ actor, text, start, end }) => ({ actor, text, start, end })),
    claims,
  };
}
