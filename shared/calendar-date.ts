// The one definition of "a real calendar date written YYYY-MM-DD" (2021-02-30 is not one): used by
// the API's request schemas, the document metadata schema and the web app's upload form.
//
// Schemas say `format: 'date'` (JSON Schema's standard name, shown as such in the OpenAPI document)
// and both validators that check them run `isCalendarDate` for it: TypeBox's `Value` (registered
// below, on import of this module) and the server's Ajv (server/app.ts adds it as a plugin).
import { Type, type TStringOptions } from 'typebox';
import { Format } from 'typebox/format';

export const CALENDAR_DATE_FORMAT = 'date';
export const CALENDAR_DATE_RULE = 'must be a real calendar date written YYYY-MM-DD';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for an existing calendar date written YYYY-MM-DD (leap years counted; rejects 2021-02-30). */
export function isCalendarDate(value: string): boolean {
  const match = DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  // setUTCFullYear keeps years 0–99 as written (Date.UTC would read them as 1900–1999).
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** A string schema for a real calendar date. */
export const CalendarDate = (options: TStringOptions = {}) =>
  Type.String({ format: CALENDAR_DATE_FORMAT, description: 'A real calendar date, YYYY-MM-DD.', ...options });

Format.Set(CALENDAR_DATE_FORMAT, isCalendarDate);
