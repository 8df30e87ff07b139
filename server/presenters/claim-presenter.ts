// Claim relationship + endpoints + document → ClaimEvidence.
import type { ClaimEvidence } from '../../shared/api';
import type { ClaimReview, ClaimValues } from '../../shared/review';
import type { Modality, RelationType, YearRule } from '../../shared/vocabulary';
import { toInt, toNullableInt, toNumber, toStringOrNull } from './values';

/** Cypher projection matching presentClaim: `r` the claim, `s`/`t` its actors, `d` its document (optional). */
export const CLAIM_PROJECTION = `r {.*, type: type(r), source: s.id, sourceName: s.name, target: t.id, targetName: t.name,
  docTitle: d.title, published: d.published, url: d.url,
  review: COLLECT { MATCH (v:Review {claimId: r.claimId}) RETURN v {.verdict, .reviewer, .at, .note, .correction} }[0]} AS claim`;

function presentReview(raw: unknown): ClaimReview | null {
  if (raw === null || raw === undefined || typeof raw !== 'object') return null;
  const v = raw as Record<string, unknown>;
  return {
    verdict: v.verdict as ClaimReview['verdict'],
    reviewer: String(v.reviewer),
    at: String(v.at),
    ...(typeof v.note === 'string' ? { note: v.note } : {}),
    ...(typeof v.correction === 'string' ? { correction: JSON.parse(v.correction) as ClaimReview['correction'] } : {}),
  };
}

export function presentClaim(c: Record<string, unknown>): ClaimEvidence {
  return {
    claimId: String(c.claimId),
    source: String(c.source),
    sourceName: String(c.sourceName ?? c.source),
    target: String(c.target),
    targetName: String(c.targetName ?? c.target),
    type: c.type as RelationType,
    year: toNullableInt(c.year),
    yearRule: (c.yearRule ?? 'publication-fallback') as YearRule,
    publishedYear: toNullableInt(c.publishedYear),
    doc: String(c.docId),
    docTitle: toStringOrNull(c.docTitle),
    published: toStringOrNull(c.published),
    publisher: toStringOrNull(c.publisher),
    url: toStringOrNull(c.url),
    sentence: String(c.sentence ?? ''),
    sentenceStart: toInt(c.sentenceStart),
    sentenceEnd: toInt(c.sentenceEnd),
    trigger: String(c.trigger ?? ''),
    triggerStart: toInt(c.triggerStart),
    triggerEnd: toInt(c.triggerEnd),
    sourceStart: toInt(c.sourceStart),
    sourceEnd: toInt(c.sourceEnd),
    targetStart: toInt(c.targetStart),
    targetEnd: toInt(c.targetEnd),
    negated: c.negated === true,
    modality: (c.modality ?? 'asserted') as Modality,
    confidence: toNumber(c.confidence),
    weight: toNumber(c.weight),
    review: presentReview(c.review),
    rejected: c.rejected === true,
    keptByReview: c.keptByReview === true,
    extracted: typeof c.extracted === 'string' ? (JSON.parse(c.extracted) as ClaimValues) : null,
  };
}
