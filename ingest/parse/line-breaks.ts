// Whether a single line break ends a sentence. Hard-wrapped text (statements, transcripts wrapped at
// ~72 characters) breaks lines inside sentences: there only a blank line ends a paragraph. Text with
// one paragraph a line (web articles, press releases) breaks lines only between paragraphs, and a
// line without a full stop is a headline, a byline or a caption ("By X, Researcher"), not the start of
// the next sentence. Pure.

/** Lines longer than this are not hard-wrapped. */
const WRAP_WIDTH = 100;
/** Share of long lines from which the text counts as one paragraph a line. */
const UNWRAPPED_SHARE = 0.4;

export function lineBreaksEndSentences(text: string): boolean {
  const lines = text.split('\n').filter((l) => l.trim() !== '');
  if (lines.length < 2) return false;
  const long = lines.filter((l) => l.trim().length > WRAP_WIDTH).length;
  return long / lines.length >= UNWRAPPED_SHARE;
}
