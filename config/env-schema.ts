// Settings from the environment through a TypeBox schema: each part (server, Neo4j, NLP server,
// worker) declares its variables once — type, bounds, default and what it expects in words — and a
// process checks the parts it uses as one schema at start-up (Type.Object({...A.properties,
// ...B.properties})), so a bad value stops it with the list of every problem
// (`invalid PORT="eighty". Expecting an integer from 0 to 65535.`).
import { Type, type Static, type TObject } from 'typebox';
import { Value } from 'typebox/value';
import { schemaIssues } from '../shared/schema-problems';

export type Env = Record<string, string | undefined>;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Config: ${problems.length} problem(s) in the environment:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigError';
  }
}

/** An integer variable (milliseconds, counts, ports) with its bounds and default. */
export function envInt(defaultValue: number, minimum: number, maximum = Number.MAX_SAFE_INTEGER, description?: string) {
  const bounds = maximum === Number.MAX_SAFE_INTEGER ? (minimum === 1 ? 'a positive integer' : `an integer ≥ ${minimum}`) : `an integer from ${minimum} to ${maximum}`;
  return Type.Integer({ default: defaultValue, minimum, maximum, description: description ?? bounds });
}

/** A TCP port a local server listens on. */
export const envPort = (defaultValue: number) => envInt(defaultValue, 1, 65535, 'a TCP port, a positive integer up to 65535');

/** A string variable; `pattern` and `description` say what it accepts. */
export function envString(defaultValue: string, options: { pattern?: string; description?: string; secret?: boolean } = {}) {
  return Type.String({ default: defaultValue, ...options });
}

/** A string variable without a default (undefined when unset). A `secret` one is never echoed in messages. */
export function envOptionalString(options: { pattern?: string; description?: string; secret?: boolean } = {}) {
  return Type.Optional(Type.String(options));
}

/** A JVM heap size as `-Xmx` takes it: bytes, or a number with k/m/g. */
export const envHeap = (defaultValue: string) => envString(defaultValue, { pattern: '^[1-9][0-9]*[kmgKMG]?$', description: 'a JVM heap size such as 3g or 2048m' });

/**
 * The schema's variables from `env`: trimmed, unset or empty ones take their default, numbers
 * converted; throws a ConfigError listing every problem (the schema's, then `extraChecks`' for what a
 * schema cannot say, e.g. each entry of a URL list).
 */
export function readEnv<S extends TObject>(schema: S, env: Env, extraChecks: (values: Static<S>) => string[] = () => []): Static<S> {
  const raw: Record<string, string> = {};
  const typed: Record<string, unknown> = {};
  for (const [name, property] of Object.entries(schema.properties)) {
    const value = env[name]?.trim();
    if (value === undefined || value === '') continue;
    raw[name] = value;
    // Numbers as Number() reads them; "1.5" stays 1.5 so an integer variable refuses it (TypeBox's
    // own conversion would truncate it).
    const type = (property as { type?: unknown }).type;
    const numeric = type === 'integer' || type === 'number';
    typed[name] = numeric && !Number.isNaN(Number(value)) ? Number(value) : value;
  }
  const values = Value.Default(schema, typed) as Static<S>;
  const problems = schemaIssues(schema, values).map((issue) => {
    const name = issue.at[0] ?? '';
    const secret = (schema.properties[name] as { secret?: boolean } | undefined)?.secret === true;
    return `invalid ${name}${secret ? '' : `=${JSON.stringify(raw[name] ?? '')}`}. Expecting ${issue.expected ?? issue.note ?? 'a valid value'}.`;
  });
  problems.push(...extraChecks(values));
  if (problems.length > 0) throw new ConfigError([...new Set(problems)]);
  return values;
}
