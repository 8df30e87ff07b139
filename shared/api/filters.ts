// Graph filters (GET /api/graph, /api/paths, /api/export share them).
import { type Static, Type } from 'typebox';
import { ACTOR_TYPES, MODALITIES, RELATION_TYPES } from '../vocabulary';
import { CsvList, Query, Year } from './query';

export const TIME_AXES = ['event', 'reported'] as const;
export type TimeAxis = (typeof TIME_AXES)[number];

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
