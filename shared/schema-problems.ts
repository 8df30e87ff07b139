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

/** One problem: where (path segments), what was expected there and what was found, or a note. */
export interface SchemaIssue {
  at: string[];
  expected?: string;
  got?: unknown;
  note?: string;
}

/** Every problem `value` has against `schema`, one line each (`a[0].b: expected …, got ….`); empty when valid. */
export function schemaProblems(schema: TSchema, value: unknown): string[] {
  const lines = schemaIssues(schema, value).map((issue) => {
    const where = issue.at.length === 0 ? '' : `${dottedPath(issue.at)}: `;
    return issue.expected !== undefined ? `${where}expected ${issue.expected}, got ${describeValue(issue.got)}.` : `${where}${issue.note}`;
  });
  return [...new Set(lines)];
}

/** Every problem `value` has against `schema`, structured, for callers that word them their own way. */
export function schemaIssues(schema: TSchema, value: unknown): SchemaIssue[] {
  if (Value.Check(schema, value)) return [];
  const errors = allErrors(schema, value);
  // A failed union reports each branch's failure too; keep only the union's own line.
  const unions = errors.filter((e) => e.keyword === 'anyOf').map((e) => `${e.schemaPath}/anyOf/`);
  const issues: SchemaIssue[] = [];
  for (const error of errors) {
    if (unions.some((prefix) => error.schemaPath.startsWith(prefix))) continue;
    const at = pointer(error.instancePath);
    const schemaAt = resolveSchema(schema, error.schemaPath) as Record<string, unknown> | undefined;
    const mismatch = () => issues.push({ at, expected: expectation(schemaAt as TSchema | undefined), got: valueAt(value, at) });
    switch (error.keyword) {
      case 'required':
        for (const key of error.params.requiredProperties as string[]) {
          const property = (schemaAt?.properties as Record<string, TSchema> | undefined)?.[key];
          issues.push({ at: [...at, key], expected: expectation(property), got: undefined });
        }
        break;
      case 'propertyNames':
        for (const name of error.params.propertyNames as string[]) issues.push({ at, note: `invalid property name ${describeValue(name)}.` });
        break;
      case 'additionalProperties':
        // With a schema for extra properties, each bad one has its own error; without one, name them.
        if (typeof schemaAt?.additionalProperties === 'object') break;
        for (const name of error.params.additionalProperties as string[]) issues.push({ at: [...at, name], note: 'unknown field.' });
        break;
      case 'pattern':
        if (!error.schemaPath.endsWith('/propertyNames')) mismatch(); // else reported by 'propertyNames'
        break;
      case 'anyOf':
      case 'const':
      case 'enum':
      case 'type':
      case 'minLength':
      case 'maxLength':
      case 'minimum':
      case 'maximum':
        mismatch();
        break;
      default:
        issues.push({ at, note: `${error.message} (got ${describeValue(valueAt(value, at))}).` });
    }
  }
  return issues;
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
  if ((s.type === 'integer' || s.type === 'number') && (typeof s.minimum === 'number' || typeof s.maximum === 'number')) {
    const what = s.type === 'integer' ? 'an integer' : 'a number';
    if (typeof s.minimum === 'number' && typeof s.maximum === 'number') return `${what} from ${s.minimum} to ${s.maximum}`;
    return typeof s.minimum === 'number' ? `${what} ≥ ${s.minimum}` : `${what} ≤ ${s.maximum}`;
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
