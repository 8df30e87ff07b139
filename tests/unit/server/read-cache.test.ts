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
});
