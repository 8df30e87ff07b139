// The local Neo4j launcher on a port of its own: start is idempotent, status tells the truth,
// stop is clean, and missing prerequisites give an actionable message.
import { afterAll, describe, expect, it } from 'vitest';
import { localServerConfig } from '../../../neo4j/config';
import { boltVersion, checkPrerequisites, start, status, stop } from '../../../neo4j/local-server';

const config = localServerConfig({ ...process.env, NEO4J_LOCAL_PORT: '7721', NEO4J_LOCAL_HEAP: '512m', NEO4J_LOCAL_PAGECACHE_MB: '64' });

describe('local Neo4j server', () => {
  afterAll(async () => {
    await stop(config);
  });

  it('starts, answers Bolt, and a second start finds the running server', async () => {
    const first = await start(config);
    expect(first.running).toBe(true);
    expect(first.version).toMatch(/^5\.26\./);
    expect(first.uri).toBe('bolt://127.0.0.1:7721');
    const second = await start(config);
    expect(second.pid).toBe(first.pid);
    expect(await boltVersion(first.uri)).toBe(first.version);
  });

  it('stops cleanly and then reports not running', async () => {
    expect(await stop(config)).toBe(true);
    const after = await status(config);
    expect(after.running).toBe(false);
    expect(after.pid).toBeUndefined();
    expect(await stop(config)).toBe(false);
  });

  it('names the missing tool and the Docker alternative when Java is absent', () => {
    expect(() => checkPrerequisites({ ...process.env, PATH: '/nonexistent' })).toThrow(/Java 17\+.*\n.*docker compose/s);
  });
});
