// Paragraph fallback of the parse layer: splitting, and merging paragraph parses back into one
// document with offsets into the whole text (parses recorded from the real CoreNLP server).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mergeParagraphParses, splitParagraphs } from '../../../ingest/parse/paragraphs';
import type { ParsedDocument } from '../../../ingest/parse/parse-types';

const FIXTURES = path.join(import.meta.dirname, '../../fixtures/parses');
const load = (id: string) => JSON.parse(fs.readFileSync(path.join(FIXTURES, `${id}.parse.json`), 'utf8')) as ParsedDocument;

describe('paragraphs', () => {
  it('splits on blank lines only, keeps hard-wrapped lines together and drops blank paragraphs', () => {
    const text = 'One line\nwrapped here.\n\n  \n\nSecond paragraph.\n\n';
    const parts = splitParagraphs(text);
    expect(parts.map((p) => text.slice(p.start, p.end))).toEqual(['One line\nwrapped here.', 'Second paragraph.']);
  });

  it('merges paragraph parses with offsets into the whole text and counts the skipped ones', () => {
    const first = 'Pakistan condemned India\'s decision to close the border.';
    const second = 'Russia has yet to recognize the Taliban government.';
    const third = 'A paragraph the parser gave up on.';
    const text = `${first}\n\n${second}\n\n${third}`;
    const [p1, p2, p3] = splitParagraphs(text);
    const merged = mergeParagraphParses([
      { paragraph: p1!, parse: load('possessive') },
      { paragraph: p2!, parse: load('yet') },
      { paragraph: p3!, parse: null },
    ]);
    expect(merged.skipped).toBe(1);
    expect(merged.sentences.map((s) => s.index)).toEqual([0, 1]);
    for (const s of merged.sentences) {
      for (const t of s.tokens) expect(text.slice(t.start, t.end)).toBe(t.word.replace(/^``$|^''$/, '"'));
    }
    expect(text.slice(merged.sentences[1]!.start, merged.sentences[1]!.end)).toBe(second);
  });
});
