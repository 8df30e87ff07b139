// Who held an office on a date (the gazetteer's `offices`): "the Secretary of State" in a text that
// names no holder is the one in office when it was published. Pure.
import type { Office } from '../../shared/gazetteer';

export interface OfficeHolders {
  /** The one holder of an office titled `title` of `of` on `date` (YYYY-MM-DD), else null. */
  holderAt(title: string, of: string, date: string): string | null;
  /**
   * The holder of the first of `owners` (nulls skipped) that has one on `date`: a bare title of a text
   * is its publishing body's office ("the Secretary" of a State Department text), then its state's.
   */
  firstHolderAt(title: string, owners: readonly (string | null)[], date: string): string | null;
}

export function compileOfficeHolders(offices: readonly Office[]): OfficeHolders {
  const byTitle = new Map<string, Office[]>();
  const keyOf = (title: string, of: string) => `${title.toLowerCase()}|${of}`;
  for (const o of offices) for (const t of o.titles) byTitle.set(keyOf(t, o.of), [...(byTitle.get(keyOf(t, o.of)) ?? []), o]);
  const holderAt = (title: string, of: string, date: string): string | null => {
    // A term ends the day the next begins: the date of a handover names the incoming holder.
    const holders = new Set((byTitle.get(keyOf(title, of)) ?? []).filter((o) => o.from <= date && (o.to === null || date < o.to)).map((o) => o.holder));
    return holders.size === 1 ? ([...holders][0] as string) : null;
  };
  return {
    holderAt,
    firstHolderAt(title, owners, date) {
      for (const of of owners) {
        const holder = of === null ? null : holderAt(title, of, date);
        if (holder) return holder;
      }
      return null;
    },
  };
}
