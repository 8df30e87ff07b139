// The queue of submitted documents, kept in Neo4j as Document.status. Every state change takes the
// node's write lock (SET _LOCK_) before re-reading the status, so two workers never claim the same
// document and an expired lease is returned to the queue exactly once.
import type { Driver } from 'neo4j-driver';

export interface QueuedDocument {
  id: string;
  title: unknown;
  publisher: unknown;
  author: unknown;
  published: unknown;
  url: unknown;
  language: unknown;
  text: unknown;
  /** The text's hash, computed once when it was submitted. */
  sha256: unknown;
}

export type ClaimAttempt = { kind: 'claimed'; doc: QueuedDocument } | { kind: 'contended' } | { kind: 'empty' };

/**
 * Takes `d`'s write lock, then evaluates `condition` on it as `name`: a concurrent change of the
 * document has committed by then, so the condition reads the current state. `carry`: other variables kept.
 */
export const underLock = (condition: string, name: string, carry = '') => `SET d._LOCK_ = true
WITH ${carry}d, ${condition} AS ${name}
REMOVE d._LOCK_`;

/** `d` is being processed by worker $worker (whose lease has not been taken over). */
export const HELD_BY_WORKER = `d.status = 'processing' AND d.workerId = $worker`;

const CLAIM = `
MATCH (d:Document {status: 'pending'})
WITH d ORDER BY d.submittedAt, d.id LIMIT 1
${underLock(`d.status = 'pending'`, 'free')}
FOREACH (_ IN CASE WHEN free THEN [1] ELSE [] END |
  SET d.status = 'processing', d.workerId = $worker, d.claimedAt = datetime(),
      d.leaseUntil = datetime() + duration({milliseconds: $leaseMs}),
      d.attempts = coalesce(d.attempts, 0) + 1)
RETURN free, d {.id, .title, .publisher, .author, .published, .url, .language, .text, .sha256} AS doc`;

/** One claim attempt: the oldest pending document, or 'contended' when another worker won it first. */
export async function claimNext(driver: Driver, worker: string, leaseMs: number, database?: string): Promise<ClaimAttempt> {
  const { records } = await driver.executeQuery(CLAIM, { worker, leaseMs }, { database });
  const record = records[0];
  if (!record) return { kind: 'empty' };
  return record.get('free') === true ? { kind: 'claimed', doc: record.get('doc') as QueuedDocument } : { kind: 'contended' };
}

/** Claims the oldest pending document, retrying while other workers win the race for it. */
export async function claimNextDocument(driver: Driver, worker: string, leaseMs: number, database?: string): Promise<QueuedDocument | null> {
  for (;;) {
    const attempt = await claimNext(driver, worker, leaseMs, database);
    if (attempt.kind === 'claimed') return attempt.doc;
    if (attempt.kind === 'empty') return null;
  }
}

const LEASE_OVER = 'd.leaseUntil IS NULL OR d.leaseUntil < datetime()';

/** Documents left 'processing' by a worker whose lease ran out (it crashed or stalled) go back to pending. */
export async function recoverExpired(driver: Driver, database?: string): Promise<string[]> {
  const { records } = await driver.executeQuery(
    `MATCH (d:Document {status: 'processing'}) WHERE ${LEASE_OVER}
     ${underLock(`d.status = 'processing' AND (${LEASE_OVER})`, 'expired')}
     WITH d, expired WHERE expired
     SET d.status = 'pending', d.workerId = null, d.leaseUntil = null
     RETURN d.id AS id`,
    {},
    { database },
  );
  return records.map((r) => r.get('id') as string);
}

/** Ends a claim without claims written: 'failed' with the reason, or back to 'pending' to retry later. */
export async function releaseDocument(
  driver: Driver,
  id: string,
  worker: string,
  outcome: { status: 'failed'; error: string } | { status: 'pending' },
  database?: string,
): Promise<boolean> {
  const { records } = await driver.executeQuery(
    `MATCH (d:Document {id: $id})
     ${underLock(HELD_BY_WORKER, 'held')}
     WITH d, held WHERE held
     SET d.status = $status, d.error = $error, d.workerId = null, d.leaseUntil = null,
         d.processedAt = CASE WHEN $status = 'failed' THEN datetime() ELSE d.processedAt END
     RETURN d.id AS id`,
    { id, worker, status: outcome.status, error: outcome.status === 'failed' ? outcome.error : null },
    { database },
  );
  return records.length > 0;
}
