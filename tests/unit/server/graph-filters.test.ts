import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../server/errors';
import { buildGraphQuery, buildNeighbourQuery } from '../../../server/queries/graph-cypher';
import { claimPredicates, parseGraphFilters, relationshipTypes, splitList } from '../../../server/queries/graph-filters';

function errorOf(fn: () => unknown): ApiError {
  try {
    fn();
  } catch (e) {
    return e as ApiError;
  }
  throw new Error('expected an error');
}

describe('parseGraphFilters', () => {
  it('applies defaults', () => {
    expect(parseGraphFilters({})).toEqual({ depth: 1, includeNegated: false, limit: 2000, timeAxis: 'event' });
  });

  it('splits, trims, de-duplicates and normalises lists', () => {
    const f = parseGraphFilters({ types: 'attacked, WARNED,attacked', actorTypes: 'State', sources: 'Reuters, doc-1,', modality: 'Reported', actors: 'a,b' });
    expect(f.types).toEqual(['ATTACKED', 'WARNED']);
    expect(f.actorTypes).toEqual(['state']);
    expect(f.sources).toEqual(['Reuters', 'doc-1']);
    expect(f.modality).toEqual(['reported']);
    expect(f.actors).toEqual(['a', 'b']);
  });

  it('names the parameter and the allowed values on bad input', () => {
    const e = errorOf(() => parseGraphFilters({ types: 'ATTACKED,HUGGED' }));
    expect(e.statusCode).toBe(400);
    expect(e.code).toBe('invalid_parameter');
    expect(e.message).toContain('`types`');
    expect(e.message).toContain('"HUGGED"');
    expect(e.message).toContain('MEMBER_OF');
    expect(errorOf(() => parseGraphFilters({ actorTypes: 'alien' })).message).toContain('armed_group');
    expect(errorOf(() => parseGraphFilters({ modality: 'sure' })).message).toContain('speculative');
    expect(errorOf(() => parseGraphFilters({ yearFrom: 2020, yearTo: 2019 })).message).toContain('yearFrom');
    expect(errorOf(() => splitList('actors', Array.from({ length: 201 }, (_, i) => `a${i}`).join(','))).message).toContain('at most 200');
  });

  it('treats an empty open list as no filter, but refuses empty items in a closed-vocabulary list', () => {
    expect(parseGraphFilters({ sources: ' , ' }).sources).toBeUndefined();
    for (const raw of ['', ' , ', 'ATTACKED,', 'ATTACKED,,WARNED']) {
      expect(errorOf(() => parseGraphFilters({ types: raw })).message, raw).toContain('`types`: has an empty item');
    }
    expect(errorOf(() => parseGraphFilters({ actorTypes: '' })).message).toContain('`actorTypes`');
    expect(parseGraphFilters({ types: ' attacked , WARNED ' }).types).toEqual(['ATTACKED', 'WARNED']);
  });
});

describe('Cypher building', () => {
  it('uses only closed-vocabulary relationship types', () => {
    expect(relationshipTypes(['ATTACKED'])).toBe('ATTACKED');
    expect(relationshipTypes(undefined).split('|')).toHaveLength(10);
    expect(() => relationshipTypes(['X]->() DETACH DELETE n //' as never])).toThrow(ApiError);
  });

  it('parameterises every value and picks the year of the time axis', () => {
    const f = parseGraphFilters({ yearFrom: 2001, yearTo: 2010, sources: "x' OR 1=1", timeAxis: 'reported', actorTypes: 'state' });
    const p = claimPredicates(f, { rel: 'r', source: 's', target: 't' }, { negation: true });
    expect(p.where).toContain('r.publishedYear >= $yearFrom');
    expect(p.where).toContain('r.publishedYear <= $yearTo');
    expect(p.where).toContain('(r.docId IN $sources OR r.publisher IN $sources)');
    expect(p.where).toContain('r.negated = false');
    expect(p.where).not.toContain('OR 1=1');
    expect(p.params.sources).toEqual(["x' OR 1=1"]);
    expect(Number(p.params.yearFrom)).toBe(2001);
    const event = claimPredicates(parseGraphFilters({ yearFrom: 2001 }), { rel: 'r', source: 's', target: 't' });
    expect(event.where).toBe('r.year >= $yearFrom AND NOT coalesce(r.rejected, false)');
  });

  it('leaves claims an analyst rejected out unless includeRejected is true', () => {
    const vars = { rel: 'r', source: 's', target: 't' };
    expect(claimPredicates(parseGraphFilters({}), vars).where).toBe('NOT coalesce(r.rejected, false)');
    expect(claimPredicates(parseGraphFilters({ includeRejected: true }), vars).where).toBe('true');
  });

  it('exempts focus actors from the actor-type filter', () => {
    const p = claimPredicates(parseGraphFilters({ actorTypes: 'state' }), { rel: 'r', source: 'n', target: 'm' }, { exempt: 'focus' });
    expect(p.where).toContain('(n.type IN $actorTypes OR n.id IN $focus)');
  });

  it('starts focus queries from the indexed actor id and aggregates in Cypher', () => {
    const f = parseGraphFilters({ actors: 'taliban', depth: 2, minSources: 2, limit: 50 });
    const q = buildGraphQuery(f, ['taliban', 'iskp']);
    expect(q.cypher).toMatch(/^UNWIND \$inner AS innerId\nMATCH \(n:Actor \{id: innerId\}\)/);
    expect(q.cypher).toContain('size(assertedDocs) >= $minSources');
    expect(q.cypher).toContain('edges[0..$limit]');
    expect(Number(q.params.minSources)).toBe(2);
    expect(Number(q.params.limit)).toBe(50);
    expect(q.params.inner).toEqual(['taliban', 'iskp']);
    const n = buildNeighbourQuery(f, ['taliban'], ['taliban']);
    expect(n.cypher).toContain('NOT m.id IN $seen');
    expect(n.cypher).toContain('r.negated = false');
  });
});
