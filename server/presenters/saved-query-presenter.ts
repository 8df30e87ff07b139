// A (:SavedQuery) node's properties as the API's SavedQuery; the declared parameters are stored as
// JSON text (Neo4j has no list-of-maps property), and unreadable text reads as no parameters.
import type { SavedQuery, SavedQueryInput, SavedQueryParam } from '../../shared/api';

export function presentSavedQuery(q: Record<string, unknown>): SavedQuery {
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

/** The stored properties of a saved query (the inverse of presentSavedQuery, less id and timestamps). */
export function savedQueryProperties(input: SavedQueryInput): { name: string; description: string; cypher: string; params: string } {
  return { name: input.name, description: input.description ?? '', cypher: input.cypher, params: JSON.stringify(input.params ?? []) };
}
