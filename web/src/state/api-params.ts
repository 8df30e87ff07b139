// View state -> query parameters of the graph endpoints (/api/graph, /api/claims, /api/paths,
// /api/export). The player's frame narrows the years; everything else maps one to one.
import { effectiveYears, type ViewState } from './view-state';

export type QueryParams = Record<string, string>;

/** The filters shared by every graph endpoint (no focus, no limit). */
export function filterParams(view: ViewState): QueryParams {
  const p: QueryParams = {};
  const { yearFrom, yearTo } = effectiveYears(view);
  if (yearFrom !== null) p.yearFrom = String(yearFrom);
  if (yearTo !== null) p.yearTo = String(yearTo);
  if (view.sources.length) p.sources = view.sources.join(',');
  if (view.types.length) p.types = view.types.join(',');
  if (view.actorTypes.length) p.actorTypes = view.actorTypes.join(',');
  p.includeNegated = String(view.includeNegated);
  // Only meaningful with a year range (or a player frame); the API ignores it otherwise.
  if (view.includeUndated && (yearFrom !== null || yearTo !== null)) p.includeUndated = 'true';
  if (view.modality.length) p.modality = view.modality.join(',');
  if (view.minSources > 1) p.minSources = String(view.minSources);
  p.timeAxis = view.timeAxis;
  return p;
}

export function graphParams(view: ViewState, limit = 10000): QueryParams {
  const p = filterParams(view);
  if (view.actors.length) {
    p.actors = view.actors.join(',');
    p.depth = String(view.depth);
  }
  p.limit = String(limit);
  return p;
}

/** Same as graphParams but without the player's frame: the whole chosen range, for stable layouts. */
export function baseGraphParams(view: ViewState, limit = 10000): QueryParams {
  return graphParams({ ...view, frame: null }, limit);
}

/**
 * /api/paths between the chosen actors under the view's filters (whole range, not the player's frame).
 * Denied claims are followed only when the paths panel asks for them, never because the graph shows them.
 */
export function pathParams(view: ViewState, maxHops = 4): QueryParams | null {
  if (!view.pathFrom || !view.pathTo) return null;
  return { ...filterParams({ ...view, frame: null }), includeNegated: String(view.pathDenied), from: view.pathFrom, to: view.pathTo, maxHops: String(maxHops) };
}

export function toQueryString(params: QueryParams): string {
  const s = new URLSearchParams(params).toString();
  return s ? `?${s}` : '';
}
