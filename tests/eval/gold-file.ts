// The hand-annotated gold file (tests/gold/seeds.gold.json): schema and validation. Pure: takes
// the file's text and the article texts, returns the gold or throws naming what is wrong.
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

const GoldFileSchema = Type.Object({
  mentions: Type.Record(Type.String(), Type.Array(Type.String({ minLength: 1 }))),
  relations: Type.Array(GoldRelationSchema),
});

export type GoldRelation = Static<typeof GoldRelationSchema> & RelationTuple;
export interface Gold {
  /** Actor ids mentioned, per document id. */
  mentions: Map<string, Set<string>>;
  relations: GoldRelation[];
}

/**
 * Parses and checks the gold file: shape, every relation's document is annotated, its actors are
 * among that document's mentions, and its sentence occurs verbatim in the article text.
 */
export function parseGold(fileText: string, articleTexts: ReadonlyMap<string, string>, origin = 'gold file'): Gold {
  let raw: unknown;
  try {
    raw = JSON.parse(fileText);
  } catch (error) {
    throw new Error(`${origin}: not valid JSON (${(error as Error).message}).`);
  }
  const firstError = Value.Errors(GoldFileSchema, raw)[0];
  if (firstError) throw new Error(`${origin}: \`${firstError.instancePath || '/'}\` ${firstError.message}.`);
  const file = raw as Static<typeof GoldFileSchema>;

  const mentions = new Map(Object.entries(file.mentions).map(([doc, ids]) => [doc, new Set(ids)]));
  for (const doc of mentions.keys()) {
    if (!articleTexts.has(doc)) throw new Error(`${origin}: document "${doc}" has no article in seeds/articles.`);
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
    if (!articleTexts.get(relation.doc)?.includes(relation.sentence)) {
      throw new Error(`${where}: sentence does not occur verbatim in ${relation.doc}: "${relation.sentence.slice(0, 80)}…".`);
    }
  });
  return { mentions, relations: file.relations };
}
