// Year of a claim from its sentence: explicit years, decades ("in the 1980s"), relative
// expressions ("last year", "nearly three years ago", "on August 15") resolved against the
// publication date (chrono-node for calendar dates), else the publication year.
import * as chrono from 'chrono-node';
import type { YearRule } from '../../shared/vocabulary';
import { isValidClaimYear } from '../../shared/year-range';

export interface YearMention {
  year: number;
  rule: Exclude<YearRule, 'publication-fallback'>;
  /** Offsets into the string that was scanned. */
  start: number;
  end: number;
  /** A bound, not the event's time: "before the invasion in October 2001", "until 2014". */
  bound?: boolean;
}

const BOUND_RE = /\b(?:before|until|till|prior to|ahead of)\b[^,.;()]{0,40}$/i;
/** A clause announcing what is to come before a date ("will travel to Pakistan October 7-8"): the date is the next such day. */
const FUTURE_RE = /\b(?:will|shall|'ll|(?:is|are) (?:scheduled|expected|due|set|going) to|plans? to|next)\b[^.;!?]{0,80}$/i;

const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, several: 3, few: 3, couple: 2,
};
const DECADE_RE = /\b(?:in |during |since |of |through )?(?:the |late |early |mid-)*(1[5-9]\d0|20\d0)['’]?s\b/g;
const YEAR_RE = /(?<![\d,.$])\b(1[5-9]\d\d|20\d\d)\b(?![-–]?\s?(?:year|strong|member|page)s?\b)(?!,\d)/g;
// "three and a half years ago", "a year and a half ago": the half may follow the number or the unit.
const AGO_RE = /\b(?:(?:nearly|almost|about|around|some|over|more than|roughly|just|less than)\s+)?(\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|several|few|a few|couple|a couple of)(\s+and\s+a\s+half)?\s+(years?|decades?|months?)(\s+and\s+a\s+half)?\s+ago\b/gi;
const MONTHS_PER: Record<string, number> = { year: 12, decade: 120, month: 1 };
const REL_RE = /\b(last|this|next|previous|past|current|coming)\s+(year|month|week|spring|summer|autumn|fall|winter)\b|\b(yesterday|today|tomorrow|recently|earlier this year|later this year)\b/gi;
const CHRONO_GATE = /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+\d{1,2}\b|\b(?:january|february|march|april|june|july|august|september|october|november|december)\b|\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i;

let lastRef: { published: string | null; date: Date | null } = { published: null, date: null };

function parseRef(published: string | null): Date | null {
  if (!published) return null;
  if (lastRef.published === published) return lastRef.date;
  const d = new Date(`${published}T12:00:00Z`);
  const date = Number.isNaN(d.getTime()) ? null : d;
  lastRef = { published, date };
  return date;
}

/** The year of the day `days` before `ref`. */
function yearDaysBefore(ref: Date, days: number): number {
  return new Date(ref.getTime() - days * 86_400_000).getUTCFullYear();
}

/** Every year expression in `text`, each with its rule and span. */
export function findYears(text: string, published: string | null): YearMention[] {
  const ref = parseRef(published);
  const refYear = ref ? ref.getUTCFullYear() : null;
  const refMonth = ref ? ref.getUTCMonth() : null;
  const out: YearMention[] = [];
  const covered = (s: number, e: number): boolean => out.some((y) => s < y.end && e > y.start);
  for (const m of text.matchAll(DECADE_RE)) {
    out.push({ year: Number(m[1]), rule: 'decade', start: m.index, end: m.index + m[0].length });
  }
  for (const m of text.matchAll(YEAR_RE)) {
    const s = m.index;
    // After a hyphen only as "mid-2019", "early-2020", "late-2021" (not "2019-2020"'s second year or "F-2000").
    if (text[s - 1] === '-' && !/\b(?:mid|early|late)-$/i.test(text.slice(Math.max(0, s - 6), s))) continue;
    if (!covered(s, s + 4)) out.push({ year: Number(m[1]), rule: 'explicit', start: s, end: s + 4 });
  }
  if (refYear !== null && refMonth !== null) {
    for (const m of text.matchAll(AGO_RE)) {
      const raw = (m[1] as string).toLowerCase().replace(/^a (few|couple of)$/, '$1');
      const n = /^\d+$/.test(raw) ? Number(raw) : (NUMBER_WORDS[raw.split(' ')[0] as string] ?? NUMBER_WORDS[raw] ?? 1);
      const per = MONTHS_PER[(m[3] as string).toLowerCase().replace(/s$/, '')] ?? 12;
      // Counted back from the publication month: three and a half years before May 2023 is November 2019.
      const back = Math.round((n + (m[2] || m[4] ? 0.5 : 0)) * per);
      const year = Math.floor((refYear * 12 + refMonth - back) / 12);
      if (!covered(m.index, m.index + m[0].length)) out.push({ year, rule: 'relative', start: m.index, end: m.index + m[0].length });
    }
    for (const m of text.matchAll(REL_RE)) {
      if (covered(m.index, m.index + m[0].length)) continue;
      const which = (m[1] ?? m[3] ?? '').toLowerCase();
      const unit = (m[2] ?? '').toLowerCase();
      const past = which === 'last' || which === 'previous' || which === 'past';
      let year = refYear;
      if (unit === 'year') year = past ? refYear - 1 : which === 'next' || which === 'coming' ? refYear + 1 : refYear;
      else if (unit === 'month' && past && refMonth === 0) year = refYear - 1;
      else if (unit === 'month' && which === 'next' && refMonth === 11) year = refYear + 1;
      // A text of January 1st says "yesterday" of December 31st; of the last days of a year, "last week" may be the year before too.
      else if (which === 'yesterday' && ref) year = yearDaysBefore(ref, 1);
      else if (unit === 'week' && past && ref) year = yearDaysBefore(ref, 7);
      out.push({ year, rule: 'relative', start: m.index, end: m.index + m[0].length });
    }
  }
  if (CHRONO_GATE.test(text)) {
    for (const r of chrono.parse(text, ref ?? undefined, { forwardDate: false })) {
      const s = r.index;
      const e = r.index + r.text.length;
      if (covered(s, e)) continue;
      const year = r.start.get('year');
      if (year === null || year === undefined) continue;
      // chrono calls "this year" certain; only a written year is explicit.
      if (r.start.isCertain('year') && /\d{4}|'\d{2}\b/.test(r.text)) {
        // A chrono date with an explicit year is already covered by YEAR_RE unless written as '21.
        out.push({ year, rule: 'explicit', start: s, end: e });
      } else if (ref && !/\b(?:this|last|next) (?:year|month|week)\b/i.test(r.text)) {
        // A month and day without a year: the most recent such date not after publication.
        let y = year;
        const month = r.start.get('month');
        const day = r.start.get('day') ?? 1;
        const weekday = r.start.get('weekday');
        if (weekday !== null && weekday !== undefined && !r.start.isCertain('month') && !r.start.isCertain('day')) {
          // "on Saturday": the last such day on or before publication (a Friday's "Saturday" is six days back).
          y = yearDaysBefore(ref, (ref.getUTCDay() - weekday + 7) % 7);
        } else if (month !== null && month !== undefined && refYear !== null && refMonth !== null) {
          const after = month - 1 > refMonth || (month - 1 === refMonth && day > ref.getUTCDate());
          // Announced ("will visit X on March 3"): the next such date; else the last one not after publication.
          y = FUTURE_RE.test(text.slice(0, s)) ? (after || (month - 1 === refMonth && day === ref.getUTCDate()) ? refYear : refYear + 1) : after ? refYear - 1 : refYear;
        }
        out.push({ year: y, rule: 'relative', start: s, end: e });
      }
    }
  }
  for (const y of out) if (BOUND_RE.test(text.slice(Math.max(0, y.start - 48), y.start))) y.bound = true;
  // "In 1893, Britain signed …": outside the range every layer accepts, a year dates no claim.
  return out.filter((y) => isValidClaimYear(y.year)).sort((a, b) => a.start - b.start);
}

/** The year expression that governs a trigger at `pos`: nearest in the clause, else the sentence; bounds last. */
export function pickYear(years: readonly YearMention[], pos: number, clauseStart: number, clauseEnd: number): YearMention | null {
  let best: YearMention | null = null;
  let bestScore = Infinity;
  for (const y of years) {
    const inClause = y.start >= clauseStart && y.end <= clauseEnd;
    // A bound year is used only when the sentence gives no other.
    const dist = Math.abs(y.start - pos) + (inClause ? 0 : 10_000) + (y.bound ? 20_000 : 0);
    if (dist < bestScore) {
      best = y;
      bestScore = dist;
    }
  }
  return best;
}
