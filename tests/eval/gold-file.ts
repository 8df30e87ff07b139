// Hand-annotated gold files (tests/gold/seeds.gold.json, tests/gold/official.gold.json, an analyst's
// export given with --gold): schema and validation. Pure: takes the file's text and the article
// texts, returns the gold or throws naming what is wrong.
import { Type, type Static } from 'typebox';
import { Value } from 'typebox/value';
import { ModalitySchema, Nullable, RelationTypeSchema } from '../../shared/contract';
import type { RelationTuple } from './relation-tuples';

const GoldRelationSchema = Type.Object({
  doc: Type.String({ minLength: 1 }),
  source: Type.String({ minLength: 1 }),
  type: RelationTypeSchema,
  target: Type.String({ minLength: 1 }),
  year: Nullable(Type.Integer()),
  negated: Type.Boolean(),
  modality: ModalitySchema,
  sentence: Type.String({ minLength: 1 }),
});

const SentenceMatchSchema = Type.Enum(['verbatim', 'whitespace-normalised']);
export type SentenceMatch = Static<typeof SentenceMatchSchema>;

/** An annotated article carried in the gold file itself (GET /api/reviews/export writes them). */
const GoldDocumentSchema = Type.Object({
  id: Type.String({ minLength: 1 }),
  title: Nullable(Type.String()),
  publisher: Nullable(Type.String()),
  author: Nullable(Type.String()),
  published: Nullable(Type.String()),
  url: Nullable(Type.String()),
  language: Nullable(Type.String()),
  text: Type.String({ minLength: 1 }),
});
export type GoldDocument = Static<typeof GoldDocumentSchema>;

const GoldFileSchema = Type.Object({
  /** How `sentence` is found in the text; the caller's default when absent (verbatim for the seeds). */
  sentenceMatch: Type.Optional(SentenceMatchSchema),
  /** The annotated articles, relative to the gold file's folder; absent: the seed articles. */
  files: Type.Optional(Type.Array(Type.String({ minLength: 1 }), { minItems: 1 })),
  /** The annotated articles themselves, with their text and metadata (instead of `files`). */
  documents: Type.Optional(Type.Array(GoldDocumentSchema, { minItems: 1 })),
  mentions: Type.Record(Type.String(), Type.Array(Type.String({ minLength: 1 }))),
  relations: Type.Array(GoldRelationSchema),
});

export type GoldRelation = Static<typeof GoldRelationSchema> & RelationTuple;
export interface Gold {
  sentenceMatch: SentenceMatch;
  /** Actor ids mentioned, per document id. */
  mentions: Map<string, Set<string>>;
  relations: GoldRelation[];
}

/** Every run of whitespace (spaces, tabs, line breaks) as one space; ends trimmed. */
export function normalizeWhitespace(text: string): string {
  return text.replace(/\s+/gu, ' ').trim();
}

/**
 * Whether a gold sentence occurs in the article text. `whitespace-normalised`: both sides have each
 * run of whitespace replaced by one space, so a sentence quoted on one line matches the same words
 * hard-wrapped over several lines (and double spaces after full stops).
 */
export function sentenceOccurs(articleText: string, sentence: string, mode: SentenceMatch): boolean {
  if (mode === 'verbatim') return articleText.includes(sentence);
  const needle = normalizeWhitespace(sentence);
  return needle !== '' && normalizeWhitespace(articleText).includes(needle);
}

export type GoldFile = Static<typeof GoldFileSchema>;

/** The file's JSON checked against the schema (before the articles are known). */
export function readGoldFile(fileText: string, origin = 'gold file'): GoldFile {
  let raw: unknown;
  try {
    raw = JSON.parse(fileText);
  } catch (error) {
    throw new Error(`${origin}: not valid JSON (${(error as Error).message}).`);
  }
  const firstError = Value.Errors(GoldFileSchema, raw)[0];
  if (firstError) throw new Error(`${origin}: \`${firstError.instancePath || '/'}\` ${firstError.message}.`);
  return raw as GoldFile;
}

/**
 * Parses and checks the gold file: shape, every relation's document is annotated, its actors are
 * among that document's mentions, and its sentence occurs in the article text (verbatim, or
 * whitespace-normalised when the file or the caller says so).
 */
export function parseGold(
  fileText: string,
  articleTexts: ReadonlyMap<string, string>,
  origin = 'gold file',
  defaultSentenceMatch: SentenceMatch = 'verbatim',
): Gold {
  const file = readGoldFile(fileText, origin);
  const sentenceMatch = file.sentenceMatch ?? defaultSentenceMatch;

  const mentions = new Map(Object.entries(file.mentions).map(([doc, ids]) => [doc, new Set(ids)]));
  for (const doc of mentions.keys()) {
    if (!articleTexts.has(doc)) throw new Error(`${origin}: document "${doc}" is not among the articles read for it.`);
  }
  for (const doc of articleTexts.keys()) {
    if (!mentions.has(doc)) throw new Error(`${origin}: article "${doc}" is not annotated (no mentions entry).`);
  }
  file.relations.forEach((relation, index) => {
    const where = `${origin}: relations[${index}]`;
    const docMentions = mentions.get(relation.doc);
    if (!docMentions) throw new Error(`${where}: unknown doc "${relation.doc}".`);
    for (const role of ['source', 'target'] as const) {
      if (!docMentions.has(relation[role])) {
        throw new Error(`${where}: ${role} "${relation[role]}" is not in the mentions of ${relation.doc}.`);
      }
    }
    if (relation.source === relation.target) throw new Error(`${where}: source and target are both "${relation.source}".`);
    if (!sentenceOccurs(articleTexts.get(relation.doc) ?? '', relation.sentence, sentenceMatch)) {
      const how = sentenceMatch === 'verbatim' ? 'verbatim' : 'even whitespace-normalised';
      throw new Error(`${where}: sentence does not occur ${how} in ${relation.doc}: "${relation.sentence.slice(0, 80)}…".`);
    }
  });
  return { sentenceMatch, mentions, relations: file.relations };
}
