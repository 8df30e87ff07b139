// Events of one sentence: every verb or noun whose lemma the lexicon knows, with its source and
// target read from the tree — subjects, passive agents, objects, prepositional complements,
// possessors and compounds of event nouns, the subject of the verb that carries an event noun
// ("held talks with"), control chains ("agreed to share"), participles ("a group backed by X").
// Pure.
import { isCooperative, type RelationType } from '../../shared/vocabulary';
import { isPlacePreposition, isPlaceRelation } from '../extract/place-prepositions';
import type { ArgMention, Argument, ArgumentIndex } from './arguments';
import type { SentenceGraph } from './sentence-graph';
import type { TriggerEntry, TriggerLexicon } from './trigger-lexicon';
import { actorsAt, actorsVia, dedupe } from './arguments';
import { peacekeepingHost } from './deployments';
import { DIRECTIVE_VERBS } from './polarity';
import { spanUnder, tokenAt, victimOfHarmAbout } from './rule-check';
import { nounAt, verbAt } from '../parse/pos';

export interface FoundEvent {
  type: RelationType;
  trigger: number;
  source: Argument;
  target: Argument;
  entry: TriggerEntry;
  /** A threat read from a condition ("if they attack us, we will …"): made, whatever the modality of its consequence. */
  threat?: boolean;
}

const MUTUAL = new Set<RelationType>(['MET_WITH', 'COOPERATES_WITH']);
/** Relations that are a stance toward what someone did, not an act done with them. */
const ATTITUDES = new Set<RelationType>(['SUPPORTS', 'ACCUSED', 'REJECTED']);
/** A verb's active subject, also the one a control verb hands down (enhanced++ nsubj:xsubj). */
export const SUBJECT = (rel: string): boolean => rel === 'nsubj' || rel === 'nsubj:xsubj';
const AGENT = (rel: string): boolean => rel === 'obl:agent' || rel === 'obl:by';
/** The parties of a mutual event: "talks between X and Y", "the accord reached between X and Y". */
const BETWEEN = (rel: string): boolean => rel === 'nmod:between' || rel === 'nmod:among' || rel === 'obl:between' || rel === 'obl:among';

function prepOf(rel: string): string | null {
  const i = rel.indexOf(':');
  if (i < 0) return rel === 'obj' || rel === 'iobj' ? '' : null;
  const base = rel.slice(0, i);
  if (base !== 'obl' && base !== 'nmod') return null;
  const p = rel.slice(i + 1);
  if (p === 'poss' || p === 'tmod' || p === 'npmod' || p === 'agent') return null;
  // Phrases that set a party aside or against the act never name its target ("despite Israel's wish").
  return NOT_TARGET_PREPS.has(p) ? null : p.replace(/_/g, ' ');
}

const NOT_TARGET_PREPS = new Set(['despite', 'notwithstanding', 'except', 'besides', 'unlike', 'like', 'amid', 'regardless_of', 'instead_of', 'in_spite_of', 'apart_from', 'aside_from']);

function prepMatches(rel: string, preps: readonly string[]): boolean {
  const p = prepOf(rel);
  if (p === null) return false;
  // A trigger that takes a place ("attacks in X") takes it after any preposition of place ("inside X", "across X").
  return preps.includes('*') || preps.includes(p) || (preps.includes('in') && isPlacePreposition(p));
}

function lemmaOf(graph: SentenceGraph, i: number): string {
  return graph.sentence.tokens[i]?.lemma.toLowerCase() ?? '';
}

function requirementMet(graph: SentenceGraph, i: number, entry: TriggerEntry): number | null {
  if (!entry.requires) return i;
  const want = new Set(entry.requires.map((w) => w.toLowerCase()));
  const wanted = (k: number): boolean => {
    const t = graph.sentence.tokens[k];
    return t !== undefined && (want.has(t.lemma.toLowerCase()) || want.has(t.word.toLowerCase()));
  };
  for (const c of graph.children(i)) if (wanted(c.dep)) return c.dep;
  // A preposition the phrase names hangs on its object ("went after ISIS-K": obl:after): the verb stands.
  if (graph.children(i).some((c) => c.rel.startsWith('obl:') && want.has(c.rel.slice(4)))) return i;
  // A purpose phrase the parser hung on the object instead ("joined X and partners for talks"):
  // searched within the object and its conjuncts only.
  const objects = graph.children(i).filter((c) => c.rel === 'obj').map((c) => c.dep);
  for (let n = 0; n < objects.length && n < 8; n++) {
    for (const c of graph.children(objects[n] as number)) {
      if ((c.rel === 'nmod:for' || c.rel === 'nmod:in') && wanted(c.dep)) return c.dep;
      // A small clause read as the object's adjective ("held the TTP responsible": amod(TTP, responsible)).
      if (n === 0 && c.rel === 'amod' && c.dep > (objects[0] as number) && wanted(c.dep)) return c.dep;
      if (c.rel === 'obj' || c.rel.startsWith('conj')) objects.push(c.dep);
    }
  }
  return null;
}

export interface EventContext {
  graph: SentenceGraph;
  index: ArgumentIndex;
  lexicon: TriggerLexicon;
}

/** A meeting noun's place in a clause whose subject takes part in it ("for talks with Y", "after talks with Y"). */
const MEETING_TIME_RELS = new Set(['obl:for', 'obl:after', 'obl:before', 'obl:during', 'obl:following', 'obl:at']);
/** Verbs of a journey, whose purpose infinitive is the traveller's act ("visit X to mediate"). */
const JOURNEY_VERBS = new Set(['visit', 'travel', 'fly', 'tour', 'arrive', 'go', 'come', 'return']);
/** Verbs of entering into an event named by their to-/into-phrase ("go to war", "return to talks", "enter into negotiations"). */
const ENTERING_VERBS = new Set(['go', 'return', 'enter', 'resort', 'proceed', 'head', 'move', 'come']);
/** A gerund the parser attaches like a noun ("After meeting with X, Y flew …"): a clause sharing the main subject. */
const GERUND_CASES = new Set(['after', 'before', 'since', 'upon', 'on', 'by', 'while', 'when', 'following']);

/** Words of an amount or a portion: "£10 million in aid", "a package worth …", "the second round of talks", "a wave of attacks". */
const AMOUNT_LEMMAS = new Set(['million', 'billion', 'thousand', 'hundred', 'trillion', 'package', 'tranche', 'worth', 'round', 'series', 'session', 'wave', 'spate']);

/** The amount a noun is measured in ("£10 million in aid" → "£", "million"), climbing a number's own head. */
function amountsOf(graph: SentenceGraph, n: number): number[] {
  const isAmount = (k: number): boolean => {
    const t = graph.sentence.tokens[k];
    return !!t && (t.pos === '$' || t.pos === 'CD' || AMOUNT_LEMMAS.has(t.lemma.toLowerCase()));
  };
  const out: number[] = [];
  for (const p of graph.parents(n)) {
    if (p.rel !== 'nmod:in' && p.rel !== 'nmod:of') continue;
    for (let k = p.gov, steps = 0; k >= 0 && isAmount(k) && steps < 3; k = graph.head(k), steps++) out.push(k);
  }
  return out;
}

function verbSubjects(ctx: EventContext, v: number): { sources: Argument[]; passiveTargets: Argument[]; only?: boolean } {
  const { graph, index: at } = ctx;
  const passive = graph.children(v).some((c) => c.rel === 'nsubj:pass' || c.rel === 'aux:pass');
  let sources = passive ? actorsVia(graph, at, v, AGENT) : actorsVia(graph, at, v, SUBJECT);
  // A passive subject names the target only when it is an actor itself ("X was attacked", not "talks with X were mediated").
  const passiveTargets = passive ? actorsVia(graph, at, v, (r) => r === 'nsubj:pass').filter((a) => !a.indirect) : [];
  const rel = graph.treeRel(v);
  const head = graph.head(v);
  const pos = graph.sentence.tokens[v]?.pos ?? '';
  // A subject the tree names but the gazetteer does not ("directed the Secretary of State to support
  // X") is still the subject: the governor's subject does not stand in for it.
  const namedSubject = graph.children(v).some((c) => (passive ? AGENT(c.rel) : SUBJECT(c.rel)) && !(graph.sentence.tokens[c.dep]?.pos ?? '').startsWith('PRP'));
  // "will visit X and Y to mediate": one travels for one's own purpose; the parser gives the
  // infinitive the places visited as subjects (object control).
  if (!passive && rel === 'xcomp' && head >= 0 && JOURNEY_VERBS.has(lemmaOf(graph, head))) sources = actorsVia(graph, at, head, SUBJECT);
  if (rel === 'acl' && pos === 'VBN' && head >= 0) {
    // "a group backed by Pakistan", "the Taliban, led by X": the noun is the target, the agent the source.
    // Only the noun: in "a pathologist sent to Israel by X" the pathologist is what was sent.
    return { sources: actorsVia(graph, at, v, AGENT), passiveTargets: actorsAt(graph, at, head), only: true };
  }
  if (sources.length === 0 && head >= 0 && !namedSubject) {
    const marker = graph.children(v).find((c) => c.rel === 'mark' || c.rel === 'case');
    const markerWord = marker ? lemmaOf(graph, marker.dep) : '';
    if ((rel === 'advcl' || rel === 'acl') && (markerWord === 'of' || markerWord === 'for')) {
      // "accused Pakistan of supporting X": the governor's object acts (object control).
      sources = actorsVia(graph, at, head, (r) => r === 'obj');
    } else if (rel === 'acl' && pos === 'VBG') sources = actorsAt(graph, at, head);
    // "Pakistan's efforts to defeat the TTP": an infinitive on a noun is its owner's act.
    else if (rel === 'acl' && markerWord === 'to') sources = actorsVia(graph, at, head, (r) => r === 'nmod:poss' || r === 'compound' || r === 'amod');
    // ", killing Y" / "after meeting X": the participle shares the main clause's subject.
    // Not under a directive: "a report recommended maintaining ties with X" does not maintain them.
    else if ((rel === 'advcl' || rel === 'xcomp' || rel === 'conj' || (rel === 'obl' && pos === 'VBG' && GERUND_CASES.has(markerWord))) && !passive && !(rel === 'xcomp' && DIRECTIVE_VERBS.has(lemmaOf(graph, head)))) {
      sources = rel === 'conj' ? actorsVia(graph, at, head, SUBJECT) : controllers(graph, at, head);
      // A clause of a subjectless participle shares what that one shares ("Speaking after meeting X, Y said").
      if (sources.length === 0 && rel !== 'conj' && graph.treeRel(head) === 'advcl' && verbAt(graph.sentence, head)) sources = verbSubjects(ctx, head).sources;
    }
  }
  // "X conducted a drone strike that killed Y": an event noun that does the act is done by whoever
  // carried it out (the subject of the light verb whose object it is).
  if (sources.length === 0 && !passive) {
    for (const c of graph.children(v)) {
      if (c.rel !== 'nsubj' || !nounAt(graph.sentence, c.dep) || !ctx.lexicon.nouns.has(lemmaOf(graph, c.dep))) continue;
      // Through an apposition: "conducted one operation, a drone strike that killed Y".
      const carried = carrierSubjects(ctx, graph.parents(c.dep).find((p) => p.rel === 'appos')?.gov ?? c.dep);
      if (carried.length > 0) sources = carried;
    }
    // So is a participle on it: "X launched an attack, killing Y" (the parser may leave it a loose dependent).
    if (sources.length === 0 && (rel === 'acl' || rel === 'dep') && pos === 'VBG' && head >= 0 && ctx.lexicon.nouns.has(lemmaOf(graph, head))) sources = carrierSubjects(ctx, head);
  }
  if (!passive && sources.length > 0) sources = dedupe([...sources, ...coActorsOf(ctx, v)]);
  return { sources, passiveTargets };
}

/** Who carried out the event noun at `noun`: the subject of the light verb whose object it is ("conducted a strike"). */
function carrierSubjects(ctx: EventContext, noun: number): Argument[] {
  const carrier = ctx.graph.parents(noun).find((p) => p.rel === 'obj' && ctx.lexicon.lightVerbs.has(lemmaOf(ctx.graph, p.gov)));
  return carrier ? verbSubjects(ctx, carrier.gov).sources : [];
}

/**
 * Who performs a complement of `head`: its subject; under a passive its agent, else its passive subject
 * ("X is committed to working with Y", "X was asked to mediate": the active's object controls and the
 * passive makes it the subject); a subjectless complement passes the question up ("X remains committed
 * to supporting Y").
 */
function controllers(graph: SentenceGraph, at: ArgumentIndex, head: number, depth = 0): Argument[] {
  const subjects = actorsVia(graph, at, head, SUBJECT);
  if (subjects.length > 0) return subjects;
  const agents = actorsVia(graph, at, head, AGENT);
  if (agents.length > 0) return agents;
  const passiveSubjects = actorsVia(graph, at, head, (r) => r === 'nsubj:pass');
  if (passiveSubjects.length > 0 || depth >= 2 || graph.children(head).some((c) => c.rel.startsWith('nsubj'))) return passiveSubjects;
  return graph.treeRel(head) === 'xcomp' && graph.head(head) >= 0 ? controllers(graph, at, graph.head(head), depth + 1) : [];
}

/**
 * Who acts with the subject: whoever leads it ("a delegation arrived under the leadership of X and
 * held talks with Y", "a delegation led by X visited Y") and the body it acts as part of ("the UK is
 * working as part of the Global Coalition to defeat ISIL").
 */
function coActorsOf(ctx: EventContext, v: number): Argument[] {
  const { graph, index: at } = ctx;
  const out: Argument[] = [];
  // The verb's own frame, and that of the verb it shares a subject with ("worked as part of X to defeat Y").
  const rel = graph.treeRel(v);
  const verbs = rel.startsWith('conj') || rel === 'xcomp' || rel.startsWith('advcl') ? [v, graph.head(v)] : [v];
  for (const k of verbs) {
    for (const c of graph.children(k)) {
      if (c.rel === 'obl:under' && lemmaOf(graph, c.dep) === 'leadership') out.push(...actorsVia(graph, at, c.dep, (r) => r === 'nmod:of'));
      if (c.rel === 'obl:as' && lemmaOf(graph, c.dep) === 'part') out.push(...actorsVia(graph, at, c.dep, (r) => r === 'nmod:of'));
      if (!SUBJECT(c.rel)) continue;
      for (const acl of graph.children(c.dep)) {
        if (acl.rel === 'acl' && lemmaOf(graph, acl.dep) === 'lead' && graph.sentence.tokens[acl.dep]?.pos === 'VBN') out.push(...actorsVia(graph, at, acl.dep, AGENT));
      }
    }
  }
  return out;
}

/** Relation types that are acts against their target. */
export const HOSTILE: ReadonlySet<string> = new Set(['ATTACKED', 'ACCUSED', 'WARNED', 'REJECTED']);

/** The verb at `k` is a hostile act in the lexicon ("attack", "condemn"). */
export function hostileVerbAt(lexicon: TriggerLexicon, graph: SentenceGraph, k: number): boolean {
  return (lexicon.verbs.get(lemmaOf(graph, k)) ?? []).some((e) => HOSTILE.has(e.type));
}

/**
 * A light verb that carries an agreement reports the agreement, not a meeting: "the deal that X
 * negotiated with Y" (the deal's parties cooperate); "negotiated with Y for weeks" is talks.
 */
export function carriesAgreement(lexicon: TriggerLexicon, graph: SentenceGraph, v: number): boolean {
  return lexicon.lightVerbs.has(lemmaOf(graph, v)) && graph.children(v).some((c) => c.rel === 'obj' && eventNounOf(lexicon, graph, c.dep, 'COOPERATES_WITH'));
}

/** The noun at `k` is an event noun of `type` in the lexicon, by its lemma or as written ("talks"). */
export function eventNounOf(lexicon: TriggerLexicon, graph: SentenceGraph, k: number, type: RelationType): boolean {
  const noun = graph.sentence.tokens[k];
  return !!noun && (lexicon.nouns.get(noun.lemma.toLowerCase()) ?? lexicon.nouns.get(noun.word.toLowerCase()) ?? []).some((e) => e.type === type);
}

/** The prepositions by which the noun at `k` names who suffers it ("attack on X", "the detention of X"); none when it names no harm. */
export function victimPrepsOf(lexicon: TriggerLexicon, graph: SentenceGraph, k: number): ReadonlySet<string> {
  return (nounAt(graph.sentence, k) && lexicon.harmNouns.get(lemmaOf(graph, k))) || NO_PREPS;
}
const NO_PREPS: ReadonlySet<string> = new Set();

function verbTargets(ctx: EventContext, v: number, entry: TriggerEntry, required: number): Argument[] {
  const { graph, index: at } = ctx;
  // A refusal "despite pressure by X" refuses X; no other act is done to the party "despite" names.
  // An as-phrase says what the act is taken for, no party to it ("condemned the strikes as a violation of
  // Afghanistan's sovereignty" accuses no Afghanistan).
  // Nor is the party an act of cooperation, a meeting or support is "against" its partner: it is their
  // common adversary ("agreed to cooperate against ISIL", "work together against the TTP").
  const friendly = isCooperative(entry.type);
  const accept = (rel: string): boolean =>
    entry.preps.includes('*')
      ? (prepOf(rel) !== null && prepOf(rel) !== 'as' && !(friendly && prepOf(rel) === 'against')) || (entry.type === 'REJECTED' && rel.endsWith(':despite'))
      : prepMatches(rel, entry.preps);
  // With any complement allowed, a direct object comes first: "blamed X for the bombing of Y" blames X.
  const objects = entry.preps.includes('*') ? actorsVia(graph, at, v, (r) => r === 'obj') : [];
  let targets = objects.length > 0 ? objects : actorsVia(graph, at, v, accept);
  // …but it may name the act's author: "condemned the attack as an act of cowardice by X".
  if (targets.length === 0 && entry.preps.includes('*')) {
    for (const c of graph.children(v)) if (c.rel === 'obl:as') targets.push(...actorsVia(graph, at, c.dep, (r) => r === 'nmod:by' || r === 'nmod:agent'));
  }
  // The phrase's content word may carry the target: "voiced concern over X", "X's decision", and the
  // subject of a small clause ("hold the Taliban accountable": UD makes the Taliban its subject).
  if (required !== v) {
    const smallClause = graph.treeRel(required) === 'xcomp' && entry.preps.includes('');
    targets = dedupe([...targets, ...actorsVia(graph, at, required, (r) => prepMatches(r, entry.preps.includes('') ? [...entry.preps, 'of'] : entry.preps) || r === 'nmod:poss' || (smallClause && r === 'nsubj'))]);
  }
  // An attitude to a content clause is one to its subject: "welcomed the news that X has raised the flag".
  if (targets.length === 0 && entry.preps.includes('') && ATTITUDES.has(entry.type)) {
    for (const o of graph.children(v)) {
      if (o.rel !== 'obj' || !nounAt(graph.sentence, o.dep)) continue;
      for (const c of graph.children(o.dep)) if (c.rel === 'ccomp' || c.rel === 'acl') targets.push(...actorsVia(graph, at, c.dep, (r) => r === 'nsubj'));
    }
    targets = dedupe(targets);
  }
  // "provided X with weapons": the phrase's content word in a with-phrase leaves the object as the target.
  if (targets.length === 0 && required !== v && graph.parents(required).some((p) => p.gov === v && p.rel === 'obl:with')) {
    targets = actorsVia(graph, at, v, (r) => r === 'obj' || r === 'iobj');
  }
  if (targets.length === 0 && (entry.preps.includes('*') || entry.type === 'REJECTED' || entry.type === 'WARNED')) {
    // "refused to cooperate with X", "threatened to cut aid to X": the complement's object — but a fact
    // denied is no party rejected ("denied that they were harbouring X" rejects no X).
    for (const c of graph.children(v)) {
      if (c.rel !== 'xcomp' && (c.rel !== 'ccomp' || entry.type === 'REJECTED')) continue;
      // An agreement's complement that is itself hostile names no partner ("agreed to … and condemned attacks by X").
      if (entry.type === 'COOPERATES_WITH' && hostileVerbAt(ctx.lexicon, graph, c.dep)) continue;
      targets = actorsVia(graph, at, c.dep, (r) => r === 'obj' || r === 'obl:with' || r === 'obl:to' || (!friendly && r === 'obl:against'));
      if (targets.length > 0) break;
    }
  }
  // "contribute troops to a peacekeeping force in X": the force keeps the peace in X, whom the troops aid.
  if (targets.length === 0 && entry.type === 'SUPPORTS') {
    for (const c of graph.children(v)) if (c.rel === 'obj' || prepMatches(c.rel, entry.preps)) for (const k of peacekeepingHost(graph, c.dep)) targets.push(...actorsAt(graph, at, k));
    targets = dedupe(targets);
  }
  // "travelled there": the place the caller read "there" as.
  if (targets.length === 0 && entry.type === 'VISITED') targets = actorsVia(graph, at, v, (r) => r === 'advmod');
  // Condemning an attack accuses its author, not its victims ("condemned the killing of X by Y"); denying a
  // part in it rejects no victim ("denied any involvement in the attack on the Pakistani embassy").
  if (entry.type === 'ACCUSED' || entry.type === 'REJECTED') {
    const victimPreps = (k: number) => victimPrepsOf(ctx.lexicon, graph, k);
    targets = targets.filter((t) => !victimOfHarmAbout(graph, v, t.mention.start, t.mention.end, victimPreps));
    if (targets.length === 0 && entry.type === 'ACCUSED') {
      for (const c of graph.children(v)) if ((c.rel === 'obj' || prepMatches(c.rel, entry.preps)) && victimPreps(c.dep).size > 0) targets.push(...actorsVia(graph, at, c.dep, (r) => r === 'nmod:by' || r === 'nmod:agent'));
    }
  }
  // "conducted operations against X in Y": the place is where, once a target is named.
  if (entry.type === 'ATTACKED' && targets.length > 1) {
    const places = new Set(actorsVia(graph, at, v, isPlaceRelation).map((a) => a.mention.start));
    const named = targets.filter((t) => !places.has(t.mention.start));
    if (named.length > 0) targets = named;
  }
  return targets;
}

const NOUN_SOURCE_RELS = (rel: string): boolean => rel === 'nmod:poss' || rel === 'compound' || rel === 'amod' || rel === 'nmod:by' || rel === 'nmod:agent';

function nounArguments(ctx: EventContext, n: number, entry: TriggerEntry): { sources: Argument[]; targets: Argument[]; pairs: Argument[] } {
  const { graph, index: at, lexicon } = ctx;
  // "strikes in Afghanistan" names a place, not a target.
  const nounPreps = entry.preps.filter((p) => p !== 'in' && p !== 'at');
  let targets = actorsVia(graph, at, n, (r) => prepMatches(r, nounPreps));
  const pairs = actorsVia(graph, at, n, BETWEEN);
  // "the US-Taliban agreement": a hyphenated modifier naming two parties.
  for (const c of graph.children(n)) {
    if (c.rel !== 'compound' && c.rel !== 'amod') continue;
    // One token holding both names, or two names the parser joined by the hyphen.
    const both = [...(at.within[c.dep] ?? [])];
    const hyphenated = graph.children(c.dep).some((g) => g.rel === 'punct' && graph.sentence.tokens[g.dep]?.word === '-');
    if (hyphenated) for (const g of graph.children(c.dep)) if (g.rel === 'compound' && at.at[g.dep]) both.push(at.at[g.dep] as ArgMention);
    if (new Set(both.map((m) => m.actor)).size >= 2) pairs.push(...both.map((mention) => ({ mention, indirect: false })));
  }
  let sources = actorsVia(graph, at, n, NOUN_SOURCE_RELS);
  // The subject of a copular "in talks with" takes part: "our officials have been in contact with X", "X is
  // in talks with Y" (a mutual event only: "X is a threat to Y" threatens no one).
  if (sources.length === 0 && MUTUAL.has(entry.type) && graph.children(n).some((c) => c.rel === 'cop')) sources = actorsVia(graph, at, n, SUBJECT);
  // The verb that carries the event noun ("held talks", "the strike that X took"): its subject
  // acts, its complements are the target. Enhanced edges also give the verb of a relative clause.
  const carriers = [
    // A clause hanging off the noun ("the strike that X took"), however the parser labelled it.
    ...graph.children(n).filter((c) => c.rel === 'acl:relcl' || c.rel === 'acl' || c.rel === 'ccomp').map((c) => c.dep),
    ...graph.parents(n).filter((p) => p.rel === 'obj' || p.rel === 'nsubj:pass').map((p) => p.gov),
    // An amount of it carried instead ("announced £10 million in aid for X", "provided $5 million of assistance").
    ...amountsOf(graph, n).flatMap((a) => graph.parents(a).filter((p) => p.rel === 'obj' || p.rel === 'iobj' || p.rel === 'nsubj:pass').map((p) => p.gov)),
  ];
  for (const v of carriers) {
    if (!verbAt(graph.sentence, v) || !lexicon.lightVerbs.has(lemmaOf(graph, v))) continue;
    if (sources.length === 0) sources = verbSubjects(ctx, v).sources;
    if (targets.length === 0) targets = actorsVia(graph, at, v, (r) => prepMatches(r, nounPreps) && r !== 'obj');
    if (sources.length > 0) break;
  }
  // One who goes to war or returns to talks takes part in them: "go to war with X", "returned to talks with
  // X", "entered into negotiations with X" (the verb of entering, its to-/into-phrase the event noun) —
  // with the other party named ("X and Y went to war" says nothing of who fought whom).
  if (sources.length === 0 && targets.length > 0) {
    for (const p of graph.parents(n)) {
      if ((p.rel === 'obl:to' || p.rel === 'obl:into') && ENTERING_VERBS.has(lemmaOf(graph, p.gov)) && verbAt(graph.sentence, p.gov)) sources = verbSubjects(ctx, p.gov).sources;
      if (sources.length > 0) break;
    }
  }
  // Who comes for a meeting, or acts around it, takes part in it: "X travelled to Doha for talks with Y",
  // "after talks with Y, X said" (X meets Y); "U.S. and Russian negotiators return to Geneva for talks"
  // (they meet each other; one alone meets no one).
  if (entry.type === 'MET_WITH' && sources.length === 0 && pairs.length === 0) {
    for (const p of graph.parents(n)) {
      if (!MEETING_TIME_RELS.has(p.rel) || !verbAt(graph.sentence, p.gov)) continue;
      const parties = verbSubjects(ctx, p.gov).sources;
      if (targets.length > 0) sources = parties;
      else if (p.rel === 'obl:for' && new Set(parties.map((a) => a.mention.actor)).size >= 2) pairs.push(...parties);
      if (sources.length > 0 || pairs.length > 0) break;
    }
  }
  // "support for Iraq in the fight against ISIL", "X joined Y in the war on Z": the event noun's
  // agent is the party it is said of.
  if (sources.length === 0) {
    for (const p of graph.parents(n)) {
      // The one supported fights: "support for Iraq in the fight against ISIL" (Iraq fights, not the supporter).
      if (p.rel === 'nmod:in') sources = actorsVia(graph, at, p.gov, (r) => r === 'nmod:for' || r === 'nmod:to');
      if (p.rel === 'nmod:in' && sources.length === 0) sources = actorsAt(graph, at, p.gov);
      else if (p.rel === 'obl:in' && verbAt(graph.sentence, p.gov)) {
        const supports = (lexicon.verbs.get(lemmaOf(graph, p.gov)) ?? []).some((e) => e.type === 'SUPPORTS');
        if (supports) sources = actorsVia(graph, at, p.gov, (r) => r === 'obj' || r === 'obl:for');
        if (sources.length === 0) sources = actorsVia(graph, at, p.gov, SUBJECT);
      }
      if (sources.length > 0) break;
    }
  }
  // With its agent named by a possessor, the of-phrase is the target: "its support of the Government of Iraq".
  if (targets.length === 0 && graph.children(n).some((c) => c.rel === 'nmod:poss')) {
    targets = actorsVia(graph, at, n, (r) => r === 'nmod:of');
  }
  // "the agreement reached between X and Y": the parties hang off the verb the noun is the subject,
  // object or head of (a verb that carries it, not "ties strained between") — unless someone else performs it ("X launched a mediation between Y and Z").
  if (pairs.length === 0 && sources.length === 0) {
    const verbs = [
      ...graph.children(n).filter((c) => c.rel === 'acl' || c.rel === 'acl:relcl').map((c) => c.dep),
      ...graph.parents(n).filter((p) => p.rel === 'nsubj' || p.rel === 'nsubj:pass' || p.rel === 'obj').map((p) => p.gov),
    ];
    for (const v of verbs) if (verbAt(graph.sentence, v) && lexicon.lightVerbs.has(lemmaOf(graph, v))) pairs.push(...actorsVia(graph, at, v, BETWEEN));
  }
  // The noun's own "X-backed"/"US" compound may also be its target when it is named after the prep.
  return { sources, targets: targets.filter((t) => !sources.some((s) => s.mention.start === t.mention.start)), pairs };
}

/**
 * The name is written as the possessor of a thing ("the Board of Inquiry's summary"), not of one of its
 * people ("Iran's president", "Jordan's visiting King"): the text's "'s" and the first noun after it.
 */
function possessorInText(graph: SentenceGraph, m: ArgMention, agents: ReadonlySet<string>): boolean {
  const tokens = graph.sentence.tokens;
  const next = tokens.findIndex((t) => t.start >= m.end);
  if (next < 0 || tokens[next]?.pos !== 'POS') return false;
  const noun = tokens.slice(next + 1).find((t) => t.pos.startsWith('NN'));
  return !!noun && noun.pos !== 'NNP' && !agents.has(noun.lemma.toLowerCase()) && !agents.has(noun.word.toLowerCase());
}

/**
 * The hostile verb names whom it is against — an object or a complement, actor or not ("defeating these
 * terrorists") — other than the fighting itself ("fought a war"): without one, its subjects fight each other.
 */
/** The parties, one argument for each actor (the first where several mentions name it). */
function oneEachActor(args: readonly Argument[]): Argument[] {
  return dedupe(args).filter((a, k, all) => all.findIndex((b) => b.mention.actor === a.mention.actor) === k);
}

function enemyNamed(ctx: EventContext, v: number): boolean {
  const { graph, lexicon } = ctx;
  // An on-phrase names the enemy only for a verb that takes its target so ("fired on X"), or when it
  // names a party: "X and Y clashed on the border / on Tuesday" fought each other.
  const takesOn = (lexicon.verbs.get(lemmaOf(graph, v)) ?? []).some((e) => e.origin === 'rules' && e.preps.includes('on'));
  return graph.children(v).some((c) => {
    const fighting = (lexicon.nouns.get(lemmaOf(graph, c.dep)) ?? []).some((e) => e.type === 'ATTACKED');
    if (c.rel === 'obl:on') return takesOn || actorsVia(graph, ctx.index, v, (r) => r === 'obl:on').length > 0;
    return (c.rel === 'obj' && !fighting) || c.rel === 'obl:against' || c.rel === 'xcomp';
  });
}

/**
 * The party is named through its people, not its officials: "hosting Afghan refugees", "received
 * Chinese students", "concerned about the Afghan people" — no meeting, visit or accusation of the state.
 */
function namedThroughPopulation(ctx: EventContext, trigger: number, party: Argument): boolean {
  const { graph, index } = ctx;
  const populations = index.populations;
  if (!party.indirect || !populations) return false;
  // "millions of Afghan refugees": the complement may be the amount, its of-phrase the people.
  const nouns = graph.children(trigger).filter((c) => c.rel === 'obj' || c.rel.startsWith('nmod:of') || c.rel.startsWith('obl:')).flatMap((c) => [c.dep, ...graph.children(c.dep).filter((d) => d.rel === 'nmod:of').map((d) => d.dep)]);
  const people = nouns.filter((n) => populations.has(lemmaOf(graph, n)) || populations.has(graph.sentence.tokens[n]?.word.toLowerCase() ?? ''));
  return people.length > 0 && spanUnder(graph, party.mention.start, party.mention.end, people);
}

/**
 * Two mentions listed together with "and" ("the UK and France", "US forces and Afghan troops", the
 * parser's appositions in "X, Y and Z"); never alternatives ("either X or Y" is conj:or).
 */
function conjoined(graph: SentenceGraph, a: ArgMention, b: ArgMention): boolean {
  const [ta, tb] = [tokenAt(graph, a.start), tokenAt(graph, b.start)].sort((p, q) => p - q) as [number, number];
  if (ta < 0 || tb < 0) return false;
  const near = (k: number): number[] => [k, graph.head(k)].filter((n) => n >= 0);
  const [na, nb] = [near(ta), near(tb)];
  const listed = (r: string): boolean => r === 'conj:and' || r === 'appos';
  for (const d of graph.sentence.deps) {
    if (!listed(d.rel)) continue;
    if ((na.includes(d.gov) && nb.includes(d.dep)) || (nb.includes(d.gov) && na.includes(d.dep))) return true;
  }
  // Both listed under one head: "the UK, the Coalition and Iraq" as appositions of the first.
  return graph.sentence.deps.some((d) => listed(d.rel) && na.includes(d.dep) && graph.sentence.deps.some((e) => listed(e.rel) && e.gov === d.gov && nb.includes(e.dep)));
}

export function findEvents(ctx: EventContext): FoundEvent[] {
  const { graph, lexicon } = ctx;
  const out: FoundEvent[] = [];
  for (const tok of graph.sentence.tokens) {
    const lemma = tok.lemma.toLowerCase();
    // A predicative adjective with a subject reads like a verb ("we are grateful to Qatar").
    const isAdjective = tok.pos.startsWith('JJ') && lexicon.adjectives.has(lemma) && graph.children(tok.i).some((c) => c.rel === 'nsubj');
    // A gerund the parser tags as a verb but uses as a noun ("Fighting between X and Y intensified").
    const gerundNoun = tok.pos === 'VBG' && graph.children(tok.i).some((c) => BETWEEN(c.rel)) && !graph.children(tok.i).some((c) => c.rel === 'obj' || SUBJECT(c.rel));
    const isVerb = (tok.pos.startsWith('VB') && !gerundNoun) || isAdjective;
    const isNoun = tok.pos.startsWith('NN') || gerundNoun;
    if (!isVerb && !isNoun) continue;
    // A participle used as an adjective ("Jordan's visiting King") names no event of its own.
    if (isVerb && graph.treeRel(tok.i) === 'amod') continue;
    // Nor one the parser hangs off a possessor ("Jordan's visiting King": a possessor governs no clause).
    if (isVerb && graph.treeRel(tok.i) === 'acl' && graph.children(graph.head(tok.i)).some((c) => c.rel === 'case' && graph.sentence.tokens[c.dep]?.pos === 'POS')) continue;
    if (isNoun && ctx.index.at[tok.i]) continue;
    const entries = isAdjective ? lexicon.adjectives.get(lemma) : isVerb ? lexicon.verbs.get(lemma) : lexicon.nouns.get(lemma) ?? lexicon.nouns.get(tok.word.toLowerCase());
    if (!entries) continue;
    // A phrase entry ("open fire on") outranks the bare verb when its content word is there.
    const withReq = entries.filter((e) => e.requires && requirementMet(graph, tok.i, e) !== null);
    // A particle makes another verb ("gave up the hunt for X", "called off the talks"): the bare verb's
    // entries do not apply; a phrase that names the particle does ("beat up", "back up").
    const particle = isVerb && graph.children(tok.i).some((c) => c.rel === 'compound:prt');
    const chosen = withReq.length > 0 ? withReq : particle ? [] : entries.filter((e) => !e.requires);
    const byType = new Map<RelationType, { entry: TriggerEntry; required: number }>();
    for (const entry of chosen) {
      const have = byType.get(entry.type);
      // The project's own entries of one type pool their prepositions ("detonated a bomb" and
      // "detonated … near X"); a CAMEO entry is used only where the project has none.
      if (have && entry.origin === 'rules' && have.entry.origin === 'rules' && !entry.requires && !have.entry.requires) {
        have.entry = { ...have.entry, preps: [...new Set([...have.entry.preps, ...entry.preps])] };
        continue;
      }
      if (have) continue;
      byType.set(entry.type, { entry, required: requirementMet(graph, tok.i, entry) ?? tok.i });
    }
    if (isVerb && carriesAgreement(lexicon, graph, tok.i)) byType.delete('MET_WITH');
    // "welcomed X to the White House": a host meets a visitor there; it is no endorsement of X.
    const hosting = isVerb && lexicon.hostingVerbs.has(lemma);
    const hostedAt = hosting && byType.has('MET_WITH') ? actorsVia(graph, ctx.index, tok.i, (r) => r === 'obl:to' || r === 'obl:in' || r === 'obl:at') : [];
    if (hostedAt.length > 0) byType.delete('SUPPORTS');
    for (const { entry, required } of byType.values()) {
      let sources: Argument[];
      let targets: Argument[];
      let pairs: Argument[] = [];
      if (isVerb) {
        const subj = verbSubjects(ctx, tok.i);
        sources = subj.sources;
        // The one who feels ("the Members of the Council are encouraged by X") may be named through its people.
        const passiveTargets = entry.reverse ? actorsVia(graph, ctx.index, tok.i, (r) => r === 'nsubj:pass') : subj.passiveTargets;
        targets = subj.only ? subj.passiveTargets : dedupe([...passiveTargets, ...verbTargets(ctx, tok.i, entry, required)]);
      } else {
        ({ sources, targets, pairs } = nounArguments(ctx, tok.i, entry));
      }
      if (entry.reverse) [sources, targets] = [targets, sources];
      const emit = (s: Argument, t: Argument): void => {
        if (s.mention.actor === t.mention.actor) return;
        // One leads a body, not the state its delegation or troops belong to ("led the Pakistani delegation").
        if (entry.type === 'LEADS' && t.indirect) return;
        // One meets or visits someone, not their statement or decision ("welcomed X's statement").
        // The parser may miss the possessive ("welcomes the UN Board of Inquiry's summary" as the Board): the
        // text's "'s" after the name says the same.
        if ((entry.type === 'MET_WITH' || entry.type === 'VISITED') && (t.via === 'nmod:poss' || possessorInText(graph, t.mention, ctx.index.agents))) return;
        // Nor does a host meet a party by welcoming its act in any phrase ("welcomes the decision of the Taliban").
        if (entry.type === 'MET_WITH' && t.via && hosting) return;
        // Hosting a state's people is no meeting or visit of the state ("hosting millions of Afghan refugees").
        if ((entry.type === 'MET_WITH' || entry.type === 'VISITED') && hosting && namedThroughPopulation(ctx, tok.i, entry.reverse ? s : t)) return;
        // Concern for a state's people is no accusation of the state ("concerned about the Afghan people").
        if (entry.type === 'ACCUSED' && namedThroughPopulation(ctx, tok.i, t)) return;
        // One goes to a place, not to the people a demonym names ("our prayers go out to Afghan soldiers").
        if (entry.type === 'VISITED' && (t.indirect || t.mention.kind === 'demonym')) return;
        out.push({ type: entry.type, trigger: tok.i, source: s, target: t, entry });
      };
      // Co-belligerents against a common enemy are allies: "the UK, the Coalition and Iraq are committed to
      // defeating X". With no enemy named they fight each other: "X and Y clashed", "X and Y fought a war".
      if (entry.type === 'ATTACKED' && !(isVerb && graph.children(tok.i).some((c) => c.rel === 'aux:pass' || c.rel === 'nsubj:pass'))) {
        const sides = oneEachActor(sources);
        const allied = { ...entry, type: 'COOPERATES_WITH' as const, preps: ['with'] };
        for (let a = 0; a < sides.length; a++) {
          for (let b = a + 1; b < sides.length; b++) {
            const [x, y] = [sides[a] as Argument, sides[b] as Argument];
            if (!conjoined(graph, x.mention, y.mention)) continue;
            if (isVerb && !enemyNamed(ctx, tok.i)) out.push({ type: 'ATTACKED', trigger: tok.i, source: x, target: y, entry }, { type: 'ATTACKED', trigger: tok.i, source: y, target: x, entry });
            else out.push({ type: 'COOPERATES_WITH', trigger: tok.i, source: x, target: y, entry: allied });
          }
        }
      }
      // "clashes between X and Y", "the war between X and Y": each side attacks the other.
      if (entry.type === 'ATTACKED' && !isVerb && sources.length === 0 && targets.length === 0) {
        const sides = oneEachActor(pairs);
        for (let a = 0; a < sides.length; a++) {
          for (let b = a + 1; b < sides.length; b++) {
            emit(sides[a] as Argument, sides[b] as Argument);
            emit(sides[b] as Argument, sides[a] as Argument);
          }
        }
      }
      if (MUTUAL.has(entry.type)) {
        // Coordinated subjects meet each other ("X and Y met"); the agents of a passive do not
        // ("talks mediated by X, Y and Z").
        // A participle on a noun is a passive too ("the ceasefire brokered by Turkey and Russia").
        const passiveVerb = isVerb && (graph.children(tok.i).some((c) => c.rel === 'aux:pass' || c.rel === 'nsubj:pass') || (graph.treeRel(tok.i) === 'acl' && tok.pos === 'VBN'));
        const parties = dedupe([...pairs, ...(targets.length === 0 && !passiveVerb ? sources : [])]);
        if (targets.length === 0 && parties.length >= 2) {
          for (let a = 0; a < parties.length; a++) for (let b = a + 1; b < parties.length; b++) emit(parties[a] as Argument, parties[b] as Argument);
          continue;
        }
        if (sources.length === 0 && pairs.length > 0) sources = pairs;
      }
      for (const s of sources) for (const t of targets) emit(s, t);
      // "hosted talks between X and Y": the host meets each party; so it does those who attended ("hosted a
      // meeting …, attended by representatives of X and Y", the participle on the meeting or the verb).
      if (entry.type === 'MET_WITH' && hosting && lexicon.eventHostingVerbs.has(lemma) && targets.length === 0) {
        for (const o of graph.children(tok.i)) {
          if (o.rel !== 'obj' || !eventNounOf(lexicon, graph, o.dep, 'MET_WITH')) continue;
          const attended = [...graph.children(o.dep), ...graph.children(tok.i)].filter((c) => lemmaOf(graph, c.dep) === 'attend' && graph.sentence.tokens[c.dep]?.pos === 'VBN');
          const parties = [...actorsVia(graph, ctx.index, o.dep, BETWEEN), ...attended.flatMap((c) => actorsVia(graph, ctx.index, c.dep, AGENT))];
          for (const party of dedupe(parties)) for (const host of sources) emit(host, party);
        }
      }
      if (entry.type === 'MET_WITH') {
        const visit = { ...entry, type: 'VISITED' as const, preps: ['to'] };
        for (const t of targets) for (const place of hostedAt) if (!t.indirect && t.via !== 'nmod:poss' && t.mention.actor !== place.mention.actor) out.push({ type: 'VISITED', trigger: tok.i, source: t, target: place, entry: visit });
      }
    }
  }
  return out;
}
