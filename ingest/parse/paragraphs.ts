// Parsing a document paragraph by paragraph when the whole does not parse in time: the paragraphs
// (blank-line separated) and the merge of their parses back into one, offsets into the whole text.
// Pure.
import type { ParsedDocument, ParsedSentence } from './parse-types';

export interface Paragraph {
  start: number;
  end: number;
}

/** Non-blank paragraphs of `text`, separated by blank lines (as the parser's sentence splitter reads them). */
export function splitParagraphs(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  const sep = /\n[ \t]*\n\s*/g;
  let start = 0;
  for (let m = sep.exec(text); ; m = sep.exec(text)) {
    const end = m ? m.index : text.length;
    if (text.slice(start, end).trim() !== '') out.push({ start, end });
    if (!m) break;
    start = m.index + m[0].length;
  }
  return out;
}

/** One document from its paragraphs' parses (null: the paragraph was not parsed and counts as skipped). */
export function mergeParagraphParses(parts: readonly { paragraph: Paragraph; parse: ParsedDocument | null }[]): ParsedDocument {
  const sentences: ParsedSentence[] = [];
  let skipped = 0;
  for (const { paragraph, parse } of parts) {
    if (!parse) {
      skipped++;
      continue;
    }
    skipped += parse.skipped;
    const shift = paragraph.start;
    for (const s of parse.sentences) {
      sentences.push({
        ...s,
        index: sentences.length,
        start: s.start + shift,
        end: s.end + shift,
        tokens: s.tokens.map((t) => ({ ...t, start: t.start + shift, end: t.end + shift })),
      });
    }
  }
  return { sentences, skipped };
}
