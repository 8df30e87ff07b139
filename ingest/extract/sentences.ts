// Sentence segmentation: UAX #29 boundaries (sentence-breaks.ts for plain ASCII, else Intl.Segmenter),
// then repair of splits after abbreviations common in security reporting (U.S., Gen., Lt., Jan. ...)
// and after initials.

import { asciiSentenceEnds, isPlainAscii } from './sentence-breaks';

export interface SentenceSpan {
  start: number;
  end: number;
}

const ALWAYS_JOIN = new Set([
  'gen', 'lt', 'col', 'sen', 'rep', 'dr', 'mr', 'mrs', 'ms', 'st', 'gov', 'capt', 'maj', 'sgt', 'adm', 'prof', 'brig', 'cmdr', 'gens',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'no', 'vs', 'e.g', 'i.e', 'mt', 'ft', 'approx', 'est', 'dept', 'amb',
]);
const JOIN_UNLESS_STARTER = new Set(['u.s', 'u.n', 'u.k', 'e.u', 'u.a.e', 'inc', 'co', 'jr', 'sr', 'ltd', 'corp', 'd.c']);
const STARTERS = new Set([
  'the', 'a', 'an', 'in', 'on', 'at', 'but', 'and', 'he', 'she', 'it', 'they', 'we', 'i', 'this', 'that', 'these', 'those', 'there', 'however',
  'meanwhile', 'after', 'before', 'while', 'since', 'according', 'officials', 'some', 'many', 'his', 'her', 'their', 'its', 'our', 'as', 'for', 'if', 'when',
]);

let segmenter: Intl.Segmenter | null = null;

export function splitSentences(text: string): SentenceSpan[] {
  const raw: SentenceSpan[] = [];
  if (isPlainAscii(text)) {
    let start = 0;
    for (const end of asciiSentenceEnds(text)) {
      raw.push({ start, end });
      start = end;
    }
  } else {
    segmenter ??= new Intl.Segmenter('en', { granularity: 'sentence' });
    for (const seg of segmenter.segment(text)) raw.push({ start: seg.index, end: seg.index + seg.segment.length });
  }
  const merged: SentenceSpan[] = [];
  for (const span of raw) {
    const prev = merged[merged.length - 1];
    if (prev && shouldJoin(text, prev, span)) prev.end = span.end;
    else merged.push({ ...span });
  }
  const out: SentenceSpan[] = [];
  for (const span of merged) {
    let { start, end } = span;
    while (start < end && /\s/.test(text[start] as string)) start++;
    while (end > start && /\s/.test(text[end - 1] as string)) end--;
    if (end > start && !isCreditLine(text, start, end)) out.push({ start, end });
  }
  return out;
}

// A photo credit ("Name | AFP | Getty Images") names no actor in the story: dropped whole.
const CREDIT_LINE = /^[^|\n.!?]{1,60}(?:\s\|\s[^|\n.!?]{1,40}){1,3}$/u;

/** A credit line is short and has ' | ' in it; other sentences are spared the regex. */
function isCreditLine(text: string, start: number, end: number): boolean {
  if (end - start > 200) return false;
  let bar = false;
  for (let q = start; q < end && !bar; q++) bar = text.charCodeAt(q) === 0x7c;
  return bar && CREDIT_LINE.test(text.slice(start, end));
}

const WS = /\s/;
const LAST_WORD = /(?:^|[\s(])((?:\p{L}\.)*\p{L}+)\.\s*$/u;
/** Characters of a segment's tail that hold its last word; a longer tail falls back to the whole segment. */
const TAIL = 64;

function shouldJoin(text: string, prev: SentenceSpan, next: SentenceSpan): boolean {
  // A newline in the trailing whitespace ends a paragraph.
  let q = prev.end - 1;
  while (q >= prev.start && WS.test(text[q] as string)) {
    if (text[q] === '\n') return false;
    q--;
  }
  // The last word before the final '.': searched in the tail only, unless it may reach further back.
  const from = Math.max(prev.start, prev.end - TAIL);
  let m = LAST_WORD.exec(text.slice(from, prev.end));
  if (from > prev.start && (m === null || m.index === 0)) m = LAST_WORD.exec(text.slice(prev.start, prev.end));
  if (!m) return false;
  const word = (m[1] as string).toLowerCase();
  const nextWord = (/^\s*([\p{L}\p{N}]+)/u.exec(text.slice(next.start, next.end))?.[1] ?? '').toLowerCase();
  if (ALWAYS_JOIN.has(word)) return true;
  if (JOIN_UNLESS_STARTER.has(word)) return !STARTERS.has(nextWord);
  // A single capital letter followed by '.' is an initial (John F. Kennedy).
  if (/^\p{Lu}$/u.test(m[1] as string)) return true;
  return false;
}
