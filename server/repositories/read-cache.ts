// A cache for read-only answers: concurrent identical requests share one Neo4j query; an answer is
// fresh for `ttlMs`, then served stale for up to `staleMs` more while one background revalidation
// runs. With a `version` function (a cheap query saying whether the data changed), revalidation
// first compares versions and keeps the answer when nothing changed, so a heavy answer (a whole graph
// at 1M claims takes seconds) is recomputed only after a write. Failures are never cached.
// ttlMs = 0 keeps only the in-flight sharing.
export interface ReadCache {
  get<T>(key: string, load: () => Promise<T>): Promise<T>;
  clear(): void;
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

  /** One shared revalidation per key: keep the entry when the version is unchanged, else reload. */
  function revalidate<T>(key: string, load: () => Promise<T>, entry: Entry | undefined): Promise<T> {
    const pending = inFlight.get(key);
    if (pending) return pending as Promise<T>;
    const promise = (async () => {
      try {
        // Read before loading: a write during the load leaves an older version, so it reloads next time.
        const version = ttlMs > 0 ? await currentVersion() : undefined;
        if (entry && version !== undefined && version === entry.version) {
          store(key, entry.value, version);
          return entry.value as T;
        }
        const value = await load();
        store(key, value, version);
        return value;
      } finally {
        inFlight.delete(key);
      }
    })();
    inFlight.set(key, promise);
    return promise;
  }

  return {
    async get<T>(key: string, load: () => Promise<T>): Promise<T> {
      const hit = done.get(key);
      if (hit) {
        const age = now() - hit.at;
        if (age < ttlMs) return hit.value as T;
        if (age < ttlMs + staleMs) {
          // Serve the stale answer; a failed background revalidation keeps it until it expires.
          revalidate(key, load, hit).catch(() => {});
          return hit.value as T;
        }
        return revalidate(key, load, hit);
      }
      return revalidate(key, load, undefined);
    },
    clear() {
      done.clear();
    },
  };
}

/** `fn` answered through `cache`, keyed by `name` and its arguments (which must be JSON-serialisable). */
export function cachedRead<A extends unknown[], R>(cache: ReadCache, name: string, fn: (...args: A) => Promise<R>): (...args: A) => Promise<R> {
  return (...args: A) => cache.get(`${name}:${JSON.stringify(args)}`, () => fn(...args));
}
