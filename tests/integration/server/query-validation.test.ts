// Every /api route refuses unknown query parameters and out-of-range numbers (Infinity, 1e309, 2^66)
// with a 400 naming the parameter and its range; long path segments answer in our error format.
import { describe, expect, it } from 'vitest';
import { useSeededApp } from '../../support/server-app';
import { YEAR_MAX, YEAR_MIN } from '../../../shared/year-range';
import { graphParams, toQueryString } from '../../../web/src/state/api-params';
import { searchToView } from '../../../web/src/state/url-state';

const seeded = useSeededApp({ cacheTtlMs: 0 });

interface Parameter {
  name: string;
  in: string;
  schema: { type?: string; minimum?: number; maximum?: number };
}
function operations(): Array<{ method: string; url: string; parameters: Parameter[] }> {
  const spec = (seeded.app as unknown as { swagger(): { paths: Record<string, Record<string, { parameters?: Parameter[] }>> } }).swagger();
  return Object.entries(spec.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => ({ method: method.toUpperCase(), url: path, parameters: op.parameters ?? [] })),
  );
}
/** A URL for a GET operation with its path parameters and required query parameters filled in. */
function getUrl(url: string, parameters: Parameter[], extra: string): string {
  const path = url.replace(/\{\w+\}/g, 'taliban');
  const required = parameters.filter((p) => p.in === 'query' && ['from', 'to', 'actors'].includes(p.name)).map((p) => `${p.name}=taliban`);
  return `${path}?${[...required, extra].join('&')}`;
}

describe('query-string validation', () => {
  it('every numeric query parameter of every route has a safe, finite minimum and maximum', () => {
    const unbounded = operations().flatMap((op) =>
      op.parameters
        .filter((p) => p.schema.type === 'integer' || p.schema.type === 'number')
        .filter((p) => !Number.isSafeInteger(p.schema.minimum) || !Number.isSafeInteger(p.schema.maximum))
        .map((p) => `${op.method} ${op.url} ${p.name}`),
    );
    expect(unbounded).toEqual([]);
  });

  it('refuses an unknown query parameter on every GET route, naming it', async () => {
    const gets = operations().filter((op) => op.method === 'GET');
    expect(gets.length).toBeGreaterThan(10);
    for (const op of gets) {
      const url = getUrl(op.url, op.parameters, 'foo=1');
      const res = await seeded.app.inject({ url });
      expect(res.statusCode, `${url}: ${res.body}`).toBe(400);
      expect(res.json().error).toMatchObject({ code: 'invalid_parameter', message: expect.stringContaining('`foo`') });
    }
  });

  it('refuses non-finite and huge numbers with the parameter and its allowed range', async () => {
    const cases = [
      ['/api/documents?offset=Infinity', 'offset', '0 to 10000000'],
      ['/api/documents?offset=1e309', 'offset', '0 to 10000000'],
      ['/api/claims?offset=1e309', 'offset', '0 to 10000000'],
      ['/api/claims?offset=99999999999999999999', 'offset', '0 to 10000000'],
      ['/api/actors?limit=Infinity', 'limit', '1 to 200'],
      ['/api/actors?limit=-Infinity', 'limit', '1 to 200'],
      ['/api/export?depth=Infinity', 'depth', '1 to 3'],
      ['/api/graph?yearFrom=NaN', 'yearFrom', '1900 to 2100'],
    ] as const;
    for (const [url, name, range] of cases) {
      const res = await seeded.app.inject({ url });
      expect(res.statusCode, `${url}: ${res.body}`).toBe(400);
      expect(res.json().error.message, url).toContain(`\`${name}\``);
      expect(res.json().error.message, url).toContain(range);
    }
    expect((await seeded.app.inject({ url: '/api/claims?offset=10000000' })).statusCode).toBe(200);
  });
});

describe('one year range for the web app and the API', () => {
  it('refuses a year outside the range, and the web app never asks for one, whatever the URL says', async () => {
    for (const bad of [YEAR_MIN - 1, YEAR_MAX + 1]) {
      const res = await seeded.app.inject({ url: `/api/graph?yearFrom=${bad}` });
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().error.message).toContain('`yearFrom`');
    }
    const links = ['?from=1899', '?to=1899', '?from=1000&to=9999', '?to=2101', '?frame=1899', '?frame=9999&play=window&window=20', '?from=1900&to=2100&frame=1901&play=window&window=20'];
    for (const link of links) {
      const url = `/api/graph${toQueryString(graphParams(searchToView(link)))}`;
      const res = await seeded.app.inject({ url });
      expect(res.statusCode, `${link} → ${url}: ${res.body}`).toBe(200);
    }
  });
});

describe('path parameters', () => {
  it('reaches ids of 101–200 characters (404 for a missing one, not 414)', async () => {
    const res = await seeded.app.inject({ url: `/api/actors/${'a'.repeat(150)}` });
    expect(res.statusCode, res.body).toBe(404);
    expect(res.json().error.code).toBe('not_found');
  });

  it('answers over-long segments and bad percent-encoding in our format, without echoing the URL', async () => {
    const long = await seeded.app.inject({ url: `/api/documents/${'x'.repeat(5000)}/status` });
    expect(long.statusCode).toBe(414);
    expect(long.json().error.code).toBe('invalid_parameter');
    expect(long.body).not.toContain('xxxxxxxxxx');
    const bad = await seeded.app.inject({ url: '/api/actors/%E0%A4%A' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error).toMatchObject({ code: 'invalid_parameter', message: expect.stringMatching(/URL/) });
  });
});
