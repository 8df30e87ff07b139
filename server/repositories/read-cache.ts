// A small cache for expensive, read-only answers (/api/graph, /api/stats): concurrent identical
// requests share one Neo4j query; an answer is fresh for `ttlMs`, then served stale for up to
// `staleMs` more while one background refresh replaces it. Failures are never cached.
// ttlMs = 0 keeps only the in-flight sharing.
export interface ReadCache {
  get<T>(key: string, load: () => Promise<T>): Promise<T>;
  clear(): void;
}

export function createReadCache(ttlMs: number, options: { staleMs?: number; maxEntries?: number; now?: () => number } = {}): ReadCache {
  const staleMs = options.staleMs ?? ttlMs * 5;
  const maxEntries = options.maxEntries ?? 500;
  const now = options.now ?? Date.now;
  const done = new Map<string, { at: number; value: unknown }>();
  const inFlight = new Map<string, Promise<unknown>>();

  function refresh<T>(key: string, load: () => Promise<T>): Promise<T> {
    const pending = inFlight.get(key);
    if (pending) return pending as Promise<T>;
    const promise = load().then(
      (value) => {
        inFlight.delete(key);
        if (ttlMs > 0) {
          done.delete(key);
          if (done.size >= maxEntries) done.delete(done.keys().next().value as string);
          done.set(key, { at: now(), value });
        }
        return value;
      },
      (error: unknown) => {
        inFlight.delete(key);
        throw error;
      },
    );
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
          // Serve the stale answer; a failed background refresh keeps it until it expires.
          refresh(key, load).catch(() => {});
          return hit.value as T;
        }
        done.delete(key);
      }
      return refresh(key, load);
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
