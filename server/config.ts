// Server configuration from the environment, validated at boot: every problem is listed at once.
import crypto from 'node:crypto';
import path from 'node:path';
import { PROJECT_ROOT } from '../neo4j/config';

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
}

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

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Server config: ${problems.length} problem(s):\n  - ${problems.join('\n  - ')}`);
    this.name = 'ConfigError';
  }
}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number, problems: string[]): number {
  const raw = env[name];
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    problems.push(`invalid ${name}=${JSON.stringify(raw)}. Expecting an integer from ${min} to ${max}.`);
    return fallback;
  }
  return value;
}

export function loadServerConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const problems: string[] = [];
  const port = integer(env, 'PORT', DEFAULT_SERVER_CONFIG.port, 0, 65535, problems);
  const host = env.HOST?.trim() || DEFAULT_SERVER_CONFIG.host;
  if (!/^[A-Za-z0-9.:\-[\]]+$/.test(host)) problems.push(`invalid HOST=${JSON.stringify(host)}. Expecting a host name or IP address.`);

  const named = parseNamedTokens(env.API_TOKENS, problems);
  let apiToken = env.API_TOKEN ?? '';
  // Named tokens alone are enough; with neither, one token is generated for this run.
  const apiTokenGenerated = apiToken === '' && named.length === 0 && !env.API_TOKENS?.trim();
  if (apiTokenGenerated) apiToken = crypto.randomBytes(24).toString('base64url');
  else if (apiToken !== '' && (apiToken.length < 8 || /\s/.test(apiToken))) problems.push('invalid API_TOKEN. Expecting at least 8 characters without spaces.');
  const apiTokens = apiToken === '' ? named : [...named, { name: API_TOKEN_NAME, token: apiToken }];

  const corsRaw = env.CORS_ORIGIN?.trim() ?? '';
  const corsOrigins = corsRaw === '' ? [] : corsRaw.split(',').map((o) => o.trim()).filter(Boolean);
  for (const origin of corsOrigins) {
    if (origin !== '*' && !/^https?:\/\/[^/\s]+$/.test(origin)) {
      problems.push(`invalid CORS_ORIGIN entry ${JSON.stringify(origin)}. Expecting http(s)://host[:port] or *.`);
    }
  }

  const config: ServerConfig = {
    port,
    host,
    apiToken,
    apiTokenGenerated,
    apiTokens,
    corsOrigins,
    rateLimitMax: integer(env, 'RATE_LIMIT_MAX', DEFAULT_SERVER_CONFIG.rateLimitMax, 1, 10_000_000, problems),
    queryTimeoutMs: integer(env, 'QUERY_TIMEOUT_MS', DEFAULT_SERVER_CONFIG.queryTimeoutMs, 10, 600_000, problems),
    graphTimeoutMs: integer(env, 'GRAPH_TIMEOUT_MS', DEFAULT_SERVER_CONFIG.graphTimeoutMs, 10, 600_000, problems),
    queryRowCap: integer(env, 'QUERY_ROW_CAP', DEFAULT_SERVER_CONFIG.queryRowCap, 1, 1_000_000, problems),
    webDist: path.resolve(PROJECT_ROOT, env.WEB_DIST?.trim() || DEFAULT_SERVER_CONFIG.webDist),
    database: env.NEO4J_DATABASE?.trim() || DEFAULT_SERVER_CONFIG.database,
    cacheTtlMs: integer(env, 'CACHE_TTL_MS', DEFAULT_SERVER_CONFIG.cacheTtlMs, 0, 3_600_000, problems),
  };
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}
