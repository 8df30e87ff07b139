// A claim's year from the time expression that governs its clause (SUTime values resolved against
// the publication date), else the publication year. Pure.
import type { YearRule } from '../../shared/vocabulary';
import type { ParsedToken } from '../parse/parse-types';
import type { SentenceGraph } from './sentence-graph';
import { isValidClaimYear } from '../../shared/year-range';

export interface ClaimYear {
  year: number | null;
  yearRule: YearRule;
}

interface Timex {
  tokens: number[];
  year: number;
  rule: YearRule;
}

/** Time expressions of the sentence that name a year (dates, not durations or sets). */
export function sentenceTimexes(tokens: readonly ParsedToken[]): Timex[] {
  const byId = new Map<string, Timex>();
  for (const t of tokens) {
    const tx = t.timex;
    if (!tx || tx.type !== 'DATE' || !tx.value) continue;
    const m = /^(\d{3})(\d|X)/.exec(tx.value);
    if (!m) continue;
    const decade = m[2] === 'X';
    const year = Number(decade ? `${m[1]}0` : `${m[1]}${m[2]}`);
    if (!isValidClaimYear(year)) continue;
    const explicit = tokens.some((u) => u.timex?.tid === tx.tid && /^\d{4}s?$/.test(u.word));
    let entry = byId.get(tx.tid);
    if (!entry) {
      entry = { tokens: [], year, rule: decade ? 'decade' : explicit ? 'explicit' : 'relative' };
      byId.set(tx.tid, entry);
    }
    entry.tokens.push(t.i);
  }
  return [...byId.values()];
}

const CLAUSE_RELS = new Set(['ccomp', 'advcl', 'parataxis', 'acl:relcl', 'csubj', 'root']);

/** The clause head of token i: the nearest ancestor (or itself) that is a verb opening a clause. */
function clauseHead(graph: SentenceGraph, i: number): number {
  let k = i;
  for (let guard = 0; guard < 50; guard++) {
    const rel = graph.treeRel(k);
    const pos = graph.sentence.tokens[k]?.pos ?? '';
    if ((pos.startsWith('VB') && CLAUSE_RELS.has(rel)) || graph.head(k) < 0) return k;
    k = graph.head(k);
  }
  return k;
}

export function claimYear(graph: SentenceGraph, trigger: number, timexes: readonly Timex[], publicationYear: number | null): ClaimYear {
  const head = clauseHead(graph, trigger);
  // A time expression inside the trigger's own clause (not in a clause nested below it) dates it.
  const own = timexes.filter((tx) => tx.tokens.some((k) => graph.inSubtree(k, head) && clauseHead(graph, k) === head));
  const pick = own.sort((a, b) => Math.abs((a.tokens[0] as number) - trigger) - Math.abs((b.tokens[0] as number) - trigger))[0];
  if (pick) return { year: pick.year, yearRule: pick.rule };
  return { year: publicationYear, yearRule: 'publication-fallback' };
}
