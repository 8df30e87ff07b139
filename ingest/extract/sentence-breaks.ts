// Sentence boundaries (UAX #29, the rules Intl.Segmenter applies) for plain ASCII text, without ICU:
// splitting was the largest single cost of extraction. Text with any other character goes to
// Intl.Segmenter, so the boundaries are the same either way (tests/unit/extract compares both).

const enum C {
  Other,
  Sp,
  ParaSep,
  Lower,
  Upper,
  Numeric,
  ATerm,
  STerm,
  Close,
  SContinue,
}

const CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  let k = C.Other;
  if (ch === ' ' || ch === '\t' || ch === '\v' || ch === '\f') k = C.Sp;
  else if (ch === '\n' || ch === '\r') k = C.ParaSep;
  else if (ch >= 'a' && ch <= 'z') k = C.Lower;
  else if (ch >= 'A' && ch <= 'Z') k = C.Upper;
  else if (ch >= '0' && ch <= '9') k = C.Numeric;
  else if (ch === '.') k = C.ATerm;
  else if (ch === '!' || ch === '?') k = C.STerm;
  else if ('"\'()[]{}'.includes(ch)) k = C.Close;
  else if (',-:;'.includes(ch)) k = C.SContinue;
  CLASS[c] = k;
}

/** Whether the fast path applies: printable ASCII, spaces, tabs and line breaks only. */
export function isPlainAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 0x7e || (c < 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09)) return false;
  }
  return true;
}

const cls = (text: string, i: number): C => CLASS[text.charCodeAt(i)] as C;

/** Segment end offsets (the last one is text.length) for plain ASCII text, as Intl.Segmenter gives them. */
export function asciiSentenceEnds(text: string): number[] {
  const n = text.length;
  const ends: number[] = [];
  if (n === 0) return ends;
  let i = 0;
  while (i < n) {
    const k = cls(text, i);
    if (k === C.ParaSep) {
      // SB3/SB4: break after a line break (CR LF is one).
      const e = text.charCodeAt(i) === 0x0d && text.charCodeAt(i + 1) === 0x0a ? i + 2 : i + 1;
      if (e < n) ends.push(e);
      i = e;
      continue;
    }
    if (k !== C.ATerm && k !== C.STerm) {
      i++;
      continue;
    }
    // SATerm Close* Sp*: the only place a break can fall (SB9, SB10, SB11).
    let j = i + 1;
    while (j < n && cls(text, j) === C.Close) j++;
    while (j < n && cls(text, j) === C.Sp) j++;
    if (j >= n) break;
    const next = cls(text, j);
    if (next === C.ParaSep) {
      // SB10/SB11: the break comes after the line break.
      i = j;
      continue;
    }
    let join = next === C.SContinue || next === C.ATerm || next === C.STerm; // SB8a
    if (k === C.ATerm && !join) {
      if (j === i + 1 && next === C.Numeric) join = true; // SB6
      else if (j === i + 1 && next === C.Upper && i > 0 && (cls(text, i - 1) === C.Upper || cls(text, i - 1) === C.Lower)) join = true; // SB7
      else {
        // SB8: no break if a lower-case letter comes before any other letter, terminator or line break.
        let q = j;
        while (q < n) {
          const c = cls(text, q);
          if (c === C.Upper || c === C.Lower || c === C.ParaSep || c === C.ATerm || c === C.STerm) break;
          q++;
        }
        join = q < n && cls(text, q) === C.Lower;
      }
    }
    if (!join) ends.push(j);
    i = j;
  }
  ends.push(n);
  return ends;
}
