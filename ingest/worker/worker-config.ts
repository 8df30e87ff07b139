// Worker settings from the environment, validated at start-up: a bad value stops the worker with a
// message naming the variable, instead of polling at a nonsense rate.
export interface WorkerSettings {
  /** Wait between polls when there is no pending work (WORKER_POLL_MS). */
  pollMs: number;
  /** How long a claim holds before another worker may take the document back (WORKER_LEASE_MS). */
  leaseMs: number;
  /** Testing aid: pause after claiming, so a test can kill the worker mid-document (WORKER_HOLD_AFTER_CLAIM_MS). */
  holdAfterClaimMs: number;
}

export const DEFAULT_WORKER_SETTINGS: WorkerSettings = { pollMs: 1000, leaseMs: 60_000, holdAfterClaimMs: 0 };

function intFromEnv(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) {
    throw new Error(`Worker: invalid ${name}=${JSON.stringify(raw)}. Expecting an integer >= ${min} (milliseconds).`);
  }
  return value;
}

export function workerSettings(env: NodeJS.ProcessEnv = process.env): WorkerSettings {
  return {
    pollMs: intFromEnv(env, 'WORKER_POLL_MS', DEFAULT_WORKER_SETTINGS.pollMs, 1),
    leaseMs: intFromEnv(env, 'WORKER_LEASE_MS', DEFAULT_WORKER_SETTINGS.leaseMs, 1),
    holdAfterClaimMs: intFromEnv(env, 'WORKER_HOLD_AFTER_CLAIM_MS', DEFAULT_WORKER_SETTINGS.holdAfterClaimMs, 0),
  };
}
