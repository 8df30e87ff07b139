// Is Neo4j answering right now? A transaction timeout or an unexpected driver failure means "the
// database is down" only if a trivial query fails too; and while it is down, requests answer 503 after
// one shared quick probe instead of each waiting for a full transaction timeout.
import type { Driver } from 'neo4j-driver';

export interface Availability {
  /** True when Neo4j answers `RETURN 1` within the probe timeout. Concurrent callers share one probe. */
  probe(): Promise<boolean>;
  /** True after a failed probe, until a probe succeeds. */
  readonly down: boolean;
}

export const PROBE_TIMEOUT_MS = 1500;
/** A probe result is reused this long, so a burst of failing requests costs one probe. */
const PROBE_REUSE_MS = 500;

export function createAvailability(driver: Driver, database: string, timeoutMs = PROBE_TIMEOUT_MS): Availability {
  let down = false;
  let last: { at: number; result: Promise<boolean> } | undefined;

  async function check(): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    // The timer bounds connection set-up too, which the transaction timeout does not cover.
    const expired = new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(false), timeoutMs);
    });
    const answered = driver
      .executeQuery('RETURN 1 AS ok', {}, { database, transactionConfig: { timeout: timeoutMs } })
      .then(() => true, () => false);
    try {
      return await Promise.race([answered, expired]);
    } finally {
      clearTimeout(timer);
    }
  }

  return {
    get down() {
      return down;
    },
    probe() {
      const now = Date.now();
      if (!last || now - last.at > PROBE_REUSE_MS) {
        const result = check().then((ok) => {
          down = !ok;
          return ok;
        });
        last = { at: now, result };
      }
      return last.result;
    },
  };
}
