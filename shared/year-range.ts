// The one year range every layer accepts: claims the extractor emits, API filters, URL state.
export const YEAR_MIN = 1900;
export const YEAR_MAX = 2100;

export function isValidClaimYear(year: number): boolean {
  return Number.isInteger(year) && year >= YEAR_MIN && year <= YEAR_MAX;
}
