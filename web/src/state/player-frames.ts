// Pure: the years the player steps through. Years without any claim on the chosen axis are skipped,
// so a range with decades of silence plays only the years where something happened.

/** The years of [first, last] that have claims, in order; the bounds themselves when none do. */
export function frameYears(histogram: readonly { year: number; count: number }[], first: number, last: number): number[] {
  const years = histogram.filter((b) => b.count > 0 && b.year >= first && b.year <= last).map((b) => b.year).sort((a, b) => a - b);
  return years.length > 0 ? [...new Set(years)] : [first];
}

/**
 * The frame after (`delta` 1) or before (-1) `current` (null: not playing, so the first or the last
 * frame), clamped to the ends. A current year between frames (typed into the URL) moves to the next
 * frame in that direction.
 */
export function stepFrame(years: readonly number[], current: number | null, delta: 1 | -1): number {
  if (years.length === 0) throw new Error('stepFrame: `years` is empty. Expecting at least one frame year.');
  if (current === null) return delta > 0 ? years[0]! : years[years.length - 1]!;
  if (delta > 0) return years.find((y) => y > current) ?? years[years.length - 1]!;
  return [...years].reverse().find((y) => y < current) ?? years[0]!;
}
