import { describe, expect, it } from 'vitest';
import { normaliseText, toOriginalSpan } from '../../../ingest/extract/normalize';
import { splitSentences } from '../../../ingest/extract/sentences';

describe('normaliseText', () => {
  it('maps curly quotes, dashes, NBSP, soft hyphens and zero-width chars with an offset map', () => {
    const original = 'Iran\u2019s envoy\u00A0said \u201Cno\u201D \u2014 Paki\u00ADstan\u200B agreed.';
    const norm = normaliseText(original);
    expect(norm.text).toBe('Iran\'s envoy said "no" - Pakistan agreed.');
    const start = norm.text.indexOf('Pakistan');
    const [s, e] = toOriginalSpan(norm, start, start + 'Pakistan'.length);
    expect(original.slice(s, e)).toBe('Paki\u00ADstan');
  });

  it('composes to NFC and keeps the original span of a decomposed character', () => {
    const original = 'Te\u0301he\u0301ran talks';
    const norm = normaliseText(original);
    expect(norm.text.startsWith('T\u00e9h\u00e9ran')).toBe(true);
    const [s, e] = toOriginalSpan(norm, 0, 7);
    expect(original.slice(s, e)).toBe('Te\u0301he\u0301ran');
  });
});

describe('splitSentences', () => {
  const texts = (t: string) => splitSentences(t).map((s) => t.slice(s.start, s.end));

  it('does not split after U.S., Gen., Lt. Col., Dr. or month abbreviations', () => {
    const t = 'The U.S. envoy met Gen. Kareem Lodhi on Jan. 5 in Doha. Lt. Col. Amina Rao and Dr. Sami Noor also spoke.';
    expect(texts(t)).toEqual(['The U.S. envoy met Gen. Kareem Lodhi on Jan. 5 in Doha.', 'Lt. Col. Amina Rao and Dr. Sami Noor also spoke.']);
  });

  it('splits after U.S. when a new sentence starts', () => {
    expect(texts('Delegates flew to the U.S. The talks began on Monday.')).toHaveLength(2);
  });

  it('treats a line break as a sentence end', () => {
    expect(texts('Headline without a stop\nBody text here.')).toEqual(['Headline without a stop', 'Body text here.']);
  });
});
