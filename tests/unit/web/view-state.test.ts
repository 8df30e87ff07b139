import { describe, expect, it } from 'vitest';
import { YEAR_MIN } from '../../../shared/year-range';
import { baseGraphParams, filterParams, graphParams, pathParams } from '../../../web/src/state/api-params';
import { coerceParams, parseParamSchema } from '../../../web/src/state/query-params';
import { ALL_RELATION_TYPES, DEFAULT_VIEW, effectiveYears, isShown, toggleFilter } from '../../../web/src/state/view-state';

describe('filters whose empty list means all', () => {
  it('unchecking one type from "all" keeps the others; checking it again returns to all', () => {
    const without = toggleFilter([], 'ATTACKED', ALL_RELATION_TYPES);
    expect(without).toHaveLength(ALL_RELATION_TYPES.length - 1);
    expect(isShown(without, 'ATTACKED')).toBe(false);
    expect(isShown(without, 'WARNED')).toBe(true);
    expect(toggleFilter(without, 'ATTACKED', ALL_RELATION_TYPES)).toEqual([]);
  });
});

describe('player frames', () => {
  it('cumulative frames run from the range start to the frame year', () => {
    expect(effectiveYears({ ...DEFAULT_VIEW, yearFrom: 2019, frame: 2022 })).toEqual({ yearFrom: 2019, yearTo: 2022 });
    expect(effectiveYears({ ...DEFAULT_VIEW, frame: 2022 })).toEqual({ yearFrom: null, yearTo: 2022 });
  });
  it('sliding windows cover `window` years ending at the frame, clipped to the range start', () => {
    expect(effectiveYears({ ...DEFAULT_VIEW, playMode: 'window', window: 2, frame: 2024 })).toEqual({ yearFrom: 2023, yearTo: 2024 });
    expect(effectiveYears({ ...DEFAULT_VIEW, playMode: 'window', window: 5, frame: 2022, yearFrom: 2021 })).toEqual({ yearFrom: 2021, yearTo: 2022 });
  });
  it('a sliding window at the first year never asks for a year before the range the API accepts', () => {
    expect(effectiveYears({ ...DEFAULT_VIEW, playMode: 'window', window: 5, frame: YEAR_MIN + 1 })).toEqual({ yearFrom: YEAR_MIN, yearTo: YEAR_MIN + 1 });
  });
});

describe('API parameters', () => {
  it('paths follow denied claims only when the paths panel asks, whatever the graph shows', () => {
    expect(pathParams({ ...DEFAULT_VIEW, pathFrom: 'cia' })).toBeNull();
    const view = { ...DEFAULT_VIEW, includeNegated: true, pathFrom: 'pakistan', pathTo: 'cia', frame: 2020, yearTo: 2024 };
    expect(pathParams(view)).toMatchObject({ includeNegated: 'false', from: 'pakistan', to: 'cia', maxHops: '4', yearTo: '2024' });
    expect(pathParams({ ...view, pathDenied: true })).toMatchObject({ includeNegated: 'true' });
  });

  it('maps the view onto the graph endpoint parameters', () => {
    const view = { ...DEFAULT_VIEW, yearTo: 2021, sources: ['doc-a', 'Sangar'], types: ['ATTACKED' as const], minSources: 2, actors: ['pakistan'], depth: 2, frame: 2020 };
    expect(graphParams(view, 500)).toEqual({
      yearTo: '2020', sources: 'doc-a,Sangar', types: 'ATTACKED', includeNegated: 'true', minSources: '2', timeAxis: 'event', actors: 'pakistan', depth: '2', limit: '500',
    });
    expect(baseGraphParams(view, 500).yearTo).toBe('2021');
    expect(filterParams(DEFAULT_VIEW)).toEqual({ includeNegated: 'true', timeAxis: 'event' });
  });
});

describe('saved-query parameters', () => {
  const schema = [
    { name: 'actor', type: 'actor' as const, required: true },
    { name: 'limit', type: 'integer' as const, default: 10 },
    { name: 'types', type: 'string[]' as const },
    { name: 'strict', type: 'boolean' as const },
  ];
  it('types the string form values, applying defaults', () => {
    expect(coerceParams(schema, { actor: 'pakistan', types: 'ATTACKED, WARNED' })).toEqual({
      ok: true, params: { actor: 'pakistan', limit: 10, types: ['ATTACKED', 'WARNED'], strict: false },
    });
  });
  it('names each bad parameter', () => {
    const r = coerceParams(schema, { limit: 'ten' });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors.actor).toMatch(/required/);
      expect(r.errors.limit).toMatch(/whole number.*ten/);
    }
  });
  it('validates the parameter schema typed in the editor', () => {
    expect(parseParamSchema('[{"name":"a","type":"integer"}]').ok).toBe(true);
    const bad = parseParamSchema('[{"name":"a","type":"date"}]');
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.error).toMatch(/type.*one of/);
    expect(parseParamSchema('{').ok).toBe(false);
  });
});
