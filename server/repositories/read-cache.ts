// A cache for read-only answers: concurrent identical requests share one Neo4j query; an answer is
// fresh for `ttlMs`. After that, with a `version` function (a cheap query saying whether the data
// changed), the answer is kept while the version is unchanged, so a heavy answer (a whole graph at 1M
// claims takes seconds) is recomputed only after a write; while it is recomputed the previous answer
// is served for up to `staleMs`. A failed version query or load drops the answer, so an outage is
// reported (503), never hidden behind old data. Failures are never cached. ttlMs = 0 keeps only the
// in-flight sharing.
export interface ReadCache {
  get<T>(key: string, load: () => Promise<T>): Promise<T>;
}

export interface ReadCacheOptions {
  staleMs?: number;
  maxEntries?: number;
  now?: () => number;
  /** Identifies the current state of the data; equal versions mean cached answers still hold. */
  version?: () => Promise<string>;
}

interface Entry {
  at: number;
  value: unknown;
  version: string | undefined;
}

export function createReadCache(ttlMs: number, options: ReadCacheOptions = {}): ReadCache {
  const staleMs = options.staleMs ?? ttlMs * 5;
  const maxEntries = options.maxEntries ?? 500;
  const now = options.now ?? Date.now;
  const done = new Map<string, Entry>();
  const inFlight = new Map<string, Promise<unknown>>();
  let versionInFlight: Promise<string | undefined> | undefined;

  function currentVersion(): Promise<string | undefined> {
    if (!options.version) return Promise.resolve(undefined);
    versionInFlight ??= options.version().finally(() => {
      versionInFlight = undefined;
    });
    return versionInFlight;
  }

  function store(key: string, value: unknown, version: string | undefined): void {
    if (ttlMs <= 0) return;
    done.delete(key);
    if (done.size >= maxEntries) done.delete(done.keys().next().value as string);
    done.set(key, { at: now(), value, version });
  }

  /** One shared load per key; the version was read before it, so a write during the load shows next time. */
  function reload<T>(key: string, load: () => Promise<T>, version: string | undefined): Promise<T> {
    const pending = inFlight.get(key);
    if (pending) return pending as Promise<T>;
    const promise = load().then(
      (value) => {
        inFlight.delete(key);
        store(key, value, version);
        return value;
      },
      (error: unknown) => {
        inFlight.delete(key);
        done.delete(key);
        throw error;
      },
    );
    inFlight.set(key, promise);
    return promise;
  }

  async function versionOrDrop(key: string): Promise<string | undefined> {
    try {
      return await currentVersion();
    } catch (error) {
      // Unverifiable (Neo4j down or overloaded): never serve the old answer, report the failure.
      done.delete(key);
      throw error;
    }
  }

  return {
    async get<T>(key: string, load: () => Promise<T>): Promise<T> {
      const hit = done.get(key);
      if (hit && now() - hit.at < ttlMs) return hit.value as T;
      const pending = inFlight.get(key);
      if (pending) return (hit && now() - hit.at < ttlMs + staleMs ? hit.value : pending) as T | Promise<T>;
      const version = ttlMs > 0 ? await versionOrDrop(key) : undefined;
      if (!hit) return reload(key, load, version);
      if (version !== undefined && version === hit.version) {
        store(key, hit.value, version);
        return hit.value as T;
      }
      // The data changed (or there is no version to compare): recompute; meanwhile, within the stale
      // window, answer with the previous result — Neo4j answered the version query, so it is up.
      const next = reload(key, load, version);
      if (now() - hit.at < ttlMs + staleMs) {
        next.catch(() => {});
        return hit.value as T;
      }
      return next;
    },
  };
}

/** `fn` answered through `cache`, keyed by `name` and its arguments (which must be JSON-serialisable). */
export function cachedRead<A extends unknown[], R>(cache: ReadCache, name: string, fn: (...args: A) => Promise<R>): (...args: A) => Promise<R> {
  return (...args: A) => cache.get(`${name}:${JSON.stringify(args)}`, () => fn(...args));
}
