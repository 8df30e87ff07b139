// `npm run ingest -- extract` over several files, some bad: runs the real CLI (tsx) and needs no database,
// so it also runs with NEO4J_URI=bolt://unused:1.
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../../neo4j/config';
import { run } from './spawn-helpers';

const SEEDS = path.join('seeds', 'articles');
const firstSeed = readdirSync(path.join(PROJECT_ROOT, SEEDS)).filter((f) => f.endsWith('.txt')).sort()[0] as string;

const GOOD_TEXT = 'The United States condemned the Taliban. Pakistan met with the Taliban in Doha.\n';

interface Report {
  documents: Array<Record<string, unknown> & { id: string; sha256: string }>;
  actors: unknown[];
  relations: Array<Record<string, unknown> & { doc: string }>;
}

let dir: string;
const file = (name: string) => path.join(dir, name);
const write = (name: string, content: string | Uint8Array) => writeFileSync(file(name), content);

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'actorscope-extract-'));
  return () => rmSync(dir, { recursive: true, force: true });
});

describe('ingest extract over many files', () => {
  it('extract good.txt bad.md --json: stdout is the good file alone, exactly; stderr names bad.md and its line; exit 1', async () => {
    write('good.txt', GOOD_TEXT);
    write('bad.md', '---\nauthor: Staff\ntitle: Afghanistan: what next\n---\nPakistan met with the Taliban.\n');

    const alone = await run('ingest/cli.ts', ['extract', file('good.txt'), '--json']);
    expect(alone.code).toBe(0);
    const result = await run('ingest/cli.ts', ['extract', file('good.txt'), file('bad.md'), '--json']);
    expect(result.code).toBe(1);
    // The JSON contract is untouched: the same bytes as for the good file alone, no trace of the failure.
    expect(result.stdout).toBe(alone.stdout);
    const report = JSON.parse(result.stdout) as Report;
    expect(Object.keys(report).sort()).toEqual(['actors', 'documents', 'relations']);
    expect(report.documents).toEqual([
      { id: 'good', title: null, publisher: null, author: null, published: null, url: null, language: null, sha256: createHash('sha256').update(GOOD_TEXT).digest('hex') },
    ]);
    expect(report.relations.length).toBeGreaterThan(0);
    expect(new Set(report.relations.map((r) => r.doc))).toEqual(new Set(['good']));

    expect(result.stderr).toContain(`error: ${file('bad.md')}: front matter is not valid YAML at line 3, column 8: `);
    expect(result.stderr).toContain('ingest extract: 1 of 2 files failed, 1 extracted.');
    expect(result.stderr).not.toContain('good.txt');
  });

  it('every kind of bad file is reported with its reason while the good ones (in order) are still extracted', async () => {
    write('a-good.md', `---\ntitle: "A title written\n  over two lines"\npublished: 2021-04-14\n---\n${GOOD_TEXT}`);
    write('b-badyaml.md', '---\ntitle: "never closed\n---\nText.\n');
    write('c-badtype.md', '---\ntitle: 1984\n---\nText.\n');
    write('d-baddate.md', '---\npublished: 2021-02-30\n---\nText.\n');
    write('e-badjson.txt', GOOD_TEXT);
    write('e-badjson.meta.json', '{"title": ');
    write('f-binary.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    write('g-latin1.txt', new Uint8Array([...Buffer.from('Caf'), 0xe9, 0x2e]));
    write('h-empty.txt', '');
    write('i-good.txt', GOOD_TEXT);

    const result = await run('ingest/cli.ts', ['extract', dir, file('missing.txt'), '--json']);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as Report;
    expect(report.documents.map((d) => [d.id, d.title, d.published])).toEqual([
      ['a-good', 'A title written over two lines', '2021-04-14'],
      ['i-good', null, null],
    ]);
    const errors = Object.fromEntries(
      result.stderr
        .split('\n')
        .filter((line) => line.startsWith(`error: ${dir}`))
        .map((line) => [path.basename(line.slice('error: '.length).split(': ')[0] as string), line.slice(line.indexOf(': ', 'error: '.length) + 2)]),
    );
    expect(errors).toEqual({
      'b-badyaml.md': 'front matter is not valid YAML at line 2, column 8: Missing closing "quote.',
      'c-badtype.md': 'front matter line 2: field `title` must be a string or null, got number 1984; quote it to keep it as text (title: "1984").',
      'd-baddate.md': 'front matter: field `published` must be a real date as YYYY-MM-DD, got "2021-02-30".',
      'e-badjson.txt': expect.stringMatching(/^sidecar .*e-badjson\.meta\.json is not valid JSON/),
      'f-binary.txt': 'file looks binary (NUL byte at offset 4).',
      'g-latin1.txt': 'file is not valid UTF-8 (invalid byte sequence at offset 3).',
      'h-empty.txt': 'file is empty.',
      'missing.txt': 'file does not exist.',
    });
    expect(result.stderr).toContain('ingest extract: 8 of 10 files failed, 2 extracted.');
  });

  it('without --json, the readable output ends with a table of the failed files', async () => {
    write('bad.md', '---\ntitle: [not, text]\n---\nText.\n');
    const result = await run('ingest/cli.ts', ['extract', path.join(SEEDS, firstSeed), file('bad.md')]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^1 documents, \d+ actors \(\d+ discovered\), \d+ relations\n\nDOC +SOURCE +TYPE +TARGET/);
    const tail = result.stdout.trimEnd().split('\n').slice(-2);
    expect(tail[0]).toMatch(/^FAILED FILE +ERROR$/);
    expect(tail[1]).toBe(`${file('bad.md')}  front matter line 2: field \`title\` must be a string or null, got a list.`);
    expect(result.stderr).toContain(`error: ${file('bad.md')}: front matter line 2: field \`title\``);
  });

  it('without failures the readable output and stderr are as before, exit 0', async () => {
    const result = await run('ingest/cli.ts', ['extract', path.join(SEEDS, firstSeed)]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^1 documents, \d+ actors \(\d+ discovered\), \d+ relations\n\nDOC +SOURCE +TYPE +TARGET/);
    expect(result.stdout).not.toContain('FAILED FILE');
    expect(result.stderr).not.toMatch(/error|failed/i);
  });
});
