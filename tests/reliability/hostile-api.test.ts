// Hostile input proof: over a thousand generated requests (fast-check) against every /api route with
// wrong types, missing and extra parameters, huge values, deep arrays, unicode and control characters
// and Cypher injection strings. No answer is a 5xx; every request invalid by construction gets a 4xx
// `{error: {code, message}}` naming the problem; the graph is unchanged afterwards (same checksum).
import fc from 'fast-check';
import type { FastifyInstance } from 'fastify';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../shared/api';
import { ACTOR_TYPES, MODALITIES, RELATION_TYPES } from '../../shared/vocabulary';
import { graphFingerprint, type GraphFingerprint } from '../../neo4j/graph-checksum';
import { writeDocuments } from '../../documents/write-documents';
import { buildApp } from '../../server/app';
import { loadServerConfig } from '../../server/config';
import { cleanDatabase, testDriver } from '../support/db';
import { fixtureExtractions } from './support/fixture-graph';
import { deepArray, hostileJson, hostileString } from './support/hostile-values';
import { apiOperations, servedRoutes, type JsonSchema, type OpenApiParameter, type Operation } from './support/routes';

const TOKEN = 'hostile-test-token-0123456789';
const RUNS = Number(process.env.ACTORSCOPE_FUZZ_RUNS || 1200);
const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const EXISTING_IDS = ['pakistan', 'taliban', 'fixture-0001', 'q-neighbours', 'q-count'];
/** CSV parameters whose items come from a closed vocabulary. */
const CSV_VOCABULARIES: Record<string, readonly string[]> = { types: RELATION_TYPES, actorTypes: ACTOR_TYPES, modality: MODALITIES };

interface Generated {
  method: string;
  url: string;
  query: Record<string, string | string[]>;
  headers: Record<string, string>;
  payload?: string;
  /** Why this request must be refused with a 4xx; undefined when it may legitimately succeed. */
  mustReject?: string;
}

function types(schema: JsonSchema): string[] {
  const t = schema.type ?? schema.anyOf?.flatMap(types) ?? [];
  return Array.isArray(t) ? t : [t];
}

function violates(param: OpenApiParameter, value: string | string[]): string | undefined {
  const s = param.schema;
  if (Array.isArray(value)) return value.length > 1 ? `${param.name} given ${value.length} times` : undefined;
  if (s.enum && !s.enum.includes(value)) return `${param.name} not in enum`;
  const t = types(s);
  if (t.includes('integer') || t.includes('number')) {
    const n = Number(value);
    if (value.trim() === '' || !Number.isFinite(n)) return `${param.name} not a number`;
    if (t.includes('integer') && !Number.isInteger(n)) return `${param.name} not an integer`;
    if (s.minimum !== undefined && n < s.minimum) return `${param.name} below minimum`;
    if (s.maximum !== undefined && n > s.maximum) return `${param.name} above maximum`;
    if (!Number.isSafeInteger(n) && t.includes('integer')) return `${param.name} beyond 2^53`;
  }
  if (t.includes('boolean') && !['true', 'false'].includes(value)) return `${param.name} not a boolean`;
  if (t.includes('string')) {
    if (s.maxLength !== undefined && value.length > s.maxLength) return `${param.name} too long`;
    if (s.minLength !== undefined && value.length < s.minLength) return `${param.name} too short`;
    if (s.pattern !== undefined && !new RegExp(s.pattern).test(value)) return `${param.name} does not match ${s.pattern}`;
    const vocabulary = CSV_VOCABULARIES[param.name];
    if (vocabulary && value.split(',').some((v) => !vocabulary.includes(v.trim()))) return `${param.name} outside its vocabulary`;
  }
  return undefined;
}

function validValue(param: OpenApiParameter): fc.Arbitrary<string> {
  const s = param.schema;
  if (s.enum) return fc.constantFrom(...(s.enum as string[]));
  const t = types(s);
  if (t.includes('integer')) {
    const min = s.minimum ?? 0;
    return fc.integer({ min, max: Math.min(s.maximum ?? min + 50, min + 50) }).map(String);
  }
  if (t.includes('boolean')) return fc.constantFrom('true', 'false');
  const vocabulary = CSV_VOCABULARIES[param.name];
  if (vocabulary) return fc.subarray([...vocabulary], { minLength: 1 }).map((v) => v.join(','));
  return fc.oneof(fc.constantFrom(...EXISTING_IDS), hostileString.filter((v) => v.length <= (s.maxLength ?? 200)));
}

function queryValue(param: OpenApiParameter): fc.Arbitrary<string | string[]> {
  return fc.oneof(
    { weight: 3, arbitrary: validValue(param) },
    { weight: 4, arbitrary: hostileString },
    { weight: 1, arbitrary: fc.array(hostileString, { minLength: 2, maxLength: 3 }) },
  );
}

/** Lone surrogates cannot be percent-encoded; a client sends U+FFFD instead. */
function wellFormed(value: string): string {
  return value.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}

function pathValue(): fc.Arbitrary<string> {
  return fc.oneof(fc.constantFrom(...EXISTING_IDS), hostileString.filter((v) => v.length > 0));
}

/** A body that the route's schema must refuse: wrong type, a required field missing, or a field of the wrong type. */
function invalidBody(schema: JsonSchema | undefined): fc.Arbitrary<{ payload: string; reason: string }> {
  const required = schema?.required ?? [];
  const props = Object.keys(schema?.properties ?? {});
  const wrongValues: unknown[] = [{ nested: { object: true } }, deepArray(200), [1, 2, 3]];
  const options: Array<fc.Arbitrary<{ payload: string; reason: string }>> = [
    hostileJson.filter((v) => v === null || typeof v !== 'object' || Array.isArray(v)).map((v) => ({ payload: JSON.stringify(v) ?? 'null', reason: 'body is not an object' })),
    fc.constantFrom('{"unterminated": ', "{'single': 'quotes'}", '\u0000\u0001', '[[[[').map((payload) => ({ payload, reason: 'body is not JSON' })),
  ];
  if (required.length > 0) {
    options.push(
      fc.tuple(fc.constantFrom(...required), fc.dictionary(fc.constantFrom(...props, '__proto__', 'extra', 'constructor'), hostileJson, { maxKeys: 4 })).map(([missing, rest]) => {
        const body = { ...rest } as Record<string, unknown>;
        delete body[missing];
        return { payload: JSON.stringify(body), reason: `required ${missing} missing` };
      }),
    );
  }
  if (props.length > 0) {
    options.push(
      fc.tuple(fc.constantFrom(...props), fc.constantFrom(...wrongValues), fc.dictionary(fc.constantFrom(...props), hostileString, { maxKeys: 3 })).map(([field, wrong, rest]) => ({
        payload: JSON.stringify({ ...rest, [field]: wrong }),
        reason: `${field} has the wrong type`,
      })),
    );
  }
  return fc.oneof(...options);
}

function requestFor(op: Operation): fc.Arbitrary<Generated> {
  const queryParams = op.parameters.filter((p) => p.in === 'query');
  const pathParams = op.parameters.filter((p) => p.in === 'path');
  const isWrite = WRITE_METHODS.has(op.method);
  return fc
    .record({
      path: fc.tuple(...pathParams.map(() => pathValue())),
      query: fc.tuple(...queryParams.map((p) => fc.option(queryValue(p), { nil: undefined, freq: 2 }))),
      extra: fc.option(fc.dictionary(fc.constantFrom('foo', 'limit[]', '__proto__', 'constructor', 'where', 'cypher', 'q ', 'ACTORS'), hostileString, { minKeys: 1, maxKeys: 2 }), { freq: 4 }),
      auth: fc.constantFrom<'none' | 'wrong' | 'valid'>('none', 'wrong', 'valid', 'valid'),
      wrongToken: fc.constantFrom(`${TOKEN}x`, TOKEN.slice(0, -1), TOKEN.toUpperCase(), `Basic ${TOKEN}`, "' OR 1=1 --", ''),
      body: invalidBody(op.body),
      runParams: fc.dictionary(fc.constantFrom('actor', 'limit', 'year', 'extra', '__proto__'), hostileJson, { maxKeys: 3 }),
    })
    .map(({ path, query, extra, auth, wrongToken, body, runParams }) => {
      const reasons: string[] = [];
      let url = op.url;
      pathParams.forEach((p, i) => {
        const value = path[i] as string;
        const problem = violates(p, value);
        if (problem) reasons.push(problem);
        url = url.replace(`:${p.name}`, encodeURIComponent(wellFormed(value)));
      });
      const q: Record<string, string | string[]> = {};
      queryParams.forEach((p, i) => {
        const value = query[i];
        if (value === undefined) {
          if (p.required) reasons.push(`${p.name} missing`);
          return;
        }
        q[p.name] = value;
        const problem = violates(p, value);
        if (problem) reasons.push(problem);
      });
      if (extra) {
        for (const [name, value] of Object.entries(extra)) {
          if (Object.hasOwn(q, name)) continue;
          // defineProperty: `__proto__` must become a real query parameter, not the object's prototype.
          Object.defineProperty(q, name, { value, enumerable: true, writable: true, configurable: true });
          if (!queryParams.some((p) => p.name === name)) reasons.push(`unknown query parameter ${name}`);
        }
      }
      const headers: Record<string, string> = {};
      let payload: string | undefined;
      if (isWrite) {
        if (auth === 'none') reasons.push('no token');
        if (auth === 'wrong') {
          reasons.push('wrong token');
          headers.authorization = wrongToken.startsWith('Basic') ? wrongToken : `Bearer ${wrongToken}`;
        }
        if (auth === 'valid') headers.authorization = `Bearer ${TOKEN}`;
        const isRun = op.url.endsWith('/run');
        if (op.method === 'POST' || op.method === 'PUT') {
          headers['content-type'] = 'application/json';
          if (isRun) payload = JSON.stringify({ params: runParams });
          else {
            payload = body.payload;
            reasons.push(body.reason);
          }
        }
        // Deleting or changing a real saved query, or dismissing a real actor, is not hostile input:
        // only made-up ids reach a write, wherever the id sits in the path (/actors/{id}/dismiss).
        if (auth === 'valid' && !isRun) {
          url = url
            .split('/')
            .map((segment) => (EXISTING_IDS.some((id) => segment === encodeURIComponent(id)) ? 'no-such-id' : segment))
            .join('/');
        }
        if (op.method === 'DELETE') reasons.push('no such saved query');
      }
      return { method: op.method, url, query: q, headers, payload, mustReject: reasons[0] };
    });
}

describe('hostile input to the API', () => {
  let driver: Driver;
  let app: FastifyInstance;
  let before: GraphFingerprint;
  let operations: Operation[];

  beforeAll(async () => {
    driver = testDriver();
    await cleanDatabase(driver);
    await writeDocuments(driver, fixtureExtractions(20));
    await driver.executeQuery(
      `CREATE (:SavedQuery {id: 'q-neighbours', name: 'Neighbours', description: '', createdAt: '2025-01-01T00:00:00Z', updatedAt: '2025-01-01T00:00:00Z',
         cypher: 'MATCH (a:Actor {id: $actor})-[r]-(b:Actor) RETURN a, r, b LIMIT $limit',
         params: '[{"name":"actor","type":"actor","required":true},{"name":"limit","type":"integer","default":10}]'}),
       (:SavedQuery {id: 'q-count', name: 'Count', description: '', createdAt: '2025-01-01T00:00:00Z', updatedAt: '2025-01-01T00:00:00Z',
         cypher: 'MATCH (a:Actor) WHERE a.type = $type RETURN count(a) AS n', params: '[{"name":"type","type":"string"}]'})`,
    );
    app = await buildApp({ driver, config: loadServerConfig({ API_TOKEN: TOKEN, RATE_LIMIT_MAX: '10000000' }) });
    await app.ready();
    operations = apiOperations(app);
    before = await graphFingerprint(driver);
  });

  afterAll(async () => {
    await app?.close();
    await driver?.close();
  });

  it('every /api route the app serves is described in the OpenAPI document (so none escapes the fuzzer)', () => {
    const served = servedRoutes(app).filter((r) => r.url.startsWith('/api/') && r.method !== 'HEAD');
    const described = new Set(operations.map((o) => `${o.method} ${o.url}`));
    expect(served.length).toBeGreaterThan(10);
    expect(served.map((r) => `${r.method} ${r.url}`).filter((r) => !described.has(r))).toEqual([]);
  });

  it(`answers ${RUNS} generated hostile requests with 2xx/4xx only, 4xx for every invalid one, and changes nothing`, async () => {
    const failures: string[] = [];
    const statuses = new Map<number, number>();
    let rejected = 0;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...operations).chain(requestFor), async (req) => {
        // The query goes as a string: an object would lose a `__proto__` key in light-my-request's Object.assign.
        const query = new URLSearchParams(Object.entries(req.query).flatMap(([k, v]) => (Array.isArray(v) ? v : [v]).map((x) => [k, x]))).toString();
        const response = await app.inject({ method: req.method as 'GET', url: req.url, query, headers: req.headers, payload: req.payload });
        statuses.set(response.statusCode, (statuses.get(response.statusCode) ?? 0) + 1);
        const label = `${req.method} ${req.url}?${new URLSearchParams(req.query as Record<string, string>).toString().slice(0, 200)} → ${response.statusCode}`;
        const problems: string[] = [];
        if (response.statusCode >= 500) problems.push(`5xx: ${response.body.slice(0, 300)}`);
        if (req.mustReject && (response.statusCode < 400 || response.statusCode >= 500)) problems.push(`should be 4xx (${req.mustReject})`);
        if (response.statusCode >= 400) {
          rejected += 1;
          let body: { error?: { code?: unknown; message?: unknown } } = {};
          try {
            body = response.json();
          } catch {
            problems.push(`error body is not JSON: ${response.body.slice(0, 100)}`);
          }
          const { code, message } = body.error ?? {};
          if (!(ERROR_CODES as readonly unknown[]).includes(code)) problems.push(`error code ${String(code)} is not one of ERROR_CODES: ${response.body.slice(0, 200)}`);
          if (typeof message !== 'string' || message.length < 10) problems.push(`unclear error message: ${response.body.slice(0, 200)}`);
          else if (/\n\s+at |node_modules|Neo4jError/.test(message)) problems.push(`message leaks internals: ${message.slice(0, 200)}`);
        }
        if (problems.length > 0) failures.push(`${label}: ${problems.join('; ')}`);
      }),
      { numRuns: RUNS, seed: process.env.ACTORSCOPE_FUZZ_SEED ? Number(process.env.ACTORSCOPE_FUZZ_SEED) : undefined, endOnFailure: true },
    );
    console.log(`hostile-api: ${RUNS} requests, statuses ${JSON.stringify(Object.fromEntries(statuses))}`);
    expect([...new Set(failures)].slice(0, Number(process.env.ACTORSCOPE_FUZZ_SHOW || 30))).toEqual([]);
    expect(rejected).toBeGreaterThan(RUNS / 2);
    expect(await graphFingerprint(driver)).toEqual(before);
  }, 300_000);

  it('refuses oversized, deeply nested and mistyped bodies with a 4xx', async () => {
    const auth = { authorization: `Bearer ${TOKEN}` };
    const cases: Array<{ name: string; method: 'POST' | 'PUT'; url: string; headers?: Record<string, string>; payload: string | Buffer; status: number[] }> = [
      { name: '6 MB JSON', method: 'POST', url: '/api/documents', headers: { 'content-type': 'application/json' }, payload: JSON.stringify({ text: 'x'.repeat(6 * 1024 * 1024) }), status: [413] },
      { name: '100k-deep array', method: 'POST', url: '/api/queries', headers: { 'content-type': 'application/json' }, payload: `{"name":${'['.repeat(100_000)}${']'.repeat(100_000)}}`, status: [400] },
      { name: 'text/plain body', method: 'POST', url: '/api/queries', headers: { 'content-type': 'text/plain' }, payload: 'MATCH (n) DETACH DELETE n', status: [400, 415] },
      { name: 'xml body', method: 'PUT', url: '/api/queries/q-count', headers: { 'content-type': 'application/xml' }, payload: '<q/>', status: [400, 415] },
      { name: 'invalid UTF-8 JSON', method: 'POST', url: '/api/queries', headers: { 'content-type': 'application/json' }, payload: Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x3a, 0x31, 0x7d]), status: [400] },
    ];
    for (const c of cases) {
      const response = await app.inject({ method: c.method, url: c.url, headers: { ...auth, ...c.headers }, payload: c.payload });
      expect(c.status, `${c.name}: ${response.statusCode} ${response.body.slice(0, 200)}`).toContain(response.statusCode);
      expect(response.json().error.message, c.name).toMatch(/\w{3,}/);
    }
    const longUrl = await app.inject({ url: `/api/actors?q=${'a'.repeat(100_000)}` });
    expect(longUrl.statusCode).toBeGreaterThanOrEqual(400);
    expect(longUrl.statusCode).toBeLessThan(500);
    expect(await graphFingerprint(driver)).toEqual(before);
  });
});
