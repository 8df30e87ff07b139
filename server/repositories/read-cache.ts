// A small TTL cache with in-flight de-duplication for expensive, read-only queries (/api/graph,
// /api/stats): concurrent identical requests share one Neo4j query, and repeats within `ttlMs` reuse
// the answer. Failures are never cached. ttlMs = 0 keeps only the in-flight sharing.
export interface ReadCache {
  get<T>(key: string, load: () => Promise<T>): Promise<T>;
  clear(): void;
}

export function createReadCache(ttlMs: number, maxEntries = 500, now: () => number = Date.now): ReadCache {
  const done = new Map<string, { at: number; value: unknown }>();
  const inFlight = new Map<string, Promise<unknown>>();
  return {
    async get<T>(key: string, load: () => Promise<T>): Promise<T> {
      const hit = done.get(key);
      if (hit && now() - hit.at < ttlMs) return hit.value as T;
      if (hit) done.delete(key);
      const pending = inFlight.get(key);
      if (pending) return pending as Promise<T>;
      const promise = load().then(
        (value) => {
          inFlight.delete(key);
          if (ttlMs > 0) {
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
    },
    clear() {
      done.clear();
    },
  };
}
