// Views over many claims run a few at a time. At 1M claims one year of the whole graph is ≈ 180k
// aggregates: seconds of Neo4j and API work and ≈ 100 MB of rows each. Fifty of them at once (the
// benchmark's cache-off run) made every one time out after 30 s and starved every other request, so
// a heavy view waits for one of `slots`; past `maxWaiting` waiting views it answers 503 at once,
// naming the limit and how to narrow the view. Views under `heavyClaims` never wait.
import { ApiError } from '../errors';

export interface ViewGateOptions {
  /** A view over at least this many claims (an estimate from the tallies) is heavy. */
  heavyClaims: number;
  /** Heavy views computed at once. */
  slots: number;
  /** Heavy views waiting for a slot; one more is refused. */
  maxWaiting: number;
}

export const DEFAULT_VIEW_GATE: ViewGateOptions = { heavyClaims: 50_000, slots: 2, maxWaiting: 4 };

/**
 * Heavy one-year views read from the year edges (year-edge-reads.ts) have their own slots: each reads a
 * bounded number of rows whatever the year's size (≈ 0.1–0.3 s at 1M claims), so more may wait, and
 * none waits behind a view that folds every aggregate of several years (seconds each).
 */
export const YEAR_VIEW_GATE: ViewGateOptions = { heavyClaims: 50_000, slots: 2, maxWaiting: 16 };

export interface ViewGate {
  /** Whether a view over `claims` claims goes through the slots: from `heavyClaims` on. */
  isHeavy(claims: number): boolean;
  readonly heavyClaims: number;
  /** Runs `work` now when the view is light or a slot is free, else once one is. */
  run<T>(claims: number, work: () => Promise<T>): Promise<T>;
  readonly running: number;
  readonly waiting: number;
}

export const viewTooBusy = (claims: number, o: ViewGateOptions) =>
  new ApiError(503, 'query_too_large', `This view covers about ${claims.toLocaleString('en-US')} claims; views over ${o.heavyClaims.toLocaleString('en-US')} claims are computed ${o.slots} at a time and ${o.maxWaiting} are already waiting. Narrow the view (a shorter year range, fewer relation types, a focus actor) or retry shortly.`);

export function createViewGate(options: ViewGateOptions = DEFAULT_VIEW_GATE): ViewGate {
  let running = 0;
  const queue: Array<() => void> = [];
  const release = () => {
    const next = queue.shift();
    if (next) next(); // the slot passes straight to the next view
    else running--;
  };
  return {
    isHeavy: (claims) => claims >= options.heavyClaims,
    heavyClaims: options.heavyClaims,
    async run<T>(claims: number, work: () => Promise<T>): Promise<T> {
      if (claims < options.heavyClaims) return work();
      if (running >= options.slots) {
        if (queue.length >= options.maxWaiting) throw viewTooBusy(claims, options);
        await new Promise<void>((resolve) => queue.push(resolve));
      } else {
        running++;
      }
      try {
        return await work();
      } finally {
        release();
      }
    },
    get running() {
      return running;
    },
    get waiting() {
      return queue.length;
    },
  };
}
