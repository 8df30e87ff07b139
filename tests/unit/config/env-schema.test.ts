// Settings from the environment: each part's schema (defaults, bounds, messages naming the variable)
// and each process checking all it reads at once, failing at boot with the list of problems.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, readEnv, envInt } from '../../../config/env-schema';
import { NEO4J_ENV, neo4jConfig, PROJECT_ROOT } from '../../../neo4j/config';
import { NLP_ENV } from '../../../nlp/config';
import { SERVER_ENV } from '../../../server/config';
import { WORKER_ENV, workerSettings } from '../../../ingest/worker/worker-config';
import { Type } from 'typebox';

function problemsOf(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('readEnv', () => {
  const schema = Type.Object({ A_MS: envInt(5, 1), B_COUNT: envInt(0, 0, 10) });

  it('takes defaults for unset or blank variables, trims, and reads numbers as Number() does', () => {
    expect(readEnv(schema, {})).toEqual({ A_MS: 5, B_COUNT: 0 });
    expect(readEnv(schema, { A_MS: ' 7 ', B_COUNT: '   ' })).toEqual({ A_MS: 7, B_COUNT: 0 });
    expect(readEnv(schema, { A_MS: '1e3' }).A_MS).toBe(1000);
  });

  it('refuses what is not an integer in range, naming each variable and its value', () => {
    expect(problemsOf(() => readEnv(schema, { A_MS: '1.5', B_COUNT: '11' }))).toEqual([
      'invalid A_MS="1.5". Expecting a positive integer.',
      'invalid B_COUNT="11". Expecting an integer from 0 to 10.',
    ]);
    expect(problemsOf(() => readEnv(schema, { A_MS: 'soon' }))).toEqual(['invalid A_MS="soon". Expecting a positive integer.']);
  });
});

describe('each part’s variables', () => {
  it('Neo4j: documented defaults, and every bad value listed (the password never echoed)', () => {
    const config = neo4jConfig({ ACTORSCOPE_LOCAL_DIR: '/tmp/x' });
    expect(config).toMatchObject({ uri: undefined, user: 'neo4j', database: 'neo4j', acquisitionTimeoutMs: 5000, maxPoolSize: 100 });
    expect(config.local).toMatchObject({ port: 7687, heap: '1g', pageCacheMiB: 512, homeDir: path.join('/tmp/x', 'neo4j-7687') });
    const problems = problemsOf(() =>
      neo4jConfig({ NEO4J_URI: 'http://db:7474', NEO4J_MAX_POOL_SIZE: '0', NEO4J_LOCAL_PORT: '70000', NEO4J_LOCAL_HEAP: '1 GB', NEO4J_ACQUISITION_TIMEOUT_MS: 'x' }),
    );
    expect(problems).toHaveLength(5);
    expect(problems.join('\n')).toMatch(/NEO4J_URI="http:\/\/db:7474"\. Expecting a Bolt URI/);
    expect(problems.join('\n')).toMatch(/NEO4J_LOCAL_HEAP="1 GB"\. Expecting a JVM heap size/);
    expect(neo4jConfig({ NEO4J_URI: 'neo4j+s://db.example.org' }).uri).toBe('neo4j+s://db.example.org');
  });

  it('worker: milliseconds ≥ 1 (the hold may be 0)', () => {
    expect(workerSettings({})).toEqual({ pollMs: 1000, leaseMs: 60_000, holdAfterClaimMs: 0 });
    expect(problemsOf(() => workerSettings({ WORKER_POLL_MS: '0', WORKER_HOLD_AFTER_CLAIM_MS: '-1' }))).toEqual([
      'invalid WORKER_POLL_MS="0". Expecting a positive integer (milliseconds).',
      'invalid WORKER_HOLD_AFTER_CLAIM_MS="-1". Expecting an integer ≥ 0 (milliseconds).',
    ]);
  });
});

describe('a process checks everything it reads at boot', () => {
  // Nothing is started: the bad values stop each process before it connects to anything.
  const boot = (script: string, env: Record<string, string>) =>
    spawnSync(path.join(PROJECT_ROOT, 'node_modules', '.bin', 'tsx'), [script, ...(script.endsWith('worker.ts') ? ['--once'] : [])], {
      cwd: PROJECT_ROOT,
      env: { PATH: process.env.PATH, ...env },
      encoding: 'utf8',
      timeout: 60_000,
    });

  it('the API server lists its own and the Neo4j problems together, without echoing the token', () => {
    const result = boot('server/server.ts', { PORT: 'eighty', API_TOKEN: 'short secret', NEO4J_MAX_POOL_SIZE: '0' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Config: 3 problem(s) in the environment');
    expect(result.stderr).toContain('invalid PORT="eighty". Expecting an integer from 0 to 65535.');
    expect(result.stderr).toContain('invalid API_TOKEN. Expecting at least 8 characters without spaces.');
    expect(result.stderr).toContain('invalid NEO4J_MAX_POOL_SIZE="0". Expecting a positive integer.');
    expect(result.stderr).not.toContain('short secret');
  });

  it('the worker lists its own, the Neo4j and the NLP problems together', () => {
    const result = boot('ingest/worker.ts', { WORKER_LEASE_MS: 'long', NEO4J_LOCAL_PORT: '0', NLP_URL: 'nlp:9000', NLP_THREADS: '0' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Config: 4 problem(s) in the environment');
    for (const name of ['WORKER_LEASE_MS', 'NEO4J_LOCAL_PORT', 'NLP_URL', 'NLP_THREADS']) expect(result.stderr).toContain(`invalid ${name}=`);
  });
});

describe('.env.example', () => {
  it('lists every variable the schemas declare, with the schemas’ defaults', () => {
    const example = fs.readFileSync(path.join(PROJECT_ROOT, '.env.example'), 'utf8');
    const listed = new Map([...example.matchAll(/^(#\s*)?([A-Z][A-Z0-9_]+)=(.*)$/gm)].map((m) => [m[2], { commented: Boolean(m[1]), value: m[3] }]));
    for (const schema of [SERVER_ENV, NEO4J_ENV, NLP_ENV, WORKER_ENV]) {
      for (const [name, property] of Object.entries(schema.properties)) {
        const entry = listed.get(name);
        expect(entry, name).toBeDefined();
        const fallback = (property as { default?: unknown }).default;
        if (entry && !entry.commented) expect(entry.value, name).toBe(String(fallback));
      }
    }
  });
});
