// View state <-> URL query string. Defaults are left out so URLs stay short; unknown or invalid
// values fall back to the default instead of breaking the page, so any shared link opens.
import { clampYear } from '../../../shared/year-range';
import {
  ALL_ACTOR_TYPES, ALL_MODALITIES, ALL_RELATION_TYPES, DEFAULT_VIEW, PANELS,
  type Panel, type PlayMode, type Selection, type SizeBy, type TimeAxis, type ViewState,
} from './view-state';

const PARAM_PREFIX = 'p.';

function intOrNull(value: string | null, min: number, max: number): number | null {
  if (value === null || !/^-?\d+$/.test(value)) return null;
  const n = Number(value);
  return n >= min && n <= max ? n : null;
}

/** A year of the one range the API accepts (shared/year-range.ts); a year outside it is clamped. */
function yearOrNull(value: string | null): number | null {
  if (value === null || !/^-?\d{1,6}$/.test(value)) return null;
  return clampYear(Number(value));
}

function listOf<T extends string>(value: string | null, allowed: readonly T[]): T[] {
  if (!value) return [];
  const wanted = new Set(value.split(','));
  return allowed.filter((v) => wanted.has(v));
}

function oneOf<T extends string>(value: string | null, allowed: readonly T[], fallback: T): T {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}

function parseSelection(value: string | null): Selection {
  const match = value?.match(/^(node|edge):(.+)$/);
  return match ? { kind: match[1] as 'node' | 'edge', id: match[2]! } : null;
}

export function viewToSearch(view: ViewState): string {
  const q = new URLSearchParams();
  const d = DEFAULT_VIEW;
  if (view.yearFrom !== null) q.set('from', String(view.yearFrom));
  if (view.yearTo !== null) q.set('to', String(view.yearTo));
  for (const s of view.sources) q.append('source', s);
  if (view.types.length) q.set('types', view.types.join(','));
  if (view.actorTypes.length) q.set('actorTypes', view.actorTypes.join(','));
  for (const a of view.actors) q.append('actor', a);
  if (view.depth !== d.depth) q.set('depth', String(view.depth));
  if (view.includeNegated !== d.includeNegated) q.set('negated', view.includeNegated ? '1' : '0');
  if (view.includeUndated) q.set('undated', '1');
  if (view.modality.length) q.set('modality', view.modality.join(','));
  if (view.minSources !== d.minSources) q.set('minSources', String(view.minSources));
  if (view.timeAxis !== d.timeAxis) q.set('axis', view.timeAxis);
  if (view.sizeBy !== d.sizeBy) q.set('size', view.sizeBy);
  if (view.playMode !== d.playMode) q.set('play', view.playMode);
  if (view.window !== d.window) q.set('window', String(view.window));
  if (view.frame !== null) q.set('frame', String(view.frame));
  if (view.selected) q.set('sel', `${view.selected.kind}:${view.selected.id}`);
  if (view.panel !== d.panel) q.set('panel', view.panel);
  if (view.pathFrom) q.set('pathFrom', view.pathFrom);
  if (view.pathTo) q.set('pathTo', view.pathTo);
  if (view.pathDenied) q.set('pathDenied', '1');
  if (view.communities) q.set('communities', '1');
  if (view.query) q.set('q', view.query);
  for (const [name, value] of Object.entries(view.queryParams).sort(([a], [b]) => a.localeCompare(b))) {
    q.set(PARAM_PREFIX + name, value);
  }
  if (view.doc) q.set('doc', view.doc);
  if (view.claim) q.set('claim', view.claim);
  const s = q.toString();
  return s ? `?${s}` : '';
}

export function searchToView(search: string): ViewState {
  const q = new URLSearchParams(search);
  const d = DEFAULT_VIEW;
  let yearFrom = yearOrNull(q.get('from'));
  let yearTo = yearOrNull(q.get('to'));
  if (yearFrom !== null && yearTo !== null && yearFrom > yearTo) [yearFrom, yearTo] = [yearTo, yearFrom];
  const queryParams: Record<string, string> = {};
  for (const [key, value] of q) if (key.startsWith(PARAM_PREFIX)) queryParams[key.slice(PARAM_PREFIX.length)] = value;
  const negated = q.get('negated');
  return {
    yearFrom,
    yearTo,
    sources: unique(q.getAll('source').filter(Boolean)),
    types: listOf(q.get('types'), ALL_RELATION_TYPES),
    actorTypes: listOf(q.get('actorTypes'), ALL_ACTOR_TYPES),
    actors: unique(q.getAll('actor').filter(Boolean)),
    depth: intOrNull(q.get('depth'), 1, 3) ?? d.depth,
    includeNegated: negated === '0' ? false : negated === '1' ? true : d.includeNegated,
    includeUndated: q.get('undated') === '1',
    modality: listOf(q.get('modality'), ALL_MODALITIES),
    minSources: intOrNull(q.get('minSources'), 1, 50) ?? d.minSources,
    timeAxis: oneOf<TimeAxis>(q.get('axis'), ['event', 'reported'], d.timeAxis),
    sizeBy: oneOf<SizeBy>(q.get('size'), ['degree', 'centrality'], d.sizeBy),
    playMode: oneOf<PlayMode>(q.get('play'), ['cumulative', 'window'], d.playMode),
    window: intOrNull(q.get('window'), 1, 20) ?? d.window,
    frame: yearOrNull(q.get('frame')),
    selected: parseSelection(q.get('sel')),
    panel: oneOf<Panel>(q.get('panel'), PANELS, d.panel),
    pathFrom: q.get('pathFrom') || null,
    pathTo: q.get('pathTo') || null,
    pathDenied: q.get('pathDenied') === '1',
    communities: q.get('communities') === '1',
    query: q.get('q') || null,
    queryParams,
    doc: q.get('doc') || null,
    claim: q.get('claim') || null,
  };
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
