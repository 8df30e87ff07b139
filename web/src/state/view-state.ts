// The explorer's whole view state: everything that decides what is on screen. Pure data, so a view
// can be written to the URL, shared and restored exactly.
import type { TimeAxis } from '../../../shared/api';
import { YEAR_MIN } from '../../../shared/year-range';
import { ACTOR_TYPES, MODALITIES, RELATION_TYPES, type ActorType, type Modality, type RelationType } from '../../../shared/vocabulary';

export type { TimeAxis };
export type PlayMode = 'cumulative' | 'window';
export type SizeBy = 'degree' | 'centrality';
export type Selection = { kind: 'node' | 'edge'; id: string } | null;
export type Panel = 'details' | 'queries' | 'paths' | 'contested' | 'review' | 'analysis' | 'upload';

export interface ViewState {
  /** Inclusive year range; null = open end. */
  yearFrom: number | null;
  yearTo: number | null;
  /** Document ids or publisher names; empty = all sources. */
  sources: string[];
  /** Relation types shown; empty = all. */
  types: RelationType[];
  actorTypes: ActorType[];
  /** Focus actors: when set, only their neighbourhood (up to `depth` hops) is shown. */
  actors: string[];
  depth: number;
  includeNegated: boolean;
  /** A year range (or a player frame) keeps the claims that have no year. */
  includeUndated: boolean;
  /** Modalities shown; empty = all. "proposed" and "speculative" can be switched off here. */
  modality: Modality[];
  minSources: number;
  timeAxis: TimeAxis;
  sizeBy: SizeBy;
  playMode: PlayMode;
  /** Years per frame in sliding-window mode. */
  window: number;
  /** The year currently shown by the player; null = not playing, full range shown. */
  frame: number | null;
  selected: Selection;
  panel: Panel;
  pathFrom: string | null;
  pathTo: string | null;
  /**
   * Paths may step through denied claims (each such step is marked denied). Off by default: a
   * denial is never support, whatever `includeNegated` shows on the graph.
   */
  pathDenied: boolean;
  /** Actors coloured by community (Analysis panel) instead of by type. */
  communities: boolean;
  /** Saved query shown in the queries panel and its parameter values. */
  query: string | null;
  queryParams: Record<string, string>;
  /** Document open in the reader, and the claim to scroll to. */
  doc: string | null;
  claim: string | null;
}

export const DEFAULT_VIEW: ViewState = Object.freeze({
  yearFrom: null,
  yearTo: null,
  sources: [],
  types: [],
  actorTypes: [],
  actors: [],
  depth: 1,
  includeNegated: true,
  includeUndated: false,
  modality: [],
  minSources: 1,
  timeAxis: 'event',
  sizeBy: 'degree',
  playMode: 'cumulative',
  window: 2,
  frame: null,
  selected: null,
  panel: 'details',
  pathFrom: null,
  pathTo: null,
  pathDenied: false,
  communities: false,
  query: null,
  queryParams: {},
  doc: null,
  claim: null,
}) as ViewState;

export const PANELS: readonly Panel[] = ['details', 'queries', 'paths', 'contested', 'review', 'analysis', 'upload'];
export const ALL_RELATION_TYPES = RELATION_TYPES;
export const ALL_ACTOR_TYPES = ACTOR_TYPES;
export const ALL_MODALITIES = MODALITIES;

/**
 * Years actually applied to the graph query: the player's frame narrows the chosen range. A sliding
 * window never reaches below the first year the API accepts.
 */
export function effectiveYears(view: ViewState): { yearFrom: number | null; yearTo: number | null } {
  if (view.frame === null) return { yearFrom: view.yearFrom, yearTo: view.yearTo };
  const yearTo = view.frame;
  const yearFrom = view.playMode === 'window' ? Math.max(view.frame - view.window + 1, view.yearFrom ?? YEAR_MIN, YEAR_MIN) : view.yearFrom;
  return { yearFrom, yearTo };
}

/** Toggles a value in a list, keeping the vocabulary order so equal views serialise equally. */
export function toggleIn<T extends string>(list: readonly T[], value: T, order: readonly T[]): T[] {
  const next = list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
  return order.filter((v) => next.includes(v));
}

/**
 * Toggles one value of a filter whose empty list means "all": unchecking from "all" keeps the others,
 * and checking the last missing value goes back to the empty "all" list.
 */
export function toggleFilter<T extends string>(list: readonly T[], value: T, all: readonly T[]): T[] {
  const effective = list.length ? list : all;
  const next = toggleIn(effective, value, all);
  return next.length === all.length ? [] : next;
}

export function isShown<T extends string>(list: readonly T[], value: T): boolean {
  return list.length === 0 || list.includes(value);
}
