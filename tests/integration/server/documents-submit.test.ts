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

function multipart(fields: Record<string, string>, file?: { name: string; content: string }) {
  const boundary = '----actorscope-test-boundary';
  const parts = Object.entries(fields).map(([k, v]) => `--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`);
  if (file) parts.push(`--${boundary}\r\nContent-Disposition: form-data; name="text"; filename="${file.name}"\r\nContent-Type: text/plain\r\n\r\n${file.content}\r\n`);
  return { payload: `${parts.join('')}--${boundary}--\r\n`, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
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
});
