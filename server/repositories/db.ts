// Session helpers: one place that opens sessions with the right access mode, database and timeout, and
// maps driver failures into API errors. The app's own queries are bounded, so for them a transaction
// timeout means Neo4j cannot serve right now (a starting or stopping server lets queries hang until
// their timeout): 503 database_unavailable. 504 query_timeout is kept for saved-query runs (user Cypher).
import neo4j, { isRetryableError, type Driver, type ManagedTransaction, type Record as Neo4jRecord, type Session } from 'neo4j-driver';
import { TRANSACTION_RETRY_MS } from '../../neo4j/driver';
import { databaseOverloaded, databaseUnavailable, type ApiError } from '../errors';
import { toApiError } from '../neo4j-errors';
import type { Availability } from './availability';

export interface Db {
  driver: Driver;
  database: string;
  timeoutMs: number;
  availability: Availability;
  /** What a query over `timeoutMs` answers (default: Neo4j overloaded); the graph's says how to narrow the view. */
  timeoutError?: (ms: number) => ApiError;
}

type SessionWork<T> = (session: Session, config: { timeout: number }) => Promise<T>;

async function run<T>(db: Db, mode: 'READ' | 'WRITE', work: SessionWork<T>): Promise<T> {
  // Known down: one shared quick probe decides, instead of every request waiting for a timeout.
  if (db.availability.down && !(await db.availability.probe())) throw databaseUnavailable();
  const session = db.driver.session({
    database: db.database,
    defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
  });
  try {
    return await work(session, { timeout: db.timeoutMs });
  } catch (error) {
    const mapped = toApiError(error, db.timeoutMs);
    if (mapped?.code === 'query_timeout') {
      void db.availability.probe();
      throw (db.timeoutError ?? databaseOverloaded)(db.timeoutMs);
    }
    if (mapped) {
      if (mapped.code === 'database_unavailable') void db.availability.probe();
      throw mapped;
    }
    // A failure that is no API error (e.g. a connection torn down mid-query inside the driver) is an
    // outage when Neo4j does not answer a trivial query either; otherwise it is ours (500).
    if (!(await db.availability.probe())) throw databaseUnavailable();
    throw error;
  } finally {
    await session.close().catch(() => {});
  }
}

export const readTx = <T>(db: Db, work: (tx: ManagedTransaction) => Promise<T>) => run(db, 'READ', (s, config) => s.executeRead(work, config));
export const writeTx = <T>(db: Db, work: (tx: ManagedTransaction) => Promise<T>) => run(db, 'WRITE', (s, config) => s.executeWrite(work, config));

/** Runs one read statement: a transaction's `run`, or readAutoCommit's (each statement its own auto-commit transaction). */
export interface StatementRunner {
  run(cypher: string, params?: Record<string, unknown>): PromiseLike<{ records: Neo4jRecord[] }>;
}

/** The first wait before an auto-commit read is retried; each retry waits twice as long, within TRANSACTION_RETRY_MS. */
const FIRST_RETRY_DELAY_MS = 50;

/**
 * session.run without the stack trace the driver captures for every result (to put on a failure's
 * error): with source maps on (tsx, as `npm start` runs the API), formatting it cost ≈ 0.08 ms of the
 * API's ≈ 0.25–0.3 ms per statement (50 in flight, measured). A failure then carries the driver's message
 * and code but no JavaScript frames of the caller; the API maps failures by code (neo4j-errors.ts).
 */
function runWithoutStack(session: Session, cypher: string, params: Record<string, unknown>, config: { timeout: number }) {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return session.run(cypher, params, config);
  } finally {
    Error.stackTraceLimit = limit;
  }
}

async function runRetrying(session: Session, cypher: string, params: Record<string, unknown>, config: { timeout: number }): Promise<{ records: Neo4jRecord[] }> {
  const start = Date.now();
  for (let delay = FIRST_RETRY_DELAY_MS; ; delay *= 2) {
    try {
      return await runWithoutStack(session, cypher, params, config);
    } catch (error) {
      if (!isRetryableError(error) || Date.now() - start + delay > TRANSACTION_RETRY_MS) throw error;
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}

/**
 * Read statements each as an auto-commit query, not in a transaction: no BEGIN and COMMIT, which cost
 * Neo4j ≈ 0.3 ms and the API ≈ 0.3 ms of CPU per answer beside a small statement (50 in flight,
 * measured). For answers one statement reads (a statement sees one state of the data, as a transaction
 * does); a further statement must not need to agree with the first (e.g. whether an actor exists, asked
 * only when the answer is empty). A retryable failure (a pooled connection Neo4j closed, a transient
 * error) is retried as executeRead would, within TRANSACTION_RETRY_MS.
 */
export const readAutoCommit = <T>(db: Db, work: (runner: StatementRunner) => Promise<T>) =>
  run(db, 'READ', (s, config) => work({ run: (cypher, params = {}) => runRetrying(s, cypher, params, config) }));

/** One read statement as an auto-commit query (readAutoCommit), its records as plain objects. */
export async function readStatement(db: Db, cypher: string, params: Record<string, unknown> = {}): Promise<Record<string, unknown>[]> {
  return readAutoCommit(db, async (runner) => (await runner.run(cypher, params)).records.map((r) => r.toObject()));
}

/**
 * One read statement as an auto-commit query: a round trip fewer than a transaction (no BEGIN and
 * COMMIT), and no retry. For a cheap check every cached read makes (dataVersion), where a failure is
 * reported, not retried.
 */
export async function readOnce(db: Db, cypher: string, params: Record<string, unknown> = {}): Promise<Record<string, unknown>[]> {
  return run(db, 'READ', async (s, config) => (await s.run(cypher, params, config)).records.map((r) => r.toObject()));
}

/** Runs one read query and returns its records as plain objects. */
export async function readRows(db: Db, cypher: string, params: Record<string, unknown> = {}): Promise<Record<string, unknown>[]> {
  return readTx(db, async (tx) => (await tx.run(cypher, params)).records.map((r) => r.toObject()));
}
