// Deterministic layouts: fcose draws its starting positions and samples with Math.random. Running it
// with Math.random swapped for a generator seeded from the graph gives the same positions for the same
// graph, so a reload or a shared link opens with the same drawing.

/** mulberry32: a small, fast 32-bit generator; good enough for layout jitter. */
export function seededGenerator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a over the strings: the seed of a graph from its actor ids. */
export function seedOf(keys: readonly string[]): number {
  let h = 0x811c9dc5;
  for (const key of keys) {
    for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
    h = Math.imul(h ^ 0x2c, 0x01000193);
  }
  return h >>> 0;
}

/** Runs `fn` (synchronous) with Math.random seeded; the real one is restored even when it throws. */
export function withSeededRandom<T>(seed: number, fn: () => T): T {
  const real = Math.random;
  Math.random = seededGenerator(seed);
  try {
    return fn();
  } finally {
    Math.random = real;
  }
}
