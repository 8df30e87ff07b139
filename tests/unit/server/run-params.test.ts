// A saved query's run parameters checked against its declared parameters (one TypeBox schema).
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import type { SavedQueryParam } from '../../../shared/api';
import { ApiError } from '../../../server/errors';
import { resolveRunParams } from '../../../server/queries/run-params';

const PARAMS: SavedQueryParam[] = [
  { name: 'target', type: 'actor', required: true },
  { name: 'year', type: 'integer', default: 2020 },
  { name: 'min', type: 'number' },
  { name: 'negated', type: 'boolean' },
  { name: 'types', type: 'string[]', default: ['ATTACKED'] },
];

function refusal(given: Record<string, unknown>, params = PARAMS): string {
  try {
    resolveRunParams(params, given);
  } catch (error) {
    if (error instanceof ApiError) return `${error.statusCode} ${error.code}: ${error.message}`;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('resolveRunParams', () => {
  it('applies defaults, gives null for what is optional and missing, and makes integers Neo4j integers', () => {
    expect(resolveRunParams(PARAMS, { target: 'iskp' })).toEqual({ target: 'iskp', year: neo4j.int(2020), min: null, negated: null, types: ['ATTACKED'] });
    expect(resolveRunParams(PARAMS, { target: 'iskp', year: 2001, min: 0.5, negated: false, types: [] })).toEqual({
      target: 'iskp', year: neo4j.int(2001), min: 0.5, negated: false, types: [],
    });
  });

  it('refuses with a 400 naming params.<name>: missing, wrong type, unknown, too long', () => {
    expect(refusal({})).toBe('400 invalid_parameter: Invalid parameter `params.target`: is required (actor).');
    expect(refusal({ target: 5 })).toBe('400 invalid_parameter: Invalid parameter `params.target`: must be an actor id (a string), got 5.');
    expect(refusal({ target: 'x', year: 1.5 })).toBe('400 invalid_parameter: Invalid parameter `params.year`: must be an integer or null, got 1.5.');
    expect(refusal({ target: 'x', types: ['a', 1] })).toBe('400 invalid_parameter: Invalid parameter `params.types`: must be an array of strings or null, got ["a",1].');
    expect(refusal({ target: 'x', other: 1 })).toBe('400 invalid_parameter: Invalid parameter `params.other`: this query takes target, year, min, negated, types.');
    expect(refusal({ other: 1 }, [])).toBe('400 invalid_parameter: Invalid parameter `params.other`: this query takes no parameters.');
    expect(refusal({ target: 'x'.repeat(1001) })).toMatch(/`params\.target`: must be an actor id \(a string\), got "x{10,}/);
  });
});
