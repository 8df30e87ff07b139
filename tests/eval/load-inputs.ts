// File-system side of `npm run eval`: the seed articles, the gold files (and the official texts they
// annotate), the gazetteer, the PLOVER records and re3d documents beside the repository. Missing
// inputs raise InputMissingError. The extractor is the product's (ingest/load/extractor.ts).
import { createHash } from 'node:crypto';
import { access, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expandPaths, readArticle } from '../../ingest/read/read-article';
import type { Article } from '../../ingest/read/parse-article';
import { namesOf, type ActorNames } from './actor-match';
import { parseGold, readGoldFile, type Gold, type SentenceMatch } from './gold-file';
import { parsePloverJsonl, type PloverRecord } from './plover-records';
import { parseRe3dDocuments, parseRe3dEntities, parseRe3dRelations, type Re3dDocument, type Re3dRelation } from './re3d-records';

export class InputMissingError extends Error {
  override name = 'InputMissingError';
}

/** The repository root: this file lives in tests/eval/. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export const PATHS = {
  articles: path.join(REPO_ROOT, 'seeds', 'articles'),
  gold: path.join(REPO_ROOT, 'tests', 'gold', 'seeds.gold.json'),
  gazetteer: path.join(REPO_ROOT, 'seeds', 'gazetteer.json'),
  officialGold: path.join(REPO_ROOT, 'tests', 'gold', 'official.gold.json'),
  // Outside data stays beside the project (../shared/eval/), never copied in.
  ploverRecords: path.resolve(REPO_ROOT, '..', 'shared', 'eval', 'plover_gsr_cameo.jsonl'),
  ploverReadme: path.resolve(REPO_ROOT, '..', 'shared', 'eval', 'README.md'),
  re3d: path.resolve(REPO_ROOT, '..', 'shared', 'eval', 're3d'),
};

/** The two visible re3d subsets (../shared/eval/re3d/README.md); the others are unseen evaluation data. */
export const RE3D_SUBSETS = ['uk-government', 'australian-department-of-foreign-affairs'] as const;

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

export interface GoldSet {
  /** The gold file as given (relative to the repository root when inside it). */
  goldFile: string;
  articles: Article[];
  gold: Gold;
}

/**
 * A gold file in the seeds format and the articles it annotates: those it carries (`documents`, an
 * analysts' export), those its `files` list names (relative to the gold file's folder, read by
 * `ingest/read/readArticle`), else the seed articles.
 * Sentences are matched whitespace-normalised unless the file says `"sentenceMatch": "verbatim"`.
 */
export async function loadGoldSet(goldFile: string, defaultSentenceMatch: SentenceMatch = 'whitespace-normalised'): Promise<GoldSet> {
  const absolute = path.resolve(goldFile);
  const shown = absolute.startsWith(REPO_ROOT + path.sep) ? path.relative(REPO_ROOT, absolute) : absolute;
  await requireFile(absolute, 'gold file');
  const fileText = await readFile(absolute, 'utf8');
  const { files, documents } = readGoldFile(fileText, shown);
  let articles: Article[];
  if (documents) {
    // An analysts' export (GET /api/reviews/export) carries its articles.
    articles = documents.map(({ text, ...meta }) => ({
      path: `${shown}#${meta.id}`,
      meta: { ...meta, published: meta.published && /^\d{4}-\d{2}-\d{2}$/.test(meta.published) ? meta.published : null },
      text,
      sha256: createHash('sha256').update(text, 'utf8').digest('hex'),
    }));
  } else if (files) {
    const paths = files.map((file) => path.resolve(path.dirname(absolute), file));
    for (const file of paths) await requireFile(file, `article annotated in ${shown}`);
    articles = await Promise.all(
      paths.map((file) =>
        readArticle(file).catch((error: unknown) => {
          throw new Error(`eval: ${file}: ${error instanceof Error ? error.message : String(error)}`);
        }),
      ),
    );
  } else {
    articles = await loadSeedArticles();
  }
  const texts = new Map(articles.map((a) => [a.meta.id, a.text]));
  return { goldFile: shown, articles, gold: parseGold(fileText, texts, shown, defaultSentenceMatch) };
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

export interface Re3dData {
  documents: Re3dDocument[];
  relations: Re3dRelation[];
}

/** Both visible re3d subsets; relation offsets are checked against the document texts while parsing. */
export async function loadRe3d(): Promise<Re3dData> {
  const documents: Re3dDocument[] = [];
  const relations: Re3dRelation[] = [];
  for (const subset of RE3D_SUBSETS) {
    const dir = path.join(PATHS.re3d, subset);
    const file = (name: string) => path.join(dir, `${name}.json`);
    for (const name of ['documents', 'entities', 'relations']) await requireFile(file(name), `re3d ${subset}/${name}.json`);
    const docs = parseRe3dDocuments(await readFile(file('documents'), 'utf8'), subset, file('documents'));
    const entities = parseRe3dEntities(await readFile(file('entities'), 'utf8'), file('entities'));
    const byId = new Map(docs.map((doc) => [doc.id, doc]));
    relations.push(...parseRe3dRelations(await readFile(file('relations'), 'utf8'), byId, entities, file('relations')));
    documents.push(...docs);
  }
  return { documents, relations };
}
