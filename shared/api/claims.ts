// Claims (evidence).
import { type Static, Type } from 'typebox';
import { ClaimSchema, Nullable } from '../contract';
import { ClaimReviewSchema, ClaimValuesSchema, REVIEW_FILTERS } from '../review';
import { RELATION_TYPES } from '../vocabulary';
import { GraphFilterProperties } from './filters';
import { PageQueryProperties, PageResponseProperties, Query } from './query';

export const ClaimQuerySchema = Query({
  ...GraphFilterProperties,
  /** Evidence lists show denials too unless asked not to. */
  includeNegated: Type.Optional(Type.Boolean({ default: true, description: 'Include negated claims (default true here).' })),
  source: Type.Optional(Type.String({ maxLength: 200, description: 'Source actor id.' })),
  target: Type.Optional(Type.String({ maxLength: 200, description: 'Target actor id.' })),
  type: Type.Optional(Type.Enum([...RELATION_TYPES])),
  /** Also return claims from target to source. */
  undirected: Type.Optional(Type.Boolean({ default: false })),
  doc: Type.Optional(Type.String({ maxLength: 200, description: 'Only claims from this document.' })),
  /** Evidence lists show rejected claims too (marked), so a rejection can be seen and undone. */
  includeRejected: Type.Optional(Type.Boolean({ default: true, description: 'Include rejected claims (default true here).' })),
  review: Type.Optional(Type.Enum([...REVIEW_FILTERS], { description: `Only claims with this review state: ${REVIEW_FILTERS.join(', ')}.` })),
  order: Type.Optional(Type.Enum(['evidence', 'confidence'], {
    default: 'evidence',
    description: 'evidence: by year, document and position; confidence: lowest confidence first (the review queue).',
  })),
  ...PageQueryProperties,
});
export type ClaimQuery = Static<typeof ClaimQuerySchema>;

// The evidence is the stored claim (minus extraction bookkeeping) plus names and document context.
const { extractorVersion: _extractorVersion, ...claimFields } = ClaimSchema.properties;
export const ClaimEvidenceSchema = Type.Object({
  ...claimFields,
  sourceName: Type.String(),
  targetName: Type.String(),
  publishedYear: Nullable(Type.Integer()),
  docTitle: Nullable(Type.String()),
  published: Nullable(Type.String()),
  url: Nullable(Type.String()),
  /** The analyst's review of this claim, or null. */
  review: Nullable(ClaimReviewSchema),
  /** Rejected by an analyst: left out of the graph, paths, timeline, stats and exports by default. */
  rejected: Type.Boolean(),
  /** The current extraction no longer produces this claim; it is kept because an analyst reviewed it. */
  keptByReview: Type.Boolean(),
  /** The extractor's values when a correction changed them (the claim's fields are the corrected ones). */
  extracted: Nullable(ClaimValuesSchema),
});
export type ClaimEvidence = Static<typeof ClaimEvidenceSchema>;

export const ClaimListResponseSchema = Type.Object({ claims: Type.Array(ClaimEvidenceSchema), ...PageResponseProperties });
export type ClaimListResponse = Static<typeof ClaimListResponseSchema>;
