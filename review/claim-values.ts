// Pure: a claim's extracted values, a review's correction, and the values the graph then uses.
import type { ClaimCorrection, ClaimReview, ClaimValues } from '../shared/review';
import { RELATION_TYPE_INFO, type Modality, type RelationType } from '../shared/vocabulary';

/** The values as the extractor gave them: `extracted` (kept by a correction) or the claim's own. */
export function extractedValues(props: Record<string, unknown>, current: { type: string; source: string; target: string }): ClaimValues {
  if (typeof props.extracted === 'string') return JSON.parse(props.extracted) as ClaimValues;
  return {
    type: current.type as RelationType,
    source: current.source,
    target: current.target,
    year: props.year === null || props.year === undefined ? null : Number(props.year),
    negated: props.negated === true,
    modality: (props.modality ?? 'asserted') as Modality,
  };
}

export function effectiveValues(extracted: ClaimValues, review: Pick<ClaimReview, 'verdict' | 'correction'> | null): ClaimValues {
  if (review?.verdict !== 'corrected' || !review.correction) return extracted;
  const c: ClaimCorrection = review.correction;
  return {
    type: c.type ?? extracted.type,
    source: c.source ?? extracted.source,
    target: c.target ?? extracted.target,
    year: c.year !== undefined ? c.year : extracted.year,
    negated: c.negated ?? extracted.negated,
    modality: c.modality ?? extracted.modality,
  };
}

const REVIEW_STATE = ['rejected', 'extracted', 'keptByReview'] as const;

/**
 * The relationship properties under `review`: the effective year, negation, modality and weight,
 * `rejected` for a rejection, `extracted` (JSON) when a correction changed something.
 * `keptByReview` is kept as it is (only re-extraction decides it).
 */
export function reviewedProperties(props: Record<string, unknown>, extracted: ClaimValues, review: Pick<ClaimReview, 'verdict' | 'correction'> | null): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(props)) if (!(REVIEW_STATE as readonly string[]).includes(k)) out[k] = v;
  const eff = effectiveValues(extracted, review);
  out.year = eff.year;
  out.negated = eff.negated;
  out.modality = eff.modality;
  out.weight = RELATION_TYPE_INFO[eff.type].weight;
  if (props.keptByReview === true) out.keptByReview = true;
  if (review?.verdict === 'rejected') out.rejected = true;
  if (JSON.stringify(eff) !== JSON.stringify(extracted)) out.extracted = JSON.stringify(extracted);
  // Null values are not stored by Neo4j; drop them so `SET r = props` removes the property.
  for (const [k, v] of Object.entries(out)) if (v === null || v === undefined) delete out[k];
  return out;
}
