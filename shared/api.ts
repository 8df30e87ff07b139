// The HTTP API contract: TypeBox schemas for every request and response of the Fastify server, and
// their static types, imported by the server (validation, OpenAPI) and the web app (typed fetches).
// One file per resource under api/; this index re-exports them, so `shared/api` stays the one import.
import { Type, type Static } from 'typebox';

export * from './api/filters';
export * from './api/graph';
export * from './api/actors';
export * from './api/claims';
export * from './api/documents';
export * from './api/paths';
export * from './api/timeline';
export * from './api/saved-queries';
export * from './api/export';
export { IdParamsSchema, MAX_OFFSET, NoQuerySchema, type IdParams } from './api/query';

// ---------------------------------------------------------------------------------------------
// Errors

export const ErrorResponseSchema = Type.Object({
  error: Type.Object({
    /** Stable machine-readable code, e.g. invalid_parameter, not_found, database_unavailable. */
    code: Type.String(),
    message: Type.String(),
  }),
});
export type ErrorResponse = Static<typeof ErrorResponseSchema>;

export const ERROR_CODES = [
  'invalid_parameter', 'not_found', 'unauthorized', 'rate_limited', 'payload_too_large', 'conflict',
  'cypher_syntax_error', 'write_not_allowed', 'query_timeout', 'database_unavailable', 'query_too_large', 'internal_error',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

