// Hostile documents proof, through the API upload and through the CLI loader: binary, non-UTF-8,
// 50 MB, empty, zero-width and right-to-left characters, HTML/script tags, duplicated uploads.
// Bad input gets a clear 4xx (or a failed file with its reason) and nothing partial is stored; odd but
// valid text is stored byte for byte, with every offset pointing at the right characters.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { graphFingerprint } from '../../neo4j/graph-checksum';
import { runWorker } from '../../ingest/worker/run-worker';
import { testEnv } from '../support/db';
import { useAppOnCleanDb } from './support/app-on-clean-db';
import { halfLoaded, loadedState } from './support/corpus';
import { BASE_TEXT, HOSTILE_TEXT } from './support/hostile-values';
import { runCli } from './support/run-cli';

const TOKEN = 'hostile-docs-token-42';
const auth = { authorization: `Bearer ${TOKEN}` };
const BINARY = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0xff, 0x00]);
const LATIN1 = Buffer.from(`Caf\xe9 talks: ${BASE_TEXT} \xabquoted\xbb`, 'latin1');
const FIFTY_MB = 50 * 1024 * 1024;

function multipart(fields: Record<string, string>, file?: { name: string; content: Buffer }) {
  const boundary = `----actorscope${Date.now()}`;
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
  }
  if (file) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="text"; filename="${file.name}"\r\nContent-Type: text/plain\r\n\r\n`));
    parts.push(file.content, Buffer.from('\r\n'));
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(parts), headers: { ...auth, 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

describe('hostile documents', () => {
  const ctx = useAppOnCleanDb({ token: TOKEN, tempPrefix: 'actorscope-hostile-docs-' });

  it('API: refuses binary, non-UTF-8, NUL, empty and 50 MB uploads with a clear 4xx, storing nothing', async () => {
    const before = await graphFingerprint(ctx.driver);
    const cases: Array<{ name: string; request: { payload: Buffer | string | object; headers: Record<string, string> }; status: number; message: RegExp }> = [
      { name: 'binary file', request: multipart({ id: 'bin-1' }, { name: 'image.png', content: BINARY }), status: 400, message: /binary|NUL/i },
      { name: 'Latin-1 file', request: multipart({ id: 'latin-1' }, { name: 'latin1.txt', content: LATIN1 }), status: 400, message: /UTF-8/i },
      { name: 'NUL in JSON text', request: { payload: { id: 'nul-1', text: `${BASE_TEXT}\u0000${BASE_TEXT}` }, headers: auth }, status: 400, message: /binary|NUL|control/i },
      { name: 'empty JSON text', request: { payload: { id: 'empty-1', text: '' }, headers: auth }, status: 400, message: /text/ },
      { name: 'whitespace JSON text', request: { payload: { id: 'blank-1', text: ' \n\t ' }, headers: auth }, status: 400, message: /text|empty|whitespace/i },
      { name: '50 MB JSON', request: { payload: JSON.stringify({ id: 'big-1', text: 'a'.repeat(FIFTY_MB) }), headers: { ...auth, 'content-type': 'application/json' } }, status: 413, message: /too large|limit|bytes/i },
      { name: '50 MB file', request: multipart({ id: 'big-2' }, { name: 'big.txt', content: Buffer.alloc(FIFTY_MB, 0x61) }), status: 413, message: /too large|limit|bytes/i },
    ];
    const wrong: string[] = [];
    for (const c of cases) {
      const response = await ctx.app.inject({ method: 'POST', url: '/api/documents', ...c.request });
      const message = response.body.startsWith('{') ? String((response.json() as { error?: { message?: string } }).error?.message) : response.body;
      if (response.statusCode !== c.status || !c.message.test(message)) wrong.push(`${c.name}: ${response.statusCode} ${message.slice(0, 160)}`);
    }
    expect(wrong).toEqual([]);
    expect(await graphFingerprint(ctx.driver)).toEqual(before);
  }, 120_000);

  it('API: zero-width, right-to-left and HTML/script text is stored byte for byte, and its offsets are exact', async () => {
    const submitted = await ctx.app.inject({ method: 'POST', url: '/api/documents', headers: auth, payload: { id: 'hostile-text', text: HOSTILE_TEXT, title: '<script>alert(1)</script>' } });
    expect(submitted.statusCode, submitted.body).toBe(202);
    const file = multipart({ id: 'hostile-file', title: '\u202eevil' }, { name: 'h.txt', content: Buffer.from(`${HOSTILE_TEXT}\nfile copy`, 'utf8') });
    expect((await ctx.app.inject({ method: 'POST', url: '/api/documents', ...file })).statusCode).toBe(202);
    await runWorker({ driver: ctx.driver, once: true, workerId: 'hostile-docs' });

    for (const [id, text] of [['hostile-text', HOSTILE_TEXT], ['hostile-file', `${HOSTILE_TEXT}\nfile copy`]] as const) {
      const response = await ctx.app.inject({ url: `/api/documents/${id}` });
      expect(response.statusCode, response.body).toBe(200);
      const doc = response.json() as { text: string; status: string; claims?: Array<{ sentence: string; sentenceStart: number; sentenceEnd: number; trigger: string; triggerStart: number; triggerEnd: number }> };
      expect(doc.status).toBe('done');
      expect(Buffer.from(doc.text, 'utf8').equals(Buffer.from(text, 'utf8'))).toBe(true);
      const claims = (await ctx.app.inject({ url: `/api/claims?doc=${id}&limit=1000` })).json() as { claims: NonNullable<typeof doc.claims> };
      expect(claims.claims.length).toBeGreaterThan(0);
      for (const c of claims.claims) {
        expect(text.slice(c.sentenceStart, c.sentenceEnd)).toBe(c.sentence);
        expect(text.slice(c.triggerStart, c.triggerEnd)).toBe(c.trigger);
      }
    }
    expect(halfLoaded(await loadedState(ctx.driver))).toEqual([]);
  }, 120_000);

  it('API: duplicated uploads, one after another and ten at once, store the document once (409 for the others, no 5xx)', async () => {
    const first = await ctx.app.inject({ method: 'POST', url: '/api/documents', headers: auth, payload: { text: BASE_TEXT } });
    expect(first.statusCode, first.body).toBe(202);
    const again = await ctx.app.inject({ method: 'POST', url: '/api/documents', headers: auth, payload: { text: BASE_TEXT } });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('conflict');
    const sameId = await ctx.app.inject({ method: 'POST', url: '/api/documents', headers: auth, payload: { id: first.json().id, text: `${BASE_TEXT} Changed.` } });
    expect(sameId.statusCode).toBe(409);

    const text = `${BASE_TEXT} Concurrent copy.`;
    const responses = await Promise.all(
      Array.from({ length: 10 }, () => ctx.app.inject({ method: 'POST', url: '/api/documents', headers: auth, payload: { text } })),
    );
    const statuses = responses.map((r) => r.statusCode).sort();
    expect(statuses, responses.map((r) => r.body.slice(0, 100)).join('\n')).toEqual([202, 409, 409, 409, 409, 409, 409, 409, 409, 409]);
    const { records } = await ctx.driver.executeQuery('MATCH (d:Document) RETURN count(d) AS n');
    expect(records[0]?.get('n')).toBe(2);
  });

  it('CLI: reports each hostile file with its reason, loads the good ones, stores nothing partial', async () => {
    const files = path.join(ctx.dir, 'files');
    fs.mkdirSync(files, { recursive: true });
    const write = (name: string, content: Buffer | string) => fs.writeFileSync(path.join(files, name), content);
    write('binary.txt', BINARY);
    write('latin1.txt', LATIN1);
    write('huge.txt', Buffer.alloc(FIFTY_MB, 0x61));
    write('empty.txt', '');
    write('hostile.txt', HOSTILE_TEXT);
    write('good.txt', BASE_TEXT);
    write('dup-a.txt', `${BASE_TEXT} A`);
    write('dup-a.meta.json', JSON.stringify({ id: 'same-id' }));
    write('dup-b.txt', `${BASE_TEXT} B`);
    write('dup-b.meta.json', JSON.stringify({ id: 'same-id' }));
    const result = await runCli('ingest/cli.ts', ['load', files, '--json'], testEnv());
    expect(result.code).toBe(1);
    const summary = JSON.parse(result.stdout) as { files: Array<{ path: string; outcome: string; error?: string }> };
    const outcome = Object.fromEntries(summary.files.map((f) => [path.basename(f.path), `${f.outcome} ${f.error ?? ''}`.trim()]));
    expect(outcome['binary.txt']).toMatch(/^failed .*binary/);
    expect(outcome['latin1.txt']).toMatch(/^failed .*UTF-8/);
    expect(outcome['huge.txt']).toMatch(/^failed .*(large|limit)/);
    expect(outcome['empty.txt']).toMatch(/^failed .*empty/);
    expect(outcome['hostile.txt']).toBe('loaded');
    expect(outcome['good.txt']).toBe('loaded');
    expect([outcome['dup-a.txt'], outcome['dup-b.txt']].sort()).toEqual([expect.stringMatching(/^failed .*same-id/), 'loaded']);
    const state = await loadedState(ctx.driver);
    expect(state.documents).toHaveLength(3);
    expect(halfLoaded(state)).toEqual([]);
    const { records } = await ctx.driver.executeQuery("MATCH (d:Document) WHERE d.text CONTAINS '<script>' RETURN d.text AS text");
    expect(records[0]?.get('text')).toBe(HOSTILE_TEXT);
  }, 180_000);
});
