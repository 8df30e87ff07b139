// Typographic quotes as the parser's training text writes them. The English models read "I’m the
// President" as "am to preside" but "I'm the President" as a copula: official texts use curly quotes
// throughout, so the text sent to the parser has them straightened. One UTF-16 unit for one, so every
// offset the server returns still points into the original text. Pure.
const PLAIN: Readonly<Record<string, string>> = { '\u2018': "'", '\u2019': "'", '\u201B': "'", '\u2032': "'", '\u201C': '"', '\u201D': '"', '\u201F': '"', '\u2033': '"' };

export function plainQuotes(text: string): string {
  return text.replace(/[\u2018\u2019\u201B\u2032\u201C\u201D\u201F\u2033]/g, (c) => PLAIN[c] ?? c);
}
