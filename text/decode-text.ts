// Bytes → article text: rejects empty, oversized, binary and non-UTF-8 input with a clear reason.
import { ArticleError } from './article-error';

export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

const decoder = new TextDecoder('utf-8', { fatal: true });

export function decodeArticleText(bytes: Uint8Array, maxBytes = MAX_ARTICLE_BYTES): string {
  if (bytes.length > maxBytes) {
    throw new ArticleError('too-large', `file is ${bytes.length} bytes; the limit is ${maxBytes} bytes (5 MB).`);
  }
  if (bytes.length === 0) throw new ArticleError('empty', 'file is empty.');
  // A NUL byte never occurs in text, so it marks a binary file even when the bytes happen to decode.
  const nul = bytes.indexOf(0);
  if (nul !== -1) throw new ArticleError('binary', `file looks binary (NUL byte at offset ${nul}).`);
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    throw new ArticleError('not-utf8', `file is not valid UTF-8 (invalid byte sequence at offset ${firstInvalidUtf8Offset(bytes)}).`);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim().length === 0) throw new ArticleError('empty', 'file holds only whitespace.');
  return text;
}

/** Offset of the first byte that starts an invalid UTF-8 sequence, for the error message. */
export function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] as number;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0) return i;
    for (let k = 1; k < length; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    // Overlong forms, surrogates and code points past U+10FFFF.
    const b1 = bytes[i + 1] as number;
    if ((b === 0xe0 && b1 < 0xa0) || (b === 0xed && b1 > 0x9f) || (b === 0xf0 && b1 < 0x90) || (b === 0xf4 && b1 > 0x8f)) return i;
    i += length;
  }
  return bytes.length;
}
