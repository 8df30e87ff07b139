// User input never produces a 500: random query strings and bodies against the real app and database.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { authHeader, useSeededApp } from '../../support/server-app';

const seeded = useSeededApp({ cacheTtlMs: 0 });

const PARAMS = ['yearFrom', 'yearTo', 'sources', 'types', 'actorTypes', 'actors', 'depth', 'includeNegated', 'modality', 'minSources', 'limit',
  'timeAxis', 'q', 'type', 'source', 'target', 'offset', 'from', 'to', 'maxHops', 'directed', 'format', 'doc', 'status', 'publisher', 'undirected'];
const VALUES = fc.oneof(
  fc.constantFrom('2001', '2025', '-1', '0', '3', '99999999999', 'taliban', 'united-states,taliban', 'ATTACKED', 'state', 'true', 'reported', 'gexf', "'", '"', '\\', '%00', ''),
  fc.string({ maxLength: 30 }),
  fc.integer({ min: -5, max: 5000 }).map(String),
);
const ROUTES = ['/api/graph', '/api/actors', '/api/actors/taliban', '/api/actors/%E2%9C%93', '/api/claims', '/api/documents', '/api/documents/x/status',
  '/api/paths', '/api/timeline', '/api/stats', '/api/export', '/api/queries', '/api/queries/dyad-by-year'];

describe('no user input produces a 500', () => {
  it('on GET routes with random query strings', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...ROUTES), fc.array(fc.tuple(fc.constantFrom(...PARAMS), VALUES), { maxLength: 5 }), async (route, pairs) => {
        const qs = pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&');
        const res = await seeded.app.inject({ url: `${route}?${qs}` });
        expect(res.statusCode, `${route}?${qs}: ${res.body.slice(0, 300)}`).toBeLessThan(500);
        if (res.statusCode >= 400) expect(res.json().error.code).toBeTypeOf('string');
      }),
      { numRuns: 150 },
    );
  });

  it('on POST bodies', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('/api/documents', '/api/queries', '/api/queries/dyad-by-year/run'), fc.jsonValue({ maxDepth: 3 }), async (url, body) => {
        const res = await seeded.app.inject({ method: 'POST', url, headers: { ...authHeader, 'content-type': 'application/json' }, payload: JSON.stringify(body) });
        expect(res.statusCode, `${url} ${JSON.stringify(body).slice(0, 200)}: ${res.body.slice(0, 300)}`).toBeLessThan(500);
      }),
      { numRuns: 60 },
    );
  });
});
