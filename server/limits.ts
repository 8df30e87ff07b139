// Request size limits shared by the app and its error handler.
export const MAX_BODY_BYTES = 5 * 1024 * 1024;
/** Longest path segment the router matches (ids are at most 200 characters, IdParamsSchema). */
export const MAX_PARAM_LENGTH = 1000;
