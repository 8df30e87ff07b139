// Neo4j values → plain JSON values. The driver is created with disableLosslessIntegers, but a value may
// still arrive as a neo4j Integer (e.g. from a driver made elsewhere): convert it here, safely.
import neo4j from 'neo4j-driver';

export function toNumber(value: unknown, fallback = 0): number {
  if (value === null || value === undefined) return fallback;
  if (typeof value === 'number') return value;
  if (neo4j.isInt(value)) {
    const int = value as { inSafeRange(): boolean; toNumber(): number };
    if (!int.inSafeRange()) throw new Error(`presenters: integer ${String(value)} exceeds the safe JS range.`);
    return int.toNumber();
  }
  if (typeof value === 'bigint') return Number(value);
  const n = Number(value);
  return Number.isFinite(n) ? n : fallback;
}

export const toInt = (value: unknown, fallback = 0): number => Math.trunc(toNumber(value, fallback));

export function toNullableInt(value: unknown): number | null {
  return value === null || value === undefined ? null : toInt(value);
}

export function toStringOrNull(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  return typeof value === 'string' ? value : String(value);
}

// One pass, one new array (graph answers convert seven lists per edge for thousands of edges), indexed:
// a for…of iterator V8 has not optimised away allocates a result object per item.
export function toStringArray(value: unknown): string[] {
  const out: string[] = [];
  if (!Array.isArray(value)) return out;
  for (let i = 0; i < value.length; i++) {
    const v: unknown = value[i];
    if (v !== null && v !== undefined) out.push(typeof v === 'string' ? v : String(v));
  }
  return out;
}

export function toIntArray(value: unknown): number[] {
  const out: number[] = [];
  if (!Array.isArray(value)) return out;
  for (let i = 0; i < value.length; i++) {
    const v: unknown = value[i];
    if (v !== null && v !== undefined) out.push(typeof v === 'number' ? Math.trunc(v) : toInt(v));
  }
  return out;
}
