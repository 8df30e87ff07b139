// The HTTP API contract: TypeBox schemas for every request and response of the Fastify server, and
// their static types, imported by the server (validation, OpenAPI) and the web app (typed fetches).
// One file per resource under api/ (errors.ts: the error answer and its codes); this index
// re-exports them, so `shared/api` stays the one import.
export * from './api/filters';
export * from './api/graph';
export * from './api/graph-compact';
export * from './api/actors';
export * from './api/claims';
export * from './api/documents';
export * from './api/paths';
export * from './api/timeline';
export * from './api/saved-queries';
export * from './api/export';
export { IdParamsSchema, MAX_OFFSET, NoQuerySchema, type IdParams } from './api/query';
export * from './api/errors';
