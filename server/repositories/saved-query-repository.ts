// Saved relationship queries: CRUD on (:SavedQuery) nodes. What a query may do when saved and when
// run is the runner's job (saved-query-runner.ts); typing the given parameters is run-params.ts's.
import crypto from 'node:crypto';
import type { SavedQuery, SavedQueryInput, SavedQueryRunResult } from '../../shared/api';
import { conflict, invalidParameter, notFound } from '../errors';
import { presentSavedQuery, savedQueryProperties } from '../presenters/saved-query-presenter';
import { resolveRunParams } from '../queries/run-params';
import { readTx, writeTx, type Db } from './db';
import { checkSavable, runReadOnly, type RunLimits } from './saved-query-runner';

function slug(name: string): string {
  const base = name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60) || 'query';
  return `${base}-${crypto.randomBytes(3).toString('hex')}`;
}

export function createSavedQueryRepository(db: Db, limits: RunLimits) {
  const savable = (input: SavedQueryInput) => checkSavable(db, input.cypher, (input.params ?? []).map((p) => p.name), limits);

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
      await savable(input);
      const id = input.id ?? slug(input.name);
      return writeTx(db, async (tx) => {
        const exists = await tx.run('MATCH (q:SavedQuery {id: $id}) RETURN q.id', { id });
        if (exists.records.length > 0) throw conflict(`Saved query ${JSON.stringify(id)} already exists; use PUT /api/queries/${id} to change it.`);
        const r = await tx.run(
          `WITH toString(datetime()) AS now
           CREATE (q:SavedQuery {id: $id, name: $name, description: $description, cypher: $cypher, params: $params, createdAt: now, updatedAt: now})
           RETURN q {.*} AS q`,
          { id, ...savedQueryProperties(input) },
        );
        return presentSavedQuery(r.records[0]!.get('q'));
      });
    },

    async update(id: string, input: SavedQueryInput): Promise<SavedQuery> {
      if (input.id !== undefined && input.id !== id) throw invalidParameter('id', `the body id ${JSON.stringify(input.id)} differs from the URL id ${JSON.stringify(id)}.`);
      await savable(input);
      return writeTx(db, async (tx) => {
        const r = await tx.run(
          `MATCH (q:SavedQuery {id: $id})
           SET q.name = $name, q.description = $description, q.cypher = $cypher, q.params = $params, q.updatedAt = toString(datetime())
           RETURN q {.*} AS q`,
          { id, ...savedQueryProperties(input) },
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
          { queries: queries.map((q) => ({ id: q.id, ...savedQueryProperties(q) })) },
        );
        return Number(r.records[0]?.get('n') ?? 0);
      });
    },

    /** Runs a saved query in the sandbox with its parameters typed by their declarations. */
    async run(id: string, given: Record<string, unknown>): Promise<SavedQueryRunResult> {
      const query = await get(id);
      return runReadOnly(db, query.cypher, resolveRunParams(query.params, given), limits);
    },
  };
}
export type SavedQueryRepository = ReturnType<typeof createSavedQueryRepository>;
