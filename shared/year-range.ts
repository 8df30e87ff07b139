// The one year range every layer accepts: claims the extractor emits, API filters, URL state, the
// web app's year slider and player.
export const YEAR_MIN = 1900;
export const YEAR_MAX = 2100;

export function isValidClaimYear(year: number): boolean {
  return Number.isInteger(year) && year >= YEAR_MIN && year <= YEAR_MAX;
}

/** The nearest year of the range (for an integer year outside it, e.g. from an old shared link). */
export function clampYear(year: number): number {
  return Math.min(YEAR_MAX, Math.max(YEAR_MIN, year));
}
