// Small fixtures for the extraction unit tests: one shared extractor and claim lookups.
import type { Claim, DocumentExtraction } from '../../../shared/contract';
import { createExtractor } from '../../../ingest/extract/index';

export const extractor = createExtractor();

export function run(text: string, published: string | null = '2024-06-15', id = 'doc-1'): DocumentExtraction {
  return extractor.extract({ meta: { id, title: null, publisher: 'Test Wire', author: null, published, url: null, language: 'en' }, text });
}

export function triples(x: DocumentExtraction): string[] {
  return x.claims.map((c) => `${c.source} ${c.type}${c.negated ? '!' : ''} ${c.target}`);
}

export function find(x: DocumentExtraction, source: string, type: Claim['type'], target: string): Claim | undefined {
  return x.claims.find((c) => c.source === source && c.type === type && c.target === target);
}
