// The API bearer token for write operations, kept in this browser's localStorage.
const KEY = 'actorscope.apiToken';

export function readToken(): string | null {
  try {
    return globalThis.localStorage?.getItem(KEY) || null;
  } catch {
    return null;
  }
}

export function writeToken(token: string | null): void {
  if (token) globalThis.localStorage.setItem(KEY, token);
  else globalThis.localStorage.removeItem(KEY);
}
