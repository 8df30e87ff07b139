// Pure: the summary /api/stats reads (stat-tallies.ts writes it), as changes derived from the same
// contributions as the edge aggregates (aggregate-contributions.ts).
//
// - A stat tally per (dimension, value): the claims per event year, reported year, type, publisher and
//   modality (the histograms; a null value is the claims without one: `undated`), the documents with a
//   counted claim (`sources`, one tally), and the actors with a counted claim per actor type
//   (`actorType`). A few hundred nodes however many claims: /api/stats reads them instead of every
//   claim tally and every actor.
// - An actor tally per actor with counted claims: `claims` (as source or target) and `type`, the actor's
//   type when last counted. It makes `actorType` exact under concurrent writes: whether an actor gains
//   its first claim or loses its last is decided under the actor tally's write lock.
import { ROW_SEPARATOR, type Contributions } from './aggregate-contributions';

/** What a stat tally counts: claims per claim field, documents with claims, actors with claims per type. */
export const CLAIM_DIMENSIONS = ['year', 'reported', 'type', 'publisher', 'modality'] as const;
export type StatDimension = (typeof CLAIM_DIMENSIONS)[number] | 'sources' | 'actorType';

export type StatValue = string | number | null;

export const statKey = (dim: StatDimension, value: StatValue) => `${dim}${ROW_SEPARATOR}${value === null ? '' : String(value)}`;

export interface StatDelta {
  key: string;
  dim: StatDimension;
  value: StatValue;
  n: number;
}

/**
 * The net change of one transaction to the summary, accumulated over its take-out and put-back phases
 * (withEdgeAggregates) and written once at its end: a document re-loaded unchanged writes nothing, and
 * the summary's few, shared nodes are locked only for the end of a transaction, in key order.
 */
export class SummaryChange {
  private readonly stats = new Map<string, StatDelta>();
  private readonly actors = new Map<string, number>();
  /** Actors whose type the transaction may have changed: their tallies are read again even without a claim change. */
  private readonly retyped = new Set<string>();

  /** Adds (sign 1) or takes out (sign -1) the claims of some contributions. */
  addContributions(c: Contributions, sign: 1 | -1): void {
    for (const t of c.tallies) {
      const values: Record<(typeof CLAIM_DIMENSIONS)[number], StatValue> = {
        year: t.year, reported: t.publishedYear, type: t.type, publisher: t.publisher, modality: t.modality,
      };
      for (const dim of CLAIM_DIMENSIONS) this.addStat(dim, values[dim], sign * t.n);
    }
    for (const e of c.edges) {
      this.addActor(e.source, sign * e.n);
      this.addActor(e.target, sign * e.n);
    }
  }

  addStat(dim: StatDimension, value: StatValue, n: number): void {
    if (n === 0) return;
    const key = statKey(dim, value);
    const d = this.stats.get(key) ?? { key, dim, value, n: 0 };
    d.n += n;
    this.stats.set(key, d);
  }

  addActor(id: string, n: number): void {
    this.actors.set(id, (this.actors.get(id) ?? 0) + n);
  }

  markRetyped(ids: Iterable<string>): void {
    for (const id of ids) this.retyped.add(id);
  }

  /** The actors whose tally may change (a net claim change, or a new type), sorted by id (the lock order). */
  actorChanges(): Array<{ id: string; n: number }> {
    const ids = new Set([...this.retyped, ...[...this.actors].filter(([, n]) => n !== 0).map(([id]) => id)]);
    return [...ids].sort().map((id) => ({ id, n: this.actors.get(id) ?? 0 }));
  }

  /** What the actor tallies did, as `actorChanges` rows came back: each actor's type and whether it was counted, before and after. */
  addActorTransitions(rows: Iterable<ActorTransition>): void {
    for (const r of rows) {
      if (r.counted && r.type !== null) this.addStat('actorType', r.type, -1);
      if (r.countedNow && r.typeNow !== null) this.addStat('actorType', r.typeNow, 1);
    }
  }

  /** The stat tallies' net changes, zero ones left out, sorted by key (the lock order). */
  statChanges(): StatDelta[] {
    return [...this.stats.values()].filter((d) => d.n !== 0).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  }
}

/** One actor tally's change: its type and whether it counted (had claims) before the change, and after. */
export interface ActorTransition {
  type: string | null;
  counted: boolean;
  typeNow: string | null;
  countedNow: boolean;
}
