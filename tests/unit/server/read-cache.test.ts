import { describe, expect, it } from 'vitest';
import { createReadCache, invalidatingWrite, invalidatingWrites } from '../../../server/repositories/read-cache';

const tick = () => new Promise((r) => setTimeout(r, 5));

/** A version function over a mutable data version, counting its calls; each call takes a tick. */
function versioned() {
  const state = { version: 'v1', calls: 0 };
  const version = async () => {
    state.calls++;
    const seen = state.version;
    await tick();
    return seen;
  };
  return { state, version };
}

describe('createReadCache', () => {
  it('without a version, shares one load between concurrent identical requests and reuses it within the TTL', async () => {
    let clock = 0;
    let loads = 0;
    const cache = createReadCache(1000, { now: () => clock });
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

  it('never caches failures, and with TTL 0 only shares in-flight loads', async () => {
    const cache = createReadCache(0, { version: async () => 'v' });
    let calls = 0;
    await expect(cache.get('k', async () => { calls++; throw new Error('down'); })).rejects.toThrow('down');
    expect(await cache.get('k', async () => { calls++; return 'ok'; })).toBe('ok');
    expect(await cache.get('k', async () => { calls++; return 'again'; })).toBe('again');
    expect(calls).toBe(3);
  });

  it('shares a load between concurrent identical requests unless told not to', async () => {
    for (const shareLoads of [true, false]) {
      const cache = createReadCache(0, { version: async () => 'v', shareLoads });
      let calls = 0;
      const load = async () => {
        calls++;
        await new Promise((resolve) => setTimeout(resolve, 5));
        return calls;
      };
      await Promise.all([cache.get('k', load), cache.get('k', load), cache.get('k', load)]);
      expect(calls, `shareLoads ${shareLoads}`).toBe(shareLoads ? 1 : 3);
    }
  });

  it('with a version, reuses an answer however old while the version is unchanged, and never serves it once the version moved', async () => {
    let clock = 0;
    let loads = 0;
    const { state, version } = versioned();
    const cache = createReadCache(100, { now: () => clock, version });
    const load = async () => {
      loads++;
      return `answer ${loads} of ${state.version}`;
    };
    expect(await cache.get('k', load)).toBe('answer 1 of v1');
    clock = 1_000_000; // long past the TTL, data unchanged: reused
    expect(await Promise.all([cache.get('k', load), cache.get('other', load)])).toEqual(['answer 1 of v1', 'answer 2 of v1']);
    // A write within the TTL is seen by the very next read: nothing old is served meanwhile.
    state.version = 'v2';
    clock += 1;
    expect(await cache.get('k', load)).toBe('answer 3 of v2');
    expect(await cache.get('k', load)).toBe('answer 3 of v2');
    expect(loads).toBe(3);
  });

  it('a read never relies on a version query that started before it arrived', async () => {
    const { state, version } = versioned();
    let loads = 0;
    const cache = createReadCache(100, { version });
    const load = async () => `answer ${++loads} of ${state.version}`;
    expect(await cache.get('k', load)).toBe('answer 1 of v1');
    const callsBefore = state.calls;
    const early = cache.get('k', load); // its version query reads v1…
    await Promise.resolve();
    state.version = 'v2'; // …then a write commits, then a second request arrives
    const late = cache.get('k', load);
    const also = cache.get('k', load);
    expect(await early).toBe('answer 1 of v1');
    expect(await late).toBe('answer 2 of v2');
    expect(await also).toBe('answer 2 of v2');
    // The two late requests shared one version query and one load.
    expect(state.calls - callsBefore).toBe(2);
    expect(loads).toBe(2);
  });

  it('a request does not join a load started under an older version', async () => {
    const { state, version } = versioned();
    let loads = 0;
    let release: () => void = () => {};
    const cache = createReadCache(100, { version });
    const slow = async () => {
      const seen = state.version;
      loads++;
      await new Promise<void>((r) => { release = r; });
      return `answer of ${seen}`;
    };
    const first = cache.get('k', slow);
    await tick(); await tick();
    expect(loads).toBe(1);
    state.version = 'v2';
    const second = cache.get('k', async () => `answer of ${state.version}`);
    expect(await second).toBe('answer of v2');
    release();
    expect(await first).toBe('answer of v1');
    // The slow v1 answer must not replace the v2 one.
    expect(await cache.get('k', async () => 'reloaded')).toBe('answer of v2');
  });

  it('invalidate() forgets every answer and every load in flight, whatever the version says', async () => {
    const cache = createReadCache(60_000, { version: async () => 'same' });
    let n = 0;
    const load = async () => ++n;
    expect(await cache.get('k', load)).toBe(1);
    expect(await cache.get('k', load)).toBe(1);
    const write = invalidatingWrite(cache, async (x: number) => x * 2);
    expect(await write(21)).toBe(42);
    expect(await cache.get('k', load)).toBe(2);
    const failing = invalidatingWrite(cache, async () => { throw new Error('lost after commit?'); });
    await expect(failing()).rejects.toThrow('lost');
    expect(await cache.get('k', load)).toBe(3);
  });

  it('fails the request when the version query fails, never serving an unverified answer', async () => {
    let fail = false;
    const cache = createReadCache(100, {
      version: async () => {
        if (fail) throw new Error('neo4j down');
        return 'v';
      },
    });
    expect(await cache.get('k', async () => 1)).toBe(1);
    fail = true;
    await expect(cache.get('k', async () => 2)).rejects.toThrow('neo4j down');
    fail = false;
    // The unverifiable answer was dropped: the next request loads afresh.
    expect(await cache.get('k', async () => 3)).toBe(3);
  });

  it('invalidatingWrites wraps the named methods of a repository (bound to it) and leaves the others', async () => {
    const cache = createReadCache(60_000, { version: async () => 'same' });
    let n = 0;
    const load = async () => ++n;
    const repo = {
      factor: 2,
      async write(x: number) { return x * this.factor; },
      async read() { return this.factor; },
    };
    const wrapped = invalidatingWrites(cache, repo, ['write']);
    // Checked by the compiler only: only async methods of the repository can be named.
    // @ts-expect-error 'factor' is not a method
    const notAMethod = () => invalidatingWrites(cache, repo, ['factor']);
    expect(notAMethod).toThrow();
    expect(await cache.get('k', load)).toBe(1);
    expect(await wrapped.read()).toBe(2);
    expect(await cache.get('k', load)).toBe(1);
    expect(await wrapped.write(21)).toBe(42);
    expect(await cache.get('k', load)).toBe(2);
    expect(wrapped.factor).toBe(2);
  });
});
