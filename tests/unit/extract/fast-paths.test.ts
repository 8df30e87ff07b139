// The speed paths must give exactly what they replace: the ASCII sentence splitter what
// Intl.Segmenter gives, the limb-wise FNV-1a what the BigInt version gives. Random inputs come
// from a seeded generator, so a failure can be reproduced.
import { describe, expect, it } from 'vitest';
import { fnv1a64 } from '../../../ingest/extract/hash';
import { asciiSentenceEnds, isPlainAscii } from '../../../ingest/extract/sentence-breaks';
import { splitSentences } from '../../../ingest/extract/sentences';

function rng(seed: number): (k: number) => number {
  let s = seed >>> 0;
  return (k) => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s % k;
  };
}

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
const icuEnds = (t: string): number[] => [...segmenter.segment(t)].map((s) => s.index + s.segment.length);

describe('ASCII sentence boundaries', () => {
  const pieces = ['a', 'b', 'Z', 'U', '.', '.', '!', '?', ' ', ' ', '\n', '\r', '\r\n', '"', "'", '(', ')', ']', '{', ',', '-', ':', ';', '3', '#', '|', '\t', 'e.g.', 'U.S.', 'Mr. ', '...', 'Pakistan', 'the'];

  it('match Intl.Segmenter on random ASCII text', () => {
    const r = rng(2024);
    for (let it = 0; it < 20000; it++) {
      let t = '';
      const len = 1 + r(24);
      for (let i = 0; i < len; i++) t += pieces[r(pieces.length)];
      expect(isPlainAscii(t)).toBe(true);
      expect(asciiSentenceEnds(t), JSON.stringify(t)).toEqual(icuEnds(t));
    }
  });

  it('match Intl.Segmenter on news-like text', () => {
    const t = 'The U.S. envoy met Gen. Asim Munir on Jan. 5. "We will not talk," he said! Talks resumed (in Doha). e.g. 3.5 million? No.\nNext line.\r\nLast';
    expect(asciiSentenceEnds(t)).toEqual(icuEnds(t));
  });

  it('text with other characters still splits through Intl.Segmenter', () => {
    const t = 'Café talks ended. Pakistan’s army moved.';
    expect(isPlainAscii(t)).toBe(false);
    expect(splitSentences(t).map((s) => t.slice(s.start, s.end))).toEqual(['Café talks ended.', 'Pakistan’s army moved.']);
  });
});

describe('FNV-1a 64', () => {
  const PRIME = 0x100000001b3n;
  const MASK = 0xffffffffffffffffn;
  const reference = (text: string): string => {
    let h = 0xcbf29ce484222325n;
    for (let i = 0; i < text.length; i++) h = ((h ^ BigInt(text.charCodeAt(i))) * PRIME) & MASK;
    return h.toString(16).padStart(16, '0');
  };

  it('matches the BigInt definition on random UTF-16 strings', () => {
    const r = rng(7);
    expect(fnv1a64('')).toBe('cbf29ce484222325');
    for (let it = 0; it < 5000; it++) {
      let t = '';
      const len = r(40);
      for (let i = 0; i < len; i++) t += String.fromCharCode(r(4) === 0 ? r(65536) : 32 + r(95));
      expect(fnv1a64(t)).toBe(reference(t));
    }
  });
});
