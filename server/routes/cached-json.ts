// Sends a (cached) read answer as JSON bytes serialized once per answer object, with an ETag, and
// gzip-compressed (also once per answer) for clients that accept it. The read cache hands back the
// same object until the data changes, so a repeated request costs neither a query, a serialization
// nor a compression, and a client that already holds the answer gets 304 without a body.
// A large body is compressed on libuv's thread pool, not the event loop: a whole-graph answer (≈ 0.85 MB)
// takes ≈ 7 ms to compress, which the one API thread would otherwise spend while other requests wait. A
// small one is compressed in place: the thread pool's round trip costs ≈ 0.3 ms of CPU whatever the size
// (a new stream, two thread hand-offs), 5–8× what compressing 2–20 KB costs (measured, Node 20).
import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import { gzip, gzipSync } from 'node:zlib';
import type { FastifyReply, FastifyRequest } from 'fastify';

interface Serialized {
  body: Buffer;
  etag: string;
  gzip?: Promise<Buffer>;
}

const gzipAsync = promisify(gzip);

/** Smaller bodies are sent as they are: compressing them saves less than it costs. */
const GZIP_MIN_BYTES = 1024;
/**
 * The fastest level: a 570 KB graph answer compresses in 2.5 ms to 28 KB, against 9.8 ms to 21 KB at
 * zlib's default 6 — on a 2-core server every answer no cache holds pays this.
 */
const GZIP_LEVEL = 1;
/** Bodies up to this size are compressed on the event loop (≈ 0.3 ms at most), larger ones on the thread pool. */
export const GZIP_IN_PLACE_MAX_BYTES = 64 * 1024;

/** How a body of `bytes` is sent to a client that accepts gzip. */
export function compressionOf(bytes: number): 'none' | 'in-place' | 'thread-pool' {
  if (bytes < GZIP_MIN_BYTES) return 'none';
  return bytes <= GZIP_IN_PLACE_MAX_BYTES ? 'in-place' : 'thread-pool';
}

function acceptsGzip(request: FastifyRequest): boolean {
  const accept = request.headers['accept-encoding'];
  return typeof accept === 'string' && /\bgzip\b(?!;\s*q=0(\.0*)?\b)/i.test(accept);
}

/** Per answer object, its body in each shape it was sent in (/api/graph and /api/graph/compact share answers). */
const serializedByAnswer = new WeakMap<object, Map<(answer: never) => unknown, Serialized>>();
const asItIs = <T>(answer: T): unknown => answer;

function serialize(reply: FastifyReply, payload: unknown): Serialized {
  const out = reply.serialize(payload);
  const body = typeof out === 'string' ? Buffer.from(out) : Buffer.from(out as Uint8Array);
  return { body, etag: `"${createHash('sha1').update(body).digest('base64url')}"` };
}

/**
 * `answer` is what the repository returned; `shape` builds the response body from it (the body must
 * depend on `answer` only, as it is memoised per answer object and shape function: pass a function
 * defined once, not a new closure per request).
 */
export async function sendJsonOnce<T extends object>(
  request: FastifyRequest,
  reply: FastifyReply,
  answer: T,
  shape: (answer: T) => unknown = asItIs,
): Promise<FastifyReply> {
  let shapes = serializedByAnswer.get(answer);
  if (!shapes) {
    shapes = new Map();
    serializedByAnswer.set(answer, shapes);
  }
  let serialized = shapes.get(shape);
  if (!serialized) {
    serialized = serialize(reply, shape(answer));
    shapes.set(shape, serialized);
  }
  reply.header('etag', serialized.etag).header('vary', 'accept-encoding');
  if (request.headers['if-none-match'] === serialized.etag) return reply.code(304).send();
  reply.type('application/json; charset=utf-8');
  const compression = compressionOf(serialized.body.length);
  if (compression !== 'none' && acceptsGzip(request)) {
    // Concurrent requests for one cached answer share one compression.
    serialized.gzip ??= compression === 'in-place'
      ? Promise.resolve(gzipSync(serialized.body, { level: GZIP_LEVEL }))
      : gzipAsync(serialized.body, { level: GZIP_LEVEL });
    return reply.header('content-encoding', 'gzip').send(await serialized.gzip);
  }
  return reply.send(serialized.body);
}
