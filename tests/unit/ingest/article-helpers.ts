// Helpers of the article-reading unit tests: bytes of a text, and the ArticleError a call throws.
import { ArticleError } from '../../../text/article-error';

export const utf8 = (s: string) => new TextEncoder().encode(s);

/** "code: message" of the ArticleError `fn` throws, or "no error"; any other error is rethrown. */
export function articleErrorOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (error instanceof ArticleError) return `${error.code}: ${error.message}`;
    throw error;
  }
  return 'no error';
}
