// Relations as comparable tuples: keys with and without year, mutual types compared without
// direction, and the "negated claim loaded as positive" check.
import type { RelationType } from '../../shared/vocabulary';

export interface RelationTuple {
  doc: string;
  source: string;
  type: RelationType;
  target: string;
  year: number | null;
  negated: boolean;
}

/** Mutual relations: "A met B" and "B met A" state the same fact, so direction is not scored. */
export const UNDIRECTED_TYPES: ReadonlySet<RelationType> = new Set<RelationType>(['MET_WITH', 'COOPERATES_WITH']);

function endpoints(t: Pick<RelationTuple, 'source' | 'type' | 'target'>): [string, string] {
  if (UNDIRECTED_TYPES.has(t.type) && t.target < t.source) return [t.target, t.source];
  return [t.source, t.target];
}

/** (doc, source, type, target) — polarity and year left out. */
export function pairKey(t: Omit<RelationTuple, 'year' | 'negated'>): string {
  const [a, b] = endpoints(t);
  return [t.doc, a, t.type, b].join('|');
}

/** (doc, source, type, target, negated): the tuple without year. Polarity is part of the fact. */
export function keyWithoutYear(t: RelationTuple): string {
  return `${pairKey(t)}|${t.negated ? 'neg' : 'pos'}`;
}

/** (doc, source, type, target, negated, year). */
export function keyWithYear(t: RelationTuple): string {
  return `${keyWithoutYear(t)}|${t.year ?? 'null'}`;
}

/** Human form of a key: "001: taliban NOT COOPERATES_WITH united-states (2021)". */
export function describeKey(key: string): string {
  const [doc, source, type, target, polarity, year] = key.split('|');
  const negation = polarity === 'neg' ? 'NOT ' : '';
  const yearText = year === undefined ? '' : ` (${year})`;
  return `${doc}: ${source} ${negation}${type} ${target}${yearText}`;
}

/** Human form of a tuple in its own (textual) direction. */
export function describeTuple(t: RelationTuple, withYear = true): string {
  const year = withYear ? ` (${t.year ?? 'null'})` : '';
  return `${t.doc}: ${t.source} ${t.negated ? 'NOT ' : ''}${t.type} ${t.target}${year}`;
}

/**
 * Extracted positive claims that contradict the gold: their (doc, source, type, target) is
 * annotated only as negated ("will no longer cooperate" loaded as cooperation). Target: none.
 */
export function negatedLoadedAsPositive<T extends RelationTuple>(gold: readonly RelationTuple[], extracted: readonly T[]): T[] {
  const goldNegated = new Set(gold.filter((t) => t.negated).map(pairKey));
  const goldPositive = new Set(gold.filter((t) => !t.negated).map(pairKey));
  return extracted.filter((t) => !t.negated && goldNegated.has(pairKey(t)) && !goldPositive.has(pairKey(t)));
}
