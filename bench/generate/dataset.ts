// The synthetic dataset for the load and API stages: DocumentExtraction objects built straight from
// generated articles, in chunks so 1M claims never sit in memory at once.
import type { DocumentExtraction } from '../../shared/contract';
import type { BenchActor } from './actors';
import { generateArticle } from './article';
import { articleToExtraction } from './extraction';

export interface DatasetSpec {
  seed: number;
  /** Stop after the article that brings the total to at least this many claims. */
  claims: number;
  actors: readonly BenchActor[];
}

/** Yields chunks of at most `chunkDocs` extractions until `spec.claims` claims were produced. */
export function* extractionChunks(spec: DatasetSpec, chunkDocs: number): Generator<DocumentExtraction[]> {
  if (!Number.isInteger(spec.claims) || spec.claims < 1) throw new Error(`extractionChunks: invalid claims ${spec.claims}. Expecting a positive integer.`);
  const byId = new Map(spec.actors.map((a) => [a.id, a]));
  let claims = 0;
  let index = 0;
  while (claims < spec.claims) {
    const chunk: DocumentExtraction[] = [];
    while (chunk.length < chunkDocs && claims < spec.claims) {
      const extraction = articleToExtraction(generateArticle(index++, spec.actors, { seed: spec.seed }), byId);
      claims += extraction.claims.length;
      chunk.push(extraction);
    }
    yield chunk;
  }
}

/** A key that identifies the dataset in the database (stored on a :BenchMarker node after a load). */
export function datasetKey(spec: DatasetSpec): string {
  return `seed=${spec.seed};claims=${spec.claims};actors=${spec.actors.length}`;
}
