import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readArticle } from '../../../ingest/read/read-article';
import { normalizeWhitespace, parseGold, readGoldFile, sentenceOccurs } from '../../eval/gold-file';

// An invented hard-wrapped statement (the official texts stay in ../shared/eval/official).
const WRAPPED = 'The Minister spoke today with his\ncounterpart.  They agreed to\n   cooperate closely.\n\nNew paragraph.';
const relation = (sentence: string) => ({
  doc: 'w1', source: 'freedonia', type: 'MET_WITH', target: 'sylvania', year: 2021, negated: false, modality: 'asserted', sentence,
});
const goldJson = (sentence: string, extra: object = {}) =>
  JSON.stringify({ ...extra, mentions: { w1: ['freedonia', 'sylvania'] }, relations: [relation(sentence)] });

describe('whitespace-normalised sentence matching', () => {
  it('any run of whitespace, line breaks included, equals one space', () => {
    expect(normalizeWhitespace(' a \n b\t\tc\r\n')).toBe('a b c');
    expect(sentenceOccurs(WRAPPED, 'The Minister spoke today with his counterpart.', 'whitespace-normalised')).toBe(true);
    expect(sentenceOccurs(WRAPPED, 'They agreed to cooperate closely.', 'whitespace-normalised')).toBe(true);
    expect(sentenceOccurs(WRAPPED, 'They agreed to\n   cooperate closely.', 'whitespace-normalised')).toBe(true);
    expect(sentenceOccurs(WRAPPED, 'They agreed to cooperate closely.', 'verbatim')).toBe(false);
  });

  it('still needs the same words in the same order', () => {
    expect(sentenceOccurs(WRAPPED, 'They agreed to co-operate closely.', 'whitespace-normalised')).toBe(false);
    expect(sentenceOccurs(WRAPPED, 'They agreedto cooperate closely.', 'whitespace-normalised')).toBe(false);
    expect(sentenceOccurs(WRAPPED, '   ', 'whitespace-normalised')).toBe(false);
  });

  it('parseGold uses the mode the file names, else the caller default', () => {
    const texts = new Map([['w1', WRAPPED]]);
    const quoted = 'The Minister spoke today with his counterpart.';
    expect(() => parseGold(goldJson(quoted), texts)).toThrow(/does not occur verbatim/);
    expect(parseGold(goldJson(quoted), texts, 'gold', 'whitespace-normalised').sentenceMatch).toBe('whitespace-normalised');
    expect(parseGold(goldJson(quoted, { sentenceMatch: 'whitespace-normalised' }), texts).relations).toHaveLength(1);
    expect(() => parseGold(goldJson('The Minister met nobody.', { sentenceMatch: 'whitespace-normalised' }), texts)).toThrow(
      /does not occur even whitespace-normalised in w1/,
    );
    expect(() => parseGold(goldJson(quoted, { sentenceMatch: 'fuzzy' }), texts)).toThrow(/sentenceMatch/);
  });
});

describe('tests/gold/official.gold.json', () => {
  const root = path.resolve(import.meta.dirname, '..', '..', '..');
  const goldPath = path.join(root, 'tests', 'gold', 'official.gold.json');
  const file = readGoldFile(readFileSync(goldPath, 'utf8'), 'official.gold.json');
  const files = (file.files ?? []).map((f) => path.resolve(path.dirname(goldPath), f));

  it('lists at least 8 annotated official texts, each with a mentions entry', () => {
    expect(file.sentenceMatch).toBe('whitespace-normalised');
    expect(files.length).toBeGreaterThanOrEqual(8);
    expect(Object.keys(file.mentions).sort()).toEqual(files.map((f) => path.basename(f, '.md')).sort());
  });

  // The texts live beside the repository (../shared/eval/official); without them there is nothing to check.
  it.skipIf(!files.every((f) => existsSync(f)))('is consistent with the texts as readArticle reads them', async () => {
    const articles = await Promise.all(files.map((f) => readArticle(f)));
    const texts = new Map(articles.map((a) => [a.meta.id, a.text]));
    const gold = parseGold(readFileSync(goldPath, 'utf8'), texts, 'official.gold.json');
    expect(gold.relations.length).toBeGreaterThan(50);
    // Hard-wrapped: most gold sentences span a line break, so only the normalised rule finds them.
    const wrapped = gold.relations.filter((r) => !texts.get(r.doc)?.includes(r.sentence));
    expect(wrapped.length).toBeGreaterThan(gold.relations.length / 2);
    // Every gold year is the publication year or an earlier year the text states.
    for (const r of gold.relations) {
      const published = Number(articles.find((a) => a.meta.id === r.doc)?.meta.published?.slice(0, 4));
      expect(r.year === null || r.year <= published, `${r.doc} ${r.source} ${r.type} ${r.target}`).toBe(true);
    }
  });
});
