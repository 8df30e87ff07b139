// Scores the extractor on PLOVER gold records (one sentence each): recall of the gold event,
// strict precision (type + source + target) and lenient precision (type only). Pure.
import type { Claim, DocumentExtraction } from '../../shared/contract';
import { RELATION_TYPE_INFO, type RelationType } from '../../shared/vocabulary';
import { actorMatches, type MatchContext, type Span } from './actor-match';
import { mapEvent, type PloverActor, type PloverRecord } from './plover-records';
import { UNDIRECTED_TYPES } from './relation-tuples';
import { ratio } from './score';

export interface ScoredRecord {
  record: PloverRecord;
  mappedType: RelationType;
  /** Event claims (no role edges) extracted from the sentence. */
  claims: Claim[];
  /** The claims that match the gold event. */
  matching: Claim[];
}

export interface TypeScore {
  type: string;
  goldRecords: number;
  recalled: number;
  recall: number | null;
  claims: number;
  correctClaims: number;
  precision: number | null;
  typeOnlyCorrect: number;
  lenientPrecision: number | null;
}

export interface PloverEvaluation {
  records: number;
  inScope: number;
  outOfScopeEvents: Record<string, number>;
  /** Event claims extracted from out-of-scope records (not scored; a sign of extra events). */
  claimsOnOutOfScope: number;
  overall: TypeScore;
  perType: TypeScore[];
  scored: ScoredRecord[];
}

const isEventClaim = (claim: Claim) => !RELATION_TYPE_INFO[claim.type].role;

function sideMatches(actorId: string, span: Span, gold: readonly PloverActor[], context: MatchContext): boolean {
  return gold.length === 0 || gold.some((actor) => actorMatches(actorId, span, actor.actorText, context));
}

/** Type, polarity and both actors; mutual types may be extracted in either direction. */
export function claimMatchesRecord(claim: Claim, record: PloverRecord, mappedType: RelationType, context: MatchContext): boolean {
  if (claim.type !== mappedType || claim.negated) return false;
  const sourceSpan = { start: claim.sourceStart, end: claim.sourceEnd };
  const targetSpan = { start: claim.targetStart, end: claim.targetEnd };
  const forward =
    sideMatches(claim.source, sourceSpan, record.sources, context) && sideMatches(claim.target, targetSpan, record.targets, context);
  if (forward || !UNDIRECTED_TYPES.has(mappedType)) return forward;
  return sideMatches(claim.target, targetSpan, record.sources, context) && sideMatches(claim.source, sourceSpan, record.targets, context);
}

export function matchContext(text: string, extraction: DocumentExtraction, gazetteerNames: ReadonlyMap<string, readonly string[]>): MatchContext {
  const names = new Map<string, string[]>();
  for (const [id, list] of gazetteerNames) names.set(id, [...list]);
  for (const actor of extraction.actors) names.set(actor.id, [...(names.get(actor.id) ?? []), actor.name, ...actor.aliases]);
  const mentionSpans = new Map<string, Span[]>();
  for (const mention of extraction.mentions) {
    mentionSpans.set(mention.actor, [...(mentionSpans.get(mention.actor) ?? []), { start: mention.start, end: mention.end }]);
  }
  return { text, names, mentionSpans };
}

function typeScore(type: string, scored: readonly ScoredRecord[], claimType: (claim: Claim) => boolean): TypeScore {
  const gold = scored.filter((s) => type === 'ALL' || s.mappedType === type);
  const recalled = gold.filter((s) => s.matching.length > 0).length;
  const claims = scored.flatMap((s) => s.claims.filter(claimType).map((claim) => ({ claim, s })));
  const correctClaims = claims.filter(({ claim, s }) => s.matching.includes(claim)).length;
  const typeOnlyCorrect = claims.filter(({ claim, s }) => claim.type === s.mappedType).length;
  return {
    type,
    goldRecords: gold.length,
    recalled,
    recall: ratio(recalled, gold.length),
    claims: claims.length,
    correctClaims,
    precision: ratio(correctClaims, claims.length),
    typeOnlyCorrect,
    lenientPrecision: ratio(typeOnlyCorrect, claims.length),
  };
}

/**
 * `extractions` maps record id → the extractor's output for that record's sentence (records
 * missing from the map count as extracting nothing). `gazetteerNames` maps actor id → its names.
 */
export function evaluatePlover(
  records: readonly PloverRecord[],
  extractions: ReadonlyMap<string, DocumentExtraction>,
  gazetteerNames: ReadonlyMap<string, readonly string[]>,
): PloverEvaluation {
  const scored: ScoredRecord[] = [];
  const outOfScopeEvents: Record<string, number> = {};
  let claimsOnOutOfScope = 0;
  for (const record of records) {
    const extraction = extractions.get(record.id);
    const claims = (extraction?.claims ?? []).filter(isEventClaim);
    const mappedType = mapEvent(record);
    if (mappedType === null) {
      outOfScopeEvents[record.event] = (outOfScopeEvents[record.event] ?? 0) + 1;
      claimsOnOutOfScope += claims.length;
      continue;
    }
    const context = extraction ? matchContext(record.text, extraction, gazetteerNames) : null;
    const matching = context ? claims.filter((claim) => claimMatchesRecord(claim, record, mappedType, context)) : [];
    scored.push({ record, mappedType, claims, matching });
  }
  const types = [...new Set([...scored.map((s) => s.mappedType), ...scored.flatMap((s) => s.claims.map((c) => c.type))])].sort();
  return {
    records: records.length,
    inScope: scored.length,
    outOfScopeEvents,
    claimsOnOutOfScope,
    overall: typeScore('ALL', scored, () => true),
    perType: types.map((type) => typeScore(type, scored, (claim) => claim.type === type)),
    scored,
  };
}
