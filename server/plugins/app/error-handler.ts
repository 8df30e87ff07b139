// One error handler: every error becomes `{error: {code, message}}`; 5xx detail stays in the log.
import type { FastifyError } from 'fastify';
import fp from 'fastify-plugin';
import type { ErrorCode } from '../../../shared/api';
import type { ServerConfig } from '../../config';
import { ApiError } from '../../errors';
import { toApiError } from '../../neo4j-errors';

interface ValidationItem {
  instancePath?: string;
  keyword?: string;
  message?: string;
  params?: Record<string, unknown>;
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
  let message = item.message ?? 'is invalid';
  if (item.keyword === 'enum' && Array.isArray(item.params?.allowedValues)) {
    message = `must be one of: ${(item.params.allowedValues as unknown[]).join(', ')}`;
  }
  if (item.keyword === 'required') message = 'is required';
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
