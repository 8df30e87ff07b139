// Saved-query parameter values: the form (and URL) keeps strings; the run request needs typed values.
// Errors name the parameter and what it expects.
import type { SavedQueryParam } from '../../../shared/api';

export type CoerceResult = { ok: true; params: Record<string, unknown> } | { ok: false; errors: Record<string, string> };

export function defaultValue(param: SavedQueryParam): string {
  const d = param.default;
  if (d === undefined || d === null) return '';
  return Array.isArray(d) ? d.join(', ') : String(d);
}

export function coerceParams(schema: readonly SavedQueryParam[], values: Record<string, string>): CoerceResult {
  const params: Record<string, unknown> = {};
  const errors: Record<string, string> = {};
  for (const p of schema) {
    const raw = (values[p.name] ?? defaultValue(p)).trim();
    const name = p.label ?? p.name;
    if (raw === '') {
      if (p.type === 'boolean') params[p.name] = false;
      else if (p.required) errors[p.name] = `${name} is required.`;
      else params[p.name] = null;
      continue;
    }
    switch (p.type) {
      case 'integer':
        if (!/^-?\d+$/.test(raw)) errors[p.name] = `${name} must be a whole number, got "${raw}".`;
        else params[p.name] = Number(raw);
        break;
      case 'number':
        if (!Number.isFinite(Number(raw))) errors[p.name] = `${name} must be a number, got "${raw}".`;
        else params[p.name] = Number(raw);
        break;
      case 'boolean':
        params[p.name] = raw === 'true' || raw === '1';
        break;
      case 'string[]':
        params[p.name] = raw.split(',').map((s) => s.trim()).filter(Boolean);
        break;
      default:
        params[p.name] = raw;
    }
  }
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, params };
}

/** Parses the parameter-schema JSON typed in the query editor. */
export function parseParamSchema(text: string): { ok: true; params: SavedQueryParam[] } | { ok: false; error: string } {
  if (!text.trim()) return { ok: true, params: [] };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, error: `Parameters: not valid JSON (${(error as Error).message}).` };
  }
  if (!Array.isArray(value)) return { ok: false, error: 'Parameters: expecting a JSON array of {name, type, label?, required?, default?}.' };
  const types = ['string', 'integer', 'number', 'boolean', 'actor', 'string[]'];
  for (const [i, p] of value.entries()) {
    if (typeof p !== 'object' || p === null || typeof p.name !== 'string' || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(p.name)) {
      return { ok: false, error: `Parameters[${i}]: "name" must be an identifier like actorId.` };
    }
    if (!types.includes(p.type)) return { ok: false, error: `Parameters[${i}] (${p.name}): "type" must be one of ${types.join(', ')}.` };
  }
  return { ok: true, params: value as SavedQueryParam[] };
}
