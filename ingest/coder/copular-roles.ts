// Roles stated as a predicate: "Imran Khan is Pakistan's prime minister", "Sharif became Prime Minister
// of Pakistan", "Akhundzada is the supreme leader of the Taliban", "I'm the fourth United States
// President", and given by an appointment: "X appointed Y as its spokesman", "Y was elected president
// of X". The title-before-name rules (ingest/extract/roles.ts) read titles in word order; a title
// said of its holder through a copula or "become" is found here, on the tree. Former roles ("was a
// former diplomat") are not current ones. Pure.
import type { TitleSpec } from '../extract/resources';
import type { ArgumentIndex, Argument } from './arguments';
import type { EventContext, FoundEvent } from './events';
import type { TriggerEntry } from './trigger-lexicon';
import { actorsAt, actorsVia } from './arguments';
import { roleTypeOf } from '../extract/roles';
import { describedByAs } from './memberships';
import { tokenAt } from './rule-check';
import { verbAt } from '../parse/pos';

const LEADS: TriggerEntry = { type: 'LEADS', preps: ['of'], origin: 'rules' };
const MEMBER: TriggerEntry = { type: 'MEMBER_OF', preps: ['of'], origin: 'rules' };
/** Verbs that make their complement a title of their subject: "became prime minister". */
const BECOME = new Set(['become', 'remain']);
/**
 * Verbs that give their object a title ("appointed X as its spokesman", "X was elected president of Y");
 * not "designate" ("designated X a terrorist"), and a title is required ("named X as a suspect" is none).
 */
const APPOINT = new Set(['appoint', 'name', 'nominate', 'elect', 're-elect', 'reelect', 'choose', 'select', 'install', 'promote']);
const FORMER = new Set(['former', 'ex', 'late', 'then', 'ousted', 'deposed', 'retired']);

export interface CopularRoleContext extends EventContext {
  /** Titles by their lower-case words ("prime minister"). */
  titles: ReadonlyMap<string, TitleSpec>;
  isState: (actor: string) => boolean;
  isPerson: (actor: string) => boolean;
}

/** The title the noun at `n` ends ("prime minister", "President"), read from its compounds, and where it starts. */
function titleAt(ctx: CopularRoleContext, n: number): TitleSpec | null {
  const { graph, index } = ctx;
  const words = graph.children(n).filter((c) => (c.rel === 'compound' || c.rel === 'amod') && c.dep < n && !index.at[c.dep]).map((c) => c.dep).sort((a, b) => a - b);
  const lower = (k: number) => graph.sentence.tokens[k]?.word.toLowerCase() ?? '';
  for (let from = 0; from <= words.length; from++) {
    const spec = ctx.titles.get([...words.slice(from).map(lower), lower(n)].join(' '));
    if (spec) return spec;
  }
  return null;
}

/**
 * The title at `n` given by an appointing verb: who is appointed (the verb's object, its passive subject,
 * or the name the parser hung the title on: "named X its new leader") and who appoints (the active
 * subject: the body, when the title names none).
 */
function appointment(graph: CopularRoleContext['graph'], index: ArgumentIndex, n: number): { appointed: Argument[]; appointer: Argument[] } | null {
  const toks = graph.sentence.tokens;
  let v = graph.head(n);
  let rel = graph.treeRel(n);
  let name = -1;
  if ((rel === 'dep' || rel === 'appos') && v >= 0 && (toks[v]?.pos ?? '').startsWith('NNP')) {
    name = v;
    rel = graph.treeRel(v);
    v = graph.head(v);
  }
  if (v < 0 || !verbAt(graph.sentence, v) || !APPOINT.has(toks[v]?.lemma.toLowerCase() ?? '')) return null;
  const passive = graph.children(v).some((c) => c.rel === 'nsubj:pass');
  if (!(rel === 'obl' || rel === 'xcomp' || (passive && rel === 'obj'))) return null;
  if (rel === 'obl' && !graph.children(v).some((c) => c.dep === n && c.rel === 'obl:as')) return null;
  const appointed = name >= 0 ? actorsAt(graph, index, name) : actorsVia(graph, index, v, (r) => (passive ? r === 'nsubj:pass' : r === 'obj' || r === 'xcomp'));
  const appointer = passive ? actorsVia(graph, index, v, (r) => r === 'obl:agent' || r === 'obl:by') : actorsVia(graph, index, v, (r) => r === 'nsubj');
  return { appointed: appointed.filter((a) => !graph.inSubtree(tokenAt(graph, a.mention.start), n)), appointer };
}

function holdersOf(graph: CopularRoleContext['graph'], index: ArgumentIndex, n: number, appointed: ReturnType<typeof appointment>): Argument[] {
  if (graph.children(n).some((c) => c.rel === 'cop')) return actorsVia(graph, index, n, (r) => r === 'nsubj');
  if (appointed) return appointed.appointed;
  const head = graph.head(n);
  if (head >= 0 && graph.treeRel(n) === 'xcomp' && BECOME.has(graph.sentence.tokens[head]?.lemma.toLowerCase() ?? '')) return actorsVia(graph, index, head, (r) => r === 'nsubj');
  // "As President of the United States, I …", "the authority vested in me as President of X".
  return describedByAs(graph, index, n, false);
}

export function findCopularRoles(ctx: CopularRoleContext): FoundEvent[] {
  const { graph, index } = ctx;
  const out: FoundEvent[] = [];
  for (const tok of graph.sentence.tokens) {
    if (!tok.pos.startsWith('NN') || index.at[tok.i]) continue;
    const spec = titleAt(ctx, tok.i);
    if (!spec) continue;
    if (graph.children(tok.i).some((c) => c.rel === 'amod' && FORMER.has(graph.sentence.tokens[c.dep]?.word.toLowerCase() ?? ''))) continue;
    const appointed = appointment(graph, index, tok.i);
    const holders = holdersOf(graph, index, tok.i, appointed).filter((h) => ctx.isPerson(h.mention.actor));
    if (holders.length === 0) continue;
    // The body: "Pakistan's prime minister", "leader of the Taliban", "the United States President".
    let bodies = actorsVia(graph, index, tok.i, (r) => r === 'nmod:poss' || r === 'nmod:of' || r === 'compound' || r === 'amod').filter((b) => !ctx.isPerson(b.mention.actor));
    // A body appoints to its own offices: "the Taliban appointed X as spokesman".
    if (bodies.length === 0) bodies = (appointed?.appointer ?? []).filter((b) => !ctx.isPerson(b.mention.actor));
    for (const body of bodies) {
      const role = roleTypeOf(spec, ctx.isState(body.mention.actor));
      if (!role) continue;
      const entry = role === 'LEADS' ? LEADS : MEMBER;
      for (const holder of holders) if (holder.mention.actor !== body.mention.actor) out.push({ type: entry.type, trigger: tok.i, source: holder, target: { ...body, indirect: false }, entry });
    }
  }
  return out;
}

