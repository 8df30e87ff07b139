import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import type { Driver } from 'neo4j-driver';
import { cleanDatabase, testDriver } from '../../support/db';
import { authHeader, testApp } from '../../support/server-app';

let driver: Driver;
let app: FastifyInstance;

beforeAll(async () => {
  driver = testDriver();
  await cleanDatabase(driver);
  app = await testApp(driver);
});
afterAll(async () => {
  await app.close();
  await driver.close();
});

function multipart(fields: Record<string, string>, file?: { name: string; content: string | Buffer }) {
  const boundary = '----actorscope-test-boundary';
  const parts = Object.entries(fields).map(([k, v]) => Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  if (file) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="text"; filename="${file.name}"\r\nContent-Type: text/plain\r\n\r\n`));
    parts.push(Buffer.from(file.content), Buffer.from('\r\n'));
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(parts), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

describe('POST /api/documents', () => {
  it('stores a JSON submission as pending and returns 202 with a status URL', async () => {
    const res = await app.inject({
      method: 'POST', url: '/api/documents', headers: authHeader,
      payload: { id: 'submitted-1', text: 'The CIA met with the ISI in 2024.', title: 'Test', publisher: 'Test Wire', published: '2024-05-01' },
    });
    expect(res.statusCode, res.body).toBe(202);
    expect(res.json()).toMatchObject({ id: 'submitted-1', status: 'pending', statusUrl: '/api/documents/submitted-1/status' });
    expect(res.headers.location).toBe('/api/documents/submitted-1/status');
    const status = await app.inject({ url: res.json().statusUrl });
    expect(status.json().status).toBe('pending');
    const { records } = await driver.executeQuery("MATCH (d:Document {id: 'submitted-1'}) RETURN d.text AS text, d.publishedYear AS y, d.sha256 AS sha");
    expect(records[0]?.get('text')).toBe('The CIA met with the ISI in 2024.');
    expect(records[0]?.get('y')).toBe(2024);
    expect(records[0]?.get('sha')).toMatch(/^[0-9a-f]{64}$/);
  });

  it('accepts multipart with a text file and metadata fields', async () => {
    const { payload, headers } = multipart({ title: 'Uploaded', publisher: 'Dawn', published: '2025-02-03' }, { name: 'a.txt', content: 'Pakistan warned the Taliban.' });
    const res = await app.inject({ method: 'POST', url: '/api/documents', headers: { ...headers, ...authHeader }, payload });
    expect(res.statusCode, res.body).toBe(202);
    expect(res.json().id).toMatch(/^upload-[0-9a-f]{16}$/);
    const detail = await app.inject({ url: `/api/documents/${res.json().id}` });
    expect(detail.json()).toMatchObject({ title: 'Uploaded', publisher: 'Dawn', status: 'pending', text: 'Pakistan warned the Taliban.', claims: [] });
  });

  it('rejects duplicates (409) and bad input (400) naming the field', async () => {
    const dup = await app.inject({ method: 'POST', url: '/api/documents', headers: authHeader, payload: { text: 'The CIA met with the ISI in 2024.' } });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().error.code).toBe('conflict');
    for (const [payload, name] of [
      [{ text: '' }, 'text'], [{}, 'text'], [{ text: 'x', published: '2024/01/01' }, 'published'], [{ text: 'x', id: '../etc' }, 'id'],
    ] as const) {
      const res = await app.inject({ method: 'POST', url: '/api/documents', headers: authHeader, payload });
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
      expect(res.json().error.message).toContain(name);
    }
    const notJson = await app.inject({ method: 'POST', url: '/api/documents', headers: { ...authHeader, 'content-type': 'application/json' }, payload: '{"text": ' });
    expect(notJson.statusCode).toBe(400);
    const tooBig = await app.inject({ method: 'POST', url: '/api/documents', headers: authHeader, payload: { text: 'x'.repeat(6 * 1024 * 1024) } });
    expect(tooBig.statusCode).toBe(413);
  });

  it('refuses a published date that is not a real calendar date (400 naming `published`), JSON or multipart, storing nothing', async () => {
    const count = async () => (await driver.executeQuery('MATCH (d:Document) RETURN count(d) AS n')).records[0]?.get('n');
    const before = await count();
    for (const [i, published] of ['2021-02-30', '2023-02-29', '2021-04-31', '2021-13-01', '2021-00-10'].entries()) {
      const json = await app.inject({ method: 'POST', url: '/api/documents', headers: authHeader, payload: { text: `Pakistan warned the Taliban, draft ${i}.`, published } });
      expect(json.statusCode, `${published}: ${json.body}`).toBe(400);
      expect(json.json().error).toMatchObject({ code: 'invalid_parameter', message: expect.stringMatching(/`published`.*real calendar date/) });
      const { payload, headers } = multipart({ published }, { name: 'a.txt', content: `The CIA met with the ISI, draft ${i}.` });
      const form = await app.inject({ method: 'POST', url: '/api/documents', headers: { ...headers, ...authHeader }, payload });
      expect(form.statusCode, `${published}: ${form.body}`).toBe(400);
      expect(form.json().error.message).toContain('`published`');
    }
    expect(await count()).toEqual(before);
    const leap = await app.inject({ method: 'POST', url: '/api/documents', headers: authHeader, payload: { text: 'Pakistan warned the Taliban on a leap day.', published: '2024-02-29' } });
    expect(leap.statusCode, leap.body).toBe(202);
  });

  it('refuses binary, non-UTF-8, NUL, blank and control-only text (file or JSON) with a 400 naming the problem, storing nothing', async () => {
    const before = (await driver.executeQuery('MATCH (d:Document) RETURN count(d) AS n')).records[0]?.get('n');
    const text = 'Pakistan warned the Taliban in 2023.';
    const cases: Array<[string, { payload: Buffer | string | object; headers: Record<string, string> }, RegExp]> = [
      ['binary file', multipart({ id: 'bad-1' }, { name: 'x.png', content: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]) }), /binary \(NUL byte/],
      ['Latin-1 file', multipart({ id: 'bad-2' }, { name: 'l.txt', content: Buffer.from(`Caf\xe9 ${text}`, 'latin1') }), /not valid UTF-8/],
      ['empty file', multipart({ id: 'bad-3' }, { name: 'e.txt', content: Buffer.alloc(0) }), /empty/],
      ['NUL in JSON', { payload: { id: 'bad-4', text: `${text}\u0000${text}` }, headers: {} }, /binary \(NUL byte/],
      ['blank JSON', { payload: { id: 'bad-5', text: ' \n\t ' }, headers: {} }, /whitespace/],
      ['control characters only', { payload: { id: 'bad-6', text: '\u0001\u200b\u202e \u0007' }, headers: {} }, /whitespace and control characters/],
      ['blank form field', multipart({ id: 'bad-7', text: '   ' }), /whitespace/],
    ];
    for (const [name, request, message] of cases) {
      const res = await app.inject({ method: 'POST', url: '/api/documents', payload: request.payload, headers: { ...request.headers, ...authHeader } });
      expect(res.statusCode, `${name}: ${res.body}`).toBe(400);
      expect(res.json().error, name).toMatchObject({ code: 'invalid_parameter', message: expect.stringMatching(message) });
      expect(res.json().error.message, name).toContain('`text`');
    }
    expect((await driver.executeQuery('MATCH (d:Document) RETURN count(d) AS n')).records[0]?.get('n')).toBe(before);
    // Odd but valid text (BOM-free, control characters inside real words) is still accepted.
    const odd = await app.inject({ method: 'POST', url: '/api/documents', headers: authHeader, payload: { id: 'odd-1', text: `\u202e${text}\u0007` } });
    expect(odd.statusCode, odd.body).toBe(202);
  });

  it('stores concurrent uploads of one text once, under explicit or default ids (409 for the rest)', async () => {
    const text = 'The United Nations accused ISKP of attacks in 2024.';
    const responses = await Promise.all(
      Array.from({ length: 8 }, (_, i) => app.inject({ method: 'POST', url: '/api/documents', headers: authHeader, payload: i % 2 ? { text } : { id: `race-${i}`, text } })),
    );
    const statuses = responses.map((r) => r.statusCode).sort();
    expect(statuses, responses.map((r) => r.body.slice(0, 120)).join('\n')).toEqual([202, 409, 409, 409, 409, 409, 409, 409]);
    const winner = responses.find((r) => r.statusCode === 202)!.json().id as string;
    for (const r of responses.filter((x) => x.statusCode === 409)) {
      expect(r.json().error.message).toContain(JSON.stringify(winner));
    }
    const { records } = await driver.executeQuery('MATCH (d:Document {sha256: $sha}) RETURN count(d) AS n', {
      sha: createHash('sha256').update(text).digest('hex'),
    });
    expect(records[0]?.get('n')).toBe(1);
  });
});
