import { describe, expect, it } from 'vitest';
import { originalOffset, parseOfOriginal, spacedLetterPeriods } from '../../../ingest/parse/letter-periods';
import type { ParsedDocument } from '../../../ingest/parse/parse-types';

describe('spacedLetterPeriods', () => {
  it('spaces the period after a hyphen and a capital that ends a sentence, and says where', () => {
    const text = 'They fought ISIS-K. Pakistan and IS-K.\n"We" left, as did ISIS–K.';
    const spaced = spacedLetterPeriods(text);
    expect(spaced.text).toBe('They fought ISIS-K . Pakistan and IS-K .\n"We" left, as did ISIS–K .');
    expect(spaced.inserted).toEqual([18, 38, 65]);
    expect(spaced.inserted.map((q) => spaced.text[q])).toEqual([' ', ' ', ' ']);
  });

  it('leaves initials, a period a lower-case word follows and other abbreviations alone', () => {
    const text = 'They met John F. Kennedy and ISIS-K. leaders in the U.S. Then Plan-B was read. Al-Q. met.';
    expect(spacedLetterPeriods(text)).toEqual({ text, inserted: [] });
  });
});

describe('parseOfOriginal', () => {
  it('moves every token and sentence offset back onto the original text', () => {
    const original = 'It was ISIS-K. Then ISIS-K. Done.';
    const { text, inserted } = spacedLetterPeriods(original);
    // Tokens as the parser gives them over the spaced text.
    const tokensOf = (from: number, to: number) => [...text.slice(from, to).matchAll(/[\p{L}-]+|\./gu)].map((m, i) => ({ i, word: m[0], lemma: m[0], pos: 'X', start: from + m.index, end: from + m.index + m[0].length }));
    const cuts = [0, text.indexOf('Then'), text.indexOf('Done'), text.length];
    const parse: ParsedDocument = { skipped: 0, sentences: [0, 1, 2].map((k) => { const tokens = tokensOf(cuts[k]!, cuts[k + 1]!); return { index: k, start: tokens[0]!.start, end: tokens.at(-1)!.end, tokens, deps: [], tree: [] }; }) };
    const back = parseOfOriginal(parse, inserted);
    expect(back.sentences.map((s) => original.slice(s.start, s.end))).toEqual(['It was ISIS-K.', 'Then ISIS-K.', 'Done.']);
    for (const s of back.sentences) for (const t of s.tokens) expect(original.slice(t.start, t.end)).toBe(t.word);
    expect(originalOffset(inserted, 0)).toBe(0);
  });
});
