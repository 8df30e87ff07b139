// Analyst review of claims and decisions on actors: the request and response shapes of
// /api/claims/{id}/review, /api/actors/{id}/merge|promote|dismiss and /api/reviews/export,
// shared by the server, the web app and the stored review code (review/).
import { Type, type Static } from 'typebox';
import { ActorTypeSchema, ModalitySchema, Nullable, RelationTypeSchema } from './contract';
import { YEAR_MAX, YEAR_MIN } from './year-range';

export const VERDICTS = ['confirmed', 'rejected', 'corrected'] as const;
export type Verdict = (typeof VERDICTS)[number];
export const VerdictSchema = Type.Enum([...VERDICTS]);

const ActorId = Type.String({ minLength: 1, maxLength: 200 });

/** What a correction may change; absent fields keep the extracted value. */
export const ClaimCorrectionSchema = Type.Object(
  {
    type: Type.Optional(RelationTypeSchema),
    source: Type.Optional(ActorId),
    target: Type.Optional(ActorId),
    year: Type.Optional(Nullable(Type.Integer({ minimum: YEAR_MIN, maximum: YEAR_MAX }))),
    negated: Type.Optional(Type.Boolean()),
    modality: Type.Optional(ModalitySchema),
  },
  { additionalProperties: false },
);
export type ClaimCorrection = Static<typeof ClaimCorrectionSchema>;

/** The values of a claim a review can change, as the extractor gave them. */
export const ClaimValuesSchema = Type.Object({
  type: RelationTypeSchema,
  source: Type.String(),
  target: Type.String(),
  year: Nullable(Type.Integer()),
  negated: Type.Boolean(),
  modality: ModalitySchema,
});
export type ClaimValues = Static<typeof ClaimValuesSchema>;

export const ClaimReviewSchema = Type.Object({
  verdict: VerdictSchema,
  /** Name of the API token that made it (API_TOKENS=name:token,…). */
  reviewer: Type.String(),
  /** ISO 8601 time of the review. */
  at: Type.String(),
  note: Type.Optional(Type.String()),
  correction: Type.Optional(ClaimCorrectionSchema),
});
export type ClaimReview = Static<typeof ClaimReviewSchema>;

export const ClaimReviewBodySchema = Type.Object(
  {
    verdict: VerdictSchema,
    correction: Type.Optional(ClaimCorrectionSchema),
    note: Type.Optional(Type.String({ maxLength: 4000 })),
  },
  { additionalProperties: false },
);
export type ClaimReviewBody = Static<typeof ClaimReviewBodySchema>;

export const ClaimIdParamsSchema = Type.Object({ claimId: Type.String({ minLength: 1, maxLength: 200 }) });

export const REVIEW_FILTERS = ['unreviewed', ...VERDICTS] as const;
export type ReviewFilter = (typeof REVIEW_FILTERS)[number];

// ---------------------------------------------------------------------------------------------
// Actor decisions

export const ActorMergeBodySchema = Type.Object({ into: ActorId }, { additionalProperties: false });
export type ActorMergeBody = Static<typeof ActorMergeBodySchema>;

export const ActorPromoteBodySchema = Type.Object(
  {
    type: ActorTypeSchema,
    name: Type.Optional(Type.String({ minLength: 1, maxLength: 300 })),
    aliases: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 300 }), { maxItems: 100 })),
  },
  { additionalProperties: false },
);
export type ActorPromoteBody = Static<typeof ActorPromoteBodySchema>;

export const ACTOR_DECISIONS = ['merged', 'promoted', 'dismissed'] as const;
export type ActorDecisionKind = (typeof ACTOR_DECISIONS)[number];

export const ActorDecisionSchema = Type.Object({
  /** The actor decided on (for a merge: the id that now redirects). */
  actor: Type.String(),
  decision: Type.Enum([...ACTOR_DECISIONS]),
  name: Type.String(),
  /** merged: the actor it now is. */
  into: Type.Optional(Type.String()),
  type: Type.Optional(ActorTypeSchema),
  aliases: Type.Array(Type.String()),
  reviewer: Type.String(),
  at: Type.String(),
  /** Claims moved (merge) or taken out of the graph (dismiss). */
  claims: Type.Integer(),
});
export type ActorDecision = Static<typeof ActorDecisionSchema>;

export const DiscoveredActorsQuerySchema = Type.Object(
  { limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000, default: 100 })) },
  { additionalProperties: false },
);

export const DiscoveredActorSchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  type: ActorTypeSchema,
  aliases: Type.Array(Type.String()),
  claims: Type.Integer(),
  documents: Type.Integer(),
});
export const DiscoveredActorListSchema = Type.Object({ actors: Type.Array(DiscoveredActorSchema) });
export type DiscoveredActor = Static<typeof DiscoveredActorSchema>;
