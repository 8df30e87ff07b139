// The error answer of every endpoint and its stable codes (tests and clients match the code, not
// the wording); server/errors.ts builds them, server/plugins/app/error-handler.ts sends them.
import { Type, type Static } from 'typebox';

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

