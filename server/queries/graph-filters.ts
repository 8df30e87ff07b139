// Pure: turns the query-string filters shared by /api/graph, /api/paths, /api/export, /api/timeline and
// /api/claims into validated GraphFilters, and GraphFilters into parameterised Cypher predicates.
import neo4j from 'neo4j-driver';
import type { GraphFilters, TimeAxis } from '../../shared/api';
import { ACTOR_TYPES, MODALITIES, RELATION_TYPES, type RelationType } from '../../shared/vocabulary';
import { invalidParameter } from '../errors';

export interface RawGraphFilters {
  yearFrom?: number;
  yearTo?: number;
  sources?: string;
  types?: string;
  actorTypes?: string;
  actors?: string;
  depth?: number;
  includeNegated?: boolean;
  includeUndated?: boolean;
  includeRejected?: boolean;
  modality?: string;
  minSources?: number;
  limit?: number;
  timeAxis?: TimeAxis;
  documentIds?: boolean;
}

export const DEFAULT_GRAPH_LIMIT = 2000;
const MAX_LIST_ITEMS = 200;

/** Splits a comma-separated list, trimming and dropping empty items and duplicates. */
export function splitList(name: string, raw: string | undefined): string[] | undefined {
  if (raw === undefined) return undefined;
  const items = [...new Set(raw.split(',').map((s) => s.trim()).filter((s) => s.length > 0))];
  if (items.length === 0) return undefined;
  if (items.length > MAX_LIST_ITEMS) throw invalidParameter(name, `at most ${MAX_LIST_ITEMS} items, got ${items.length}.`);
  return items;
}

/** A list from a closed vocabulary: every item must be known, so an empty item (`types=`, `a,,b`) is refused too. */
function closedList<T extends string>(name: string, raw: string | undefined, allowed: readonly T[], normalise = (s: string) => s): T[] | undefined {
  if (raw === undefined) return undefined;
  const empty = raw.split(',').some((s) => s.trim().length === 0);
  if (empty) throw invalidParameter(name, `has an empty item; leave the parameter out for no filter, or give some of: ${allowed.join(', ')}.`);
  const items = splitList(name, raw)?.map(normalise);
  if (!items) return undefined;
  const bad = items.filter((i) => !(allowed as readonly string[]).includes(i));
  if (bad.length > 0) {
    throw invalidParameter(name, `unknown value(s) ${bad.map((b) => JSON.stringify(b)).join(', ')}. Allowed: ${allowed.join(', ')}.`);
  }
  return items as T[];
}

export function parseGraphFilters(raw: RawGraphFilters, defaults: { limit?: number } = {}): GraphFilters {
  if (raw.yearFrom !== undefined && raw.yearTo !== undefined && raw.yearFrom > raw.yearTo) {
    throw invalidParameter('yearFrom', `must not be after yearTo (${raw.yearFrom} > ${raw.yearTo}).`);
  }
  const filters: GraphFilters = {
    depth: raw.depth ?? 1,
    includeNegated: raw.includeNegated ?? false,
    limit: raw.limit ?? defaults.limit ?? DEFAULT_GRAPH_LIMIT,
    timeAxis: raw.timeAxis ?? 'event',
  };
  if (raw.includeUndated === true) filters.includeUndated = true;
  if (raw.yearFrom !== undefined) filters.yearFrom = raw.yearFrom;
  if (raw.yearTo !== undefined) filters.yearTo = raw.yearTo;
  const sources = splitList('sources', raw.sources);
  if (sources) filters.sources = sources;
  const types = closedList('types', raw.types, RELATION_TYPES, (s) => s.toUpperCase());
  if (types) filters.types = types;
  const actorTypes = closedList('actorTypes', raw.actorTypes, ACTOR_TYPES, (s) => s.toLowerCase());
  if (actorTypes) filters.actorTypes = actorTypes;
  const actors = splitList('actors', raw.actors);
  if (actors) filters.actors = actors;
  const modality = closedList('modality', raw.modality, MODALITIES, (s) => s.toLowerCase());
  if (modality) filters.modality = modality;
  if (raw.minSources !== undefined) filters.minSources = raw.minSources;
  if (raw.documentIds === true) filters.documentIds = true;
  if (raw.includeRejected === true) filters.includeRejected = true;
  return filters;
}

/** `:VISITED|MET_WITH…` — relationship types can't be parameters, so they come from the closed vocabulary only. */
export function relationshipTypes(types: readonly RelationType[] | undefined): string {
  const list = types && types.length > 0 ? types : RELATION_TYPES;
  for (const t of list) if (!(RELATION_TYPES as readonly string[]).includes(t)) throw invalidParameter('types', `unknown type ${t}`);
  return list.join('|');
}

export interface CypherFragment {
  /** Conditions joined by AND (or 'true' when there are none). */
  where: string;
  params: Record<string, unknown>;
}

export interface ClaimVariables {
  rel: string;
  source: string;
  target: string;
}

/** The year property of the chosen time axis. */
export function yearProperty(rel: string, axis: TimeAxis): string {
  return axis === 'reported' ? `${rel}.publishedYear` : `${rel}.year`;
}

/**
 * Predicates on one claim relationship and its endpoints. Negation is left out on purpose (callers
 * decide: aggregation needs negated claims to flag contested edges). `exempt` names a parameter holding
 * actor ids exempt from the actor-type filter (the focus actors).
 */
export function claimPredicates(filters: GraphFilters, v: ClaimVariables, options: { negation?: boolean; exempt?: string } = {}): CypherFragment {
  const conditions: string[] = [];
  const params: Record<string, unknown> = {};
  const year = yearProperty(v.rel, filters.timeAxis);
  const range: string[] = [];
  if (filters.yearFrom !== undefined) {
    range.push(`${year} >= $yearFrom`);
    params.yearFrom = neo4j.int(filters.yearFrom);
  }
  if (filters.yearTo !== undefined) {
    range.push(`${year} <= $yearTo`);
    params.yearTo = neo4j.int(filters.yearTo);
  }
  // A claim without a year is outside every range, unless the user asks to keep the undated ones.
  if (range.length > 0) conditions.push(filters.includeUndated ? `(${year} IS NULL OR (${range.join(' AND ')}))` : range.join(' AND '));
  if (filters.sources) {
    conditions.push(`(${v.rel}.docId IN $sources OR ${v.rel}.publisher IN $sources)`);
    params.sources = filters.sources;
  }
  if (filters.modality) {
    conditions.push(`${v.rel}.modality IN $modality`);
    params.modality = filters.modality;
  }
  if (filters.actorTypes) {
    params.actorTypes = filters.actorTypes;
    const exempt = options.exempt ? (n: string) => ` OR ${n}.id IN $${options.exempt}` : () => '';
    conditions.push(`(${v.source}.type IN $actorTypes${exempt(v.source)})`);
    conditions.push(`(${v.target}.type IN $actorTypes${exempt(v.target)})`);
  }
  if (options.negation && !filters.includeNegated) conditions.push(`${v.rel}.negated = false`);
  // An analyst's rejection takes a claim out of every view unless asked for (review/claim-review-store.ts sets it).
  if (!filters.includeRejected) conditions.push(`NOT coalesce(${v.rel}.rejected, false)`);
  return { where: conditions.length > 0 ? conditions.join(' AND ') : 'true', params };
}
