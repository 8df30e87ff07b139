// One error type for every way an input article can be rejected, with a stable code per problem so
// callers (CLI summary, tests) can tell them apart without parsing the wording.
export const ARTICLE_ERROR_CODES = [
  'not-found',
  'unreadable',
  'empty',
  'too-large',
  'binary',
  'not-utf8',
  'bad-metadata',
  'duplicate-id',
  'no-actors',
] as const;
export type ArticleErrorCode = (typeof ARTICLE_ERROR_CODES)[number];

export class ArticleError extends Error {
  override readonly name = 'ArticleError';
  constructor(
    readonly code: ArticleErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
