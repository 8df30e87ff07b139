// Session helpers: one place that opens sessions with the right access mode, database and timeout, and
// maps driver failures (down → 503, timeout → 504) into API errors.
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { toApiError } from '../neo4j-errors';

export interface Db {
  driver: Driver;
  database: string;
  timeoutMs: number;
}

async function run<T>(db: Db, mode: 'READ' | 'WRITE', work: (tx: ManagedTransaction) => Promise<T>): Promise<T> {
  const session = db.driver.session({
    database: db.database,
    defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
  });
  try {
    const config = { timeout: db.timeoutMs };
    return mode === 'READ' ? await session.executeRead(work, config) : await session.executeWrite(work, config);
  } catch (error) {
    throw toApiError(error, db.timeoutMs) ?? error;
  } finally {
    await session.close().catch(() => {});
  }
}

export const readTx = <T>(db: Db, work: (tx: ManagedTransaction) => Promise<T>) => run(db, 'READ', work);
export const writeTx = <T>(db: Db, work: (tx: ManagedTransaction) => Promise<T>) => run(db, 'WRITE', work);

/** Runs one read query and returns its records as plain objects. */
export async function readRows(db: Db, cypher: string, params: Record<string, unknown> = {}): Promise<Record<string, unknown>[]> {
  return readTx(db, async (tx) => (await tx.run(cypher, params)).records.map((r) => r.toObject()));
}
