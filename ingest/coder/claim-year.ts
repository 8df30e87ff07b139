// A claim's year from the time expression that governs its clause (found by ingest/extract/time.ts
// and resolved against the publication date), else the publication year. Pure.
import type { YearRule } from '../../shared/vocabulary';
import type { ParsedSentence } from '../parse/parse-types';
import { childLemmas, rootOf, type SentenceGraph } from './sentence-graph';
import { findYears } from '../extract/time';

export interface ClaimYear {
  year: number | null;
  yearRule: YearRule;
}

interface Timex {
  tokens: number[];
  year: number;
  rule: YearRule;
  /** "before the invasion in 2001": a bound, used only when the clause gives no other year. */
  bound: boolean;
}

/** The sentence's year expressions (ingest/extract/time.ts, resolved against the publication date) on its tokens. */
export function sentenceTimexes(sentence: ParsedSentence, text: string, published: string | null): Timex[] {
  const out: Timex[] = [];
  for (const y of findYears(text.slice(sentence.start, sentence.end), published)) {
    const from = y.start + sentence.start;
    const to = y.end + sentence.start;
    const tokens = sentence.tokens.filter((t) => t.start < to && from < t.end).map((t) => t.i);
    if (tokens.length > 0) out.push({ tokens, year: y.year, rule: y.rule, bound: y.bound === true });
  }
  return out;
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
  let head = clauseHead(graph, trigger);
  const distance = (tx: Timex) => Math.abs((tx.tokens[0] as number) - trigger) + (tx.bound ? 1000 : 0);
  for (let steps = 0; steps < 3; steps++) {
    // A time expression inside the trigger's own clause (not in a clause nested below it) dates it.
    const own = timexes.filter((tx) => tx.tokens.some((k) => graph.inSubtree(k, head) && clauseHead(graph, k) === head));
    const pick = own.sort((a, b) => distance(a) - distance(b))[0];
    if (pick) return { year: pick.year, yearRule: pick.rule };
    // A purpose infinitive happens when its clause does: "went to Afghanistan in 2001 to root out al Qaeda".
    const rel = graph.treeRel(head);
    const purpose = (rel === 'advcl' || rel === 'xcomp') && childLemmas(graph, head, ['mark']).includes('to');
    if (!purpose || graph.head(head) < 0) break;
    head = clauseHead(graph, graph.head(head));
  }
  return { year: publicationYear, yearRule: 'publication-fallback' };
}

/**
 * A narrative's year: "We went to Afghanistan in 2001 to root out al Qaeda. … Our NATO Allies and
 * partners rallied beside us." A sentence dated by an explicit past year opens a narrative; each
 * following sentence of the same paragraph told in the simple past with no time expression of its
 * own goes on in that year; any other sentence ends it.
 */
export function narrativeYear(graph: SentenceGraph, timexes: readonly Timex[], carried: number | null, publicationYear: number | null): { opens: number | null; carries: boolean } {
  const root = rootOf(graph);
  if (!root) return { opens: null, carries: false };
  if (timexes.length > 0) {
    const own = claimYear(graph, root.i, timexes, publicationYear);
    const past = own.yearRule === 'explicit' && own.year !== null && publicationYear !== null && own.year < publicationYear;
    return { opens: past ? own.year : null, carries: false };
  }
  // The simple past of the main clause, its copula's too ("The cause was just").
  const verb = root.pos.startsWith('VB') ? root : graph.sentence.tokens[graph.children(root.i).find((c) => c.rel === 'cop')?.dep ?? -1];
  const simplePast = verb?.pos === 'VBD' && !graph.children(root.i).some((c) => c.rel === 'aux' && graph.sentence.tokens[c.dep]?.pos !== 'VBD');
  return { opens: null, carries: carried !== null && simplePast };
}
