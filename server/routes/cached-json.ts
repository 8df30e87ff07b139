// Sends a (cached) read answer as JSON bytes serialized once per answer object, with an ETag. The read
// cache hands back the same object until it refreshes, so a repeated request costs neither a query
// nor a serialization, and a client that already holds the answer gets 304 without a body.
import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';

interface Serialized {
  body: Buffer;
  etag: string;
}

const serializedByAnswer = new WeakMap<object, Serialized>();

function serialize(reply: FastifyReply, payload: unknown): Serialized {
  const out = reply.serialize(payload);
  const body = typeof out === 'string' ? Buffer.from(out) : Buffer.from(out as Uint8Array);
  return { body, etag: `"${createHash('sha1').update(body).digest('base64url')}"` };
}

/**
 * `answer` is what the repository returned; `shape` builds the response body from it (the body must
 * depend on `answer` only, as it is memoised per answer object).
 */
export function sendJsonOnce<T extends object>(
  request: FastifyRequest,
  reply: FastifyReply,
  answer: T,
  shape: (answer: T) => unknown = (a) => a,
): FastifyReply {
  let serialized = serializedByAnswer.get(answer);
  if (!serialized) {
    serialized = serialize(reply, shape(answer));
    serializedByAnswer.set(answer, serialized);
  }
  reply.header('etag', serialized.etag);
  if (request.headers['if-none-match'] === serialized.etag) return reply.code(304).send();
  return reply.type('application/json; charset=utf-8').send(serialized.body);
}
