// The HTTP API contract: TypeBox schemas for every request and response of the Fastify server, and
// their static types, imported by the server (validation, OpenAPI) and the web app (typed fetches).
import { Type, type Static, type TProperties } from 'typebox';
import { ACTOR_TYPES, DOCUMENT_STATUSES, MODALITIES, RELATION_TYPES } from './vocabulary';
import { YEAR_MAX, YEAR_MIN } from './year-range';
import { CalendarDate } from './calendar-date';
import { ActorTypeSchema, ClaimSchema, DocumentStatusSchema, ModalitySchema, Nullable, RelationTypeSchema } from './contract';
import { ClaimReviewSchema, ClaimValuesSchema, REVIEW_FILTERS } from './review';

// ---------------------------------------------------------------------------------------------
// Errors

export const ErrorResponseSchema = Type.Object({
  error: Type.Object({
    /** Stable machine-readable code, e.g. invalid_parameter, not_found, database_unavailable. */
    code: Type.String(),
    message: Type.String(),
  }),
});
export type ErrorResponse = Static<typeof ErrorResponseSchema>;

export const ERROR_CODES = [
  'invalid_parameter', 'not_found', 'unauthorized', 'rate_limited', 'payload_too_large', 'conflict',
  'cypher_syntax_error', 'write_not_allowed', 'query_timeout', 'database_unavailable', 'internal_error',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

// ---------------------------------------------------------------------------------------------
// Graph filters (GET /api/graph, /api/paths, /api/export share them)

export const TIME_AXES = ['event', 'reported'] as const;
export type TimeAxis = (typeof TIME_AXES)[number];

/**
 * A query-string object: unknown parameters are refused (400 naming them), so a typo never silently
 * drops a filter. Every numeric parameter has a minimum and a maximum (tests check it).
 */
const Query = <T extends TProperties>(properties: T) => Type.Object(properties, { additionalProperties: false });
/** Routes without query parameters still refuse unknown ones. */
export const NoQuerySchema = Query({});
/** Largest `offset` of the paged lists. */
export const MAX_OFFSET = 10_000_000;

const Year = (description: string) => Type.Integer({ minimum: YEAR_MIN, maximum: YEAR_MAX, description });
/** Comma-separated list in the query string, e.g. `types=ATTACKED,WARNED`. */
const CsvList = (description: string) => Type.String({ maxLength: 4000, description });

export const GraphFilterProperties = {
  yearFrom: Type.Optional(Year('First year included (inclusive).')),
  yearTo: Type.Optional(Year('Last year included (inclusive).')),
  sources: Type.Optional(CsvList('Comma-separated document ids or publisher names.')),
  types: Type.Optional(CsvList(`Comma-separated relation types: ${RELATION_TYPES.join(', ')}.`)),
  actorTypes: Type.Optional(CsvList(`Comma-separated actor types (both endpoints must match): ${ACTOR_TYPES.join(', ')}.`)),
  includeNegated: Type.Optional(Type.Boolean({ default: false, description: 'Include negated claims ("X denied attacking Y").' })),
  includeUndated: Type.Optional(Type.Boolean({
    default: false,
    description: 'With yearFrom / yearTo: also keep the claims that have no year on the chosen time axis (a year range otherwise leaves them out; `/api/stats` `undated` counts them).',
  })),
  includeRejected: Type.Optional(Type.Boolean({ default: false, description: 'Include claims an analyst rejected (left out by default).' })),
  modality: Type.Optional(CsvList(`Comma-separated modalities: ${MODALITIES.join(', ')}.`)),
  minSources: Type.Optional(Type.Integer({
    minimum: 1, maximum: 1000,
    description: 'Only edges asserted by at least N distinct documents (`assertedDocumentCount`): documents that only deny a relation never count as support.',
  })),
  timeAxis: Type.Optional(Type.Enum([...TIME_AXES], { default: 'event', description: 'event: the claim year; reported: the document publication year.' })),
};

export const GraphQuerySchema = Query({
  ...GraphFilterProperties,
  actors: Type.Optional(CsvList('Comma-separated actor ids to focus on (their neighbourhood).')),
  depth: Type.Optional(Type.Integer({ minimum: 1, maximum: 3, default: 1, description: 'Neighbourhood depth around `actors`.' })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 20000, default: 2000, description: 'Maximum number of edges returned.' })),
  documentIds: Type.Optional(Type.Boolean({
    default: false,
    description: "List each edge's document ids in `documents` (exports always do). Off by default: an overview needs only `documentCount`, and at 1M claims the ids are a third of the compressed answer.",
  })),
});
export type GraphQuery = Static<typeof GraphQuerySchema>;

/** The parsed, validated form of the filters (lists split, defaults applied). */
export interface GraphFilters {
  yearFrom?: number;
  yearTo?: number;
  sources?: string[];
  types?: Array<(typeof RELATION_TYPES)[number]>;
  actorTypes?: Array<(typeof ACTOR_TYPES)[number]>;
  actors?: string[];
  depth: number;
  includeNegated: boolean;
  /** A year range keeps the claims without a year too. */
  includeUndated?: boolean;
  /** Claims an analyst rejected are left out unless true. */
  includeRejected?: boolean;
  modality?: Array<(typeof MODALITIES)[number]>;
  minSources?: number;
  limit: number;
  timeAxis: TimeAxis;
  /** Edges list their document ids (`documents`), not only `documentCount`. */
  documentIds?: boolean;
}

// ---------------------------------------------------------------------------------------------
// Graph response (Cytoscape elements)

export const GraphNodeSchema = Type.Object({
  data: Type.Object({
    id: Type.String(),
    label: Type.String(),
    type: ActorTypeSchema,
    /** Number of edges of this node in the returned graph. */
    degree: Type.Integer(),
    /** Number of claims touching this node in the returned graph. */
    claims: Type.Integer(),
    discovered: Type.Boolean(),
    aliases: Type.Array(Type.String()),
    /** True for the actors named in the `actors` filter. */
    focus: Type.Boolean(),
  }),
});
export type GraphNode = Static<typeof GraphNodeSchema>;

export const GraphEdgeSchema = Type.Object({
  data: Type.Object({
    /** `${source}|${type}|${target}` */
    id: Type.String(),
    source: Type.String(),
    target: Type.String(),
    type: RelationTypeSchema,
    /** Number of claims aggregated in this edge. */
    count: Type.Integer(),
    /** Distinct years (sorted; claims with no year are left out). */
    years: Type.Array(Type.Integer()),
    /** Number of distinct documents of the claims aggregated in this edge (denials too with includeNegated). */
    documentCount: Type.Integer(),
    /** Distinct document ids (sorted), when asked for with `documentIds=true`; /api/claims has the evidence. */
    documents: Type.Optional(Type.Array(Type.String())),
    publishers: Type.Array(Type.String()),
    /** Sum of claim weights (negated claims count 0). */
    weight: Type.Number(),
    /** Claims that deny the relation ("X did not support Y") and claims that assert it, whatever includeNegated says. */
    negatedCount: Type.Integer(),
    assertedCount: Type.Integer(),
    // The three document counts below are in every /api/graph, /api/paths and /api/export answer; they
    // are optional in the type only for edges built elsewhere (saved-query results, synthetic graphs).
    /** Distinct documents asserting the relation: its corroboration, what `minSources` counts. */
    assertedDocumentCount: Type.Optional(Type.Integer()),
    /** Distinct publishers of those documents, shown beside them (one wire copied by many papers is one publisher). */
    assertedPublisherCount: Type.Optional(Type.Integer()),
    /** Distinct documents denying the relation; they never count as support. */
    negatedDocumentCount: Type.Optional(Type.Integer()),
    /** One document asserts what another document negates. */
    contested: Type.Boolean(),
    modalities: Type.Array(ModalitySchema),
  }),
});
export type GraphEdge = Static<typeof GraphEdgeSchema>;

export const GraphMetaSchema = Type.Object({
  truncated: Type.Boolean(),
  /** Totals before truncation by `limit`. */
  totalNodes: Type.Integer(),
  totalEdges: Type.Integer(),
  totalClaims: Type.Integer(),
  returnedNodes: Type.Integer(),
  returnedEdges: Type.Integer(),
  limit: Type.Integer(),
  timeAxis: Type.Enum([...TIME_AXES]),
  /** Focus actors that were asked for but do not exist (the API answers 404 for them, so always empty there). */
  missingActors: Type.Array(Type.String()),
});
export type GraphMeta = Static<typeof GraphMetaSchema>;

export const GraphResponseSchema = Type.Object({
  nodes: Type.Array(GraphNodeSchema),
  edges: Type.Array(GraphEdgeSchema),
  meta: GraphMetaSchema,
});
export type GraphResponse = Static<typeof GraphResponseSchema>;

// ---------------------------------------------------------------------------------------------
// Actors

export const ActorSearchQuerySchema = Query({
  q: Type.Optional(Type.String({ maxLength: 200, description: 'Name or alias (prefix or fuzzy). Empty: most connected actors.' })),
  type: Type.Optional(Type.Enum([...ACTOR_TYPES])),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 20 })),
});
export type ActorSearchQuery = Static<typeof ActorSearchQuerySchema>;

export const ActorSummarySchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  type: ActorTypeSchema,
  aliases: Type.Array(Type.String()),
  discovered: Type.Boolean(),
  /** Number of claims (in and out). */
  degree: Type.Integer(),
  score: Type.Number(),
  /**
   * The name the search matched when it is none of the actor's own names: a capital, building or
   * demonym the extractor maps to this actor (Islamabad → Pakistan, Kabul → Afghanistan / Taliban).
   */
  matched: Type.Optional(Type.String()),
});
export type ActorSummary = Static<typeof ActorSummarySchema>;

export const ActorSearchResponseSchema = Type.Object({ actors: Type.Array(ActorSummarySchema) });
export type ActorSearchResponse = Static<typeof ActorSearchResponseSchema>;

export const CounterpartSchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  type: ActorTypeSchema,
  /** Claims between the two actors, both directions. */
  claims: Type.Integer(),
  outgoing: Type.Integer(),
  incoming: Type.Integer(),
  /** Net cooperation–conflict weight of the non-negated claims between them. */
  weight: Type.Number(),
  types: Type.Array(RelationTypeSchema),
});
export type Counterpart = Static<typeof CounterpartSchema>;

export const ActorRoleSchema = Type.Object({
  /** LEADS or MEMBER_OF */
  type: RelationTypeSchema,
  direction: Type.Enum(['out', 'in']),
  actor: Type.Object({ id: Type.String(), name: Type.String(), type: ActorTypeSchema }),
  count: Type.Integer(),
});
export type ActorRole = Static<typeof ActorRoleSchema>;

export const ActorProfileSchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  type: ActorTypeSchema,
  aliases: Type.Array(Type.String()),
  discovered: Type.Boolean(),
  affiliations: Type.Array(Type.String()),
  degree: Type.Integer(),
  outgoing: Type.Integer(),
  incoming: Type.Integer(),
  firstYear: Nullable(Type.Integer()),
  lastYear: Nullable(Type.Integer()),
  documents: Type.Integer(),
  claimsByType: Type.Record(Type.String(), Type.Integer()),
  roles: Type.Array(ActorRoleSchema),
  topCounterparts: Type.Array(CounterpartSchema),
});
export type ActorProfile = Static<typeof ActorProfileSchema>;

export const IdParamsSchema = Type.Object({ id: Type.String({ minLength: 1, maxLength: 200 }) });
export type IdParams = Static<typeof IdParamsSchema>;

// ---------------------------------------------------------------------------------------------
// Claims (evidence)

export const ClaimQuerySchema = Query({
  ...GraphFilterProperties,
  /** Evidence lists show denials too unless asked not to. */
  includeNegated: Type.Optional(Type.Boolean({ default: true, description: 'Include negated claims (default true here).' })),
  source: Type.Optional(Type.String({ maxLength: 200, description: 'Source actor id.' })),
  target: Type.Optional(Type.String({ maxLength: 200, description: 'Target actor id.' })),
  type: Type.Optional(Type.Enum([...RELATION_TYPES])),
  /** Also return claims from target to source. */
  undirected: Type.Optional(Type.Boolean({ default: false })),
  doc: Type.Optional(Type.String({ maxLength: 200, description: 'Only claims from this document.' })),
  /** Evidence lists show rejected claims too (marked), so a rejection can be seen and undone. */
  includeRejected: Type.Optional(Type.Boolean({ default: true, description: 'Include rejected claims (default true here).' })),
  review: Type.Optional(Type.Enum([...REVIEW_FILTERS], { description: `Only claims with this review state: ${REVIEW_FILTERS.join(', ')}.` })),
  order: Type.Optional(Type.Enum(['evidence', 'confidence'], {
    default: 'evidence',
    description: 'evidence: by year, document and position; confidence: lowest confidence first (the review queue).',
  })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000, default: 100 })),
  offset: Type.Optional(Type.Integer({ minimum: 0, maximum: MAX_OFFSET, default: 0 })),
});
export type ClaimQuery = Static<typeof ClaimQuerySchema>;

// The evidence is the stored claim (minus extraction bookkeeping) plus names and document context.
const { extractorVersion: _extractorVersion, ...claimFields } = ClaimSchema.properties;
export const ClaimEvidenceSchema = Type.Object({
  ...claimFields,
  sourceName: Type.String(),
  targetName: Type.String(),
  publishedYear: Nullable(Type.Integer()),
  docTitle: Nullable(Type.String()),
  published: Nullable(Type.String()),
  url: Nullable(Type.String()),
  /** The analyst's review of this claim, or null. */
  review: Nullable(ClaimReviewSchema),
  /** Rejected by an analyst: left out of the graph, paths, timeline, stats and exports by default. */
  rejected: Type.Boolean(),
  /** The current extraction no longer produces this claim; it is kept because an analyst reviewed it. */
  keptByReview: Type.Boolean(),
  /** The extractor's values when a correction changed them (the claim's fields are the corrected ones). */
  extracted: Nullable(ClaimValuesSchema),
});
export type ClaimEvidence = Static<typeof ClaimEvidenceSchema>;

export const ClaimListResponseSchema = Type.Object({
  claims: Type.Array(ClaimEvidenceSchema),
  total: Type.Integer(),
  limit: Type.Integer(),
  offset: Type.Integer(),
});
export type ClaimListResponse = Static<typeof ClaimListResponseSchema>;

// ---------------------------------------------------------------------------------------------
// Documents

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
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000, default: 100 })),
  offset: Type.Optional(Type.Integer({ minimum: 0, maximum: MAX_OFFSET, default: 0 })),
});
export type DocumentListQuery = Static<typeof DocumentListQuerySchema>;

export const DocumentListResponseSchema = Type.Object({
  documents: Type.Array(DocumentSummarySchema),
  total: Type.Integer(),
  limit: Type.Integer(),
  offset: Type.Integer(),
});
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

// ---------------------------------------------------------------------------------------------
// Paths

export const PathQuerySchema = Query({
  ...GraphFilterProperties,
  includeNegated: Type.Optional(Type.Boolean({
    default: false,
    description: 'Follow denied (negated) claims too; each step then says whether it is denied. Off by default: a denial is never a step of a path.',
  })),
  from: Type.String({ minLength: 1, maxLength: 200, description: 'Start actor id.' }),
  to: Type.String({ minLength: 1, maxLength: 200, description: 'End actor id.' }),
  maxHops: Type.Optional(Type.Integer({ minimum: 1, maximum: 6, default: 4 })),
  /** Follow edges in either direction (default) or only source → target. */
  directed: Type.Optional(Type.Boolean({ default: false })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 50, default: 10, description: 'Maximum number of paths.' })),
});
export type PathQuery = Static<typeof PathQuerySchema>;

export const PathStepSchema = Type.Object({
  source: Type.String(),
  target: Type.String(),
  type: RelationTypeSchema,
  claimId: Type.String(),
  doc: Type.String(),
  year: Nullable(Type.Integer()),
  sentence: Type.String(),
  /** The claim's sentence denies the relation (only with includeNegated=true, and only where no claim asserts it). */
  negated: Type.Boolean(),
  modality: ModalitySchema,
});
export type PathStep = Static<typeof PathStepSchema>;

export const PathResponseSchema = Type.Object({
  paths: Type.Array(Type.Object({ actors: Type.Array(Type.String()), steps: Type.Array(PathStepSchema), length: Type.Integer() })),
  /** All actors and aggregated edges on the paths, Cytoscape-ready. */
  graph: GraphResponseSchema,
});
export type PathResponse = Static<typeof PathResponseSchema>;

// ---------------------------------------------------------------------------------------------
// Timeline and stats

export const TimelineQuerySchema = Query({
  ...GraphFilterProperties,
  actors: CsvList('One actor id (all its claims) or two (the dyad, both directions).'),
});
export type TimelineQuery = Static<typeof TimelineQuerySchema>;

export const TimelineYearSchema = Type.Object({
  year: Type.Integer(),
  total: Type.Integer(),
  byType: Type.Record(Type.String(), Type.Integer()),
  /** Sum of the weights of the non-negated claims of that year. */
  net: Type.Number(),
  cooperation: Type.Number(),
  conflict: Type.Number(),
  negated: Type.Integer(),
});
export type TimelineYear = Static<typeof TimelineYearSchema>;

export const TimelineResponseSchema = Type.Object({
  actors: Type.Array(Type.Object({ id: Type.String(), name: Type.String(), type: ActorTypeSchema })),
  timeAxis: Type.Enum([...TIME_AXES]),
  years: Type.Array(TimelineYearSchema),
  /** Claims without a year on the chosen axis. */
  undated: Type.Integer(),
});
export type TimelineResponse = Static<typeof TimelineResponseSchema>;

export const StatsQuerySchema = Query({
  includeRejected: Type.Optional(Type.Boolean({ default: false, description: 'Count claims an analyst rejected too.' })),
});

const Bucket = Type.Object({ key: Type.String(), count: Type.Integer() });
export const StatsResponseSchema = Type.Object({
  totals: Type.Object({ actors: Type.Integer(), claims: Type.Integer(), documents: Type.Integer(), publishers: Type.Integer() }),
  byYear: Type.Array(Type.Object({ year: Type.Integer(), count: Type.Integer() })),
  byReportedYear: Type.Array(Type.Object({ year: Type.Integer(), count: Type.Integer() })),
  byType: Type.Array(Bucket),
  bySource: Type.Array(Type.Object({ key: Type.String(), title: Nullable(Type.String()), publisher: Nullable(Type.String()), count: Type.Integer() })),
  byPublisher: Type.Array(Bucket),
  /** Actors of each type that take part in at least one claim (not claims: no count exceeds the actors). */
  byActorType: Type.Array(Bucket),
  byModality: Type.Array(Bucket),
  /** Claims without a year on each time axis: a year range leaves them out unless `includeUndated=true`. */
  undated: Type.Object({ event: Type.Integer(), reported: Type.Integer() }),
});
export type StatsResponse = Static<typeof StatsResponseSchema>;

export const HealthResponseSchema = Type.Object({
  status: Type.Enum(['ok']),
  neo4j: Type.String(),
  actors: Type.Integer(),
  claims: Type.Integer(),
  documents: Type.Integer(),
});
export type HealthResponse = Static<typeof HealthResponseSchema>;

// ---------------------------------------------------------------------------------------------
// Saved relationship queries

export const SavedQueryParamSchema = Type.Object({
  name: Type.String({ pattern: '^[A-Za-z_][A-Za-z0-9_]*$', maxLength: 60 }),
  type: Type.Enum(['string', 'integer', 'number', 'boolean', 'actor', 'string[]']),
  label: Type.Optional(Type.String({ maxLength: 200 })),
  required: Type.Optional(Type.Boolean()),
  default: Type.Optional(Type.Union([Type.String(), Type.Number(), Type.Boolean(), Type.Array(Type.String()), Type.Null()])),
});
export type SavedQueryParam = Static<typeof SavedQueryParamSchema>;

export const SavedQueryInputSchema = Type.Object({
  id: Type.Optional(Type.String({ minLength: 1, maxLength: 100, pattern: '^[a-z0-9][a-z0-9-]*$' })),
  name: Type.String({ minLength: 1, maxLength: 200 }),
  description: Type.Optional(Type.String({ maxLength: 4000, default: '' })),
  cypher: Type.String({ minLength: 1, maxLength: 20000 }),
  params: Type.Optional(Type.Array(SavedQueryParamSchema, { maxItems: 30, default: [] })),
});
export type SavedQueryInput = Static<typeof SavedQueryInputSchema>;

export const SavedQuerySchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  description: Type.String(),
  cypher: Type.String(),
  params: Type.Array(SavedQueryParamSchema),
  createdAt: Type.String(),
  updatedAt: Type.String(),
});
export type SavedQuery = Static<typeof SavedQuerySchema>;

export const SavedQueryListResponseSchema = Type.Object({ queries: Type.Array(SavedQuerySchema) });
export type SavedQueryListResponse = Static<typeof SavedQueryListResponseSchema>;

export const SavedQueryRunBodySchema = Type.Object({
  params: Type.Optional(Type.Record(Type.String(), Type.Unknown(), { default: {} })),
});
export type SavedQueryRunBody = Static<typeof SavedQueryRunBodySchema>;

export const SavedQueryRunResultSchema = Type.Object({
  /** Nodes and relationships found in the returned values (Actor nodes and claim relationships become Cytoscape elements). */
  graph: Type.Object({
    nodes: Type.Array(Type.Object({ data: Type.Record(Type.String(), Type.Unknown()) })),
    edges: Type.Array(Type.Object({ data: Type.Record(Type.String(), Type.Unknown()) })),
  }),
  table: Type.Object({
    columns: Type.Array(Type.String()),
    /** Plain values: nodes as their properties, relationships as {type, start, end, ...properties}. */
    rows: Type.Array(Type.Array(Type.Unknown())),
  }),
  truncated: Type.Boolean(),
  rowCap: Type.Integer(),
  elapsedMs: Type.Number(),
});
export type SavedQueryRunResult = Static<typeof SavedQueryRunResultSchema>;

// ---------------------------------------------------------------------------------------------
// Export

export const EXPORT_FORMATS = ['json', 'graphml', 'gexf', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const ExportQuerySchema = Query({
  ...GraphQuerySchema.properties,
  format: Type.Optional(Type.Enum([...EXPORT_FORMATS], { default: 'json' })),
});
export type ExportQuery = Static<typeof ExportQuerySchema>;
