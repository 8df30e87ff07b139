// Typed fetch client for the Actorscope API. Request/response types come from shared/api.ts; every
// failure becomes an ApiError with the server's stable code (or "network" when it cannot be reached).
import type {
  ActorProfile, ActorSearchResponse, ClaimListResponse, DocumentDeleteResponse, DocumentDetail, DocumentListResponse, DocumentStatusResponse,
  DocumentSubmit, ErrorResponse, ExportFormat, GraphResponse, HealthResponse, PathResponse, SavedQuery, SavedQueryInput,
  SavedQueryListResponse, SavedQueryRunResult, StatsResponse, TimelineResponse,
} from '../../../shared/api';
import type { ActorDecision, ActorPromoteBody, ClaimReviewBody, DiscoveredActor } from '../../../shared/review';
import type { ClaimEvidence, CompactGraph } from '../../../shared/api';
import { expandGraph } from '../../../shared/graph-compact';
import { toQueryString, type QueryParams } from '../state/api-params';
import { readToken } from './token';

/** Fired when a request needs the API token: the app then opens the settings dialog to ask for it. */
export const NEED_TOKEN_EVENT = 'actorscope:need-token';

function askForToken(): void {
  globalThis.dispatchEvent?.(new Event(NEED_TOKEN_EVENT));
}

export class ApiError extends Error {
  constructor(readonly code: string, message: string, readonly status: number) {
    super(message);
    this.name = 'ApiError';
  }
}

function isErrorResponse(body: unknown): body is ErrorResponse {
  return typeof body === 'object' && body !== null && 'error' in body && typeof (body as ErrorResponse).error?.code === 'string';
}

async function request<T>(path: string, init: RequestInit & { auth?: boolean | 'optional'; signal?: AbortSignal } = {}): Promise<T> {
  const headers = new Headers(init.headers);
  if (init.body && !headers.has('content-type')) headers.set('content-type', 'application/json');
  if (init.auth) {
    const token = readToken();
    if (!token && init.auth !== 'optional') {
      askForToken();
      throw new ApiError('unauthorized', 'This action needs the API token: enter it in Settings (⚙), then try again.', 401);
    }
    if (token) headers.set('authorization', `Bearer ${token}`);
  }
  return requestWith<T>(path, init, headers);
}

async function requestWith<T>(path: string, init: RequestInit & { auth?: unknown }, headers: Headers): Promise<T> {
  const { auth: _auth, ...fetchInit } = init;
  let response: Response;
  try {
    response = await fetch(path, { ...fetchInit, headers });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError('network', 'The Actorscope server cannot be reached. Is it running?', 0);
  }
  const text = await response.text();
  let body: unknown = null;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    body = null;
  }
  if (!response.ok) {
    if (response.status === 401) askForToken();
    if (isErrorResponse(body)) throw new ApiError(body.error.code, body.error.message, response.status);
    throw new ApiError(response.status >= 500 ? 'internal_error' : 'http_error', `The server answered ${response.status} ${response.statusText}.`, response.status);
  }
  return body as T;
}

const get = <T>(path: string, params: QueryParams = {}, signal?: AbortSignal) => request<T>(path + toQueryString(params), { signal });
const enc = encodeURIComponent;

export const api = {
  health: (signal?: AbortSignal) => get<HealthResponse>('/api/health', {}, signal),
  stats: (signal?: AbortSignal) => get<StatsResponse>('/api/stats', {}, signal),
  // The compact form (a quarter of the bytes, cheaper for the server), expanded to Cytoscape's here.
  graph: async (params: QueryParams, signal?: AbortSignal): Promise<GraphResponse> => expandGraph(await get<CompactGraph>('/api/graph/compact', params, signal)),
  searchActors: (q: string, signal?: AbortSignal) => get<ActorSearchResponse>('/api/actors', { q, limit: '12' }, signal),
  actor: (id: string, signal?: AbortSignal) => get<ActorProfile>(`/api/actors/${enc(id)}`, {}, signal),
  timeline: (params: QueryParams, signal?: AbortSignal) => get<TimelineResponse>('/api/timeline', params, signal),
  claims: (params: QueryParams, signal?: AbortSignal) => get<ClaimListResponse>('/api/claims', params, signal),
  documents: (params: QueryParams = {}, signal?: AbortSignal) => get<DocumentListResponse>('/api/documents', params, signal),
  document: (id: string, signal?: AbortSignal) => get<DocumentDetail>(`/api/documents/${enc(id)}`, {}, signal),
  submitDocument: (body: DocumentSubmit) =>
    request<DocumentStatusResponse>('/api/documents', { method: 'POST', body: JSON.stringify(body), auth: true }),
  deleteDocument: (id: string) => request<DocumentDeleteResponse>(`/api/documents/${enc(id)}`, { method: 'DELETE', auth: true }),
  documentStatus: (id: string, signal?: AbortSignal) => get<DocumentStatusResponse>(`/api/documents/${enc(id)}/status`, {}, signal),
  paths: (params: QueryParams, signal?: AbortSignal) => get<PathResponse>('/api/paths', params, signal),
  queries: (signal?: AbortSignal) => get<SavedQueryListResponse>('/api/queries', {}, signal),
  createQuery: (input: SavedQueryInput) => request<SavedQuery>('/api/queries', { method: 'POST', body: JSON.stringify(input), auth: true }),
  updateQuery: (id: string, input: SavedQueryInput) =>
    request<SavedQuery>(`/api/queries/${enc(id)}`, { method: 'PUT', body: JSON.stringify(input), auth: true }),
  deleteQuery: (id: string) => request<unknown>(`/api/queries/${enc(id)}`, { method: 'DELETE', auth: true }),
  runQuery: (id: string, params: Record<string, unknown>) =>
    request<SavedQueryRunResult>(`/api/queries/${enc(id)}/run`, { method: 'POST', body: JSON.stringify({ params }), auth: true }),
  exportUrl: (format: ExportFormat, params: QueryParams) => `/api/export${toQueryString({ ...params, format })}`,
  // Analyst review (shared/review.ts).
  reviewClaim: (claimId: string, body: ClaimReviewBody) =>
    request<ClaimEvidence>(`/api/claims/${enc(claimId)}/review`, { method: 'POST', body: JSON.stringify(body), auth: true }),
  unreviewClaim: (claimId: string) => request<ClaimEvidence>(`/api/claims/${enc(claimId)}/review`, { method: 'DELETE', auth: true }),
  discoveredActors: (signal?: AbortSignal) => get<{ actors: DiscoveredActor[] }>('/api/actors/discovered', { limit: '200' }, signal),
  mergeActor: (id: string, into: string) => request<ActorDecision>(`/api/actors/${enc(id)}/merge`, { method: 'POST', body: JSON.stringify({ into }), auth: true }),
  promoteActor: (id: string, body: ActorPromoteBody) =>
    request<ActorDecision>(`/api/actors/${enc(id)}/promote`, { method: 'POST', body: JSON.stringify(body), auth: true }),
  dismissActor: (id: string) => request<ActorDecision>(`/api/actors/${enc(id)}/dismiss`, { method: 'POST', body: '{}', auth: true }),
};

/** A message for people, naming what is wrong and what to do. */
export function describeError(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.code === 'database_unavailable') return 'The graph database is unavailable. Start Neo4j (npm run db:start) and retry.';
    if (error.code === 'network') return error.message;
    return `${error.message} (${error.code})`;
  }
  return error instanceof Error ? error.message : String(error);
}
