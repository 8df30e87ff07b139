// Pure: every analyst review as the gold file `npm run eval -- --gold <file>` scores the extractor
// against (tests/gold/README.md): confirmed claims as annotated, corrected ones with their
// correction; a rejection annotates its document without adding a relation. The reviewed
// documents travel with their text (`documents`), so the file needs no article files beside it.
import type { ClaimReview, ClaimValues } from '../shared/review';
import type { StoredClaim } from './claim-review-store';
import { effectiveValues, extractedValues } from './claim-values';

export interface GoldDocument {
  id: string;
  title: string | null;
  publisher: string | null;
  author: string | null;
  published: string | null;
  url: string | null;
  language: string | null;
  text: string;
}

export interface GoldRelationOut extends Omit<ClaimValues, 'type'> {
  doc: string;
  type: ClaimValues['type'];
  sentence: string;
}

export interface GoldExport {
  $comment: string;
  sentenceMatch: 'verbatim';
  mentions: Record<string, string[]>;
  relations: GoldRelationOut[];
  documents: GoldDocument[];
}

export interface ReviewForExport extends ClaimReview {
  docId: string;
  claim: StoredClaim;
}

/** The id a gold file gives an actor: a discovered actor's name slug (tests/eval/seed-eval.ts goldId). */
export const goldActorId = (id: string) => (id.startsWith('d-') ? id.slice(2) : id);

/**
 * `documents` holds each reviewed document; `mentioned` the actors its text mentions. Relations are
 * in review order; their sentence is the document's own text between the claim's sentence offsets.
 */
export function reviewsToGold(reviews: readonly ReviewForExport[], documents: readonly GoldDocument[], mentioned: ReadonlyMap<string, readonly string[]>): GoldExport {
  const texts = new Map(documents.map((d) => [d.id, d.text]));
  const mentions = new Map<string, Set<string>>();
  const relations: GoldRelationOut[] = [];
  for (const r of reviews) {
    const text = texts.get(r.docId);
    if (text === undefined) continue; // the document was deleted since
    const ids = mentions.get(r.docId) ?? new Set((mentioned.get(r.docId) ?? []).map(goldActorId));
    mentions.set(r.docId, ids);
    if (r.verdict === 'rejected') continue;
    const values = effectiveValues(extractedValues(r.claim.props, r.claim), r);
    const source = goldActorId(values.source);
    const target = goldActorId(values.target);
    ids.add(source);
    ids.add(target);
    const sentence = text.slice(Number(r.claim.props.sentenceStart), Number(r.claim.props.sentenceEnd));
    relations.push({ doc: r.docId, source, type: values.type, target, year: values.year, negated: values.negated, modality: values.modality, sentence });
  }
  return {
    $comment: 'Exported from Actorscope analysts\' reviews (GET /api/reviews/export): confirmed and corrected claims; rejected ones annotate their document without a relation. Score with npm run eval -- --gold <this file>.',
    sentenceMatch: 'verbatim',
    mentions: Object.fromEntries([...mentions].map(([doc, ids]) => [doc, [...ids].sort()])),
    relations,
    documents: documents.filter((d) => mentions.has(d.id)),
  };
}
