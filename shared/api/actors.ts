// Actors: search, summaries, profiles.
import { type Static, Type } from 'typebox';
import { ActorTypeSchema, Nullable, RelationTypeSchema } from '../contract';
import { ACTOR_TYPES } from '../vocabulary';
import { Query } from './query';

export const ActorSearchQuerySchema = Query({
  q: Type.Optional(Type.String({ maxLength: 200, description: 'Name or alias (prefix or fuzzy). Empty: most connected actors.' })),
  type: Type.Optional(Type.Enum([...ACTOR_TYPES])),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 20 })),
});
export type ActorSearchQuery = Static<typeof ActorSearchQuerySchema>;

/** Who an actor is: the first fields of a search result and of a profile. */
const ActorIdentityProperties = {
  id: Type.String(),
  name: Type.String(),
  type: ActorTypeSchema,
  aliases: Type.Array(Type.String()),
  /** Found only in text (not in the gazetteer). */
  discovered: Type.Boolean(),
};

export const ActorSummarySchema = Type.Object({
  ...ActorIdentityProperties,
  /** Number of claims (in and out). */
  degree: Type.Integer(),
  score: Type.Number(),
  /**
   * The name the search matched when it is none of the actor's own names: a capital, building or
   * demonym the extractor maps to this actor (Islamabad → Pakistan, Kabul → Afghanistan / Taliban).
   */
  matched: Type.Optional(Type.String()),
});
export type ActorSummary = Static<typeof ActorSummarySchema>;

export const ActorSearchResponseSchema = Type.Object({ actors: Type.Array(ActorSummarySchema) });
export type ActorSearchResponse = Static<typeof ActorSearchResponseSchema>;

export const CounterpartSchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  type: ActorTypeSchema,
  /** Claims between the two actors, both directions. */
  claims: Type.Integer(),
  outgoing: Type.Integer(),
  incoming: Type.Integer(),
  /** Net cooperation–conflict weight of the non-negated claims between them. */
  weight: Type.Number(),
  types: Type.Array(RelationTypeSchema),
});
export type Counterpart = Static<typeof CounterpartSchema>;

export const ActorRoleSchema = Type.Object({
  /** LEADS or MEMBER_OF */
  type: RelationTypeSchema,
  direction: Type.Enum(['out', 'in']),
  actor: Type.Object({ id: Type.String(), name: Type.String(), type: ActorTypeSchema }),
  count: Type.Integer(),
});
export type ActorRole = Static<typeof ActorRoleSchema>;

export const ActorProfileSchema = Type.Object({
  ...ActorIdentityProperties,
  affiliations: Type.Array(Type.String()),
  degree: Type.Integer(),
  outgoing: Type.Integer(),
  incoming: Type.Integer(),
  firstYear: Nullable(Type.Integer()),
  lastYear: Nullable(Type.Integer()),
  documents: Type.Integer(),
  claimsByType: Type.Record(Type.String(), Type.Integer()),
  roles: Type.Array(ActorRoleSchema),
  topCounterparts: Type.Array(CounterpartSchema),
});
export type ActorProfile = Static<typeof ActorProfileSchema>;
