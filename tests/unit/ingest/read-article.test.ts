import { describe, expect, it } from 'vitest';
import { articleErrorOf, utf8 } from './article-helpers';
import { decodeArticleText } from '../../../text/decode-text';
import { parseArticle } from '../../../ingest/read/parse-article';
import { sha256Hex } from '../../../text/content-hash';
import { isCalendarDate } from '../../../shared/calendar-date';
import { validateMeta } from '../../../ingest/read/validate-meta';


describe('decodeArticleText', () => {
  it('decodes UTF-8 text and drops a byte-order mark', () => {
    expect(decodeArticleText(utf8('\uFEFFKabul – “quoted”'))).toBe('Kabul – “quoted”');
  });
  it('rejects an empty or whitespace-only file', () => {
    expect(articleErrorOf(() => decodeArticleText(new Uint8Array()))).toMatch(/^empty: file is empty/);
    expect(articleErrorOf(() => decodeArticleText(utf8(' \n\t ')))).toMatch(/^empty: .*whitespace/);
  });
  it('rejects a file with a NUL byte as binary, naming the offset', () => {
    expect(articleErrorOf(() => decodeArticleText(new Uint8Array([0x41, 0x42, 0x00, 0x43])))).toBe('binary: file looks binary (NUL byte at offset 2).');
  });
  it('rejects invalid UTF-8 (Latin-1 bytes), naming the offset', () => {
    const latin1 = new Uint8Array([...utf8('Caf'), 0xe9, ...utf8(' au lait')]);
    expect(articleErrorOf(() => decodeArticleText(latin1))).toBe('not-utf8: file is not valid UTF-8 (invalid byte sequence at offset 3).');
  });
  it('rejects input over the size limit', () => {
    expect(articleErrorOf(() => decodeArticleText(utf8('abcdef'), 5))).toMatch(/^too-large: file is 6 bytes; the limit is 5 bytes/);
  });
});

describe('validateMeta', () => {
  it('fills missing fields with null and the id from the file name', () => {
    expect(validateMeta({}, 'file-name')).toEqual({
      id: 'file-name', title: null, publisher: null, author: null, published: null, url: null, language: null,
    });
  });
  it('keeps given fields and drops unknown ones', () => {
    const meta = validateMeta({ id: 'x', title: 'T', published: '2025-01-13', extra: 1 }, 'f');
    expect(meta).toMatchObject({ id: 'x', title: 'T', published: '2025-01-13' });
    expect(meta).not.toHaveProperty('extra');
  });
  it('names the field with a wrong type', () => {
    expect(articleErrorOf(() => validateMeta({ title: 42 }, 'f'))).toBe('bad-metadata: metadata: field `title` must be a string or null, got number 42.');
    expect(articleErrorOf(() => validateMeta({ id: ['a'] }, 'f'))).toMatch(/field `id` must be a string, got an array/);
    expect(articleErrorOf(() => validateMeta({ id: '' }, 'f'))).toMatch(/field `id` is empty/);
    expect(articleErrorOf(() => validateMeta([], 'f'))).toMatch(/must be an object/);
  });
  it('names a bad date', () => {
    expect(articleErrorOf(() => validateMeta({ published: '13/01/2025' }, 'f'))).toMatch(/field `published` must be a real date as YYYY-MM-DD, got "13\/01\/2025"/);
    expect(articleErrorOf(() => validateMeta({ published: '2021-02-30' }, 'f'))).toMatch(/field `published`/);
  });
  it('checks calendar dates', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2023-02-29')).toBe(false);
    expect(isCalendarDate('2023-13-01')).toBe(false);
  });
});

describe('parseArticle', () => {
  it('uses the sidecar over front matter and hashes the body only', () => {
    const article = parseArticle({
      path: 'a/x.md',
      baseName: 'x',
      bytes: utf8('---\ntitle: From front matter\nauthor: FM\n---\nThe body.'),
      sidecar: { path: 'a/x.meta.json', text: '{"title": "From sidecar", "published": "2021-06-20"}' },
    });
    expect(article.meta).toMatchObject({ id: 'x', title: 'From sidecar', author: 'FM', published: '2021-06-20' });
    expect(article.text).toBe('The body.');
    expect(article.sha256).toBe(sha256Hex('The body.'));
    expect(article.sha256).toMatch(/^[0-9a-f]{64}$/);
  });
  it('without metadata: id from the file name, every other field null', () => {
    const article = parseArticle({ path: 'p/plain.txt', baseName: 'plain', bytes: utf8('Text.') });
    expect(article.meta).toEqual({ id: 'plain', title: null, publisher: null, author: null, published: null, url: null, language: null });
  });
  it('names a sidecar that is not JSON', () => {
    expect(articleErrorOf(() => parseArticle({ path: 'x.txt', baseName: 'x', bytes: utf8('Text.'), sidecar: { path: 'x.meta.json', text: '{"id": ' } }))).toMatch(
      /^bad-metadata: sidecar x\.meta\.json is not valid JSON/,
    );
  });
  it('names the sidecar and field with a bad value', () => {
    expect(articleErrorOf(() => parseArticle({ path: 'x.txt', baseName: 'x', bytes: utf8('Text.'), sidecar: { path: 'x.meta.json', text: '{"published": "yesterday"}' } }))).toMatch(
      /^bad-metadata: sidecar x\.meta\.json: field `published`/,
    );
  });
  it('rejects front matter with no text after it', () => {
    expect(articleErrorOf(() => parseArticle({ path: 'x.md', baseName: 'x', bytes: utf8('---\ntitle: T\n---\n\n') }))).toMatch(/^empty: /);
  });
});

describe('isDirectoryArticle', () => {
  it('takes .txt and .md files but not README or hidden files', async () => {
    const { isDirectoryArticle } = await import('../../../ingest/read/read-article');
    expect(['a.txt', 'b.MD', 'README.md', 'readme.txt', '.hidden.txt', 'c.json', 'd.meta.json'].filter(isDirectoryArticle)).toEqual(['a.txt', 'b.MD']);
  });
});
