// Text normalisation with an offset map back to the original string: NFC, straight quotes and
// dashes, plain spaces; soft hyphens and zero-width characters are dropped. Evidence offsets must
// point into the original text, so every normalised char remembers the original span it came from.

export interface NormalisedText {
  text: string;
  /** origStart[i] / origEnd[i]: the original span that produced normalised char i. */
  origStart: Int32Array;
  origEnd: Int32Array;
  /** Original text length, the image of the normalised end. */
  origLength: number;
}

const REPLACE: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201A': "'", '\u201B': "'", '\u2032': "'", '\u02BC': "'", '`': "'",
  '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u201F': '"', '\u2033': '"', '\u00AB': '"', '\u00BB': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-',
  '\u00A0': ' ', '\u2007': ' ', '\u202F': ' ', '\u2009': ' ', '\u200A': ' ', '\u2002': ' ', '\u2003': ' ',
  '\u2004': ' ', '\u2005': ' ', '\u2006': ' ', '\u2008': ' ', '\u3000': ' ', '\t': ' ',
  '\u00AD': '', '\u200B': '', '\u200C': '', '\u200D': '', '\u2060': '', '\uFEFF': '',
};
const COMBINING = /\p{M}/u;
const SIMPLE = /^[\x20-\x7E\n\r]*$/;

export function normaliseText(original: string): NormalisedText {
  const n = original.length;
  if (SIMPLE.test(original) && !original.includes('`')) {
    const origStart = new Int32Array(n);
    const origEnd = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      origStart[i] = i;
      origEnd[i] = i + 1;
    }
    return { text: original, origStart, origEnd, origLength: n };
  }
  const out: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  let i = 0;
  while (i < n) {
    const cp = original.codePointAt(i) ?? 0;
    let j = i + (cp > 0xffff ? 2 : 1);
    // A base char and its combining marks form one cluster, so NFC can compose them.
    while (j < n && COMBINING.test(original[j] ?? '')) j++;
    const cluster = original.slice(i, j);
    const composed = j - i > 1 ? cluster.normalize('NFC') : cluster;
    const mapped = REPLACE[composed] ?? composed;
    for (let k = 0; k < mapped.length; k++) {
      out.push(mapped[k] as string);
      starts.push(i);
      ends.push(j);
    }
    i = j;
  }
  return { text: out.join(''), origStart: Int32Array.from(starts), origEnd: Int32Array.from(ends), origLength: n };
}

/** Maps a normalised span [start, end) to the original text. */
export function toOriginalSpan(norm: NormalisedText, start: number, end: number): [number, number] {
  const s = start < norm.origStart.length ? (norm.origStart[start] as number) : norm.origLength;
  const e = end > 0 ? (norm.origEnd[end - 1] as number) : 0;
  return [s, Math.max(s, e)];
}
