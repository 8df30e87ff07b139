// Error factories: each API error has a stable code (asserted by tests and clients) and an HTTP status.
import type { ErrorCode } from '../shared/api';

export class ApiError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export const invalidParameter = (name: string, problem: string) =>
  new ApiError(400, 'invalid_parameter', `Invalid parameter \`${name}\`: ${problem}`);
export const notFound = (what: string, id: string) => new ApiError(404, 'not_found', `${what} ${JSON.stringify(id)} does not exist.`);
export const unauthorized = () =>
  new ApiError(401, 'unauthorized', 'This route changes data: send the API token as `Authorization: Bearer <token>`.');
export const conflict = (message: string) => new ApiError(409, 'conflict', message);
export const cypherSyntaxError = (message: string) => new ApiError(400, 'cypher_syntax_error', `Cypher syntax error: ${message}`);
export const cypherError = (message: string) => new ApiError(400, 'invalid_parameter', `The saved query failed: ${message}`);
export const writeNotAllowed = (reason: string) =>
  new ApiError(403, 'write_not_allowed', `Saved queries are read-only: ${reason}`);
export const queryTimeout = (ms: number) =>
  new ApiError(504, 'query_timeout', `The query did not finish within ${ms} ms (QUERY_TIMEOUT_MS).`);
export const databaseUnavailable = () =>
  new ApiError(503, 'database_unavailable', 'Neo4j is unavailable; retry shortly.');
/** The app's own queries are bounded; one over the timeout means Neo4j cannot serve now (starting, stopping, overloaded). */
export const databaseOverloaded = (ms: number) =>
  new ApiError(503, 'database_unavailable', `Neo4j did not answer within ${ms} ms (starting, stopping or overloaded); retry shortly.`);
/** A graph view over GRAPH_TIMEOUT_MS: Neo4j is overloaded or the view too large (seconds per year of 1M claims). */
export const graphViewTooSlow = (ms: number) =>
  new ApiError(503, 'database_unavailable', `The graph view did not finish within ${ms} ms (GRAPH_TIMEOUT_MS): Neo4j is overloaded or the view is too large; narrow the view (a shorter year range, fewer relation types, a focus actor) or retry shortly.`);
/** Neo4j refused the query for memory (transaction or heap limit): the view is too large for this server's memory settings. */
export const queryTooLarge = (limit: string) =>
  new ApiError(503, 'query_too_large', `The request needs more memory than Neo4j allows (${limit}); narrow the view (a shorter year range, fewer relation types, a focus actor) or give Neo4j more memory (NEO4J_LOCAL_HEAP for the local server).`);
