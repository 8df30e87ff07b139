// Worker settings from the environment: one TypeBox schema (WORKER_ENV), checked at start-up, so a bad
// value stops the worker with a message naming the variable instead of polling at a nonsense rate.
import { Type, type Static } from 'typebox';
import { envInt, readEnv, type Env } from '../../config/env-schema';

export interface WorkerSettings {
  /** Wait between polls when there is no pending work (WORKER_POLL_MS). */
  pollMs: number;
  /** How long a claim holds before another worker may take the document back (WORKER_LEASE_MS). */
  leaseMs: number;
  /** Testing aid: pause after claiming, so a test can kill the worker mid-document (WORKER_HOLD_AFTER_CLAIM_MS). */
  holdAfterClaimMs: number;
}

export const DEFAULT_WORKER_SETTINGS: WorkerSettings = { pollMs: 1000, leaseMs: 60_000, holdAfterClaimMs: 0 };

export const WORKER_ENV = Type.Object({
  WORKER_POLL_MS: envInt(DEFAULT_WORKER_SETTINGS.pollMs, 1, undefined, 'a positive integer (milliseconds)'),
  WORKER_LEASE_MS: envInt(DEFAULT_WORKER_SETTINGS.leaseMs, 1, undefined, 'a positive integer (milliseconds)'),
  WORKER_HOLD_AFTER_CLAIM_MS: envInt(DEFAULT_WORKER_SETTINGS.holdAfterClaimMs, 0, undefined, 'an integer ≥ 0 (milliseconds)'),
});

export function workerSettingsFrom(values: Static<typeof WORKER_ENV>): WorkerSettings {
  return { pollMs: values.WORKER_POLL_MS, leaseMs: values.WORKER_LEASE_MS, holdAfterClaimMs: values.WORKER_HOLD_AFTER_CLAIM_MS };
}

export function workerSettings(env: Env = process.env): WorkerSettings {
  return workerSettingsFrom(readEnv(WORKER_ENV, env));
}
