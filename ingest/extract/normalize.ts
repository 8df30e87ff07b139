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

export function normaliseText(original: string): NormalisedText {
  const n = original.length;
  let starts: Int32Array = new Int32Array(n + 16);
  let ends: Int32Array = new Int32Array(n + 16);
  const parts: string[] = [];
  let len = 0;
  let runStart = 0;
  const ensure = (extra: number): void => {
    if (len + extra <= starts.length) return;
    const grow = (a: Int32Array): Int32Array => {
      const b = new Int32Array((len + extra) * 2);
      b.set(a);
      return b;
    };
    starts = grow(starts);
    ends = grow(ends);
  };
  const flush = (to: number): void => {
    if (to <= runStart) return;
    parts.push(original.slice(runStart, to));
    ensure(to - runStart);
    for (let k = runStart; k < to; k++, len++) {
      starts[len] = k;
      ends[len] = k + 1;
    }
  };
  let i = 0;
  while (i < n) {
    const c = original.charCodeAt(i);
    const next = original.charCodeAt(i + 1);
    const combiningNext = next >= 0x300 && COMBINING.test(original[i + 1] ?? '');
    // Plain ASCII (except backquote and tab) and characters without a replacement pass through.
    if (c < 0x80 && c !== 0x60 && c !== 0x09 && !combiningNext) {
      i++;
      continue;
    }
    const single = c < 0xd800 || c > 0xdfff ? original[i] as string : null;
    if (!combiningNext && single !== null && REPLACE[single] === undefined) {
      i++;
      continue;
    }
    flush(i);
    const cp = original.codePointAt(i) ?? 0;
    let j = i + (cp > 0xffff ? 2 : 1);
    // A base char and its combining marks form one cluster, so NFC can compose them.
    while (j < n && original.charCodeAt(j) >= 0x300 && COMBINING.test(original[j] ?? '')) j++;
    const cluster = original.slice(i, j);
    const composed = j - i > 1 ? cluster.normalize('NFC') : cluster;
    const mapped = REPLACE[composed] ?? composed;
    parts.push(mapped);
    ensure(mapped.length);
    for (let k = 0; k < mapped.length; k++, len++) {
      starts[len] = i;
      ends[len] = j;
    }
    i = j;
    runStart = j;
  }
  flush(n);
  return { text: parts.join(''), origStart: starts.subarray(0, len), origEnd: ends.subarray(0, len), origLength: n };
}

/** Maps a normalised span [start, end) to the original text. */
export function toOriginalSpan(norm: NormalisedText, start: number, end: number): [number, number] {
  const s = start < norm.origStart.length ? (norm.origStart[start] as number) : norm.origLength;
  const e = end > 0 ? (norm.origEnd[end - 1] as number) : 0;
  return [s, Math.max(s, e)];
}
