// Pure: claims, or pre-aggregated edges, folded per (source, type, target) into the graph's edges —
// sorted by support, totals computed before the limit is applied. The same aggregation as
// aggregateEdgesTail (graph-cypher.ts), done in Node: several times faster than Neo4j's slotted
// runtime for the result sizes the explorer asks for.
import type { GraphFilters } from '../../shared/api';
import type { EdgeRow, GraphRows } from '../presenters/graph-presenter';
import { toInt, toNumber } from '../presenters/values';

/** One claim as the claim queries return it (claimRowsTail). */
export interface ClaimRow {
  source: string;
  type: string;
  target: string;
  year: unknown;
  doc: string;
  publisher: string | null;
  weight: unknown;
  negated: boolean;
  modality: string | null;
}

/** Claims sharing everything the aggregation looks at: one claim, or one pre-aggregated edge. */
export interface EdgePart {
  source: string;
  type: string;
  target: string;
  /** The year on the filters' time axis. */
  year: number | null;
  publisher: string | null;
  modality: string | null;
  negated: boolean;
  count: number;
  /** Σ round(weight × 10⁶) — integers, so sums do not depend on the order of the parts. */
  weightMicro: number;
  docs: readonly string[];
  /** Source, type and target joined as edgeKeyOf joins them, when the reader has it at hand (an aggregate row starts with it). */
  key?: string;
}

/** The aggregate rows' field separator (neo4j/aggregate-contributions.ts ROW_SEPARATOR): a row starts with its edge's key. */
export const EDGE_KEY_SEPARATOR = '\u001f';

/** The edge a part belongs to: its source, type and target, joined as an aggregate row starts. */
export const edgeKeyOf = (p: Pick<EdgePart, 'source' | 'type' | 'target'>) => `${p.source}${EDGE_KEY_SEPARATOR}${p.type}${EDGE_KEY_SEPARATOR}${p.target}`;

export function claimPart(r: ClaimRow): EdgePart {
  return {
    source: r.source, type: r.type, target: r.target, year: r.year === null || r.year === undefined ? null : toInt(r.year),
    publisher: r.publisher ?? null, modality: r.modality ?? null, negated: r.negated === true, count: 1,
    weightMicro: Math.round(toNumber(r.weight) * 1_000_000), docs: r.doc == null ? [] : [r.doc],
  };
}

/**
 * Distinct documents over the parts of one edge. Each part's list is already distinct (one claim's
 * document, or an aggregate's sorted ids), so while only one part has documents its list is the union
 * and is kept by reference: most edges have one part, and a Set per edge was most of the garbage.
 */
class DocUnion {
  private first: readonly string[] | undefined;
  private set: Set<string> | undefined;

  add(docs: readonly string[]): void {
    if (docs.length === 0) return;
    if (this.set) {
      for (const d of docs) this.set.add(d);
    } else if (!this.first) {
      this.first = docs;
    } else {
      this.set = new Set(this.first);
      for (const d of docs) this.set.add(d);
    }
  }

  get size(): number {
    return this.set ? this.set.size : this.first?.length ?? 0;
  }

  /** The documents: the one part's own list while there is one (the presenter copies what it keeps). */
  list(): readonly string[] {
    return this.set ? [...this.set] : this.first ?? NO_DOCUMENTS;
  }
}

const NO_DOCUMENTS: readonly string[] = Object.freeze([]);

/** Adds `item` to a small list of distinct values (years, publishers, modalities: a handful per edge). */
function addDistinct<T>(list: T[], item: T): void {
  if (!list.includes(item)) list.push(item);
}

/** What the parts of one edge add up to. */
class EdgeAcc {
  count = 0;
  years: number[] = [];
  documents = new DocUnion();
  publishers: string[] = [];
  weightMicro = 0;
  negatedCount = 0;
  assertedCount = 0;
  assertedDocs = new DocUnion();
  assertedPublishers: string[] = [];
  negatedDocs = new DocUnion();
  modalities: string[] = [];

  constructor(readonly source: string, readonly type: string, readonly target: string) {}

  add(p: EdgePart, includeNegated: boolean): this {
    if (p.negated) {
      this.negatedCount += p.count;
      this.negatedDocs.add(p.docs);
    } else {
      this.assertedCount += p.count;
      this.assertedDocs.add(p.docs);
      if (p.publisher !== null) addDistinct(this.assertedPublishers, p.publisher);
    }
    if (!includeNegated && p.negated) return this;
    this.count += p.count;
    if (p.year !== null) addDistinct(this.years, p.year);
    this.documents.add(p.docs);
    if (p.publisher !== null) addDistinct(this.publishers, p.publisher);
    if (p.modality !== null) addDistinct(this.modalities, p.modality);
    if (!p.negated) this.weightMicro += p.weightMicro;
    return this;
  }
}

const accOf = (p: EdgePart, includeNegated: boolean) => new EdgeAcc(p.source, p.type, p.target).add(p, includeNegated);

const docsOf = (docs: readonly string[]) => (docs.length === 0 ? NO_DOCUMENTS : docs);

/**
 * The row of an edge of one part: what accOf(p) sums from that part alone, without building the sums
 * (an EdgeAcc with three document unions and five lists per edge: most returned edges are one part,
 * and their sums were a sixth of a whole graph's allocations).
 */
function onePartRow(p: EdgePart, includeNegated: boolean): EdgeRow {
  const counted = includeNegated || !p.negated;
  const asserted = !p.negated;
  return {
    source: p.source, type: p.type, target: p.target, count: counted ? p.count : 0, years: counted && p.year !== null ? [p.year] : [],
    documents: counted ? docsOf(p.docs) : NO_DOCUMENTS, publishers: counted && p.publisher !== null ? [p.publisher] : [],
    weight: (counted && asserted ? 0 + p.weightMicro : 0) / 1_000_000, negatedCount: asserted ? 0 : p.count, assertedCount: asserted ? p.count : 0,
    assertedDocs: asserted ? docsOf(p.docs) : NO_DOCUMENTS, assertedPublishers: asserted && p.publisher !== null ? [p.publisher] : [],
    negatedDocs: asserted ? NO_DOCUMENTS : docsOf(p.docs), modalities: counted && p.modality !== null ? [p.modality] : [],
  };
}

/** A kept edge with what the ranking compares: its sums, or (an edge of one part) that part as it is. */
interface Ranked {
  source: string;
  type: string;
  target: string;
  count: number;
  documentCount: number;
  edge: EdgeAcc | EdgePart;
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The graph's order of edges: most claims, then most documents, then by source, type and target (a total order: one edge per triple). */
const byRank = (a: Ranked, b: Ranked) =>
  b.count - a.count || b.documentCount - a.documentCount || compare(a.source, b.source) || compare(a.type, b.type) || compare(a.target, b.target);

/**
 * The first `k` of `items` in `order`, sorted: `items.sort(order).slice(0, k)` for a total order,
 * without sorting the rest — a quickselect moves the first k to the front (a few comparisons per item),
 * then only they are sorted. A four-year whole graph at 10k claims ranks ≈ 6,500 edges to return
 * 2,000; sorting them all was a third of its fold. Reorders `items`.
 */
export function firstInOrder<T>(items: T[], k: number, order: (a: T, b: T) => number): T[] {
  if (k >= items.length) return items.sort(order);
  if (k <= 0) return [];
  const swap = (i: number, j: number) => {
    const t = items[i]!;
    items[i] = items[j]!;
    items[j] = t;
  };
  const last = k - 1;
  let lo = 0;
  let hi = items.length - 1;
  while (lo < hi) {
    // The median of the first, middle and last items as the pivot, moved to `hi`.
    const mid = lo + ((hi - lo) >> 1);
    if (order(items[mid]!, items[lo]!) < 0) swap(mid, lo);
    if (order(items[hi]!, items[lo]!) < 0) swap(hi, lo);
    if (order(items[mid]!, items[hi]!) < 0) swap(mid, hi);
    const pivot = items[hi]!;
    let store = lo;
    for (let i = lo; i < hi; i++) {
      if (order(items[i]!, pivot) < 0) swap(i, store++);
    }
    swap(store, hi);
    if (store === last) break;
    if (store < last) lo = store + 1;
    else hi = store - 1;
  }
  return items.slice(0, k).sort(order);
}

/**
 * Most edges are one part (one aggregate, or one claim): such an edge stays that part until a second
 * one arrives, and is summed only if it is among the `limit` returned. A whole year's graph folds
 * ~8,000 parts into ~6,000 edges to return 2,000; building every edge's sums was most of the garbage.
 */
export function aggregateEdgeParts(parts: Iterable<EdgePart>, filters: GraphFilters): GraphRows {
  const includeNegated = filters.includeNegated === true;
  const edges = new Map<string, EdgeAcc | EdgePart>();
  for (const p of parts) {
    const key = p.key ?? edgeKeyOf(p);
    const seen = edges.get(key);
    if (seen === undefined) edges.set(key, p);
    else if (seen instanceof EdgeAcc) seen.add(p, includeNegated);
    else edges.set(key, accOf(seen, includeNegated).add(p, includeNegated));
  }
  // Corroboration counts documents that assert the relation: a denial is never support.
  const minSources = filters.minSources;
  const kept: Ranked[] = [];
  for (const e of edges.values()) {
    let count: number;
    let asserted: number;
    let documentCount: number;
    if (e instanceof EdgeAcc) {
      count = e.count;
      asserted = e.assertedDocs.size;
      documentCount = e.documents.size;
    } else {
      count = includeNegated || !e.negated ? e.count : 0;
      asserted = e.negated ? 0 : e.docs.length;
      documentCount = e.docs.length;
    }
    if (count <= 0 || (minSources !== undefined && asserted < minSources)) continue;
    kept.push({ source: e.source, type: e.type, target: e.target, count, documentCount, edge: e });
  }
  const nodes = new Set<string>();
  let totalClaims = 0;
  for (const e of kept) {
    nodes.add(e.source);
    nodes.add(e.target);
    totalClaims += e.count;
  }
  const out: EdgeRow[] = firstInOrder(kept, filters.limit, byRank).map(({ edge: e }) => {
    if (!(e instanceof EdgeAcc)) return onePartRow(e, includeNegated);
    return {
      source: e.source, type: e.type, target: e.target, count: e.count, years: e.years, documents: e.documents.list(),
      publishers: e.publishers, weight: e.weightMicro / 1_000_000, negatedCount: e.negatedCount, assertedCount: e.assertedCount,
      assertedDocs: e.assertedDocs.list(), assertedPublishers: e.assertedPublishers, negatedDocs: e.negatedDocs.list(), modalities: e.modalities,
    };
  });
  return { edges: out, totalEdges: kept.length, totalClaims, totalNodes: nodes.size };
}

/** One row per claim, aggregated. */
export function aggregateClaimRows(rows: Iterable<ClaimRow>, filters: GraphFilters): GraphRows {
  return aggregateEdgeParts([...rows].map(claimPart), filters);
}
