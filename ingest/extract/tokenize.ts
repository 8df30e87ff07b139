// Tokeniser over normalised text: words, dotted acronyms (U.S.), possessive 's, numbers, single
// punctuation marks. Offsets index the normalised text.

export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  isWord: boolean;
  /** First letter upper-case. */
  isCap: boolean;
}

const TOKEN_RE = /(?:\p{L}\.){2,}|\p{L}[\p{L}\p{M}\p{N}]*|\p{N}+(?:[.,:]\p{N}+)*(?:\p{L}+)?|'s(?![\p{L}\p{N}])|\S/gu;
const CAP_RE = /^\p{Lu}/u;
const WORD_RE = /[\p{L}\p{N}]/u;

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  TOKEN_RE.lastIndex = from;
  const slice = to === text.length ? text : text.slice(0, to);
  let m: RegExpExecArray | null;
  while ((m = TOKEN_RE.exec(slice)) !== null) {
    const t = m[0];
    const first = t.charCodeAt(0);
    const isWord = first < 128 ? (first >= 48 && first <= 57) || ((first | 32) >= 97 && (first | 32) <= 122) : WORD_RE.test(t[0] as string);
    tokens.push({ text: t, lower: t.toLowerCase(), start: m.index, end: m.index + t.length, isWord, isCap: first < 128 ? first >= 65 && first <= 90 : CAP_RE.test(t) });
  }
  return tokens;
}

/** Tokens written back as in the text: a space only where whitespace separated them ("Al-Ja'afari", "Nicole L. Gee"). */
export function joinTokens(tokens: readonly Token[]): string {
  let out = '';
  tokens.forEach((t, k) => {
    out += k > 0 && (tokens[k - 1] as Token).end < t.start ? ` ${t.text}` : t.text;
  });
  return out;
}

/** Tokens of a phrase (alias, pattern) as lower-case keys, hyphens dropped so "al-Qaeda" = "al Qaeda". */
export function phraseKeys(phrase: string, lower = true): string[] {
  return tokenize(phrase)
    .filter((t) => t.text !== '-')
    .map((t) => (lower ? t.lower : t.text));
}
