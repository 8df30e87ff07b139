// The shape of a backup file (npm run db:export / db:import) as one TypeBox schema: the envelope,
// the sections, and every property value as written (backup-format.ts says how values are encoded).
// validateBackup checks a file against it first, then what a schema cannot say (ids unique,
// relationship endpoints present in the file, declared counts, one type per list). A new section is
// a new entry here and in BACKUP_SECTIONS.
import { Type, type Static, type TSchema } from 'typebox';
import { RelationTypeSchema } from '../shared/contract';

export const BACKUP_FORMAT = 'actorscope-backup';
export const BACKUP_VERSION = 1;

const tagged = <K extends string, T extends TSchema>(tag: K, value: T) => Type.Object({ [tag]: value } as { [P in K]: T }, { additionalProperties: false });

const NON_FINITE = Type.Union([Type.Literal('NaN'), Type.Literal('Infinity'), Type.Literal('-Infinity')]);

/** One stored scalar: JSON string/boolean/number (integer or float), or a tagged float or temporal. */
export const EncodedScalarSchema = Type.Union(
  [
    Type.String(),
    Type.Boolean(),
    Type.Number(),
    tagged('$float', Type.Union([Type.Number(), NON_FINITE])),
    tagged('$datetime', Type.String()),
    tagged('$localdatetime', Type.String()),
    tagged('$date', Type.String()),
  ],
  { description: 'a string, boolean, number, {"$float": n}, {"$datetime": iso}, {"$localdatetime": iso} or {"$date": iso}' },
);

/** A property value: a scalar, a list of scalars, or null (not stored: Neo4j holds no nulls). */
export const EncodedValueSchema = Type.Union([EncodedScalarSchema, Type.Array(EncodedScalarSchema), Type.Null()], {
  description: 'a string, boolean, number, {"$float": n}, {"$datetime": iso}, {"$localdatetime": iso}, {"$date": iso} or a list of one of those',
});

/** Property names end up in Cypher (`SET x = props` maps them, but a backtick would end a quoted name). */
export const EncodedPropertiesSchema = Type.Record(Type.String(), EncodedValueSchema, { propertyNames: { pattern: '^[^`]+$' } });

/** A node: its properties, of which `id` is a non-empty string. */
export const BackupNodeSchema = Type.Intersect([Type.Object({ id: Type.String({ minLength: 1 }) }), EncodedPropertiesSchema]);

export const BackupMentionSchema = Type.Object({ doc: Type.String(), actor: Type.String(), properties: EncodedPropertiesSchema });

export const BackupClaimSchema = Type.Object({ type: RelationTypeSchema, source: Type.String(), target: Type.String(), properties: EncodedPropertiesSchema });

export const BACKUP_SECTIONS = ['actors', 'documents', 'mentions', 'claims', 'savedQueries'] as const;
/** Sections added later (analysts' reviews and actor decisions): a file without them has none. */
export const OPTIONAL_BACKUP_SECTIONS = ['reviews', 'actorDecisions'] as const;
export type BackupSection = (typeof BACKUP_SECTIONS)[number] | (typeof OPTIONAL_BACKUP_SECTIONS)[number];

const Count = Type.Integer({ minimum: 0 });
export const BackupCountsSchema = Type.Object({
  ...(Object.fromEntries(BACKUP_SECTIONS.map((s) => [s, Count])) as Record<(typeof BACKUP_SECTIONS)[number], typeof Count>),
  reviews: Type.Optional(Count),
  actorDecisions: Type.Optional(Count),
});

export const BackupFileSchema = Type.Object({
  format: Type.Literal(BACKUP_FORMAT),
  version: Type.Literal(BACKUP_VERSION),
  exportedAt: Type.Optional(Type.String()),
  counts: Type.Optional(BackupCountsSchema),
  actors: Type.Array(BackupNodeSchema),
  documents: Type.Array(BackupNodeSchema),
  mentions: Type.Array(BackupMentionSchema),
  claims: Type.Array(BackupClaimSchema),
  savedQueries: Type.Array(BackupNodeSchema),
  /** (:Review) nodes: analysts' claim reviews (review/claim-review-store.ts). */
  reviews: Type.Optional(Type.Array(BackupNodeSchema)),
  /** (:ActorDecision) nodes: merges, promotions, dismissals (review/actor-decision-store.ts). */
  actorDecisions: Type.Optional(Type.Array(BackupNodeSchema)),
});

export type EncodedScalar = Static<typeof EncodedScalarSchema>;
export type EncodedValue = Static<typeof EncodedValueSchema>;
export type BackupNode = Static<typeof BackupNodeSchema>;
export type EncodedProperties = Static<typeof EncodedPropertiesSchema>;
export type BackupMention = Static<typeof BackupMentionSchema>;
export type BackupClaim = Static<typeof BackupClaimSchema>;
export type BackupCounts = Static<typeof BackupCountsSchema>;
/** A file as export writes it (exportedAt and counts always present). */
export type BackupFile = Static<typeof BackupFileSchema> & { exportedAt: string; counts: BackupCounts };
/** Every section of a file, the optional ones as [] when absent. */
export const ALL_BACKUP_SECTIONS = [...BACKUP_SECTIONS, ...OPTIONAL_BACKUP_SECTIONS] as const;
