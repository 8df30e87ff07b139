// Saved relationship queries: CRUD on (:SavedQuery) and read-only runs with a timeout and a row cap.
import crypto from 'node:crypto';
import neo4j, { type Record as Neo4jRecord } from 'neo4j-driver';
import type { SavedQuery, SavedQueryInput, SavedQueryParam, SavedQueryRunResult } from '../../shared/api';
import { invalidParameter, notFound, writeNotAllowed, conflict, type ApiError } from '../errors';
import { toSavedQueryError } from '../neo4j-errors';
import { presentRun } from '../presenters/run-result-presenter';
import { queryTypeReason, staticWriteReason } from '../queries/cypher-safety';
import { resolveRunParams } from '../queries/run-params';
import { readTx, writeTx, type Db } from './db';

export interface RunLimits {
  timeoutMs: number;
  rowCap: number;
}

function presentSavedQuery(q: Record<string, unknown>): SavedQuery {
  let params: SavedQueryParam[] = [];
  try {
    const parsed: unknown = JSON.parse(String(q.params ?? '[]'));
    if (Array.isArray(parsed)) params = parsed as SavedQueryParam[];
  } catch {
    params = [];
  }
  return {
    id: String(q.id),
    name: String(q.name ?? q.id),
    description: String(q.description ?? ''),
    cypher: String(q.cypher ?? ''),
    params,
    createdAt: String(q.createdAt ?? ''),
    updatedAt: String(q.updatedAt ?? ''),
  };
}

function slug(name: string): string {
  const base = name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'query';
  return `${base}-${crypto.randomBytes(3).toString('hex')}`;
}

/** Refusals at save time are 400s naming `cypher`: the query is not stored, whatever it would do when run. */
function refuseSaving(error: unknown, timeoutMs: number): ApiError {
  const mapped = toSavedQueryError(error, timeoutMs);
  if (mapped.code === 'write_not_allowed') return invalidParameter('cypher', mapped.message);
  return mapped;
}

export function createSavedQueryRepository(db: Db, limits: RunLimits) {
  /**
   * A query is saved only when it parses and only reads: the static checks, then EXPLAIN (which plans
   * without running) in a READ session, so a writing or broken query is refused when saved, not first
   * when someone runs it. Declared parameters are given as null: EXPLAIN needs them only by name.
   */
  const checkSavable = async (input: SavedQueryInput): Promise<void> => {
    const reason = staticWriteReason(input.cypher);
    if (reason) throw invalidParameter('cypher', `saved queries are read-only: ${reason}`);
    const params = Object.fromEntries((input.params ?? []).map((p) => [p.name, null]));
    const session = db.driver.session({ database: db.database, defaultAccessMode: neo4j.session.READ });
    try {
      const explained = await session.executeRead((tx) => tx.run(`EXPLAIN ${input.cypher}`, params), { timeout: limits.timeoutMs });
      const planReason = queryTypeReason(explained.summary.queryType);
      if (planReason) throw invalidParameter('cypher', `saved queries are read-only: ${planReason}`);
    } catch (error) {
      throw refuseSaving(error, limits.timeoutMs);
    } finally {
      await session.close().catch(() => {});
    }
  };

  const get = async (id: string): Promise<SavedQuery> => {
    const rec = await readTx(db, async (tx) => (await tx.run('MATCH (q:SavedQuery {id: $id}) RETURN q {.*} AS q', { id })).records[0]);
    if (!rec) throw notFound('Saved query', id);
    return presentSavedQuery(rec.get('q'));
  };

  return {
    get,

    async list(): Promise<SavedQuery[]> {
      return readTx(db, async (tx) =>
        (await tx.run('MATCH (q:SavedQuery) RETURN q {.*} AS q ORDER BY q.name, q.id')).records.map((r) => presentSavedQuery(r.get('q'))),
      );
    },

    async create(input: SavedQueryInput): Promise<SavedQuery> {
      await checkSavable(input);
      const id = input.id ?? slug(input.name);
      return writeTx(db, async (tx) => {
        const exists = await tx.run('MATCH (q:SavedQuery {id: $id}) RETURN q.id', { id });
        if (exists.records.length > 0) throw conflict(`Saved query ${JSON.stringify(id)} already exists; use PUT /api/queries/${id} to change it.`);
        const r = await tx.run(
          `WITH toString(datetime()) AS now
           CREATE (q:SavedQuery {id: $id, name: $name, description: $description, cypher: $cypher, params: $params, createdAt: now, updatedAt: now})
           RETURN q {.*} AS q`,
          { id, name: input.name, description: input.description ?? '', cypher: input.cypher, params: JSON.stringify(input.params ?? []) },
        );
        return presentSavedQuery(r.records[0]!.get('q'));
      });
    },

    async update(id: string, input: SavedQueryInput): Promise<SavedQuery> {
      if (input.id !== undefined && input.id !== id) throw invalidParameter('id', `the body id ${JSON.stringify(input.id)} differs from the URL id ${JSON.stringify(id)}.`);
      await checkSavable(input);
      return writeTx(db, async (tx) => {
        const r = await tx.run(
          `MATCH (q:SavedQuery {id: $id})
           SET q.name = $name, q.description = $description, q.cypher = $cypher, q.params = $params, q.updatedAt = toString(datetime())
           RETURN q {.*} AS q`,
          { id, name: input.name, description: input.description ?? '', cypher: input.cypher, params: JSON.stringify(input.params ?? []) },
        );
        if (r.records.length === 0) throw notFound('Saved query', id);
        return presentSavedQuery(r.records[0]!.get('q'));
      });
    },

    async remove(id: string): Promise<void> {
      const deleted = await writeTx(db, async (tx) => {
        const r = await tx.run('MATCH (q:SavedQuery {id: $id}) DELETE q RETURN count(*) AS n', { id });
        return Number(r.records[0]?.get('n') ?? 0);
      });
      if (deleted === 0) throw notFound('Saved query', id);
    },

    /** Seeds queries by id without overwriting ones that already exist (users may have edited them). */
    async seed(queries: SavedQueryInput[]): Promise<number> {
      return writeTx(db, async (tx) => {
        const r = await tx.run(
          `UNWIND $queries AS s
           WITH s, toString(datetime()) AS now
           MERGE (q:SavedQuery {id: s.id})
           ON CREATE SET q += s, q.createdAt = now, q.updatedAt = now, q.created = true
           WITH q, coalesce(q.created, false) AS created REMOVE q.created
           RETURN sum(CASE WHEN created THEN 1 ELSE 0 END) AS n`,
          { queries: queries.map((q) => ({ id: q.id, name: q.name, description: q.description ?? '', cypher: q.cypher, params: JSON.stringify(q.params ?? []) })) },
        );
        return Number(r.records[0]?.get('n') ?? 0);
      });
    },

    /** Runs a saved query read-only: static checks, EXPLAIN's query type, READ access mode, timeout, row cap. */
    async run(id: string, given: Record<string, unknown>): Promise<SavedQueryRunResult> {
      const query = await get(id);
      const params = resolveRunParams(query.params, given);
      const reason = staticWriteReason(query.cypher);
      if (reason) throw writeNotAllowed(reason);
      const started = performance.now();
      const session = db.driver.session({ database: db.database, defaultAccessMode: neo4j.session.READ });
      try {
        const explained = await session.executeRead((tx) => tx.run(`EXPLAIN ${query.cypher}`, params), { timeout: limits.timeoutMs });
        const planReason = queryTypeReason(explained.summary.queryType);
        if (planReason) throw writeNotAllowed(planReason);
        const { columns, records, truncated } = await session.executeRead(async (tx) => {
          const result = tx.run(query.cypher, params);
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
      } finally {
        await session.close().catch(() => {});
      }
    },
  };
}
export type SavedQueryRepository = ReturnType<typeof createSavedQueryRepository>;
