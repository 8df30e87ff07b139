import { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { toApiError } from '../../../server/neo4j-errors';

describe('toApiError', () => {
  it('turns a Neo4j memory limit into 503 query_too_large naming the limit, not a 500', () => {
    // The message Neo4j 5.26 gave for a one-year graph at 1M claims with a 1 GiB heap.
    const pool = new Neo4jError(
      'The allocation of an extra 2.0 MiB would use more than the limit 716.8 MiB. Currently using 715.2 MiB. dbms.memory.transaction.total.max threshold reached',
      'Neo.TransientError.General.MemoryPoolOutOfMemoryError', '', '',
    );
    const perTx = new Neo4jError('The allocation of an extra 1 KiB would use more than the limit 1 KiB. db.memory.transaction.max threshold reached', 'Neo.TransientError.General.TransactionMemoryLimit', '', '');
    const heap = new Neo4jError('Java heap space', 'Neo.TransientError.General.OutOfMemoryError', '', '');
    for (const [error, limit] of [[pool, 'dbms.memory.transaction.total.max'], [perTx, 'db.memory.transaction.max'], [heap, 'server.memory.heap.max_size']] as const) {
      const mapped = toApiError(error, 5000);
      expect(mapped?.statusCode).toBe(503);
      expect(mapped?.code).toBe('query_too_large');
      expect(mapped?.message).toContain(limit);
      expect(mapped?.message).toMatch(/narrow the view/);
    }
    expect(toApiError(new Neo4jError('boom', 'Neo.DatabaseError.General.UnknownError', '', ''), 5000)).toBeUndefined();
  });
});
