// Negation and modality of a trigger, read from the tree and limited to the trigger's own clause and
// the verbs that control it ("refused to cooperate", "did not hold talks"). Pure.
import type { Modality } from '../../shared/vocabulary';
import { childLemmas, type SentenceGraph } from './sentence-graph';
import { nounAt, verbAt } from '../parse/pos';

const NEGATORS = new Set(['not', "n't", 'never', 'no', 'neither', 'nor', 'without']);
/** Verbs whose content clause is what they deny ("denied that X …"), also of a report they reject ("rejected reports that X …"). */
const DENYING = new Set(['deny', 'reject', 'dismiss', 'refute', 'rebut', 'disown']);
/** Nouns of what someone says happened: "reports that X met Y", "allegations that X supports Y". */
const CLAIM_NOUNS = new Set(['report', 'claim', 'allegation', 'accusation', 'suggestion', 'rumour', 'rumor', 'speculation', 'assertion', 'charge']);
/** Verbs whose complement did not happen: "refused to meet", "failed to reach". */
const NEGATING_CONTROLLERS = new Set(['refuse', 'decline', 'fail', 'deny', 'reject', 'cease', 'stop', 'halt', 'suspend', 'end', 'avoid', 'abandon', 'quit']);
const SPECULATIVE_AUX = new Set(['might']);
const PROPOSED_AUX = new Set(['may', 'could', 'would', 'should', 'can', 'shall']);
const SPECULATIVE_ADVERBS = new Set(['likely', 'possibly', 'perhaps', 'probably', 'apparently', 'allegedly', 'reportedly', 'presumably', 'purportedly', 'supposedly']);
const SPECULATIVE_FRAMES = new Set(['believe', 'suspect', 'fear', 'think', 'seem', 'appear', 'suggest', 'rumor', 'rumour', 'speculate', 'allege', 'doubt']);
const PROPOSED_CONTROLLERS = new Set(['plan', 'want', 'seek', 'consider', 'propose', 'intend', 'hope', 'aim', 'discuss', 'offer', 'ready', 'prepare', 'wish', 'try', 'attempt', 'call', 'urge', 'ask', 'invite', 'expect', 'agree', 'promise', 'pledge', 'vow', 'commit', 'decide', 'threaten', 'recommend', 'advise', 'encourage']);
/** Verbs that ask someone else to act: their subject does not perform the act they recommend ("a report recommended maintaining ties with X"). */
export const DIRECTIVE_VERBS = new Set(['recommend', 'advise', 'encourage', 'urge', 'ask', 'call', 'request', 'demand', 'invite', 'press']);
export const REPORTING_VERBS = new Set(['say', 'tell', 'claim', 'report', 'state', 'add', 'note', 'announce', 'insist', 'argue', 'explain', 'confirm', 'acknowledge', 'emphasize', 'emphasise', 'stress', 'write', 'complain', 'remind', 'recall', 'assert', 'quote', 'cite', 'declare', 'reiterate', 'mention', 'disclose', 'reveal', 'indicate', 'warn']);

/** Verbs whose of- or for-clause is a charge against their object ("accused X of sponsoring Y"). */
const ALLEGING_FRAMES = new Set(['accuse', 'blame', 'charge', 'allege', 'suspect', 'fault']);

export interface Polarity {
  negated: boolean;
  modality: Modality;
  /** The event is announced as not yet done ("has yet to recognize"): no claim either way. */
  unrealised: boolean;
  /** Set aside for another course ("instead of fighting X", "rather than return to war with X"): denied. */
  forgone: boolean;
  /** Promised or offered ("will give", "pledged to continue aid", "is ready to send"). */
  commissive: boolean;
  /** The content of a threat or warning ("threatened to shell X"): the WARNED claim says it. */
  threatened: boolean;
  /** "would" under a past report ("X said they would meet Y"): the report's "will", a promise in the past. */
  promisedInPast: boolean;
  /** Asked of its actors by someone else ("we urge X and Y to resume talks"): requested, not done. */
  directed: boolean;
  /** The charge of an accusation ("accused X of supporting Y"): reported, someone's allegation. */
  alleged: boolean;
}

const THREAT_CONTROLLERS = new Set(['threaten', 'warn', 'vow']);
/** Negating controllers that end an act under way: asked or promised, they leave it going on ("urged X to stop attacking Y"). */
const CESSATION = new Set(['cease', 'stop', 'halt', 'end', 'suspend', 'quit', 'abandon']);
/** Nouns whose infinitive did not happen: "refusal to meet", "failure to reach" deny it. */
const NEGATING_NOUNS = new Set(['refusal', 'failure', 'inability']);
/** …and nouns of reluctance leave it undone, asserted neither way: "reluctance to order strikes". */
const UNWILLING_NOUNS = new Set(['reluctance', 'unwillingness', 'hesitation', 'hesitancy', 'reticence']);
const HYPOTHETICAL_MARKS = new Set(['if', 'unless', 'whether']);

export const COMMISSIVE_CONTROLLERS = new Set(['offer', 'promise', 'pledge', 'agree', 'willing', 'ready', 'prepare', 'commit', 'vow', 'undertake']);

/**
 * A commitment named by its gerund is a standing one, the act carried on, not promised: "is committed to
 * supporting X" (not "committed to support X", "pledged to support X").
 */
export function standingCommitment(graph: SentenceGraph, act: number): boolean {
  const head = graph.head(act);
  return head >= 0 && graph.sentence.tokens[head]?.lemma.toLowerCase() === 'commit' && graph.sentence.tokens[act]?.pos === 'VBG';
}

/** "Instead of V-ing", "rather than V": the clause is the course not taken. */
function forgoneAt(graph: SentenceGraph, i: number): boolean {
  return graph.children(i).some((c) => {
    const word = graph.sentence.tokens[c.dep]?.word.toLowerCase();
    const next = graph.children(c.dep).find((f) => f.rel === 'fixed');
    const fixed = next ? graph.sentence.tokens[next.dep]?.word.toLowerCase() : '';
    return (c.rel === 'cc' || c.rel === 'mark' || c.rel === 'advmod' || c.rel === 'case') && ((word === 'instead' && fixed === 'of') || (word === 'rather' && fixed === 'than'));
  });
}

export function negatedAt(graph: SentenceGraph, i: number): boolean {
  for (const c of graph.children(i)) {
    const lemma = graph.sentence.tokens[c.dep]?.lemma.toLowerCase() ?? '';
    if ((c.rel === 'advmod' || c.rel === 'det' || c.rel === 'neg' || c.rel === 'mark' || c.rel === 'cc:preconj') && NEGATORS.has(lemma)) return true;
    // "no longer": advmod 'longer' with its own 'no'.
    if (c.rel === 'advmod' && lemma === 'longer' && graph.children(c.dep).some((g) => graph.sentence.tokens[g.dep]?.lemma.toLowerCase() === 'no')) return true;
    // "Neither X nor Y attended", "met neither X nor Y": the parties listed with neither/nor.
    if ((c.rel === 'nsubj' || c.rel === 'nsubj:pass' || c.rel === 'obj') && (graph.children(c.dep).some((g) => g.rel === 'cc:preconj' && graph.sentence.tokens[g.dep]?.lemma.toLowerCase() === 'neither') || graph.parents(c.dep).some((p) => p.rel === 'conj:nor'))) return true;
  }
  return false;
}

/** Nouns of an offer whose infinitive says what is proposed ("an invitation to attend talks with X"). */
const OFFER_NOUNS = new Set(['invitation', 'offer', 'proposal', 'request', 'call', 'plan', 'bid', 'demand', 'suggestion', 'initiative']);

/** Nouns that call what they are said of a pretence ("X's war on Y is a sham"). */
const PRETENCE = new Set(['sham', 'lie', 'myth', 'hoax', 'fiction', 'fabrication', 'farce', 'pretence', 'pretense', 'charade', 'facade', 'fake']);

/** Walks from the trigger up through nouns' light verbs and control/complement chains. */
export function polarityOf(graph: SentenceGraph, trigger: number): Polarity {
  const toks = graph.sentence.tokens;
  let negated = negatedAt(graph, trigger);
  let modality: Modality = 'asserted';
  let unrealised = false;
  let commissive = false;
  let threatened = false;
  let wouldAt = -1;
  let promisedInPast = false;
  let directed = false;
  let alleged = false;
  let node = trigger;
  // The cessation verb whose negation is in force: "to cease their attacks" denies them only if done.
  let ceasedBy = -1;
  // "Assad's war on ISIL is a sham": an act its sentence calls pretence is asserted neither way.
  const predicate = graph.parents(trigger).find((p) => p.rel === 'nsubj')?.gov;
  if (predicate !== undefined && PRETENCE.has(toks[predicate]?.lemma.toLowerCase() ?? '') && graph.children(predicate).some((c) => c.rel === 'cop')) unrealised = true;
  for (let depth = 0; depth < 4; depth++) {
    // "has yet to recognise": an act announced as not done, neither asserted nor denied.
    if (childLemmas(graph, node, ['advmod']).includes('yet') && childLemmas(graph, node, ['mark']).includes('to')) unrealised = true;
    // "if they attack us", "unless X withdraws", "whether X will meet Y": a condition or an open
    // question, asserted neither way.
    if (childLemmas(graph, node, ['mark']).some((m) => HYPOTHETICAL_MARKS.has(m))) unrealised = true;
    const aux = childLemmas(graph, node, ['aux']);
    if (aux.includes('will') || aux.includes('shall')) commissive = true;
    if (aux.includes('would')) wouldAt = node;
    if (aux.some((a) => SPECULATIVE_AUX.has(a))) modality = 'speculative';
    else if (modality === 'asserted' && aux.some((a) => PROPOSED_AUX.has(a))) modality = 'proposed';
    if (childLemmas(graph, node, ['advmod']).some((a) => SPECULATIVE_ADVERBS.has(a))) modality = 'speculative';
    const rel = graph.treeRel(node);
    const head = graph.head(node);
    if (head < 0) break;
    const headLemma = toks[head]?.lemma.toLowerCase() ?? '';
    // The parser often hangs "refusal to meet" off the verb above: the noun is then the infinitive's subject.
    const controller = childLemmas(graph, node, ['nsubj:xsubj']).concat(rel === 'acl' && childLemmas(graph, node, ['mark']).includes('to') ? [headLemma] : []);
    if (controller.some((l) => NEGATING_NOUNS.has(l))) negated = !negated;
    if (controller.some((l) => UNWILLING_NOUNS.has(l))) unrealised = true;
    if (rel === 'xcomp') {
      // "called on X to cease their attacks on Y", "agreed to halt strikes": the act goes on.
      if (ceasedBy === node && (PROPOSED_CONTROLLERS.has(headLemma) || DIRECTIVE_VERBS.has(headLemma) || COMMISSIVE_CONTROLLERS.has(headLemma))) {
        negated = !negated;
        break;
      }
      if (headLemma === 'have' && childLemmas(graph, head, ['advmod']).includes('yet')) unrealised = true;
      if (NEGATING_CONTROLLERS.has(headLemma)) {
        negated = !negated;
        if (CESSATION.has(headLemma)) ceasedBy = head;
        // "rejected an invitation to attend talks with X": what a refused offer proposes is neither done nor denied.
        if (childLemmas(graph, head, ['obj']).some((o) => OFFER_NOUNS.has(o))) unrealised = true;
      }
      else if (negatedAt(graph, head)) negated = true;
      const standing = standingCommitment(graph, node);
      if (PROPOSED_CONTROLLERS.has(headLemma) && modality === 'asserted' && !standing) modality = 'proposed';
      if (COMMISSIVE_CONTROLLERS.has(headLemma) && !standing) commissive = true;
      if (THREAT_CONTROLLERS.has(headLemma)) threatened = true;
      // "urged X to stop attacking Y" asks that an act going on end: that act stays asserted (above). One
      // asked in the passive ("Qatar was asked to mediate") is named for the role it took.
      if (DIRECTIVE_VERBS.has(headLemma) && !negated && !graph.children(head).some((c) => c.rel === 'aux:pass' || c.rel === 'nsubj:pass')) directed = true;
      node = head;
      continue;
    }
    if (rel === 'obj' || rel === 'nsubj:pass' || (rel === 'nmod' && nounAt(graph.sentence, node))) {
      // An event noun takes the polarity of the verb that carries it ("did not hold talks").
      if (nounAt(graph.sentence, node) && verbAt(graph.sentence, head)) {
        if (negatedAt(graph, head)) negated = true;
        if (NEGATING_CONTROLLERS.has(headLemma)) {
          negated = !negated;
          if (CESSATION.has(headLemma)) ceasedBy = head;
        }
        node = head;
        continue;
      }
    }
    // "accused X of sponsoring Y", "blamed X for attacking Y": the act is the accuser's charge, not a fact the text states.
    if (rel === 'advcl' && ALLEGING_FRAMES.has(headLemma) && childLemmas(graph, node, ['mark', 'case']).some((m) => m === 'of' || m === 'for')) {
      if (modality === 'asserted') modality = 'reported';
      alleged = true;
      break;
    }
    // The means of an act is stated as the act is ("accused X of violating the deal by attacking Y").
    if (rel === 'advcl' && childLemmas(graph, node, ['mark', 'case']).includes('by') && toks[node]?.pos === 'VBG') {
      node = head;
      continue;
    }
    if (rel === 'ccomp' || rel === 'parataxis') {
      if (deniedClause(graph, node)) {
        negated = !negated;
        break;
      }
      if (wouldAt === node && rel === 'ccomp' && REPORTING_VERBS.has(headLemma) && toks[head]?.pos === 'VBD') promisedInPast = true;
      if (SPECULATIVE_FRAMES.has(headLemma)) modality = 'speculative';
      else if (REPORTING_VERBS.has(headLemma) && modality === 'asserted') modality = 'reported';
    }
    break;
  }
  // "according to X": the claim is reported.
  if (modality === 'asserted' && graph.children(trigger).some((c) => c.rel === 'obl:according_to')) modality = 'reported';
  // The course not taken: the trigger's own clause, or the verb an event noun is the complement of.
  const carrier = graph.head(trigger);
  const forgone = forgoneAt(graph, trigger) || (nounAt(graph.sentence, trigger) && carrier >= 0 && /^(obl|obj)/.test(graph.treeRel(trigger)) && forgoneAt(graph, carrier));
  if (forgone) negated = true;
  return { negated, modality, unrealised, forgone, commissive, threatened, promisedInPast, directed, alleged };
}

/**
 * The clause at `node` is the content of a denial: "denied that it supports X", "rejected reports that it
 * had met X" (a report the verb's object).
 */
export function deniedClause(graph: SentenceGraph, node: number): boolean {
  if (graph.treeRel(node) !== 'ccomp') return false;
  const lemma = (k: number): string => graph.sentence.tokens[k]?.lemma.toLowerCase() ?? '';
  // A finite clause: "rejected X's demand to sever Y" (misparsed as a clause) denies no severing.
  const kids = graph.children(node);
  if (kids.some((c) => (c.rel === 'mark' || c.rel === 'dep') && lemma(c.dep) === 'to')) return false;
  if (graph.sentence.tokens[node]?.pos === 'VB' && !kids.some((c) => c.rel === 'aux')) return false;
  const head = graph.head(node);
  if (head < 0) return false;
  if (DENYING.has(lemma(head))) return true;
  const carrier = graph.head(head);
  if (!CLAIM_NOUNS.has(lemma(head)) || carrier < 0) return false;
  if (graph.treeRel(head) === 'obj' && DENYING.has(lemma(carrier))) return true;
  // "Reports that X met Y are false", "the claim that X supports Y is a fabrication".
  return graph.treeRel(head) === 'nsubj' && (FALSITY.has(lemma(carrier)) || PRETENCE.has(lemma(carrier))) && graph.children(carrier).some((c) => c.rel === 'cop');
}

/** Predicates that call a claim untrue. */
const FALSITY = new Set(['false', 'untrue', 'baseless', 'unfounded', 'groundless', 'incorrect', 'wrong', 'fabricated', 'fake', 'bogus', 'misleading', 'inaccurate']);
