// Paths between two actors.
import { type Static, Type } from 'typebox';
import { ModalitySchema, Nullable, RelationTypeSchema } from '../contract';
import { GraphFilterProperties } from './filters';
import { GraphResponseSchema } from './graph';
import { Query } from './query';

export const PathQuerySchema = Query({
  ...GraphFilterProperties,
  includeNegated: Type.Optional(Type.Boolean({
    default: false,
    description: 'Follow denied (negated) claims too; each step then says whether it is denied. Off by default: a denial is never a step of a path.',
  })),
  from: Type.String({ minLength: 1, maxLength: 200, description: 'Start actor id.' }),
  to: Type.String({ minLength: 1, maxLength: 200, description: 'End actor id.' }),
  maxHops: Type.Optional(Type.Integer({ minimum: 1, maximum: 6, default: 4 })),
  /** Follow edges in either direction (default) or only source → target. */
  directed: Type.Optional(Type.Boolean({ default: false })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 50, default: 10, description: 'Maximum number of paths.' })),
});
export type PathQuery = Static<typeof PathQuerySchema>;

export const PathStepSchema = Type.Object({
  source: Type.String(),
  target: Type.String(),
  type: RelationTypeSchema,
  claimId: Type.String(),
  doc: Type.String(),
  year: Nullable(Type.Integer()),
  sentence: Type.String(),
  /** The claim's sentence denies the relation (only with includeNegated=true, and only where no claim asserts it). */
  negated: Type.Boolean(),
  modality: ModalitySchema,
});
export type PathStep = Static<typeof PathStepSchema>;

export const PathResponseSchema = Type.Object({
  paths: Type.Array(Type.Object({ actors: Type.Array(Type.String()), steps: Type.Array(PathStepSchema), length: Type.Integer() })),
  /** All actors and aggregated edges on the paths, Cytoscape-ready. */
  graph: GraphResponseSchema,
});
export type PathResponse = Static<typeof PathResponseSchema>;
