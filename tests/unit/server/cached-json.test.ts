import type * as Zlib from 'node:zlib';
import { gunzipSync } from 'node:zlib';
import Fastify from 'fastify';
import { afterEach, describe, expect, it, vi } from 'vitest';

// Counts the compressions of each kind: the real functions, observed.
const zlibCalls = vi.hoisted(() => ({ pool: 0, inPlace: 0 }));
vi.mock('node:zlib', async (importOriginal) => {
  const actual = await importOriginal<typeof Zlib>();
  return {
    ...actual,
    gzip: (...args: Parameters<typeof actual.gzip>) => {
      zlibCalls.pool++;
      return actual.gzip(...args);
    },
    gzipSync: (...args: Parameters<typeof actual.gzipSync>) => {
      zlibCalls.inPlace++;
      return actual.gzipSync(...args);
    },
  };
});

const { compressionOf, GZIP_IN_PLACE_MAX_BYTES, sendJsonOnce } = await import('../../../server/routes/cached-json');

/** An app answering `/n/:size` with a JSON body of about `size` bytes (a new answer object each time). */
async function app() {
  const fastify = Fastify();
  fastify.get<{ Params: { size: string } }>('/n/:size', async (request, reply) => sendJsonOnce(request, reply, { text: 'x'.repeat(Number(request.params.size)) }));
  await fastify.ready();
  return fastify;
}

afterEach(() => {
  zlibCalls.pool = 0;
  zlibCalls.inPlace = 0;
});

describe('compressionOf', () => {
  it('leaves small bodies as they are, compresses medium ones in place and large ones on the thread pool', () => {
    expect(compressionOf(0)).toBe('none');
    expect(compressionOf(1023)).toBe('none');
    expect(compressionOf(1024)).toBe('in-place');
    expect(compressionOf(20_000)).toBe('in-place');
    expect(compressionOf(GZIP_IN_PLACE_MAX_BYTES)).toBe('in-place');
    expect(compressionOf(GZIP_IN_PLACE_MAX_BYTES + 1)).toBe('thread-pool');
    expect(compressionOf(900_000)).toBe('thread-pool');
  });
});

describe('sendJsonOnce', () => {
  it('sends every size as the same JSON, gzip-compressed where asked for, each kind by its own compression', async () => {
    const fastify = await app();
    try {
      for (const [size, kind] of [[100, 'none'], [20_000, 'inPlace'], [200_000, 'pool']] as const) {
        zlibCalls.pool = 0;
        zlibCalls.inPlace = 0;
        const plain = await fastify.inject({ url: `/n/${size}` });
        const zipped = await fastify.inject({ url: `/n/${size}`, headers: { 'accept-encoding': 'gzip' } });
        expect(JSON.parse(plain.body)).toEqual({ text: 'x'.repeat(size) });
        expect(zipped.headers.etag).toBe(plain.headers.etag);
        if (kind === 'none') {
          expect(zipped.headers['content-encoding']).toBeUndefined();
          expect(zipped.body).toBe(plain.body);
        } else {
          expect(zipped.headers['content-encoding']).toBe('gzip');
          expect(gunzipSync(zipped.rawPayload).toString()).toBe(plain.body);
        }
        expect(zlibCalls).toEqual({ pool: kind === 'pool' ? 1 : 0, inPlace: kind === 'inPlace' ? 1 : 0 });
      }
    } finally {
      await fastify.close();
    }
  });
});
