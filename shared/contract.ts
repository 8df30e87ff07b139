// Core entities of Actorscope as TypeBox schemas (validated by the API) and their static types
// (imported by ingest, server and web). One definition, no hand-copied client types.
import { Type, type Static, type TSchema } from 'typebox';
import { ACTOR_TYPES, DOCUMENT_STATUSES, MODALITIES, RELATION_TYPES, YEAR_RULES } from './vocabulary';
import { CalendarDate } from './calendar-date';

export const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
// Type.Enum keeps the literal types (a mapped Type.Union infers `never`) and gives `allowedValues` in errors.
const literalUnion = <T extends string[]>(values: readonly [...T]) => Type.Enum<T>(values);

export const RelationTypeSchema = literalUnion(RELATION_TYPES);
export const ActorTypeSchema = literalUnion(ACTOR_TYPES);
export const ModalitySchema = literalUnion(MODALITIES);
export const YearRuleSchema = literalUnion(YEAR_RULES);
export const DocumentStatusSchema = literalUnion(DOCUMENT_STATUSES);

/** Article metadata. Unknown fields are null, never invented. `published` is a real calendar date (YYYY-MM-DD). */
export const DocumentMetaSchema = Type.Object({
  id: Type.String({ minLength: 1, maxLength: 200 }),
  title: Nullable(Type.String()),
  publisher: Nullable(Type.String()),
  author: Nullable(Type.String()),
  published: Nullable(CalendarDate()),
  url: Nullable(Type.String()),
  language: Nullable(Type.String()),
});
export type DocumentMeta = Static<typeof DocumentMetaSchema>;

/** The year of a `published` date (YYYY-MM-DD), or null when it is unknown. */
export function publicationYear(published: string | null): number | null {
  return published ? Number(published.slice(0, 4)) : null;
}

export const ActorSchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  type: ActorTypeSchema,
  aliases: Type.Array(Type.String()),
  /** true: found in text but not in the gazetteer; flagged for review. */
  discovered: Type.Boolean(),
  /** Ids of actors this one belongs to or leads, from the gazetteer (e.g. william-burns → cia). */
  affiliations: Type.Optional(Type.Array(Type.String())),
});
export type Actor = Static<typeof ActorSchema>;

/** One occurrence of an actor in a document; offsets are UTF-16 indices into the original text. */
export const MentionSchema = Type.Object({
  actor: Type.String(),
  text: Type.String(),
  start: Type.Integer(),
  end: Type.Integer(),
});
export type Mention = Static<typeof MentionSchema>;

/** One directed, typed claim with its evidence. Offsets index the original document text. */
export const ClaimSchema = Type.Object({
  claimId: Type.String(),
  source: Type.String(),
  target: Type.String(),
  type: RelationTypeSchema,
  year: Nullable(Type.Integer()),
  yearRule: YearRuleSchema,
  doc: Type.String(),
  publisher: Nullable(Type.String()),
  sentence: Type.String(),
  sentenceStart: Type.Integer(),
  sentenceEnd: Type.Integer(),
  trigger: Type.String(),
  triggerStart: Type.Integer(),
  triggerEnd: Type.Integer(),
  sourceStart: Type.Integer(),
  sourceEnd: Type.Integer(),
  targetStart: Type.Integer(),
  targetEnd: Type.Integer(),
  negated: Type.Boolean(),
  modality: ModalitySchema,
  confidence: Type.Number({ minimum: 0, maximum: 1 }),
  weight: Type.Number({ minimum: -10, maximum: 10 }),
  extractorVersion: Type.String(),
});
export type Claim = Static<typeof ClaimSchema>;

/** Everything extracted from one document: what the loader writes in one transaction. */
export interface DocumentExtraction {
  document: DocumentMeta;
  text: string;
  sha256: string;
  actors: Actor[];
  mentions: Mention[];
  claims: Claim[];
}
