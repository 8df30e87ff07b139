// Pure: the coarse level of the pre-aggregated edges (year-aggregates.ts), derived from the fine
// contributions (aggregate-contributions.ts) of the same documents.
//
// - A year edge per (source, type, target, year) of the asserted, dated claims: `n` claims and `docs`
//   documents. The read endpoints rank a one-year view's edges by it (n, then docs, then the ids: the
//   graph's own order) and read only the top ones, instead of folding every aggregate of the year.
// - An actor year per (actor, year): `deg` year edges touching the actor, `out` of them with it as
//   the source and `outClaims` their claims, so a year's totals (edges, claims, actors) are a sum over
//   its actors instead of a pass over its edges.
// A document's claims always contribute as a whole (withEdgeAggregates), so a year edge's distinct
// documents change by exactly the documents of a contribution that have claims under its key.
import { ROW_SEPARATOR, type EdgeContribution } from './aggregate-contributions';

export interface YearEdgeContribution {
  key: string;
  source: string;
  type: string;
  target: string;
  year: number;
  /** Asserted claims. */
  n: number;
  /** Documents with asserted claims under this key. */
  docs: number;
}

export const yearEdgeKey = (source: string, type: string, target: string, year: number) =>
  [source, type, target, year].join(ROW_SEPARATOR);

/** What the keys of a year edge's fine aggregates start with (theirs: source, type, target, year, then the rest). */
export const yearEdgePartsPrefix = (yearEdgeKey: string) => `${yearEdgeKey}${ROW_SEPARATOR}`;

export const actorYearKey = (actor: string, year: number) => `${actor}${ROW_SEPARATOR}${year}`;

/** The year edges the fine contributions add up to (denials and undated claims are not in them), sorted by key. */
export function yearEdgesOf(edges: readonly EdgeContribution[]): YearEdgeContribution[] {
  const out = new Map<string, { edge: YearEdgeContribution; docs: Set<string> }>();
  for (const e of edges) {
    if (e.negated || e.year === null) continue;
    const key = yearEdgeKey(e.source, e.type, e.target, e.year);
    let acc = out.get(key);
    if (!acc) {
      acc = { edge: { key, source: e.source, type: e.type, target: e.target, year: e.year, n: 0, docs: 0 }, docs: new Set() };
      out.set(key, acc);
    }
    acc.edge.n += e.n;
    for (const d of e.docs) acc.docs.add(d);
  }
  return [...out.values()].map(({ edge, docs }) => ({ ...edge, docs: docs.size })).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** What a write did to one year edge: its claims changed by `n`; `edges` is +1 when it came to exist, -1 when it ceased to. */
export interface YearEdgeChange {
  source: string;
  target: string;
  year: number;
  n: number;
  edges: -1 | 0 | 1;
}

export interface ActorYearDelta {
  key: string;
  actor: string;
  year: number;
  deg: number;
  out: number;
  outClaims: number;
}

/** The actor years' changes for some year edges' changes (only non-zero ones), sorted by key. */
export function actorYearDeltas(changes: readonly YearEdgeChange[]): ActorYearDelta[] {
  const out = new Map<string, ActorYearDelta>();
  const at = (actor: string, year: number) => {
    const key = actorYearKey(actor, year);
    let d = out.get(key);
    if (!d) out.set(key, (d = { key, actor, year, deg: 0, out: 0, outClaims: 0 }));
    return d;
  };
  for (const c of changes) {
    const s = at(c.source, c.year);
    s.outClaims += c.n;
    s.out += c.edges;
    s.deg += c.edges;
    if (c.target !== c.source) at(c.target, c.year).deg += c.edges;
  }
  return [...out.values()].filter((d) => d.deg !== 0 || d.out !== 0 || d.outClaims !== 0).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** Width of the numbers in a rank: counts up to 10⁹ − 1. */
const RANK_DIGITS = 9;
const RANK_MAX = 10 ** RANK_DIGITS - 1;

/**
 * A year edge's place in the graph's order as one string (its index gives the order): more claims
 * first, then more documents, then source, type and target ascending (the separator sorts before any
 * character of an id). year-aggregates.ts builds the same string in Cypher (rankCypher).
 */
export function yearEdgeRank(e: Pick<YearEdgeContribution, 'source' | 'type' | 'target' | 'n' | 'docs'>): string {
  const pad = (n: number) => String(RANK_MAX - n).padStart(RANK_DIGITS, '0');
  return `${pad(e.n)}${pad(e.docs)}${ROW_SEPARATOR}${e.source}${ROW_SEPARATOR}${e.type}${ROW_SEPARATOR}${e.target}`;
}

/** yearEdgeRank as a Cypher expression over year edge `v`, with its claims and documents given as expressions. */
export function rankCypher(v: string, n: string, docs: string): string {
  const sep = `'\\u${ROW_SEPARATOR.charCodeAt(0).toString(16).padStart(4, '0')}'`;
  const pad = (x: string) => `right('${'0'.repeat(RANK_DIGITS)}' + toString(${RANK_MAX} - (${x})), ${RANK_DIGITS})`;
  return `${pad(n)} + ${pad(docs)} + ${sep} + ${v}.source + ${sep} + ${v}.type + ${sep} + ${v}.target`;
}
