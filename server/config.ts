// Server configuration from the environment: one TypeBox schema (SERVER_ENV), validated at boot with
// every problem listed at once (config/env-schema.ts).
import crypto from 'node:crypto';
import path from 'node:path';
import { Type, type Static } from 'typebox';
import { envInt, envOptionalString, envString, readEnv, type Env } from '../config/env-schema';
import { PROJECT_ROOT } from '../neo4j/config';

export { ConfigError } from '../config/env-schema';

export interface ServerConfig {
  port: number;
  host: string;
  /** Bearer token required by POST/PUT/DELETE. */
  apiToken: string;
  /** True when no API_TOKEN was configured and a random one was generated for this run. */
  apiTokenGenerated: boolean;
  /**
   * Every token a write may carry, with the name it is known by (the reviewer of a claim review):
   * API_TOKENS=alice:…,bob:… and API_TOKEN (named `API_TOKEN_NAME`). Empty `apiToken` when only
   * API_TOKENS is set.
   */
  apiTokens: NamedToken[];
  /** Allowed CORS origins; empty: CORS off. */
  corsOrigins: string[];
  /** Requests per minute per client IP. */
  rateLimitMax: number;
  queryTimeoutMs: number;
  /** Transaction timeout of /api/graph and exports, which aggregate every matching claim (seconds at 1M claims). */
  graphTimeoutMs: number;
  queryRowCap: number;
  /** Built web app served statically when the directory exists. */
  webDist: string;
  /** Neo4j database name. */
  database: string;
  /**
   * How long read answers are reused before a cheap data-version check decides whether to recompute
   * them (0: no reuse; only concurrent identical requests share one query).
   */
  cacheTtlMs: number;
  /**
   * Whether concurrent identical reads share one load, also with the cache off (the default). The
   * benchmark's cache-off server turns it off, so each of its answers is a query of its own.
   */
  shareLoads: boolean;
}

export const DEFAULT_SERVER_CONFIG = {
  port: 8080,
  host: '127.0.0.1',
  rateLimitMax: 600,
  queryTimeoutMs: 5000,
  graphTimeoutMs: 30000,
  queryRowCap: 5000,
  webDist: 'web/dist',
  database: 'neo4j',
  cacheTtlMs: 2000,
} as const;

export interface NamedToken {
  name: string;
  token: string;
}

/** The reviewer name of the single API_TOKEN. */
export const API_TOKEN_NAME = 'analyst';

/** API_TOKENS=alice:token,bob:token → named tokens; problems are pushed, never thrown. */
export function parseNamedTokens(raw: string | undefined, problems: string[]): NamedToken[] {
  if (raw === undefined || raw.trim() === '') return [];
  const out: NamedToken[] = [];
  for (const entry of raw.split(',').map((e) => e.trim()).filter(Boolean)) {
    const colon = entry.indexOf(':');
    const name = colon > 0 ? entry.slice(0, colon) : '';
    const token = colon > 0 ? entry.slice(colon + 1) : '';
    if (!/^[A-Za-z0-9._-]{1,60}$/.test(name)) problems.push(`invalid API_TOKENS entry ${JSON.stringify(name || entry.slice(0, 20))}. Expecting name:token with a name of letters, digits, . _ -.`);
    else if (token.length < 8 || /\s/.test(token)) problems.push(`invalid API_TOKENS token for "${name}". Expecting at least 8 characters without spaces.`);
    else if (out.some((t) => t.name === name)) problems.push(`invalid API_TOKENS: the name "${name}" appears twice.`);
    else if (out.some((t) => t.token === token)) problems.push(`invalid API_TOKENS: "${name}" has the same token as another name.`);
    else out.push({ name, token });
  }
  return out;
}

const ORIGIN = String.raw`(\*|https?://[^/\s,]+)`;

/** The server's variables (README "Configuration"). */
export const SERVER_ENV = Type.Object({
  PORT: envInt(DEFAULT_SERVER_CONFIG.port, 0, 65535),
  HOST: envString(DEFAULT_SERVER_CONFIG.host, { pattern: String.raw`^[A-Za-z0-9.:\-[\]]+$`, description: 'a host name or IP address' }),
  API_TOKEN: envOptionalString({ pattern: String.raw`^\S{8,}$`, description: 'at least 8 characters without spaces', secret: true }),
  API_TOKENS: envOptionalString({ secret: true }),
  CORS_ORIGIN: envOptionalString({ pattern: String.raw`^${ORIGIN}(\s*,\s*${ORIGIN})*\s*,?$`, description: 'http(s)://host[:port] or *, several separated by commas' }),
  RATE_LIMIT_MAX: envInt(DEFAULT_SERVER_CONFIG.rateLimitMax, 1, 10_000_000),
  QUERY_TIMEOUT_MS: envInt(DEFAULT_SERVER_CONFIG.queryTimeoutMs, 10, 600_000),
  GRAPH_TIMEOUT_MS: envInt(DEFAULT_SERVER_CONFIG.graphTimeoutMs, 10, 600_000),
  QUERY_ROW_CAP: envInt(DEFAULT_SERVER_CONFIG.queryRowCap, 1, 1_000_000),
  WEB_DIST: envString(DEFAULT_SERVER_CONFIG.webDist),
  NEO4J_DATABASE: envString(DEFAULT_SERVER_CONFIG.database),
  CACHE_TTL_MS: envInt(DEFAULT_SERVER_CONFIG.cacheTtlMs, 0, 3_600_000),
  CACHE_SHARE_LOADS: envString('true', { pattern: '^(true|false)$', description: 'true or false' }),
});

/** What the schema cannot say: each API_TOKENS entry (name:token, names and tokens unique). */
export const SERVER_EXTRA_CHECKS = (env: Static<typeof SERVER_ENV>): string[] => {
  const problems: string[] = [];
  parseNamedTokens(env.API_TOKENS, problems);
  return problems;
};

/** The settings from already-checked variables (a process checking several parts at once reads them once). */
export function serverConfigFrom(env: Static<typeof SERVER_ENV>): ServerConfig {
  const named = parseNamedTokens(env.API_TOKENS, []);
  // Named tokens alone are enough; with neither, one token is generated for this run.
  const apiTokenGenerated = env.API_TOKEN === undefined && env.API_TOKENS === undefined;
  const apiToken = env.API_TOKEN ?? (apiTokenGenerated ? crypto.randomBytes(24).toString('base64url') : '');
  return {
    port: env.PORT,
    host: env.HOST,
    apiToken,
    apiTokenGenerated,
    apiTokens: apiToken === '' ? named : [...named, { name: API_TOKEN_NAME, token: apiToken }],
    corsOrigins: (env.CORS_ORIGIN ?? '').split(',').map((o) => o.trim()).filter(Boolean),
    rateLimitMax: env.RATE_LIMIT_MAX,
    queryTimeoutMs: env.QUERY_TIMEOUT_MS,
    graphTimeoutMs: env.GRAPH_TIMEOUT_MS,
    queryRowCap: env.QUERY_ROW_CAP,
    webDist: path.resolve(PROJECT_ROOT, env.WEB_DIST),
    database: env.NEO4J_DATABASE,
    cacheTtlMs: env.CACHE_TTL_MS,
    shareLoads: env.CACHE_SHARE_LOADS === 'true',
  };
}

export function loadServerConfig(env: Env = process.env): ServerConfig {
  return serverConfigFrom(readEnv(SERVER_ENV, env, SERVER_EXTRA_CHECKS));
}
