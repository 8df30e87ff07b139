// The one definition of a real calendar date, and the validators that check `format: 'date'` with it.
import fc from 'fast-check';
import { Value } from 'typebox/value';
import { describe, expect, it } from 'vitest';
import { CalendarDate, isCalendarDate } from '../../../shared/calendar-date';
import { DocumentMetaSchema } from '../../../shared/contract';

describe('real calendar dates', () => {
  it('accepts existing dates written YYYY-MM-DD, leap days included, and nothing else', () => {
    for (const ok of ['2024-02-29', '2000-02-29', '2021-04-30', '1999-12-31', '0001-01-01']) expect(isCalendarDate(ok), ok).toBe(true);
    for (const bad of ['2021-02-30', '2023-02-29', '1900-02-29', '2021-04-31', '2021-13-01', '2021-00-10', '2021-01-00', '2021-1-01', '2021-01-01T00:00:00Z', ' 2021-01-01', '']) {
      expect(isCalendarDate(bad), bad).toBe(false);
    }
  });

  it('agrees with the JavaScript calendar for every day of every month', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (y, m, d) => {
      const text = `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
      const daysInMonth = new Date(Date.UTC(2000, m, 0)).getUTCDate() - (m === 2 && !(y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0)) ? 1 : 0);
      expect(isCalendarDate(text)).toBe(d <= daysInMonth);
    }));
  });

  it('is what TypeBox checks for the schemas that use it (document metadata)', () => {
    expect(Value.Check(CalendarDate(), '2024-02-29')).toBe(true);
    expect(Value.Check(CalendarDate(), '2021-02-30')).toBe(false);
    const meta = { id: 'd', title: null, publisher: null, author: null, published: '2021-02-30', url: null, language: null };
    expect(Value.Check(DocumentMetaSchema, meta)).toBe(false);
    expect(Value.Check(DocumentMetaSchema, { ...meta, published: '2021-02-28' })).toBe(true);
  });
});
