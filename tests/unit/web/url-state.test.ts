import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ACTOR_TYPES, MODALITIES, RELATION_TYPES } from '../../../shared/vocabulary';
import { YEAR_MAX, YEAR_MIN, isValidClaimYear } from '../../../shared/year-range';
import { searchToView, viewToSearch } from '../../../web/src/state/url-state';
import { DEFAULT_VIEW, PANELS, type ViewState } from '../../../web/src/state/view-state';

const subset = <T extends string>(all: readonly T[]) => fc.subarray([...all]).map((s) => all.filter((v) => s.includes(v)));
const id = fc.stringMatching(/^[A-Za-z0-9 ,&|:._-]{1,20}$/);
const year = fc.integer({ min: 1990, max: 2030 });

const viewArb: fc.Arbitrary<ViewState> = fc.record({
  yearFrom: fc.option(year, { nil: null }),
  yearTo: fc.option(year, { nil: null }),
  sources: fc.uniqueArray(id, { maxLength: 3 }),
  types: subset(RELATION_TYPES),
  actorTypes: subset(ACTOR_TYPES),
  actors: fc.uniqueArray(id, { maxLength: 3 }),
  depth: fc.integer({ min: 1, max: 3 }),
  includeNegated: fc.boolean(),
  modality: subset(MODALITIES),
  minSources: fc.integer({ min: 1, max: 50 }),
  timeAxis: fc.constantFrom('event' as const, 'reported' as const),
  sizeBy: fc.constantFrom('degree' as const, 'centrality' as const),
  playMode: fc.constantFrom('cumulative' as const, 'window' as const),
  window: fc.integer({ min: 1, max: 20 }),
  frame: fc.option(year, { nil: null }),
  selected: fc.option(fc.record({ kind: fc.constantFrom('node' as const, 'edge' as const), id }), { nil: null }),
  panel: fc.constantFrom(...PANELS),
  pathFrom: fc.option(id, { nil: null }),
  pathTo: fc.option(id, { nil: null }),
  pathDenied: fc.boolean(),
  includeUndated: fc.boolean(),
  communities: fc.boolean(),
  query: fc.option(id, { nil: null }),
  queryParams: fc.dictionary(fc.stringMatching(/^[a-z][a-zA-Z0-9_]{0,8}$/), fc.string({ maxLength: 10 }), { maxKeys: 3 }),
  doc: fc.option(id, { nil: null }),
  claim: fc.option(id, { nil: null }),
}).filter((v) => v.yearFrom === null || v.yearTo === null || v.yearFrom <= v.yearTo);

describe('URL view state', () => {
  it('round-trips every valid view exactly', () => {
    fc.assert(fc.property(viewArb, (view) => {
      expect(searchToView(viewToSearch(view))).toEqual(view);
    }));
  });

  it('writes nothing for the default view, and reads the default from an empty URL', () => {
    expect(viewToSearch(DEFAULT_VIEW)).toBe('');
    expect(searchToView('')).toEqual(DEFAULT_VIEW);
  });

  it('writes a readable URL', () => {
    const search = viewToSearch({ ...DEFAULT_VIEW, yearFrom: 2021, yearTo: 2021, types: ['ATTACKED', 'WARNED'], sources: ['002_f2a82dd508596054'], selected: { kind: 'edge', id: 'usa|VISITED|pakistan' } });
    expect(search).toBe('?from=2021&to=2021&source=002_f2a82dd508596054&types=ATTACKED%2CWARNED&sel=edge%3Ausa%7CVISITED%7Cpakistan');
  });

  it('ignores invalid values instead of failing, and orders a reversed year range', () => {
    const view = searchToView('?from=2025&to=2021&types=ATTACKED,BOGUS&depth=9&axis=sideways&panel=nope&minSources=-3&sel=weird&negated=maybe');
    expect(view.yearFrom).toBe(2021);
    expect(view.yearTo).toBe(2025);
    expect(view.types).toEqual(['ATTACKED']);
    expect(view.depth).toBe(DEFAULT_VIEW.depth);
    expect(view.timeAxis).toBe('event');
    expect(view.panel).toBe('details');
    expect(view.minSources).toBe(1);
    expect(view.selected).toBeNull();
    expect(view.includeNegated).toBe(DEFAULT_VIEW.includeNegated);
  });

  it('reads years only within the range the API accepts (shared/year-range.ts), clamping others', () => {
    expect(searchToView(`?from=${YEAR_MIN}&to=${YEAR_MAX}&frame=${YEAR_MAX}`)).toMatchObject({ yearFrom: YEAR_MIN, yearTo: YEAR_MAX, frame: YEAR_MAX });
    expect(searchToView('?from=1899&to=2101&frame=1000')).toMatchObject({ yearFrom: YEAR_MIN, yearTo: YEAR_MAX, frame: YEAR_MIN });
    expect(searchToView('?from=1000&to=9999&frame=9999')).toMatchObject({ yearFrom: YEAR_MIN, yearTo: YEAR_MAX, frame: YEAR_MAX });
    expect(searchToView('?from=2021.5&to=x&frame=')).toMatchObject({ yearFrom: null, yearTo: null, frame: null });
    fc.assert(fc.property(fc.integer({ min: -99999, max: 999999 }), fc.integer({ min: -99999, max: 999999 }), (a, b) => {
      const view = searchToView(`?from=${a}&to=${b}&frame=${a}`);
      for (const year of [view.yearFrom, view.yearTo, view.frame]) expect(year !== null && isValidClaimYear(year)).toBe(true);
    }));
  });

  it('keeps list order canonical so equal views give equal URLs', () => {
    expect(viewToSearch(searchToView('?types=WARNED,ATTACKED'))).toBe(viewToSearch(searchToView('?types=ATTACKED,WARNED')));
  });
});
