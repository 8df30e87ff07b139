// Membership stated by a noun: "X is a member of Y", "X, as part of Y, …", "X is working as part of
// Y". The noun's of-phrase is the body; who belongs is the noun's subject (copula), the subject of the
// clause an as-phrase hangs from, or the noun an apposition describes. Pure.
import type { Argument } from './arguments';
import type { EventContext, FoundEvent } from './events';
import type { TriggerEntry } from './trigger-lexicon';
import { actorsAt, actorsVia } from './arguments';

const ENTRY: TriggerEntry = { type: 'MEMBER_OF', preps: ['of'], origin: 'rules' };
const SUBJECT = (rel: string): boolean => rel === 'nsubj' || rel === 'nsubj:pass' || rel === 'nsubj:xsubj';

export function findMemberships(ctx: EventContext, memberNouns: ReadonlySet<string>): FoundEvent[] {
  const { graph, index } = ctx;
  const out: FoundEvent[] = [];
  for (const tok of graph.sentence.tokens) {
    if (!tok.pos.startsWith('NN') || !memberNouns.has(tok.lemma.toLowerCase()) || index.at[tok.i]) continue;
    const bodies = actorsVia(graph, index, tok.i, (r) => r === 'nmod:of');
    if (bodies.length === 0) continue;
    let members: Argument[] = actorsVia(graph, index, tok.i, SUBJECT);
    if (members.length === 0) {
      for (const p of graph.parents(tok.i)) {
        if (p.rel === 'obl:as' || p.rel === 'advcl:as') members = actorsVia(graph, index, p.gov, SUBJECT);
        else if (p.rel === 'nmod:as' || p.rel === 'appos') members = actorsAt(graph, index, p.gov);
        if (members.length > 0) break;
      }
    }
    for (const source of members) for (const target of bodies) if (source.mention.actor !== target.mention.actor) out.push({ type: 'MEMBER_OF', trigger: tok.i, source, target, entry: ENTRY });
  }
  return out;
}
