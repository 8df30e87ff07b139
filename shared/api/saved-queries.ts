// Saved relationship queries.
import { type Static, Type } from 'typebox';

export const SavedQueryParamSchema = Type.Object({
  name: Type.String({ pattern: '^[A-Za-z_][A-Za-z0-9_]*$', maxLength: 60 }),
  type: Type.Enum(['string', 'integer', 'number', 'boolean', 'actor', 'string[]']),
  label: Type.Optional(Type.String({ maxLength: 200 })),
  required: Type.Optional(Type.Boolean()),
  default: Type.Optional(Type.Union([Type.String(), Type.Number(), Type.Boolean(), Type.Array(Type.String()), Type.Null()])),
});
export type SavedQueryParam = Static<typeof SavedQueryParamSchema>;

export const SavedQueryInputSchema = Type.Object({
  id: Type.Optional(Type.String({ minLength: 1, maxLength: 100, pattern: '^[a-z0-9][a-z0-9-]*$' })),
  name: Type.String({ minLength: 1, maxLength: 200 }),
  description: Type.Optional(Type.String({ maxLength: 4000, default: '' })),
  cypher: Type.String({ minLength: 1, maxLength: 20000 }),
  params: Type.Optional(Type.Array(SavedQueryParamSchema, { maxItems: 30, default: [] })),
});
export type SavedQueryInput = Static<typeof SavedQueryInputSchema>;

export const SavedQuerySchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  description: Type.String(),
  cypher: Type.String(),
  params: Type.Array(SavedQueryParamSchema),
  createdAt: Type.String(),
  updatedAt: Type.String(),
});
export type SavedQuery = Static<typeof SavedQuerySchema>;

export const SavedQueryListResponseSchema = Type.Object({ queries: Type.Array(SavedQuerySchema) });
export type SavedQueryListResponse = Static<typeof SavedQueryListResponseSchema>;

export const SavedQueryRunBodySchema = Type.Object({
  params: Type.Optional(Type.Record(Type.String(), Type.Unknown(), { default: {} })),
});
export type SavedQueryRunBody = Static<typeof SavedQueryRunBodySchema>;

export const SavedQueryRunResultSchema = Type.Object({
  /** Nodes and relationships found in the returned values (Actor nodes and claim relationships become Cytoscape elements). */
  graph: Type.Object({
    nodes: Type.Array(Type.Object({ data: Type.Record(Type.String(), Type.Unknown()) })),
    edges: Type.Array(Type.Object({ data: Type.Record(Type.String(), Type.Unknown()) })),
  }),
  table: Type.Object({
    columns: Type.Array(Type.String()),
    /** Plain values: nodes as their properties, relationships as {type, start, end, ...properties}. */
    rows: Type.Array(Type.Array(Type.Unknown())),
  }),
  truncated: Type.Boolean(),
  rowCap: Type.Integer(),
  elapsedMs: Type.Number(),
});
export type SavedQueryRunResult = Static<typeof SavedQueryRunResultSchema>;
