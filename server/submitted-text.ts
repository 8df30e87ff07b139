// Text submitted to POST /api/documents passes the ingest reader's own checks (empty, size, NUL /
// binary, non-UTF-8), so the API and the CLI loader accept and refuse the same articles.
import { ArticleError } from '../text/article-error';
import { decodeArticleText } from '../text/decode-text';
import { ApiError, invalidParameter } from './errors';
import { MAX_BODY_BYTES } from './limits';

const encoder = new TextEncoder();
/** Whitespace, control and format characters (zero-width, direction marks, BOM): nothing to read. */
const NOTHING_TO_READ = /^[\s\p{Cc}\p{Cf}]*$/u;

function toApiError(error: unknown, field: string): unknown {
  if (!(error instanceof ArticleError)) return error;
  const problem = error.message.replace(/^file /, 'the text ');
  if (error.code === 'too-large') return new ApiError(413, 'payload_too_large', `Invalid parameter \`${field}\`: ${problem}`);
  return invalidParameter(field, problem);
}

/** An uploaded file's bytes → its text; a binary, non-UTF-8, empty or oversized file is a 4xx. */
export function decodeUploadedText(bytes: Uint8Array, field = 'text'): string {
  try {
    return decodeArticleText(bytes, MAX_BODY_BYTES);
  } catch (error) {
    throw toApiError(error, field);
  }
}

/** Checks a submitted text (JSON field, form field or decoded file) and returns it unchanged. */
export function checkSubmittedText(text: string, field = 'text'): string {
  try {
    decodeArticleText(encoder.encode(text), MAX_BODY_BYTES);
  } catch (error) {
    throw toApiError(error, field);
  }
  if (NOTHING_TO_READ.test(text)) throw invalidParameter(field, 'the text holds only whitespace and control characters.');
  return text;
}
