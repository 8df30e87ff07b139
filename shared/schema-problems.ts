// TypeBox validation errors → one readable line per problem, naming the field and what it expects:
//   `claims[0].type: expected one of VISITED, MET_WITH, …, got "DELETED".`
// Used wherever a whole document is checked against a schema and every problem is listed at once
// (backup files, configuration from the environment, saved-query parameters). A union's failed
// branches are folded into one line; a schema can say what it expects with `description`.
import type { TSchema } from 'typebox';
import { Settings } from 'typebox/system';
import { Value } from 'typebox/value';

// TypeBox buffers 8 errors by default (a guard for hot paths); a union's branches alone can use them
// up, so a full listing raises the cap for its one synchronous pass.
const MAX_ERRORS = 1000;

interface SchemaError {
  keyword: string;
  schemaPath: string;
  instancePath: string;
  params: Record<string, unknown>;
  message: string;
}

export interface ProblemOptions {
  /** How a path is written: `a[0].b` (default) or the bare top-level key (`NEO4J_URI`). */
  formatPath?: (segments: string[]) => string;
}

/** Every problem `value` has against `schema`, one line each; empty when it is valid. */
export function schemaProblems(schema: TSchema, value: unknown, options: ProblemOptions = {}): string[] {
  if (Value.Check(schema, value)) return [];
  const formatPath = options.formatPath ?? dottedPath;
  const errors = allErrors(schema, value);
  // A failed union reports each branch's failure too; keep only the union's own line.
  const unions = errors.filter((e) => e.keyword === 'anyOf').map((e) => `${e.schemaPath}/anyOf/`);
  const problems: string[] = [];
  for (const error of errors) {
    if (unions.some((prefix) => error.schemaPath.startsWith(prefix))) continue;
    const at = pointer(error.instancePath);
    const schemaAt = resolveSchema(schema, error.schemaPath) as Record<string, unknown> | undefined;
    switch (error.keyword) {
      case 'required':
        for (const key of error.params.requiredProperties as string[]) {
          const property = (schemaAt?.properties as Record<string, TSchema> | undefined)?.[key];
          problems.push(`${formatPath([...at, key])}: expected ${expectation(property)}, got nothing.`);
        }
        break;
      case 'propertyNames':
        for (const name of error.params.propertyNames as string[]) problems.push(`${where(formatPath, at)}invalid property name ${describeValue(name)}.`);
        break;
      case 'additionalProperties':
        // With a schema for extra properties, each bad one has its own error; without one, name them.
        if (typeof schemaAt?.additionalProperties === 'object') break;
        for (const name of error.params.additionalProperties as string[]) problems.push(`${formatPath([...at, name])}: unknown field.`);
        break;
      case 'pattern':
        if (error.schemaPath.endsWith('/propertyNames')) break; // reported by 'propertyNames'
        problems.push(`${where(formatPath, at)}expected ${expectation(schemaAt as TSchema | undefined)}, got ${describeValue(valueAt(value, at))}.`);
        break;
      case 'anyOf':
      case 'const':
      case 'enum':
      case 'type':
      case 'minLength':
        problems.push(`${where(formatPath, at)}expected ${expectation(schemaAt as TSchema | undefined)}, got ${describeValue(valueAt(value, at))}.`);
        break;
      default:
        problems.push(`${where(formatPath, at)}${error.message} (got ${describeValue(valueAt(value, at))}).`);
    }
  }
  return [...new Set(problems)];
}

/** What a schema expects, in words: its description, its constant, its allowed values or its type. */
export function expectation(schema: TSchema | undefined): string {
  if (!schema) return 'a value';
  const s = schema as Record<string, unknown>;
  if (typeof s.description === 'string') return s.description;
  if ('const' in s) return JSON.stringify(s.const);
  if (Array.isArray(s.enum)) return `one of ${s.enum.join(', ')}`;
  if (Array.isArray(s.anyOf)) {
    const branches = s.anyOf as Array<Record<string, unknown>>;
    if (branches.every((b) => 'const' in b)) return `one of ${branches.map((b) => JSON.stringify(b.const)).join(', ')}`;
    return branches.map((b) => expectation(b as TSchema)).join(' or ');
  }
  if (s.type === 'string') {
    if (typeof s.pattern === 'string') return `a string matching ${s.pattern}`;
    return s.minLength === 1 ? 'a non-empty string' : 'a string';
  }
  const article: Record<string, string> = { object: 'an object', array: 'an array', integer: 'an integer', number: 'a number', boolean: 'a boolean', null: 'null' };
  return typeof s.type === 'string' ? (article[s.type] ?? s.type) : 'a valid value';
}

/** A short rendering of a bad value for a message (long values are cut). */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value);
  return text === undefined ? String(value) : text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/** `["claims", "0", "type"]` → `claims[0].type`. */
export function dottedPath(segments: string[]): string {
  return segments.map((s, i) => (/^\d+$/.test(s) ? `[${s}]` : i === 0 ? s : `.${s}`)).join('');
}

function allErrors(schema: TSchema, value: unknown): SchemaError[] {
  const previous = Settings.Get().maxErrors;
  Settings.Set({ maxErrors: MAX_ERRORS });
  try {
    return Value.Errors(schema, value) as unknown as SchemaError[];
  } finally {
    Settings.Set({ maxErrors: previous });
  }
}

function where(formatPath: (segments: string[]) => string, at: string[]): string {
  return at.length === 0 ? '' : `${formatPath(at)}: `;
}

function pointer(path: string): string[] {
  return path === '' ? [] : path.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function valueAt(value: unknown, at: string[]): unknown {
  let current = value;
  for (const key of at) current = current !== null && typeof current === 'object' ? (current as Record<string, unknown>)[key] : undefined;
  return current;
}

function resolveSchema(schema: TSchema, schemaPath: string): TSchema | undefined {
  let current: unknown = schema;
  for (const key of pointer(schemaPath.replace(/^#/, ''))) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current as TSchema | undefined;
}
