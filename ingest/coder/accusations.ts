// Accusation by report: "Amnesty alleged that Pakistan had tortured detainees", "X are failing to
// uphold …, a rights group protested". The verb's subject accuses the subject of the clause it
// reports, whatever that clause says. Pure.
import type { Argument } from './arguments';
import type { EventContext, FoundEvent } from './events';
import type { TriggerEntry } from './trigger-lexicon';
import { actorsVia } from './arguments';
import { SUBJECT } from './events';
import { verbAt } from '../parse/pos';

const ENTRY: TriggerEntry = { type: 'ACCUSED', preps: [], origin: 'rules' };
/** The reported clause: a complement, or (reporting clause after the quote) the clause it hangs from. */
const REPORTED = (rel: string): boolean => rel === 'ccomp' || rel.startsWith('parataxis') || rel === 'dep';

export function findAccusations(ctx: EventContext, accusingVerbs: ReadonlySet<string>): FoundEvent[] {
  const { graph, index } = ctx;
  const out: FoundEvent[] = [];
  for (const tok of graph.sentence.tokens) {
    if (!tok.pos.startsWith('VB') || !accusingVerbs.has(tok.lemma.toLowerCase())) continue;
    const sources = actorsVia(graph, index, tok.i, SUBJECT);
    if (sources.length === 0) continue;
    const clauses = graph.children(tok.i).filter((c) => REPORTED(c.rel)).map((c) => c.dep);
    const head = graph.head(tok.i);
    if (head >= 0 && REPORTED(graph.treeRel(tok.i))) clauses.push(head);
    const targets: Argument[] = [];
    for (const k of clauses) {
      // Only a verb's clause reports an act ("… are failing to uphold"), not a noun it hangs from.
      if (!verbAt(graph.sentence, k)) continue;
      targets.push(...actorsVia(graph, index, k, SUBJECT));
    }
    for (const source of sources) for (const target of targets) if (source.mention.actor !== target.mention.actor) out.push({ type: 'ACCUSED', trigger: tok.i, source, target, entry: ENTRY });
  }
  return out;
}
