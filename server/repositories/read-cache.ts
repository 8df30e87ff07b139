// A cache for read-only answers that is fresh after every write: a write is visible to the next read,
// on every cached endpoint, without waiting for any TTL.
//
// With a `version` function (a cheap query identifying the state of the data; production always has
// one), every read first asks for the version, and an answer is reused only while the version is the
// one it was computed under. Writers move the version: the worker, the loader and the document routes
// change the document, actor or relationship counts or the latest `processedAt`, which is what
// dataVersion (health-repository.ts) reads. A read never reuses a version query that started before
// it arrived (it waits for the next one), so a write that finished before the request is always seen;
// concurrent requests still share one version query, and identical ones one load. Nothing old is
// served while a new answer is computed.
//
// The server's own writes also call `invalidate()`, so they are visible even to a change the version
// query could not see. A failed version query or load drops the answer, so an outage is reported
// (503), never hidden behind old data; failures are never cached. `ttlMs = 0` turns caching off
// (only identical concurrent requests share a load; `shareLoads: false` stops that too). Without a version function (unit tests), an
// answer is reused for `ttlMs`.
export interface ReadCache {
  get<T>(key: string, load: () => Promise<T>): Promise<T>;
  /** Forgets every answer and every load in flight: the next read of each key loads afresh. */
  invalidate(): void;
}

export interface ReadCacheOptions {
  maxEntries?: number;
  now?: () => number;
  /** Identifies the current state of the data; equal versions mean cached answers still hold. */
  version?: () => Promise<string>;
  /** false: concurrent identical requests each load their own answer (default true: they share one). */
  shareLoads?: boolean;
}

/** A data version and the order of the query that read it: a query started later saw newer data. */
interface Version {
  value: string | undefined;
  seq: number;
}

interface Entry {
  at: number;
  value: unknown;
  version: Version;
  generation: number;
}

interface Pending {
  promise: Promise<unknown>;
  version: Version;
  generation: number;
}

const NO_VERSION: Version = { value: undefined, seq: 0 };

export function createReadCache(ttlMs: number, options: ReadCacheOptions = {}): ReadCache {
  const maxEntries = options.maxEntries ?? 500;
  const now = options.now ?? Date.now;
  const enabled = ttlMs > 0;
  const shareLoads = options.shareLoads ?? true;
  const done = new Map<string, Entry>();
  const inFlight = new Map<string, Pending>();
  /** Bumped by invalidate(): answers and loads of an older generation are never reused. */
  let generation = 0;
  let versionRunning: Promise<Version> | undefined;
  let versionQueued: Promise<Version> | undefined;
  let versionSeq = 0;

  function startVersion(version: () => Promise<string>): Promise<Version> {
    const seq = ++versionSeq;
    const running: Promise<Version> = version().then((value) => ({ value, seq })).finally(() => {
      if (versionRunning === running) versionRunning = undefined;
    });
    versionRunning = running;
    return running;
  }

  /**
   * A version read by a query that starts now or later: a query already running may have started
   * before a write this request must see, so the request waits for the next one (shared by every
   * request arriving meanwhile).
   */
  function versionFromNow(version: () => Promise<string>): Promise<Version> {
    if (!versionRunning) return startVersion(version);
    versionQueued ??= versionRunning.then(
      () => undefined,
      () => undefined,
    ).then(() => {
      versionQueued = undefined;
      return startVersion(version);
    });
    return versionQueued;
  }

  async function currentVersion(key: string): Promise<Version> {
    if (!enabled || !options.version) return NO_VERSION;
    try {
      return await versionFromNow(options.version);
    } catch (error) {
      // Unverifiable (Neo4j down or overloaded): never serve the old answer, report the failure.
      done.delete(key);
      throw error;
    }
  }

  function store(key: string, value: unknown, version: Version, gen: number): void {
    if (!enabled || gen !== generation) return;
    // A slow load must not replace an answer computed under a newer version.
    const existing = done.get(key);
    if (existing && existing.version.seq > version.seq) return;
    done.delete(key);
    if (done.size >= maxEntries) done.delete(done.keys().next().value as string);
    done.set(key, { at: now(), value, version, generation: gen });
  }

  function reusable(entry: { version: Version; generation: number }, version: Version): boolean {
    return entry.generation === generation && entry.version.value === version.value;
  }

  /** One shared load per key and version; the version was read before it, so a write during the load shows next time. */
  function load<T>(key: string, fn: () => Promise<T>, version: Version): Promise<T> {
    const pending = shareLoads ? inFlight.get(key) : undefined;
    if (pending && reusable(pending, version)) return pending.promise as Promise<T>;
    const gen = generation;
    const promise = fn().then(
      (value) => {
        if (inFlight.get(key)?.promise === promise) inFlight.delete(key);
        store(key, value, version, gen);
        return value;
      },
      (error: unknown) => {
        if (inFlight.get(key)?.promise === promise) inFlight.delete(key);
        if (done.get(key)?.generation === gen) done.delete(key);
        throw error;
      },
    );
    inFlight.set(key, { promise, version, generation: gen });
    return promise;
  }

  return {
    async get<T>(key: string, fn: () => Promise<T>): Promise<T> {
      const version = await currentVersion(key);
      const hit = done.get(key);
      if (hit && reusable(hit, version) && (options.version || now() - hit.at < ttlMs)) return hit.value as T;
      return load(key, fn, version);
    },
    invalidate(): void {
      generation++;
      done.clear();
    },
  };
}

/** `fn` answered through `cache`, keyed by `name` and its arguments (which must be JSON-serialisable). */
export function cachedRead<A extends unknown[], R>(cache: ReadCache, name: string, fn: (...args: A) => Promise<R>): (...args: A) => Promise<R> {
  return (...args: A) => cache.get(`${name}:${JSON.stringify(args)}`, () => fn(...args));
}

/** `fn` (a write), after which `cache` forgets every answer. */
export function invalidatingWrite<A extends unknown[], R>(cache: ReadCache, fn: (...args: A) => Promise<R>): (...args: A) => Promise<R> {
  return async (...args: A) => {
    try {
      return await fn(...args);
    } finally {
      // Also after a failure: a write that failed late (a lost connection after the commit) may have happened.
      cache.invalidate();
    }
  };
}

type AsyncMethodName<R> = { [K in keyof R]: R[K] extends (...args: never[]) => Promise<unknown> ? K : never }[keyof R];

/** `repo` with each of `methods` turned into an invalidating write (the others as they are). */
export function invalidatingWrites<R extends object>(cache: ReadCache, repo: R, methods: readonly AsyncMethodName<R>[]): R {
  const wrapped: R = { ...repo };
  for (const name of methods) {
    const method = repo[name] as (...args: unknown[]) => Promise<unknown>;
    wrapped[name] = invalidatingWrite(cache, method.bind(repo)) as R[typeof name];
  }
  return wrapped;
}
