// Membership stated by a noun: "X is a member of Y", "X, as part of Y, …", "X is working as part of
// Y". The noun's of-phrase is the body; who belongs is the noun's subject (copula), the subject of the
// clause an as-phrase hangs from, or the noun an apposition describes. Membership stated by joining
// ("X joined Y", "pledged allegiance to Y": the lexicon's MEMBER_OF verbs) is kept only where one can
// belong to the other. Pure.
import type { ActorType } from '../../shared/vocabulary';
import type { Argument } from './arguments';
import type { EventContext, FoundEvent } from './events';
import type { SentenceGraph } from './sentence-graph';
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

/** Bodies one can join, by the joiner's type: a person joins a group, a body or a service; a state an alliance or organisation. */
const JOINABLE: Partial<Record<ActorType, ReadonlySet<ActorType>>> = {
  person: new Set(['armed_group', 'organization', 'igo', 'agency']),
  state: new Set(['igo', 'organization']),
  armed_group: new Set(['armed_group', 'organization', 'igo']),
  organization: new Set(['armed_group', 'organization', 'igo']),
};

/**
 * A membership a verb states ("joined", "defected to") holds: the joiner is named itself, not through
 * its people ("TTP commanders defected to ISKP" is no move of the TTP); it can belong to the body
 * ("the UK joined the United States" is no membership); and it joins the body, not the body's act
 * ("joined X in condemning …", "joined X for talks", "joined X in the fight against Y").
 */
export function joiningHolds(graph: SentenceGraph, e: FoundEvent, typeOf: (actor: string) => ActorType | undefined): boolean {
  if (e.source.indirect || e.target.indirect) return false;
  const source = typeOf(e.source.mention.actor);
  const target = typeOf(e.target.mention.actor);
  if (!source || !target || !JOINABLE[source]?.has(target)) return false;
  return !graph.children(e.trigger).some((c) => {
    if (c.rel === 'obl:for' || c.rel === 'advcl:for' || c.rel === 'xcomp') return true;
    if (c.rel !== 'obl:in' && c.rel !== 'advcl:in') return false;
    // "in 2019", "in Nangarhar" say when and where; "in condemning", "in the fight" what was joined.
    const pos = graph.sentence.tokens[c.dep]?.pos ?? '';
    return pos === 'VBG' || pos === 'NN' || pos === 'NNS';
  });
}
