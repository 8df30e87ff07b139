import { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { TRANSACTION_RETRY_MS } from '../../../neo4j/driver';
import { readAutoCommit, readStatement, type Db } from '../../../server/repositories/db';

/** A Db whose sessions answer `run` with each of `answers` in turn (an Error is thrown), counting the calls and the sessions closed. */
function scripted(answers: Array<unknown>) {
  const seen = { runs: 0, closed: 0, configs: [] as unknown[], stackLimits: [] as number[] };
  const session = {
    run: async (_cypher: string, _params: unknown, config: unknown) => {
      seen.configs.push(config);
      seen.stackLimits.push(Error.stackTraceLimit);
      const answer = answers[Math.min(seen.runs++, answers.length - 1)];
      if (answer instanceof Error) throw answer;
      return answer;
    },
    close: async () => {
      seen.closed++;
    },
  };
  const db = { driver: { session: () => session }, database: 'neo4j', timeoutMs: 1234, availability: { down: false, probe: async () => true } } as unknown as Db;
  return { db, seen };
}

const record = (values: Record<string, unknown>) => ({ toObject: () => values });
const gone = () => new Neo4jError('connection closed by the server', 'ServiceUnavailable', '', '');

describe('readAutoCommit', () => {
  it('runs each statement as an auto-commit query with the transaction timeout, in one session', async () => {
    const { db, seen } = scripted([{ records: [record({ n: 1 })] }]);
    const answer = await readAutoCommit(db, async (runner) => [(await runner.run('RETURN 1 AS n')).records.length, (await runner.run('RETURN 1 AS n', { x: 1 })).records.length]);
    expect(answer).toEqual([1, 1]);
    expect(seen).toMatchObject({ runs: 2, closed: 1, configs: [{ timeout: 1234 }, { timeout: 1234 }] });
  });

  it('starts each statement without capturing a stack trace, and restores the limit', async () => {
    const before = Error.stackTraceLimit;
    const { db, seen } = scripted([{ records: [] }]);
    await readStatement(db, 'RETURN 1');
    expect(seen.stackLimits).toEqual([0]);
    expect(Error.stackTraceLimit).toBe(before);
    expect(before).toBeGreaterThan(0);
  });

  it('retries a retryable failure (a connection Neo4j closed) as executeRead would', async () => {
    const { db, seen } = scripted([gone(), gone(), { records: [record({ n: 7 })] }]);
    expect(await readStatement(db, 'RETURN 7 AS n')).toEqual([{ n: 7 }]);
    expect(seen.runs).toBe(3);
  });

  it('does not retry a failure that is not retryable', async () => {
    const { db, seen } = scripted([new Neo4jError('bad query', 'Neo.ClientError.Statement.SyntaxError', '', ''), { records: [] }]);
    await expect(readStatement(db, 'RETURN')).rejects.toThrow('bad query');
    expect(seen.runs).toBe(1);
  });

  it('gives up within the driver\'s retry time and answers 503', async () => {
    const { db, seen } = scripted([gone()]);
    const start = Date.now();
    await expect(readStatement(db, 'RETURN 1')).rejects.toMatchObject({ statusCode: 503, code: 'database_unavailable' });
    expect(Date.now() - start).toBeLessThanOrEqual(TRANSACTION_RETRY_MS + 200);
    expect(seen.runs).toBeGreaterThan(2);
  });
});
