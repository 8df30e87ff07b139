// A text is hashed once, where it comes in (the file reader, the API), and the hash is carried
// along: the loader and the worker hand it to the extractor, which hashes only when given none.
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../text/content-hash';
import { extractArticle, type ArticleExtractor } from '../../../ingest/load/extractor';
import { extractor } from '../extract/helpers';

const META = { id: 'h1', title: null, publisher: null, author: null, published: null, url: null, language: null };
const TEXT = 'Pakistan accused India of backing the BLA.';

describe('the content hash', () => {
  it('is taken by the extractor only when the caller has none', () => {
    expect(extractor.extract({ meta: META, text: TEXT, sha256: 'given' }).sha256).toBe('given');
    expect(extractor.extract({ meta: META, text: TEXT }).sha256).toBe(sha256Hex(TEXT));
  });

  it('travels from the article to the extractor', async () => {
    const seen: Array<string | undefined> = [];
    const recording: ArticleExtractor = {
      version: 'test',
      extract: (input) => {
        seen.push(input.sha256);
        return extractor.extract(input);
      },
    };
    const extraction = await extractArticle(recording, { meta: META, text: TEXT, sha256: 'from-the-reader' });
    expect(seen).toEqual(['from-the-reader']);
    expect(extraction.sha256).toBe('from-the-reader');
  });
});
