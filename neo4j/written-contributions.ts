// Pure: what claims about to be written contribute to the edge aggregates, computed from the very
// relationships the writer creates, so a loader writing new documents need not read its claims back
// (the read was ≈ a sixth of a 10k load). Mirrors the contribution query of edge-aggregates.ts field
// by field: Neo4j stores no null property, skips rejected claims, and rounds weight × 10⁶ half up.
import type { ContributionRow } from './aggregate-contributions';

/** A claim relationship as the writer sends it: `SET r = props` between actors `source` and `target`. */
export interface WrittenClaim {
  source: string;
  target: string;
  type: string;
  props: Record<string, unknown>;
}

const orNull = <T>(v: T | undefined | null): T | null => (v === undefined || v === null ? null : v);

/**
 * Cypher's round(): half-way values go up (towards +∞: -2.5 → -2, 2.5 → 3), as Math.round, whose
 * result for a double is the same long (checked against Neo4j in tests/integration/neo4j).
 */
export const micro = (weight: unknown): number => Math.round((typeof weight === 'number' ? weight : 0) * 1_000_000);

/** One contribution row per claim (contributionsOf sums them), rejected claims left out. */
export function writtenContributionRows(claims: Iterable<WrittenClaim>): ContributionRow[] {
  const rows: ContributionRow[] = [];
  for (const c of claims) {
    const p = c.props;
    if (p.rejected === true) continue;
    rows.push({
      docId: String(p.docId),
      source: c.source,
      type: c.type,
      target: c.target,
      year: orNull(p.year as number | null | undefined),
      publishedYear: orNull(p.publishedYear as number | null | undefined),
      negated: p.negated === true,
      modality: orNull(p.modality as string | null | undefined),
      publisher: orNull(p.publisher as string | null | undefined),
      n: 1,
      micro: micro(p.weight),
    });
  }
  return rows;
}
