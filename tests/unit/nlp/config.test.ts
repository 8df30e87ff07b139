// NLP settings from the environment: defaults, NLP_URL lists, and messages that name the variable.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../../neo4j/config';
import { localNlpUrl, nlpConfig } from '../../../nlp/config';
import { ensureNlp } from '../../../nlp/ensure';

describe('NLP configuration', () => {
  it('defaults to the local server on 9010 with a 3g heap, two threads and a 60 s timeout', () => {
    const config = nlpConfig({});
    expect(config.urls).toBeUndefined();
    expect(config.local).toMatchObject({ port: 9010, heap: '3g', threads: 2, timeoutMs: 60_000 });
    expect(config.local.distDir).toBe(path.join(PROJECT_ROOT, '.local', 'corenlp-dist'));
    expect(config.local.homeDir).toBe(path.join(PROJECT_ROOT, '.local', 'corenlp-9010'));
    expect(localNlpUrl(config.local)).toBe('http://127.0.0.1:9010');
  });

  it('reads NLP_URL as one URL or a comma-separated list, trimmed and without duplicates', () => {
    expect(nlpConfig({ NLP_URL: 'http://nlp.internal:9000/' }).urls).toEqual(['http://nlp.internal:9000']);
    expect(nlpConfig({ NLP_URL: ' http://10.0.0.5:9000, https://10.0.0.6/corenlp/ ,http://10.0.0.5:9000,' }).urls).toEqual([
      'http://10.0.0.5:9000',
      'https://10.0.0.6/corenlp',
    ]);
  });

  it('names the variable and what it expects when a value is wrong', () => {
    expect(() => nlpConfig({ NLP_URL: 'nlp:9000' })).toThrow(/NLP_URL="nlp:9000".*not http\(s\)/);
    expect(() => nlpConfig({ NLP_URL: 'http://a:9000,not a url' })).toThrow(/NLP_URL=.*"not a url" is not a URL/);
    expect(() => nlpConfig({ NLP_URL: ' , ' })).toThrow(/NLP_URL=.*no URL in it/);
    expect(() => nlpConfig({ NLP_URL: 'http://a:9000/?x=1' })).toThrow(/NLP_URL=.*query or fragment/);
    expect(() => nlpConfig({ NLP_LOCAL_PORT: '70000' })).toThrow(/NLP_LOCAL_PORT="70000".*TCP port/);
    expect(() => nlpConfig({ NLP_LOCAL_PORT: 'abc' })).toThrow(/NLP_LOCAL_PORT="abc".*positive integer/);
    expect(() => nlpConfig({ NLP_LOCAL_HEAP: '3 GB' })).toThrow(/NLP_LOCAL_HEAP="3 GB".*heap size such as 3g/);
    expect(() => nlpConfig({ NLP_THREADS: '0' })).toThrow(/NLP_THREADS="0".*positive integer/);
    expect(() => nlpConfig({ NLP_TIMEOUT_MS: '1.5' })).toThrow(/NLP_TIMEOUT_MS="1.5".*positive integer/);
  });

  it('ensureNlp hands back NLP_URL’s servers without starting anything', async () => {
    // Port 1 has no server: were anything started or probed, this would fail or hang.
    expect(await ensureNlp({ NLP_URL: 'http://127.0.0.1:1,http://127.0.0.1:2' })).toEqual(['http://127.0.0.1:1', 'http://127.0.0.1:2']);
  });
});
