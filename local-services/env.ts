// What every locally provisioned service (Neo4j, the NLP server) reads from the environment the same way.
import path from 'node:path';

export const PROJECT_ROOT = path.resolve(import.meta.dirname, '..');

/** `.local/` (git-ignored) or ACTORSCOPE_LOCAL_DIR: where provisioned jars and each server's files live. */
export function localRoot(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(PROJECT_ROOT, env.ACTORSCOPE_LOCAL_DIR || '.local');
}

export function intFromEnv(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) {
    throw new Error(`Config: invalid ${name}=${JSON.stringify(raw)}. Expecting a positive integer.`);
  }
  return value;
}

export function portFromEnv(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const port = intFromEnv(env, name, fallback);
  if (port > 65535) throw new Error(`Config: invalid ${name}=${JSON.stringify(env[name])}. Expecting a TCP port (1–65535).`);
  return port;
}

/** A JVM heap size as `-Xmx` takes it: bytes, or a number with k/m/g. */
export function heapFromEnv(env: NodeJS.ProcessEnv, name: string, fallback: string): string {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^[1-9]\d*[kmgKMG]?$/.test(raw)) {
    throw new Error(`Config: invalid ${name}=${JSON.stringify(raw)}. Expecting a JVM heap size such as 3g or 2048m.`);
  }
  return raw;
}
