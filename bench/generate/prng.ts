// Seeded pseudo-random numbers (mulberry32) so every corpus is reproducible from (seed, index).
export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer in [min, max] inclusive. */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  /** Skewed pick: low indices are chosen far more often (a few hub actors, a long tail). */
  pickSkewed<T>(items: readonly T[], skew?: number): T;
  chance(probability: number): boolean;
}

/** FNV-1a over a string: turns (seed, article index) into an independent 32-bit stream seed. */
export function hashSeed(...parts: Array<string | number>): number {
  let h = 0x811c9dc5;
  for (const ch of parts.join(':')) {
    h ^= ch.charCodeAt(0);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pickAt = <T>(items: readonly T[], index: number): T => {
    if (items.length === 0) throw new Error('Rng: cannot pick from an empty list.');
    return items[Math.min(index, items.length - 1)] as T;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    pick: (items) => pickAt(items, Math.floor(next() * items.length)),
    pickSkewed: (items, skew = 2.5) => pickAt(items, Math.floor(Math.pow(next(), skew) * items.length)),
    chance: (p) => next() < p,
  };
}
