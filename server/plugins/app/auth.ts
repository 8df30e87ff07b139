// Writes (POST/PUT/DELETE) need `Authorization: Bearer <API_TOKEN>`; reads are open.
import crypto from 'node:crypto';
import fp from 'fastify-plugin';
import type { ServerConfig } from '../../config';
import { unauthorized } from '../../errors';

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export function tokenMatches(header: string | undefined, token: string): boolean {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  if (!match?.[1]) return false;
  const given = crypto.createHash('sha256').update(match[1]).digest();
  const expected = crypto.createHash('sha256').update(token).digest();
  return crypto.timingSafeEqual(given, expected);
}

export default fp<{ config: ServerConfig }>(
  async (fastify, { config }) => {
    fastify.addHook('onRequest', async (request) => {
      if (!WRITE_METHODS.has(request.method)) return;
      if (!tokenMatches(request.headers.authorization, config.apiToken)) throw unauthorized();
    });
  },
  { name: 'auth' },
);
