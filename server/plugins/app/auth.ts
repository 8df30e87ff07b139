// Writes (POST/PUT/DELETE) need `Authorization: Bearer <token>` (API_TOKEN or one of API_TOKENS);
// reads are open. The token's name is the request's `reviewer` (who made a claim review).
import crypto from 'node:crypto';
import fp from 'fastify-plugin';
import type { NamedToken, ServerConfig } from '../../config';
import { unauthorized } from '../../errors';

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export function tokenMatches(header: string | undefined, token: string): boolean {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  if (!match?.[1]) return false;
  const given = crypto.createHash('sha256').update(match[1]).digest();
  const expected = crypto.createHash('sha256').update(token).digest();
  return crypto.timingSafeEqual(given, expected);
}

declare module 'fastify' {
  interface FastifyRequest {
    /** Name of the token a write came with ('' on reads). */
    reviewer: string;
  }
}

/** The name of the token the header carries, or null. Every token is compared, in constant time each. */
export function tokenName(header: string | undefined, tokens: readonly NamedToken[]): string | null {
  let name: string | null = null;
  for (const t of tokens) if (tokenMatches(header, t.token) && name === null) name = t.name;
  return name;
}

export default fp<{ config: ServerConfig }>(
  async (fastify, { config }) => {
    fastify.decorateRequest('reviewer', '');
    fastify.addHook('onRequest', async (request) => {
      if (!WRITE_METHODS.has(request.method)) return;
      const name = tokenName(request.headers.authorization, config.apiTokens);
      if (name === null) throw unauthorized();
      request.reviewer = name;
    });
  },
  { name: 'auth' },
);
