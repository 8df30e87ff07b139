// Turns neo4j-driver failures into API errors: database down → 503, a memory limit → 503 naming it,
// transaction timeout → 504 (the
// app's own routes turn that 504 into a 503 in repositories/db.ts; saved-query runs keep it).
// Errors that a saved query's own Cypher causes are mapped separately (toSavedQueryError) to 4xx.
import { ApiError, cypherError, cypherSyntaxError, databaseUnavailable, invalidParameter, queryTimeout, queryTooLarge, writeNotAllowed } from './errors';

interface DriverErrorLike {
  code?: unknown;
  message?: unknown;
}

function codeOf(error: unknown): string {
  return typeof error === 'object' && error !== null && typeof (error as DriverErrorLike).code === 'string'
    ? ((error as DriverErrorLike).code as string)
    : '';
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired', 'ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT']);

export function isUnavailable(error: unknown): boolean {
  const code = codeOf(error);
  if (UNAVAILABLE_CODES.has(code)) return true;
  if (code.startsWith('Neo.TransientError.General.DatabaseUnavailable')) return true;
  const message = messageOf(error);
  return /Connection acquisition timed out|Failed to connect to server|connection refused|Pool is closed/i.test(message);
}

export function isTimeout(error: unknown): boolean {
  const code = codeOf(error);
  return code.startsWith('Neo.ClientError.Transaction.TransactionTimedOut') || code === 'Neo.TransientError.Transaction.Terminated' && /timeout/i.test(messageOf(error));
}

/** The Neo4j memory limit a query ran into, or undefined. */
export function memoryLimitOf(error: unknown): string | undefined {
  const code = codeOf(error);
  const message = messageOf(error);
  if (code === 'Neo.TransientError.General.MemoryPoolOutOfMemoryError' || /dbms\.memory\.transaction\.total\.max/.test(message)) return 'dbms.memory.transaction.total.max';
  if (code === 'Neo.TransientError.General.TransactionMemoryLimit' || /db\.memory\.transaction\.max/.test(message)) return 'db.memory.transaction.max';
  if (code === 'Neo.TransientError.General.OutOfMemoryError') return 'the Neo4j heap (server.memory.heap.max_size)';
  return undefined;
}

/** Maps infrastructure failures; returns undefined for anything else (left to the error handler as a 500). */
export function toApiError(error: unknown, timeoutMs: number): ApiError | undefined {
  if (error instanceof ApiError) return error;
  if (isUnavailable(error)) return databaseUnavailable();
  if (isTimeout(error)) return queryTimeout(timeoutMs);
  const limit = memoryLimitOf(error);
  if (limit) return queryTooLarge(limit);
  return undefined;
}

/** Errors caused by user-written Cypher: always 4xx (or 503/504), never 500. */
export function toSavedQueryError(error: unknown, timeoutMs: number): ApiError {
  const mapped = toApiError(error, timeoutMs);
  if (mapped) return mapped;
  const code = codeOf(error);
  const message = messageOf(error);
  if (code === 'Neo.ClientError.Statement.SyntaxError') return cypherSyntaxError(message);
  if (code === 'Neo.ClientError.Statement.ParameterMissing') return invalidParameter('params', message);
  if (code === 'Neo.ClientError.Statement.AccessMode' || code.startsWith('Neo.ClientError.Security.')) {
    return writeNotAllowed(`Neo4j refused it: ${message}`);
  }
  if (code.startsWith('Neo.ClientError.Procedure.')) return cypherError(message);
  return cypherError(message);
}
