import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { run } from './helpers';

// Fragments mixing actors, triggers, abbreviations and awkward Unicode, so random texts exercise
// every stage (normalisation map, sentence repair, tries, clauses, years).
const FRAGMENTS = [
  'The U.S.', 'Pakistan', "Pakistan\u2019s", 'the Taliban', 'ISIS-K', 'CIA Director William Burns', 'Gen.', 'Kabul', 'Islamabad', 'us', 'US',
  'attacked', 'was attacked by', 'held talks with', 'will no longer cooperate with', 'refused to', 'accused', 'the group', 'he', 'and', ',', ';',
  '.', ' ', '\u00A0', '\u00AD', '\u200B', '\u201C', '\u201D', '\u2014', 'e\u0301', 'in 2019', 'last year', 'in the 1990s', 'on August 15', '(ISI)',
  'Hungarian officials', 'said', 'according to Reuters', '\n', 'Dr.', 'Jan.', 'launched attacks against', 'can be traced to', '\uD83D\uDE00',
];

describe('extraction on arbitrary text', () => {
  it('never throws and keeps every offset pointing at its text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 40 }), fc.constantFrom('2020-05-01', null), (parts, published) => {
        const text = parts.join(' ');
        const x = run(text, published);
        for (const m of x.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
        for (const c of x.claims) {
          expect(text.slice(c.triggerStart, c.triggerEnd)).toBe(c.trigger);
          expect(text.slice(c.sentenceStart, c.sentenceEnd)).toBe(c.sentence);
          expect(c.source).not.toBe(c.target);
          expect(c.confidence).toBeGreaterThanOrEqual(0);
          expect(c.confidence).toBeLessThanOrEqual(1);
          expect(c.sourceStart).toBeLessThan(c.sourceEnd);
          expect(c.targetStart).toBeLessThan(c.targetEnd);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('handles empty and whitespace-only documents', () => {
    expect(run('').claims).toEqual([]);
    expect(run(' \n\t\u00A0 ').mentions).toEqual([]);
  });
});
