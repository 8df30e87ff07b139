// Where the parse contradicts a claim of the surface rules, the parse wins: the rules read word
// order, the tree reads who is the subject ("America went to Afghanistan to defeat the forces that
// attacked this country": the forces attacked, not America). Pure.
import { isPlaceRelation } from '../extract/place-prepositions';
import { spanHead, type SentenceGraph } from './sentence-graph';
import type { TriggerLexicon } from './trigger-lexicon';
import { nounAt, verbAt } from '../parse/pos';

/** Relations that name who performs a verb (enhanced++: a relative clause's subject is its noun). */
const PERFORMER = new Set(['nsubj', 'nsubj:xsubj', 'obl:agent', 'csubj']);

const FIRST_PERSON = new Set(['i', 'we']);
/** Pronouns that stand for a person only. */
const PERSONAL = new Set(['he', 'she']);

/** Dependents by which an event noun names its own parties. */
const NOUN_PARTY = new Set(['nmod:poss', 'compound', 'amod', 'nmod:of', 'nmod:by', 'nmod:agent', 'nmod:between', 'nmod:among']);

/** Marks of an adverbial clause whose performer is the subject of the verb it modifies. */
const SUBJECT_CONTROL_MARKS = new Set(['by', 'after', 'before', 'while', 'upon', 'without']);
const ANAPHORIC_DET = new Set(['this', 'that', 'these', 'those']);

/** Token index of the token covering character offset `at`, or -1. */
export function tokenAt(graph: SentenceGraph, at: number): number {
  const tok = graph.sentence.tokens.find((t) => t.start <= at && at < t.end);
  return tok ? tok.i : -1;
}

/** The tokens of the text span [start, end), in order. */
function tokensIn(graph: SentenceGraph, start: number, end: number): number[] {
  return graph.sentence.tokens.filter((t) => t.start < end && start < t.end).map((t) => t.i);
}

/** The head token of the text span [start, end), or -1 when no token lies in it. */
function headOfSpan(graph: SentenceGraph, start: number, end: number): number {
  const span = tokensIn(graph, start, end);
  return span.length === 0 ? -1 : spanHead(graph, span[0] as number, (span[span.length - 1] as number) + 1);
}

/**
 * The verb at `trigger` has a subject in the tree and the claimed source lies in none of them (nor is
 * any of them a pronoun the rules may have resolved): the claim's source is not the verb's subject.
 */
export function subjectContradicts(graph: SentenceGraph, trigger: number, sourceStart: number, sourceEnd: number, performs: (subject: number) => boolean, sourceIsPerson = true): boolean {
  let tok = graph.sentence.tokens[trigger];
  // A phrase's noun ("spoke by phone to X", "held talks with X"): its verb has the subject — unless
  // the noun names its own parties ("emphasized United States support for X", "talks between X and Y").
  const rel = graph.treeRel(trigger);
  const head = graph.head(trigger);
  const ownParties = graph.children(trigger).some((c) => NOUN_PARTY.has(c.rel) && performs(c.dep));
  if (tok && tok.pos.startsWith('NN') && !ownParties && head >= 0 && (rel === 'obj' || rel.startsWith('obl')) && verbAt(graph.sentence, head)) {
    trigger = head;
    tok = graph.sentence.tokens[head];
  }
  if (!tok || !tok.pos.startsWith('VB')) return false;
  let subjects = graph.children(trigger).filter((c) => PERFORMER.has(c.rel)).map((c) => c.dep);
  // A non-finite adverbial clause of means or time ("helped X by attacking Y", "after meeting Y") is done by
  // the subject of the verb it modifies, not by that verb's object (whom "accused X of supporting Y",
  // "thanked X for helping Y" are about). Not a purpose clause: the parser hangs one on the verb above
  // its noun ("noted U.S. assistance to help X": the assistance helps).
  const mark = graph.children(trigger).find((c) => c.rel === 'mark' || c.rel === 'case');
  const subjectControlled = mark !== undefined && SUBJECT_CONTROL_MARKS.has(graph.sentence.tokens[mark.dep]?.lemma.toLowerCase() ?? '');
  if (subjects.length === 0 && subjectControlled && graph.treeRel(trigger) === 'advcl' && (tok.pos === 'VBG' || tok.pos === 'VB') && graph.head(trigger) >= 0) {
    subjects = graph.children(graph.head(trigger)).filter((c) => PERFORMER.has(c.rel)).map((c) => c.dep);
  }
  if (subjects.length === 0) return false;
  const sourceTokens = tokensIn(graph, sourceStart, sourceEnd);
  if (sourceTokens.length === 0) return false;
  for (const s of subjects) {
    const st = graph.sentence.tokens[s];
    if (!st) return false;
    // A first-person subject is the speaker, never a name elsewhere in the sentence ("we took out the
    // head of ISIS, and we eliminated the leader of al-Qaeda"); "they" may stand for one.
    if (st.pos.startsWith('PRP')) {
      if (sourceTokens.includes(s)) return false;
      // "he" or "she" is a person, never the place or state read before it ("travelled to Fiji, where she met X").
      const lemma = st.lemma.toLowerCase();
      if (!FIRST_PERSON.has(lemma) && !(PERSONAL.has(lemma) && !sourceIsPerson)) return false;
      continue;
    }
    // Only a subject that names a performer contradicts ("the forces that attacked"); "a consensus to
    // exchange" is the parser's guess, and "this country" is an anaphor the rules may have resolved.
    if (!performs(s) || graph.children(s).some((c) => c.rel === 'det' && ANAPHORIC_DET.has(graph.sentence.tokens[c.dep]?.lemma.toLowerCase() ?? ''))) return false;
    if (sourceTokens.some((k) => k === s || graph.inSubtree(k, s))) return false;
    // Coordinated subjects: "X and Y attacked" — the enhanced graph gives each its own edge, but a
    // basic-tree conj of the subject also counts.
    if (graph.children(s).some((c) => c.rel.startsWith('conj') && sourceTokens.some((k) => k === c.dep || graph.inSubtree(k, c.dep)))) return false;
  }
  return true;
}

/**
 * The verb at `trigger` has the claimed source itself as its subject ("America went to X", "we went
 * to X"), not a noun the source only modifies ("the American delegation arrived in X").
 */
export function isDirectSubject(graph: SentenceGraph, trigger: number, sourceStart: number, sourceEnd: number): boolean {
  const tok = graph.sentence.tokens[trigger];
  if (!tok || !tok.pos.startsWith('VB')) return false;
  return graph.children(trigger).some((c) => {
    if (c.rel !== 'nsubj') return false;
    const s = graph.sentence.tokens[c.dep];
    return !!s && s.start < sourceEnd && sourceStart < s.end;
  });
}

/**
 * An event noun a named party owns is that party's act ("the importance of Pakistan's continued
 * engagement with the IMF"): a surface claim that gives it to someone else, with the owner at neither
 * end, is the rules reading word order.
 */
export function ownedByOther(graph: SentenceGraph, trigger: number, ends: readonly [number, number][], performs: (k: number) => boolean): boolean {
  if (!nounAt(graph.sentence, trigger)) return false;
  const owners = graph.children(trigger).filter((c) => c.rel === 'nmod:poss' && performs(c.dep)).map((c) => c.dep);
  if (owners.length === 0) return false;
  return !ends.some(([start, end]) => spanUnder(graph, start, end, owners));
}

/** Dependents by which an event noun names its own agent. */
const OWN_AGENT_RELS = new Set(['nmod:poss', 'compound', 'amod', 'nmod:by', 'nmod:agent']);

/** The event noun names the span's actor as its own agent: its possessor, compound or adjective ("Russia's war", "the Russian invasion"). */
export function nounNamesAgent(graph: SentenceGraph, noun: number, start: number, end: number): boolean {
  return spanUnder(graph, start, end, graph.children(noun).filter((c) => OWN_AGENT_RELS.has(c.rel)).map((c) => c.dep));
}

/**
 * The span's actor suffers a harm the trigger is about ("condemned the attack on Chinese engineers by
 * the BLA", "raised concerns about the detention of American citizens"): between the span and the
 * trigger stands a harm noun that names the span as who suffers it ("on", "against", "of"). Condemning or
 * worrying about a harm accuses its author, never its victims.
 */
export function victimOfHarmAbout(graph: SentenceGraph, trigger: number, start: number, end: number, victimPreps: (k: number) => ReadonlySet<string>): boolean {
  const span = tokensIn(graph, start, end);
  if (span.length === 0 || span.includes(trigger)) return false;
  let k = spanHead(graph, span[0] as number, (span[span.length - 1] as number) + 1);
  for (let steps = 0; steps < 6; steps++) {
    const head = graph.head(k);
    if (head < 0 || head === trigger) return false;
    const rel = graph.parents(k).find((p) => p.gov === head)?.rel ?? graph.treeRel(k);
    if (rel.startsWith('nmod:') && victimPreps(head).has(rel.slice('nmod:'.length))) return graph.inSubtree(head, trigger);
    k = head;
  }
  return false;
}

/** A token of the text span [start, end) is one of `roots` or lies in its subtree. */
export function spanUnder(graph: SentenceGraph, start: number, end: number, roots: readonly number[]): boolean {
  return graph.sentence.tokens.some((t) => t.start < end && start < t.end && roots.some((r) => t.i === r || graph.inSubtree(t.i, r)));
}

/**
 * The adjectival participle the span is hyphened to as its agent ("Pakistan" in "Pakistan-backed
 * militants", "US" in "US-trained forces"), when the participle's lemma is one of `participles`; else -1. Such a party backs
 * the noun; it does not act in the noun's acts nor suffer what is done to it.
 */
export function backerOf(graph: SentenceGraph, start: number, end: number, participles: ReadonlySet<string>): number {
  const span = tokensIn(graph, start, end);
  if (span.length === 0) return -1;
  const last = span[span.length - 1] as number;
  const k = spanHead(graph, span[0] as number, last + 1);
  const p = graph.head(k);
  // Joined to it by a hyphen: "Pakistan-backed", not "aligned with Pakistan".
  if (p !== last + 2 || graph.sentence.tokens[last + 1]?.word !== '-') return -1;
  const part = graph.sentence.tokens[p];
  const rel = graph.treeRel(k);
  if (!part || part.pos !== 'VBN' || graph.treeRel(p) !== 'amod' || !participles.has(part.lemma.toLowerCase())) return -1;
  // A demonym before the hyphen is a loose dependent in the parse ("Iranian-backed": dep).
  return rel.startsWith('obl') || rel.startsWith('nmod') || rel === 'compound' || rel === 'npadvmod' || rel === 'dep' ? p : -1;
}

/**
 * The end at `start`–`end` only describes a counterpart the sentence names ("talks with his Chinese
 * counterpart, Wang Yi": the party is Wang Yi, not China), by a name in apposition to it.
 */
export function describesNamedCounterpart(graph: SentenceGraph, start: number, end: number): boolean {
  const k = tokenAt(graph, start);
  if (k < 0 || graph.sentence.tokens[k]!.end > end) return false;
  const rel = graph.treeRel(k);
  if (rel !== 'amod' && rel !== 'compound' && rel !== 'nmod:poss') return false;
  const noun = graph.head(k);
  if (noun < 0 || graph.sentence.tokens[noun]?.lemma.toLowerCase() !== 'counterpart') return false;
  return graph.children(noun).some((c) => c.rel === 'appos' && graph.sentence.tokens[c.dep]?.pos === 'NNP');
}

/**
 * The event noun at `trigger` is the object of a verb of stance (a SUPPORTS, ACCUSED or REJECTED verb,
 * no light verb) whose subject holds the claim's source: "Pakistan condemned the bombing in Kabul" is no
 * bombing by Pakistan.
 */
export function stanceOnAct(graph: SentenceGraph, lexicon: Pick<TriggerLexicon, 'verbs' | 'lightVerbs'>, trigger: number, start: number, end: number): boolean {
  const toks = graph.sentence.tokens;
  if (!nounAt(graph.sentence, trigger) || graph.treeRel(trigger) !== 'obj') return false;
  const verb = graph.head(trigger);
  const lemma = toks[verb]?.lemma.toLowerCase() ?? '';
  if (!verbAt(graph.sentence, verb) || lexicon.lightVerbs.has(lemma)) return false;
  if (!(lexicon.verbs.get(lemma) ?? []).some((e) => e.type === 'SUPPORTS' || e.type === 'ACCUSED' || e.type === 'REJECTED')) return false;
  return graph.children(verb).some((k) => k.rel === 'nsubj' && toks.some((t) => t.start < end && start < t.end && (t.i === k.dep || graph.inSubtree(t.i, k.dep))));
}

/**
 * A predicate above `trigger`, reached through the phrases that carry the event ("no role in the talks",
 * "a party to the conflict"), has a subject `other(k)` says is a third party ("Qatar played no role in …").
 */
export function thirdPartySubject(graph: SentenceGraph, trigger: number, other: (k: number) => boolean): boolean {
  for (let node = trigger, k = graph.head(trigger), steps = 0; k >= 0 && steps < 3 && /^(obj|obl|nmod)/.test(graph.treeRel(node)); node = k, k = graph.head(k), steps++) {
    if (graph.children(k).some((sub) => sub.rel === 'nsubj' && other(sub.dep))) return true;
  }
  return false;
}

/** The mention at `start`–`end` is where something happened ("the attack in Kabul"): a phrase of place on a noun. */
export function targetIsPlace(graph: SentenceGraph, start: number, end: number): boolean {
  const head = headOfSpan(graph, start, end);
  return head >= 0 && graph.parents(head).some((p) => p.rel.startsWith('nmod:') && isPlaceRelation(p.rel) && nounAt(graph.sentence, p.gov));
}

/**
 * The mention at `start`–`end` is one something is done "against" ("cooperate against ISIL", "work
 * together against the TTP"): an adversary of the act, never a partner in cooperation, a meeting or support.
 */
export function opposedParty(graph: SentenceGraph, start: number, end: number): boolean {
  const head = headOfSpan(graph, start, end);
  return head >= 0 && graph.parents(head).some((p) => p.rel.endsWith(':against'));
}
