// Runs the extractor over the selected evaluation sets and scores it. No file reading (inputs come
// from load-inputs); extraction calls are awaited `extractor.concurrency` at a time (the coder waits
// on the NLP server), one at a time for an extractor that sets none.
import type { DocumentExtraction, DocumentMeta } from '../../shared/contract';
import type { ArticleExtractor } from '../../ingest/load/extractor';
import type { GoldSet, Re3dData } from './load-inputs';
import { evaluatePlover, type PloverEvaluation } from './plover-eval';
import type { PloverRecord } from './plover-records';
import { evaluateRe3d, type Re3dEvaluation } from './re3d-eval';
import { evaluateSeeds, type SeedEvaluation } from './seed-eval';

export const SET_NAMES = ['seeds', 'official', 'plover', 're3d'] as const;
export type SetName = (typeof SET_NAMES)[number];

/** Every record is a one-sentence document of a fixed date, so years are not scored on it. */
export const PLOVER_PUBLISHED = '2000-01-01';

/** An error's message with its causes ("fetch failed: connect ECONNREFUSED 127.0.0.1:9000"). */
export function describeError(error: unknown): string {
  const parts: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current !== undefined && current !== null && depth < 4; depth++) {
    const message = current instanceof Error ? current.message : String(current);
    if (!parts.some((part) => part.includes(message))) parts.push(message);
    current = current instanceof Error ? current.cause : undefined;
  }
  return parts.join(': ');
}

export interface ExtractionInput {
  id: string;
  meta: DocumentMeta;
  text: string;
}

/** An extraction that failed (the NLP server down, a crash), naming the document; scoring errors are not. */
export class ExtractionError extends Error {
  override name = 'ExtractionError';
}

/**
 * Extracts every input: in order, one at a time when `concurrency` is 1, else with at most
 * `concurrency` calls in flight. The first error rejects with an ExtractionError naming the document.
 */
export async function extractAll(
  extractor: ArticleExtractor,
  inputs: readonly ExtractionInput[],
  concurrency = extractor.concurrency ?? 1,
): Promise<Map<string, DocumentExtraction>> {
  const out = new Map<string, DocumentExtraction>();
  const one = async (input: ExtractionInput) => {
    try {
      out.set(input.id, await extractor.extract({ meta: input.meta, text: input.text }));
    } catch (error) {
      throw new ExtractionError(`extraction of ${input.id} failed`, { cause: error });
    }
  };
  if (concurrency <= 1) {
    for (const input of inputs) await one(input);
    return out;
  }
  let next = 0;
  const worker = async () => {
    while (next < inputs.length) {
      const input = inputs[next++] as ExtractionInput;
      await one(input);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, inputs.length) }, worker));
  return out;
}

export interface GoldSetResult {
  goldFile: string;
  evaluation: SeedEvaluation;
  /** Gold actor ids that seeds/gazetteer.json lacks. */
  missingGazetteerIds: string[];
}

export interface SetResults {
  seeds?: GoldSetResult;
  official?: GoldSetResult;
  /** --gold <file>. */
  gold?: GoldSetResult;
  plover?: PloverEvaluation;
  re3d?: Re3dEvaluation;
}

export interface EvalInputs {
  gazetteerNames: ReadonlyMap<string, readonly string[]>;
  seeds?: GoldSet;
  official?: GoldSet;
  gold?: GoldSet;
  plover?: readonly PloverRecord[];
  re3d?: Re3dData;
}

export function ploverInputs(records: readonly PloverRecord[]): ExtractionInput[] {
  return records.map((record) => ({
    id: record.id,
    meta: { id: record.id, title: null, publisher: null, author: null, published: PLOVER_PUBLISHED, url: null, language: 'en' },
    text: record.text,
  }));
}

/** Each re3d document is one extraction input; the documents carry no date. */
export function re3dInputs(data: Re3dData): ExtractionInput[] {
  return data.documents.map((doc) => ({
    id: doc.id,
    meta: { id: doc.id, title: doc.title, publisher: null, author: null, published: null, url: null, language: 'en' },
    text: doc.text,
  }));
}

async function runGoldSet(extractor: ArticleExtractor, set: GoldSet, gazetteerNames: ReadonlyMap<string, readonly string[]>): Promise<GoldSetResult> {
  const inputs = set.articles.map((article) => ({ id: article.meta.id, meta: article.meta, text: article.text }));
  const evaluation = evaluateSeeds(set.gold, await extractAll(extractor, inputs));
  const goldIds = new Set([...set.gold.mentions.values()].flatMap((ids) => [...ids]));
  return { goldFile: set.goldFile, evaluation, missingGazetteerIds: [...goldIds].filter((id) => !gazetteerNames.has(id)).sort() };
}

/** Runs and scores the extractor on every set present in `inputs`. */
export async function runSets(extractor: ArticleExtractor, inputs: EvalInputs): Promise<SetResults> {
  const results: SetResults = {};
  const { gazetteerNames } = inputs;
  if (inputs.seeds) results.seeds = await runGoldSet(extractor, inputs.seeds, gazetteerNames);
  if (inputs.official) results.official = await runGoldSet(extractor, inputs.official, gazetteerNames);
  if (inputs.gold) results.gold = await runGoldSet(extractor, inputs.gold, gazetteerNames);
  if (inputs.plover) {
    results.plover = evaluatePlover(inputs.plover, await extractAll(extractor, ploverInputs(inputs.plover)), gazetteerNames);
  }
  if (inputs.re3d) {
    const { documents, relations } = inputs.re3d;
    results.re3d = evaluateRe3d(documents, relations, await extractAll(extractor, re3dInputs(inputs.re3d)), gazetteerNames);
  }
  return results;
}

export type EvalRun = { status: 'ok'; version: string; results: SetResults } | { status: 'unavailable'; reason: string };

/**
 * Loads the extractor and scores it. A load that fails (Java missing, the local NLP server not
 * starting) or an extraction that fails (NLP_URL's server down) makes the run `unavailable`, with
 * the reason and its causes; any other error (a scoring bug) is thrown.
 */
export async function runExtractor(load: () => Promise<ArticleExtractor>, inputs: EvalInputs): Promise<EvalRun> {
  let extractor: ArticleExtractor;
  try {
    extractor = await load();
  } catch (error) {
    return { status: 'unavailable', reason: describeError(error) };
  }
  try {
    return { status: 'ok', version: extractor.version, results: await runSets(extractor, inputs) };
  } catch (error) {
    if (error instanceof ExtractionError) return { status: 'unavailable', reason: describeError(error) };
    throw error;
  }
}
