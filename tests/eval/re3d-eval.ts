// Scores extractions of whole re3d documents against their relation annotations: recall over the
// scored gold relations, precision over every extracted claim, per type. Pure.
import type { Claim, DocumentExtraction } from '../../shared/contract';
import { RELATION_TYPE_INFO, RELATION_TYPES, type RelationType } from '../../shared/vocabulary';
import { nameContainsText, overlaps, tokens, wordTokens, type MatchContext, type Span } from './actor-match';
import { matchContext } from './plover-eval';
import { buildRe3dGold, RE3D_TYPE_MAP, type ExclusionReason, type Re3dDocument, type Re3dEnd, type Re3dGoldRelation, type Re3dRelation } from './re3d-records';
import { ratio } from './score';

/**
 * True when the span text holds one of the names as a run of whole tokens whose first word is
 * capitalised in the span ("Russian Foreign Minister Sergei Lavrov" holds "Russian"; "let us" does
 * not hold the acronym "US").
 */
export function spanContainsName(spanText: string, names: readonly string[]): boolean {
  const written = wordTokens(spanText);
  const lower = written.map((word) => word.toLowerCase());
  return names.some((name) => {
    const needle = tokens(name);
    if (needle.length === 0) return false;
    for (let i = 0; i + needle.length <= lower.length; i++) {
      if (needle.every((token, j) => lower[i + j] === token) && /^\p{Lu}/u.test(written[i] as string)) return true;
    }
    return false;
  });
}

/**
 * An extracted actor matches an annotated end when one of its names contains the span text, the span
 * contains one of its names, or the claim's argument span (or a mention of that actor) overlaps the
 * annotated span; or matches, so, a span re3d marks as a synonym of the end (its coreference:
 * "Minister of Foreign Affairs of Iraq" is the "Ibrahim Al-Ja'afari" named beside it).
 */
export function endMatches(actorId: string, argumentSpan: Span, end: Re3dEnd, context: MatchContext): boolean {
  const names = context.names.get(actorId) ?? [];
  const ours = [argumentSpan, ...(context.mentionSpans.get(actorId) ?? [])];
  const covers = (span: Span, text: string) => nameContainsText(names, text) || spanContainsName(text, names) || ours.some((mine) => overlaps(mine, span));
  return covers(end, end.text) || (end.synonyms ?? []).some((span) => covers(span, context.text.slice(span.start, span.end)));
}

/** The text between the first and the last character of the relation's two ends. */
export function relationExtent(relation: Re3dRelation): Span {
  return {
    start: Math.min(relation.source.start, relation.target.start),
    end: Math.max(relation.source.end, relation.target.end),
  };
}

/**
 * Type in the mapped set, not negated, stated in a sentence that overlaps the annotated relation,
 * and both ends matching (either way round for the mutual re3d types).
 */
export function claimMatchesRelation(claim: Claim, relation: Re3dGoldRelation, context: MatchContext): boolean {
  if (claim.negated || !relation.mapping.types.includes(claim.type)) return false;
  if (!overlaps({ start: claim.sentenceStart, end: claim.sentenceEnd }, relationExtent(relation))) return false;
  const sourceSpan = { start: claim.sourceStart, end: claim.sourceEnd };
  const targetSpan = { start: claim.targetStart, end: claim.targetEnd };
  const forward = endMatches(claim.source, sourceSpan, relation.source, context) && endMatches(claim.target, targetSpan, relation.target, context);
  if (forward || relation.mapping.directed) return forward;
  return endMatches(claim.source, sourceSpan, relation.target, context) && endMatches(claim.target, targetSpan, relation.source, context);
}

export interface Re3dScoredRelation {
  relation: Re3dGoldRelation;
  matching: Claim[];
}

export interface Re3dScoredClaim {
  documentId: string;
  claim: Claim;
  /** Mapped gold relations (scored or not) this claim states. Empty: the claim counts against precision. */
  matches: Re3dGoldRelation[];
}

export interface Re3dRecallRow {
  type: string;
  mapsTo: readonly RelationType[];
  gold: number;
  recalled: number;
  recall: number | null;
}

export interface Re3dPrecisionRow {
  type: string;
  claims: number;
  correct: number;
  precision: number | null;
}

export interface Re3dEvaluation {
  documents: number;
  subsets: { name: string; documents: number }[];
  /** Relation lines in the files, all types. */
  annotated: number;
  /** Lines of types outside the mapping (CoLocated, IsSynonymOf, …), per type. */
  outOfScope: Record<string, number>;
  /** Mapped relations after folding mutual pairs and repeats. */
  mapped: number;
  /** Mapped relations not scored for recall, per reason. */
  excluded: Partial<Record<ExclusionReason, number>>;
  recall: Re3dRecallRow;
  precision: Re3dPrecisionRow;
  /** Precision over event claims only: re3d annotates few role edges (BelongsTo, InChargeOf), so this is the fairer reading. */
  eventPrecision: Re3dPrecisionRow;
  /**
   * Precision over distinct relations per document (source, type, target, negation), the unit recall
   * counts in: re3d folds a relation stated in several sentences into one, so a claim repeated per
   * sentence is one relation here. Reported beside `precision`, which stays the target's figure.
   */
  relationPrecision: Re3dPrecisionRow;
  /** Negated claims (counted in precision's denominator, never correct: re3d annotates no negations). */
  negatedClaims: number;
  perType: Re3dRecallRow[];
  perClaimType: Re3dPrecisionRow[];
  scored: Re3dScoredRelation[];
  claims: Re3dScoredClaim[];
}

function recallRow(type: string, mapsTo: readonly RelationType[], scored: readonly Re3dScoredRelation[]): Re3dRecallRow {
  const recalled = scored.filter((s) => s.matching.length > 0).length;
  return { type, mapsTo, gold: scored.length, recalled, recall: ratio(recalled, scored.length) };
}

function precisionRow(type: string, claims: readonly Re3dScoredClaim[]): Re3dPrecisionRow {
  const correct = claims.filter((c) => c.matches.length > 0).length;
  return { type, claims: claims.length, correct, precision: ratio(correct, claims.length) };
}

/** One scored claim per (document, source, type, target, negation): correct when any of its claims is. */
function distinctRelations(claims: readonly Re3dScoredClaim[]): Re3dScoredClaim[] {
  const byKey = new Map<string, Re3dScoredClaim>();
  for (const c of claims) {
    const key = [c.documentId, c.claim.source, c.claim.type, c.claim.target, c.claim.negated].join('|');
    const seen = byKey.get(key);
    if (!seen || (seen.matches.length === 0 && c.matches.length > 0)) byKey.set(key, c);
  }
  return [...byKey.values()];
}

/**
 * `extractions` maps document id → the extractor's output (a document missing from the map counts
 * as extracting nothing). `gazetteerNames` maps actor id → its names.
 */
export function evaluateRe3d(
  documents: readonly Re3dDocument[],
  relations: readonly Re3dRelation[],
  extractions: ReadonlyMap<string, DocumentExtraction>,
  gazetteerNames: ReadonlyMap<string, readonly string[]>,
): Re3dEvaluation {
  const outOfScope: Record<string, number> = {};
  for (const relation of relations) {
    if (!RE3D_TYPE_MAP[relation.type]) outOfScope[relation.type] = (outOfScope[relation.type] ?? 0) + 1;
  }
  const gold = buildRe3dGold(relations);
  const excluded: Partial<Record<ExclusionReason, number>> = {};
  for (const relation of gold) {
    if (relation.excluded) excluded[relation.excluded] = (excluded[relation.excluded] ?? 0) + 1;
  }

  const scored: Re3dScoredRelation[] = [];
  const claims: Re3dScoredClaim[] = [];
  for (const doc of documents) {
    const extraction = extractions.get(doc.id);
    const docGold = gold.filter((relation) => relation.documentId === doc.id);
    const context = extraction ? matchContext(doc.text, extraction, gazetteerNames) : null;
    const docClaims = extraction?.claims ?? [];
    for (const relation of docGold.filter((r) => r.excluded === null)) {
      scored.push({ relation, matching: context ? docClaims.filter((claim) => claimMatchesRelation(claim, relation, context)) : [] });
    }
    for (const claim of docClaims) {
      const matches = context ? docGold.filter((relation) => claimMatchesRelation(claim, relation, context)) : [];
      claims.push({ documentId: doc.id, claim, matches });
    }
  }

  const subsetNames = [...new Set(documents.map((d) => d.subset))];
  const claimTypes = RELATION_TYPES.filter((type) => claims.some((c) => c.claim.type === type));
  return {
    documents: documents.length,
    subsets: subsetNames.map((name) => ({ name, documents: documents.filter((d) => d.subset === name).length })),
    annotated: relations.length,
    outOfScope,
    mapped: gold.length,
    excluded,
    recall: recallRow('ALL', [...new Set(Object.values(RE3D_TYPE_MAP).flatMap((m) => m.types))], scored),
    precision: precisionRow('ALL', claims),
    eventPrecision: precisionRow('events', claims.filter((c) => !RELATION_TYPE_INFO[c.claim.type].role)),
    relationPrecision: precisionRow('relations', distinctRelations(claims)),
    negatedClaims: claims.filter((c) => c.claim.negated).length,
    perType: Object.entries(RE3D_TYPE_MAP).map(([type, mapping]) =>
      recallRow(type, mapping.types, scored.filter((s) => s.relation.type === type)),
    ),
    perClaimType: claimTypes.map((type) => precisionRow(type, claims.filter((c) => c.claim.type === type))),
    scored,
    claims,
  };
}
