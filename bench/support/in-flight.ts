// Runs work over a list with at most `inFlight` items pending at once, started in list order: the
// profile's fixed amount of work under concurrency (what 50 connections do to CPU per answer).

/** Calls `work` on every item once, starting them in order, never more than `inFlight` at a time; rejects on the first failure. */
export async function forEachInFlight<T>(items: readonly T[], inFlight: number, work: (item: T, index: number) => Promise<void>): Promise<void> {
  if (!Number.isInteger(inFlight) || inFlight < 1) throw new Error(`forEachInFlight: inFlight must be a positive integer, got ${inFlight}.`);
  let next = 0;
  const lane = async () => {
    while (next < items.length) {
      const index = next++;
      await work(items[index] as T, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(inFlight, items.length) }, lane));
}
