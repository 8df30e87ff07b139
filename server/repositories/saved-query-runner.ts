// The sandbox for users' Cypher: a saved query only ever runs read-only — the static checks
// (queries/cypher-safety.ts), EXPLAIN's query type, a READ session, a timeout and a row cap. The same
// checks refuse a writing or broken query when it is saved, so it is not first found out when run.
import neo4j, { type Record as Neo4jRecord, type Session } from 'neo4j-driver';
import type { SavedQueryRunResult } from '../../shared/api';
import { invalidParameter, writeNotAllowed, type ApiError } from '../errors';
import { toSavedQueryError } from '../neo4j-errors';
import { presentRun } from '../presenters/run-result-presenter';
import { queryTypeReason, staticWriteReason } from '../queries/cypher-safety';
import type { Db } from './db';

export interface RunLimits {
  timeoutMs: number;
  rowCap: number;
}

async function inReadSession<T>(db: Db, work: (session: Session) => Promise<T>): Promise<T> {
  const session = db.driver.session({ database: db.database, defaultAccessMode: neo4j.session.READ });
  try {
    return await work(session);
  } finally {
    await session.close().catch(() => {});
  }
}

/** Why the plan of `cypher` writes, from EXPLAIN (which plans without running); null when it only reads. */
async function planWriteReason(session: Session, cypher: string, params: Record<string, unknown>, timeoutMs: number): Promise<string | null> {
  const explained = await session.executeRead((tx) => tx.run(`EXPLAIN ${cypher}`, params), { timeout: timeoutMs });
  return queryTypeReason(explained.summary.queryType);
}

/** Refusals at save time are 400s naming `cypher`: the query is not stored, whatever it would do when run. */
function refuseSaving(error: unknown, timeoutMs: number): ApiError {
  const mapped = toSavedQueryError(error, timeoutMs);
  if (mapped.code === 'write_not_allowed') return invalidParameter('cypher', mapped.message);
  return mapped;
}

/**
 * Throws a 400 naming `cypher` unless the query parses and only reads. Declared parameters are given
 * as null: EXPLAIN needs them only by name.
 */
export async function checkSavable(db: Db, cypher: string, paramNames: readonly string[], limits: RunLimits): Promise<void> {
  const reason = staticWriteReason(cypher);
  if (reason) throw invalidParameter('cypher', `saved queries are read-only: ${reason}`);
  const params = Object.fromEntries(paramNames.map((name) => [name, null]));
  await inReadSession(db, async (session) => {
    try {
      const planReason = await planWriteReason(session, cypher, params, limits.timeoutMs);
      if (planReason) throw invalidParameter('cypher', `saved queries are read-only: ${planReason}`);
    } catch (error) {
      throw refuseSaving(error, limits.timeoutMs);
    }
  });
}

/** Runs `cypher` read-only with typed `params`, keeping the first `rowCap` rows. */
export async function runReadOnly(db: Db, cypher: string, params: Record<string, unknown>, limits: RunLimits): Promise<SavedQueryRunResult> {
  const reason = staticWriteReason(cypher);
  if (reason) throw writeNotAllowed(reason);
  const started = performance.now();
  return inReadSession(db, async (session) => {
    try {
      const planReason = await planWriteReason(session, cypher, params, limits.timeoutMs);
      if (planReason) throw writeNotAllowed(planReason);
      const { columns, records, truncated } = await session.executeRead(async (tx) => {
        const result = tx.run(cypher, params);
        const rows: Neo4jRecord[] = [];
        let more = false;
        // Stop consuming at the cap; leaving the loop discards the rest of the stream.
        for await (const record of result) {
          if (rows.length >= limits.rowCap) {
            more = true;
            break;
          }
          rows.push(record);
        }
        const keys = (await result.keys()) as string[];
        return { columns: keys, records: rows, truncated: more };
      }, { timeout: limits.timeoutMs });
      return { ...presentRun(columns, records), truncated, rowCap: limits.rowCap, elapsedMs: Math.round(performance.now() - started) };
    } catch (error) {
      throw toSavedQueryError(error, limits.timeoutMs);
    }
  });
}
