import { describe, expect, it } from 'vitest';
import { createReadCache } from '../../../server/repositories/read-cache';

const tick = () => new Promise((r) => setTimeout(r, 5));

describe('createReadCache', () => {
  it('shares one load between concurrent identical requests and reuses it within the TTL', async () => {
    let clock = 0;
    let loads = 0;
    const cache = createReadCache(1000, { staleMs: 0, now: () => clock });
    const load = async () => {
      loads++;
      await tick();
      return loads;
    };
    const [a, b] = await Promise.all([cache.get('k', load), cache.get('k', load)]);
    expect([a, b, loads]).toEqual([1, 1, 1]);
    clock = 999;
    expect(await cache.get('k', load)).toBe(1);
    clock = 1000;
    expect(await cache.get('k', load)).toBe(2);
    expect(await cache.get('other', load)).toBe(3);
  });

  it('serves a stale answer while one background refresh replaces it', async () => {
    let clock = 0;
    let loads = 0;
    const cache = createReadCache(100, { staleMs: 1000, now: () => clock });
    const load = async () => {
      loads++;
      await tick();
      return loads;
    };
    expect(await cache.get('k', load)).toBe(1);
    clock = 500;
    expect(await Promise.all([cache.get('k', load), cache.get('k', load)])).toEqual([1, 1]);
    await tick();
    await tick();
    expect(loads).toBe(2);
    expect(await cache.get('k', load)).toBe(2);
    clock = 5000; // past ttl + stale: wait for a fresh load
    expect(await cache.get('k', load)).toBe(3);
  });

  it('never caches failures, and with TTL 0 only shares in-flight loads', async () => {
    const cache = createReadCache(0);
    let calls = 0;
    await expect(cache.get('k', async () => { calls++; throw new Error('down'); })).rejects.toThrow('down');
    expect(await cache.get('k', async () => { calls++; return 'ok'; })).toBe('ok');
    expect(await cache.get('k', async () => { calls++; return 'again'; })).toBe('again');
    expect(calls).toBe(3);
  });

  it('with a version, keeps an answer past its TTL while the data version is unchanged and reloads once it changes', async () => {
    let clock = 0;
    let loads = 0;
    let versionCalls = 0;
    let dataVersion = 'v1';
    const cache = createReadCache(100, {
      staleMs: 0,
      now: () => clock,
      version: async () => {
        versionCalls++;
        await tick();
        return dataVersion;
      },
    });
    const load = async () => {
      loads++;
      return `answer ${loads} of ${dataVersion}`;
    };
    expect(await cache.get('k', load)).toBe('answer 1 of v1');
    clock = 150; // expired, data unchanged: the version check keeps the answer
    expect(await Promise.all([cache.get('k', load), cache.get('other', load)])).toEqual(['answer 1 of v1', 'answer 2 of v1']);
    expect(loads).toBe(2);
    clock = 200; // fresh again after the check
    expect(await cache.get('k', load)).toBe('answer 1 of v1');
    dataVersion = 'v2';
    clock = 400;
    expect(await cache.get('k', load)).toBe('answer 3 of v2');
    expect(versionCalls).toBeGreaterThanOrEqual(3);
  });

  it('fails the request when the version query fails, never serving an unverified expired answer', async () => {
    let clock = 0;
    let fail = false;
    const cache = createReadCache(100, {
      staleMs: 0,
      now: () => clock,
      version: async () => {
        if (fail) throw new Error('neo4j down');
        return 'v';
      },
    });
    expect(await cache.get('k', async () => 1)).toBe(1);
    fail = true;
    clock = 500;
    await expect(cache.get('k', async () => 2)).rejects.toThrow('neo4j down');
    fail = false;
    // The unverifiable answer was dropped: the next request loads afresh.
    expect(await cache.get('k', async () => 3)).toBe(3);
  });

  it('drops a stale answer whose background revalidation failed, so the next request reports the failure', async () => {
    let clock = 0;
    const cache = createReadCache(100, { staleMs: 1000, now: () => clock });
    expect(await cache.get('k', async () => 'old')).toBe('old');
    clock = 500;
    const failing = async (): Promise<string> => {
      throw new Error('neo4j down');
    };
    expect(await cache.get('k', failing)).toBe('old'); // stale, while the revalidation runs and fails
    await tick();
    await expect(cache.get('k', failing)).rejects.toThrow('neo4j down');
    expect(await cache.get('k', async () => 'new')).toBe('new');
  });
});
