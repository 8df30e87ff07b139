// Membership stated by a noun: "X is a member of Y", "X, as part of Y, …", "X is working as part of
// Y". The noun's of-phrase is the body; who belongs is the noun's subject (copula), the subject of the
// clause an as-phrase hangs from, or the noun an apposition describes. Membership stated by joining
// ("X joined Y", "pledged allegiance to Y": the lexicon's MEMBER_OF verbs) is kept only where one can
// belong to the other. Pure.
import type { ActorType } from '../../shared/vocabulary';
import type { Argument, ArgumentIndex } from './arguments';
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
    if (members.length === 0) members = describedByAs(graph, index, tok.i);
    for (const source of members) for (const target of bodies) if (source.mention.actor !== target.mention.actor) out.push({ type: 'MEMBER_OF', trigger: tok.i, source, target, entry: ENTRY });
  }
  return out;
}

/**
 * Who a noun in an as-phrase or an apposition describes: the subject of the clause the phrase hangs from
 * ("As President of X, I will …", "X is working as part of Y"), the noun it hangs from ("Y, as part of
 * X, …"), or — on a participle with no subject — the party its phrase names before the as-phrase ("the
 * authority vested in me as President of X"). `apposition`: an apposition describes the noun it hangs
 * from too (titles in apposition are the mention layer's: ingest/extract/roles.ts).
 */
export function describedByAs(graph: SentenceGraph, index: ArgumentIndex, n: number, apposition = true): Argument[] {
  for (const p of graph.parents(n)) {
    let described: Argument[] = [];
    if (p.rel === 'obl:as' || p.rel === 'advcl:as') {
      described = actorsVia(graph, index, p.gov, SUBJECT);
      if (described.length === 0 && graph.sentence.tokens[p.gov]?.pos === 'VBN') {
        const start = graph.sentence.tokens[n]?.start ?? 0;
        described = actorsVia(graph, index, p.gov, (r) => r.startsWith('obl:') && r !== 'obl:as' && r !== 'obl:agent').filter((a) => a.mention.end <= start);
      }
    } else if (p.rel === 'nmod:as' || (apposition && p.rel === 'appos')) described = actorsAt(graph, index, p.gov);
    if (described.length > 0) return described;
  }
  return [];
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
