// One error handler: every error becomes `{error: {code, message}}`; 5xx detail stays in the log.
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { ErrorCode } from '../../../shared/api';
import type { ServerConfig } from '../../config';
import { MAX_PARAM_LENGTH } from '../../limits';
import { CALENDAR_DATE_FORMAT, CALENDAR_DATE_RULE } from '../../../shared/calendar-date';
import { ApiError } from '../../errors';
import { toApiError } from '../../neo4j-errors';

interface ValidationItem {
  instancePath?: string;
  keyword?: string;
  message?: string;
  params?: Record<string, unknown>;
  /** The schema of the failing value (ajv `verbose`). */
  parentSchema?: { type?: unknown; minimum?: unknown; maximum?: unknown };
}

const NUMERIC_KEYWORDS = new Set(['type', 'minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'multipleOf']);

/** "must be an integer from 0 to 10000000" for any failure of a bounded number (NaN, Infinity, 2^64…). */
function numericRange(item: ValidationItem): string | undefined {
  const s = item.parentSchema;
  if (!s || !NUMERIC_KEYWORDS.has(item.keyword ?? '') || (s.type !== 'integer' && s.type !== 'number')) return undefined;
  const what = s.type === 'integer' ? 'an integer' : 'a number';
  const { minimum: min, maximum: max } = s;
  if (typeof min === 'number' && typeof max === 'number') return `must be ${what} from ${min} to ${max}`;
  if (typeof min === 'number') return `must be ${what} of at least ${min}`;
  if (typeof max === 'number') return `must be ${what} of at most ${max}`;
  return `must be ${what}`;
}

/** Ajv errors → "Invalid parameter `yearFrom`: must be <= 2100". */
export function validationMessage(context: string | undefined, items: ValidationItem[]): string {
  const item = items[0] ?? {};
  let name = (item.instancePath ?? '').replace(/^\//, '').replace(/\//g, '.');
  if (item.keyword === 'required' && typeof item.params?.missingProperty === 'string') name = item.params.missingProperty;
  if (item.keyword === 'additionalProperties' && typeof item.params?.additionalProperty === 'string') {
    return `Invalid parameter \`${item.params.additionalProperty}\`: not allowed here (${context ?? 'request'}).`;
  }
  const where = name || context || 'request';
  let message = numericRange(item) ?? item.message ?? 'is invalid';
  if (item.keyword === 'enum' && Array.isArray(item.params?.allowedValues)) {
    message = `must be one of: ${(item.params.allowedValues as unknown[]).join(', ')}`;
  }
  if (item.keyword === 'required') message = 'is required';
  if (item.keyword === 'format' && item.params?.format === CALENDAR_DATE_FORMAT) message = CALENDAR_DATE_RULE;
  return `Invalid parameter \`${where}\` (${context ?? 'request'}): ${message}.`;
}

function codeForStatus(status: number): ErrorCode {
  if (status === 401) return 'unauthorized';
  if (status === 404) return 'not_found';
  if (status === 409) return 'conflict';
  if (status === 413) return 'payload_too_large';
  if (status === 429) return 'rate_limited';
  return 'invalid_parameter';
}

/**
 * Errors the router raises before any route runs (a path segment over MAX_PARAM_LENGTH, bad
 * percent-encoding), in our format; the URL itself is not echoed.
 */
export function frameworkErrorHandler(error: FastifyError, _request: FastifyRequest, reply: FastifyReply): void {
  const tooLong = error.code === 'FST_ERR_MAX_PARAM_LENGTH';
  const status = tooLong ? 414 : 400;
  const message = tooLong
    ? `Invalid parameter \`id\` (path): a path segment is longer than ${MAX_PARAM_LENGTH} characters.`
    : 'Invalid URL: a path segment is not valid percent-encoded UTF-8.';
  void reply.status(status).send({ error: { code: 'invalid_parameter' satisfies ErrorCode, message } });
}

export default fp<{ config: ServerConfig }>(
  async (fastify, { config }) => {
    fastify.setErrorHandler((error: FastifyError, request, reply) => {
      const fe = error as FastifyError & { validation?: ValidationItem[]; validationContext?: string };
      let api: ApiError;
      if (fe.validation) {
        api = new ApiError(400, 'invalid_parameter', validationMessage(fe.validationContext, fe.validation));
      } else {
        const mapped = toApiError(error, config.queryTimeoutMs);
        if (mapped) api = mapped;
        else if (typeof fe.statusCode === 'number' && fe.statusCode >= 400 && fe.statusCode < 500) {
          api = new ApiError(fe.statusCode, codeForStatus(fe.statusCode), fe.message);
        } else {
          request.log.error({ err: error }, 'unhandled error');
          api = new ApiError(500, 'internal_error', 'Internal server error.');
        }
      }
      if (api.statusCode >= 500 && api.statusCode !== 500) request.log.warn({ code: api.code }, api.message);
      return reply.status(api.statusCode).send({ error: { code: api.code, message: api.message } });
    });
  },
  { name: 'error-handler' },
);
