// A name that ends in a hyphen and one capital letter ("ISIS-K", "IS-K") before a sentence's period:
// the parser's tokenizer reads "K." as an initial ("John F. Kennedy"), so the sentence runs on into the
// next ("… the leader of ISIS-K. Pakistan is …" became one sentence with "ISIS-K. Pakistan" as one
// name). The text sent to the parser has a space before such a period; the parse's offsets are then
// moved back onto the original text. Pure.
import type { ParsedDocument } from './parse-types';

/** The period after "-K" that a new sentence (a capital, a quote, a bracket) or the text's end follows. */
const LETTER_PERIOD = /(?<=\p{L}[-\u2010\u2011\u2013]\p{Lu})\.(?=\s+["'(\u201C\u2018]?\p{Lu}|\s*$)/gu;

export interface SpacedText {
  text: string;
  /** Where a space was inserted, as offsets into `text` (ascending). */
  inserted: number[];
}

export function spacedLetterPeriods(original: string): SpacedText {
  const inserted: number[] = [];
  const text = original.replace(LETTER_PERIOD, (_period: string, offset: number) => {
    inserted.push(offset + inserted.length);
    return ' .';
  });
  return { text, inserted };
}

/** An offset into the spaced text as an offset into the original. */
export function originalOffset(inserted: readonly number[], offset: number): number {
  let shift = 0;
  while (shift < inserted.length && (inserted[shift] as number) < offset) shift++;
  return offset - shift;
}

/** The parse of the spaced text with every offset into the original text. */
export function parseOfOriginal(parse: ParsedDocument, inserted: readonly number[]): ParsedDocument {
  if (inserted.length === 0) return parse;
  const at = (offset: number): number => originalOffset(inserted, offset);
  return {
    ...parse,
    sentences: parse.sentences.map((s) => ({
      ...s,
      start: at(s.start),
      end: at(s.end),
      tokens: s.tokens.map((t) => ({ ...t, start: at(t.start), end: at(t.end) })),
    })),
  };
}
