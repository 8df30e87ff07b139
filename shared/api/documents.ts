// Documents: list, detail, submit, delete, status.
import { type Static, Type } from 'typebox';
import { CalendarDate } from '../calendar-date';
import { ActorTypeSchema, DocumentStatusSchema, Nullable } from '../contract';
import { DOCUMENT_STATUSES } from '../vocabulary';
import { ClaimEvidenceSchema } from './claims';
import { PageQueryProperties, PageResponseProperties, Query } from './query';

export const DocumentSummarySchema = Type.Object({
  id: Type.String(),
  title: Nullable(Type.String()),
  publisher: Nullable(Type.String()),
  author: Nullable(Type.String()),
  published: Nullable(Type.String()),
  publishedYear: Nullable(Type.Integer()),
  url: Nullable(Type.String()),
  language: Nullable(Type.String()),
  status: DocumentStatusSchema,
  error: Nullable(Type.String()),
  claimCount: Type.Integer(),
  submittedAt: Nullable(Type.String()),
  processedAt: Nullable(Type.String()),
});
export type DocumentSummary = Static<typeof DocumentSummarySchema>;

export const DocumentListQuerySchema = Query({
  q: Type.Optional(Type.String({ maxLength: 200, description: 'Substring of title, publisher or id.' })),
  status: Type.Optional(Type.Enum([...DOCUMENT_STATUSES])),
  publisher: Type.Optional(Type.String({ maxLength: 200 })),
  ...PageQueryProperties,
});
export type DocumentListQuery = Static<typeof DocumentListQuerySchema>;

export const DocumentListResponseSchema = Type.Object({ documents: Type.Array(DocumentSummarySchema), ...PageResponseProperties });
export type DocumentListResponse = Static<typeof DocumentListResponseSchema>;

export const DocumentMentionSchema = Type.Object({
  actor: Type.String(),
  name: Type.String(),
  type: ActorTypeSchema,
  start: Type.Integer(),
  end: Type.Integer(),
});
export type DocumentMention = Static<typeof DocumentMentionSchema>;

export const DocumentDetailSchema = Type.Object({
  ...DocumentSummarySchema.properties,
  text: Type.String(),
  mentions: Type.Array(DocumentMentionSchema),
  claims: Type.Array(ClaimEvidenceSchema),
});
export type DocumentDetail = Static<typeof DocumentDetailSchema>;

/** POST /api/documents (JSON body, or multipart with a `file` part and metadata fields). */
export const DocumentSubmitSchema = Type.Object({
  text: Type.String({ minLength: 1, maxLength: 2_000_000 }),
  id: Type.Optional(Type.String({ minLength: 1, maxLength: 200, pattern: '^[A-Za-z0-9][A-Za-z0-9._-]*$' })),
  title: Type.Optional(Nullable(Type.String({ maxLength: 1000 }))),
  publisher: Type.Optional(Nullable(Type.String({ maxLength: 300 }))),
  author: Type.Optional(Nullable(Type.String({ maxLength: 300 }))),
  published: Type.Optional(Nullable(CalendarDate())),
  url: Type.Optional(Nullable(Type.String({ maxLength: 2000 }))),
  language: Type.Optional(Nullable(Type.String({ maxLength: 20 }))),
});
export type DocumentSubmit = Static<typeof DocumentSubmitSchema>;

/** DELETE /api/documents/:id: what went with the document. */
export const DocumentDeleteResponseSchema = Type.Object({
  id: Type.String(),
  /** Claims of the document, deleted with it. */
  claims: Type.Integer(),
  /** Actors the document mentioned (its mention links were deleted). */
  mentions: Type.Integer(),
  /** Actors found only in text (not in the gazetteer) left with no claim or mention, deleted too. */
  actors: Type.Array(Type.String()),
});
export type DocumentDeleteResponse = Static<typeof DocumentDeleteResponseSchema>;

export const DocumentStatusResponseSchema = Type.Object({
  id: Type.String(),
  status: DocumentStatusSchema,
  error: Nullable(Type.String()),
  claimCount: Type.Integer(),
  submittedAt: Nullable(Type.String()),
  processedAt: Nullable(Type.String()),
  statusUrl: Type.String(),
});
export type DocumentStatusResponse = Static<typeof DocumentStatusResponseSchema>;
