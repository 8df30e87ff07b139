import { describe, expect, it } from 'vitest';
import { articleErrorOf, utf8 } from './article-helpers';
import { splitFrontMatter } from '../../../ingest/read/front-matter';
import { parseArticle } from '../../../ingest/read/parse-article';


const fields = (text: string) => splitFrontMatter(text).fields;
const metaOf = (text: string) => parseArticle({ path: 'dir/a.md', baseName: 'a', bytes: utf8(text) }).meta;

describe('splitFrontMatter: YAML', () => {
  it('returns no fields and the whole text without front matter', () => {
    expect(splitFrontMatter('Plain text.\n---\nnot: front matter')).toEqual({ fields: null, body: 'Plain text.\n---\nnot: front matter' });
  });

  it('reads flat fields, both kinds of quotes, nulls and comments; the body follows the closing line', () => {
    const text = '---\ntitle: "A \\"quoted\\" title"\nauthor: \'O\'\'Brien\'\npublished: 2021-06-20\nurl: ~\nlanguage:\npublisher: null\n# comment\n---\nBody text.';
    expect(splitFrontMatter(text)).toEqual({
      fields: { title: 'A "quoted" title', author: "O'Brien", published: '2021-06-20', url: null, language: null, publisher: null },
      body: 'Body text.',
    });
  });

  it('reads a quoted title over two lines, as in real statements (folded into one line)', () => {
    const text = [
      '---',
      'title: "Readout of President Joseph R. Biden, Jr. Call with President Ashraf Ghani',
      '  of Afghanistan"',
      'published: 2021-04-14',
      'publisher: The White House',
      'url: https://example.org/briefing-room/2021/04/14/readout-of-a-call/',
      '---',
      '',
      'President Joseph R. Biden, Jr. spoke today with President Ashraf Ghani.',
    ].join('\n');
    expect(metaOf(text)).toEqual({
      id: 'a',
      title: 'Readout of President Joseph R. Biden, Jr. Call with President Ashraf Ghani of Afghanistan',
      publisher: 'The White House',
      author: null,
      published: '2021-04-14',
      url: 'https://example.org/briefing-room/2021/04/14/readout-of-a-call/',
      language: null,
    });
    expect(splitFrontMatter(text).body).toBe('\nPresident Joseph R. Biden, Jr. spoke today with President Ashraf Ghani.');
  });

  it('reads other YAML forms of text: plain multi-line, single-quoted multi-line, block scalars, CRLF line ends', () => {
    expect(fields('---\ntitle: Talks resume\n  in Doha\n---\nB')).toEqual({ title: 'Talks resume in Doha' });
    expect(fields("---\ntitle: 'It''s a\n  deal'\n---\nB")).toEqual({ title: "It's a deal" });
    expect(fields('---\ntitle: >-\n  Folded\n  title\n---\nB')).toEqual({ title: 'Folded title' });
    expect(fields('---\r\ntitle: T\r\npublished: 2021-04-14\r\n---\r\nB')).toEqual({ title: 'T', published: '2021-04-14' });
  });

  it('words YAML 1.1 would turn into booleans stay text (core schema)', () => {
    expect(fields('---\nlanguage: no\nauthor: yes\ntitle: off\n---\nB')).toEqual({ language: 'no', author: 'yes', title: 'off' });
  });

  it('keeps unknown fields, of any shape; validation ignores them', () => {
    const text = '---\ntags: [kabul, doha]\nsource: {site: x}\ncount: 3\ntitle: T\n---\nBody.';
    expect(fields(text)).toEqual({ tags: ['kabul', 'doha'], source: { site: 'x' }, count: 3, title: 'T' });
    expect(metaOf(text)).toMatchObject({ id: 'a', title: 'T' });
  });

  it('treats empty or comment-only front matter as no fields', () => {
    expect(splitFrontMatter('---\n---\nBody')).toEqual({ fields: {}, body: 'Body' });
    expect(splitFrontMatter('---\n# nothing yet\n---\nBody')).toEqual({ fields: {}, body: 'Body' });
  });
});

describe('splitFrontMatter: dates', () => {
  it('an unquoted YAML date is the same YYYY-MM-DD string as a quoted one', () => {
    expect(fields('---\npublished: 2021-04-14\n---\nB')).toEqual({ published: '2021-04-14' });
    expect(fields('---\npublished: "2021-04-14"\n---\nB')).toEqual({ published: '2021-04-14' });
    expect(fields("---\npublished: '2021-04-14' # as published\n---\nB")).toEqual({ published: '2021-04-14' });
    expect(metaOf('---\npublished: 2021-04-14\n---\nBody.').published).toBe('2021-04-14');
  });

  it('an explicit YAML timestamp (a Date to the parser) comes back as YYYY-MM-DD', () => {
    expect(fields('---\npublished: !!timestamp 2021-04-14\n---\nB')).toEqual({ published: '2021-04-14' });
    expect(metaOf('---\npublished: !!timestamp 2024-02-29\n---\nBody.').published).toBe('2024-02-29');
  });

  it('validate-meta still judges the date: a time of day, another format or a day that does not exist are rejected', () => {
    expect(articleErrorOf(() => metaOf('---\npublished: !!timestamp 2021-04-14T10:30:00Z\n---\nBody.'))).toBe(
      'bad-metadata: front matter: field `published` must be a real date as YYYY-MM-DD, got "2021-04-14T10:30:00.000Z".',
    );
    expect(articleErrorOf(() => metaOf('---\npublished: 2021-04-14 10:30\n---\nBody.'))).toMatch(/front matter: field `published` must be a real date/);
    expect(articleErrorOf(() => metaOf('---\npublished: 14/04/2021\n---\nBody.'))).toMatch(/field `published` must be a real date as YYYY-MM-DD, got "14\/04\/2021"/);
    expect(articleErrorOf(() => metaOf('---\npublished: 2021-02-30\n---\nBody.'))).toMatch(/^bad-metadata: front matter: field `published` must be a real date/);
  });

  it('a date written as a number is a wrong type, named with its line', () => {
    expect(articleErrorOf(() => fields('---\ntitle: T\npublished: 20210414\n---\nB'))).toBe(
      'bad-metadata: front matter line 3: field `published` must be a string or null, got number 20210414; quote it to keep it as text (published: "20210414").',
    );
  });
});

describe('splitFrontMatter: invalid YAML names the line of the file', () => {
  it('an unquoted value holding ": " (line 3 of the file: the opening --- is line 1)', () => {
    expect(articleErrorOf(() => fields('---\nauthor: A\ntitle: Afghanistan: what next\n---\nB'))).toBe(
      'bad-metadata: front matter is not valid YAML at line 3, column 8: Nested mappings are not allowed in compact mappings (quote a value that holds `: ` or starts with a quote).',
    );
  });

  it('an unclosed quote points at the line where the value opened', () => {
    expect(articleErrorOf(() => fields('---\ntitle: "Readout of a call\nauthor: A\n---\nB'))).toBe(
      'bad-metadata: front matter is not valid YAML at line 2, column 8: Missing closing "quote.',
    );
  });

  it('a repeated field, a bad indent, text after a quoted value, an unknown alias', () => {
    expect(articleErrorOf(() => fields('---\ntitle: a\ntitle: b\n---\nB'))).toMatch(/^bad-metadata: front matter is not valid YAML at line 3, column 1: Map keys must be unique/);
    expect(articleErrorOf(() => fields('---\ntitle: T\n  author: A\n---\nB'))).toMatch(/^bad-metadata: front matter is not valid YAML at line 2, /);
    expect(articleErrorOf(() => fields('---\ntitle: "Quoted" and more\n---\nB'))).toMatch(/^bad-metadata: front matter is not valid YAML at line 2, column \d+: /);
    expect(articleErrorOf(() => fields('---\ntitle: T\nauthor: *nobody\n---\nB'))).toMatch(/^bad-metadata: front matter line 3 is not valid YAML: Unresolved alias/);
  });

  it('counts lines from the top of the file with CRLF line ends too', () => {
    expect(articleErrorOf(() => fields('---\r\nauthor: A\r\n\r\ntitle: a: b\r\n---\r\nB'))).toMatch(/at line 4, column 8: /);
  });

  it('front matter that is not `key: value` fields, or is never closed', () => {
    expect(articleErrorOf(() => fields('---\njust words\n---\nB'))).toBe('bad-metadata: front matter line 2: expected `key: value` fields, got a single value.');
    expect(articleErrorOf(() => fields('---\n- a\n- b\n---\nB'))).toBe('bad-metadata: front matter line 2: expected `key: value` fields, got a list.');
    expect(articleErrorOf(() => fields('---\n[a, b]: c\n---\nB'))).toMatch(/^bad-metadata: front matter line 2: a field name must be a plain word/);
    expect(articleErrorOf(() => fields('---\ntitle: x\nBody'))).toMatch(/^bad-metadata: .*never closed/);
  });
});

describe('splitFrontMatter: a metadata field that is not text', () => {
  it('a number or boolean names the field and its line, and says how to keep it as text', () => {
    expect(articleErrorOf(() => fields('---\ntitle: 1984\n---\nB'))).toBe(
      'bad-metadata: front matter line 2: field `title` must be a string or null, got number 1984; quote it to keep it as text (title: "1984").',
    );
    expect(articleErrorOf(() => fields('---\nauthor: A\nid: 0042\n---\nB'))).toBe(
      'bad-metadata: front matter line 3: field `id` must be a string, got number 0042; quote it to keep it as text (id: "0042").',
    );
    expect(articleErrorOf(() => fields('---\nlanguage: true\n---\nB'))).toMatch(/line 2: field `language` must be a string or null, got boolean true/);
  });

  it('a list or a mapping names the field and its line', () => {
    expect(articleErrorOf(() => fields('---\nauthor: [A, B]\n---\nB'))).toBe('bad-metadata: front matter line 2: field `author` must be a string or null, got a list.');
    expect(articleErrorOf(() => fields('---\npublisher:\n  name: X\n---\nB'))).toBe('bad-metadata: front matter line 2: field `publisher` must be a string or null, got a mapping.');
  });

  it('a sidecar still wins over front matter, and keeps its own checks', () => {
    const article = parseArticle({
      path: 'a/x.md',
      baseName: 'x',
      bytes: utf8('---\ntitle: "From front\n  matter"\npublished: 2021-04-14\n---\nThe body.'),
      sidecar: { path: 'a/x.meta.json', text: '{"title": "From sidecar"}' },
    });
    expect(article.meta).toMatchObject({ id: 'x', title: 'From sidecar', published: '2021-04-14' });
    expect(article.text).toBe('The body.');
  });
});
