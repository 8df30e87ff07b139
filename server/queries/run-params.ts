// A saved query's declared parameters as one TypeBox schema, and the values of a run checked against
// it: unknown names, missing required values and wrong types are a 400 naming `params.<name>`;
// defaults fill what is not given, integers become Neo4j integers.
import neo4j from 'neo4j-driver';
import { Type, type TObject, type TSchema } from 'typebox';
import type { SavedQueryParam } from '../../shared/api';
import { describeValue, schemaIssues } from '../../shared/schema-problems';
import { invalidParameter } from '../errors';

const VALUE_SCHEMAS: Record<SavedQueryParam['type'], () => TSchema> = {
  string: () => Type.String({ maxLength: 1000, description: 'a string (at most 1000 characters)' }),
  actor: () => Type.String({ maxLength: 1000, description: 'an actor id (a string)' }),
  integer: () => Type.Integer({ description: 'an integer' }),
  number: () => Type.Number({ description: 'a number' }),
  boolean: () => Type.Boolean({ description: 'true or false' }),
  'string[]': () => Type.Array(Type.String(), { description: 'an array of strings' }),
};

/** The run parameters a query declares: required ones must be given (or defaulted), the others may be null. */
export function runParamsSchema(params: readonly SavedQueryParam[]): TObject {
  const properties = Object.fromEntries(
    params.map((p) => {
      const value = VALUE_SCHEMAS[p.type]();
      if (p.required) return [p.name, value];
      return [p.name, Type.Optional(Type.Union([value, Type.Null()], { description: `${(value as { description?: string }).description} or null` }))];
    }),
  );
  return Type.Object(properties, { additionalProperties: false });
}

/** Checks run parameters against the query's parameter schema and applies defaults. */
export function resolveRunParams(params: readonly SavedQueryParam[], given: Record<string, unknown>): Record<string, unknown> {
  const declared = new Map(params.map((p) => [p.name, p]));
  const values: Record<string, unknown> = { ...given };
  for (const p of params) if (values[p.name] === undefined && p.default !== undefined) values[p.name] = p.default;
  const [issue] = schemaIssues(runParamsSchema(params), values);
  if (issue) {
    const name = issue.at[0] ?? '';
    if (!declared.has(name)) {
      throw invalidParameter(`params.${name}`, `this query takes ${params.length ? params.map((p) => p.name).join(', ') : 'no parameters'}.`);
    }
    const type = declared.get(name)?.type;
    throw invalidParameter(`params.${name}`, issue.got === undefined ? `is required (${type}).` : `must be ${issue.expected}, got ${describeValue(issue.got)}.`);
  }
  return Object.fromEntries(
    params.map((p) => {
      const value = values[p.name] ?? null;
      return [p.name, p.type === 'integer' && typeof value === 'number' ? neo4j.int(value) : value];
    }),
  );
}
