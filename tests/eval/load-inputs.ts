// File-system side of `npm run eval`: the seed articles, the gold file, the gazetteer, the PLOVER
// records beside the repository, and the extractor module. Missing inputs raise InputMissingError.
import { access, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { DocumentExtraction, DocumentMeta } from '../../shared/contract';
import { expandPaths, readArticle } from '../../ingest/read/read-article';
import type { Article } from '../../ingest/read/parse-article';
import { namesOf, type ActorNames } from './actor-match';
import { parseGold, type Gold } from './gold-file';
import { parsePloverJsonl, type PloverRecord } from './plover-records';

export class InputMissingError extends Error {
  override name = 'InputMissingError';
}

export interface Extractor {
  version: string;
  extract(input: { meta: DocumentMeta; text: string }): DocumentExtraction | Promise<DocumentExtraction>;
}

/** The repository root: this file lives in tests/eval/. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export const PATHS = {
  articles: path.join(REPO_ROOT, 'seeds', 'articles'),
  gold: path.join(REPO_ROOT, 'tests', 'gold', 'seeds.gold.json'),
  gazetteer: path.join(REPO_ROOT, 'seeds', 'gazetteer.json'),
  extractor: path.join(REPO_ROOT, 'ingest', 'extract', 'index.ts'),
  // Outside data stays beside the project (../shared/eval/), never copied in.
  ploverRecords: path.resolve(REPO_ROOT, '..', 'shared', 'eval', 'plover_gsr_cameo.jsonl'),
  ploverReadme: path.resolve(REPO_ROOT, '..', 'shared', 'eval', 'README.md'),
};

async function requireFile(file: string, what: string): Promise<void> {
  await access(file).catch(() => {
    throw new InputMissingError(`eval: ${what} not found at ${file}.`);
  });
}

export async function loadSeedArticles(): Promise<Article[]> {
  await requireFile(PATHS.articles, 'seed article folder');
  // Only .txt: the folder's README.md is documentation, not an article.
  const files = (await expandPaths([PATHS.articles])).filter((file) => file.endsWith('.txt'));
  if (files.length === 0) throw new InputMissingError(`eval: no .txt articles in ${PATHS.articles}.`);
  return Promise.all(files.map((file) => readArticle(file)));
}

export async function loadGold(articles: readonly Article[]): Promise<Gold> {
  await requireFile(PATHS.gold, 'gold annotation');
  const texts = new Map(articles.map((a) => [a.meta.id, a.text]));
  return parseGold(await readFile(PATHS.gold, 'utf8'), texts, path.relative(REPO_ROOT, PATHS.gold));
}

/** Actor id → every name the gazetteer knows for it. */
export async function loadGazetteerNames(): Promise<Map<string, string[]>> {
  await requireFile(PATHS.gazetteer, 'gazetteer');
  const raw = JSON.parse(await readFile(PATHS.gazetteer, 'utf8')) as { actors?: unknown };
  if (!Array.isArray(raw.actors)) throw new Error(`eval: ${PATHS.gazetteer} has no \`actors\` array.`);
  const entries = raw.actors as ActorNames[];
  return new Map(entries.map((entry) => [entry.id, namesOf(entry)]));
}

export async function loadPloverRecords(): Promise<PloverRecord[]> {
  await requireFile(PATHS.ploverReadme, 'PLOVER README (../shared/eval/README.md)');
  await requireFile(PATHS.ploverRecords, 'PLOVER records (../shared/eval/plover_gsr_cameo.jsonl)');
  return parsePloverJsonl(await readFile(PATHS.ploverRecords, 'utf8'), PATHS.ploverRecords);
}

export async function loadExtractor(): Promise<Extractor> {
  await requireFile(PATHS.extractor, 'extractor (ingest/extract/index.ts)');
  // Imported at run time so the eval builds and reports clearly before the extractor exists.
  const module = (await import(pathToFileURL(PATHS.extractor).href)) as { createExtractor?: unknown };
  if (typeof module.createExtractor !== 'function') {
    throw new InputMissingError('eval: ingest/extract/index.ts does not export createExtractor().');
  }
  const extractor = (module.createExtractor as () => Extractor)();
  if (typeof extractor?.extract !== 'function') throw new Error('eval: createExtractor() returned no extract() function.');
  return extractor;
}
