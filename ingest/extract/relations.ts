// Relation claims inside one sentence: triggers from the lexicon, then source (acting subject of
// the clause) and target (first actor after the trigger or its preposition), with passive voice,
// reversed phrases, nominal triggers, coordination, negation and modality.
import type { RelationType, Modality } from '../../shared/vocabulary';
import type { TriggerSpec } from './lexicon';
import type { FoundMention } from './mention-types';
import type { SentenceContext } from './sentence-context';
import type { Token } from './tokenize';
import type { TokenTrie } from './token-trie';
import { clauseOf, inFrame, isArgument, skipParens } from './sentence-context';

export interface RelationCues {
  negation: Set<string>;
  negationBreakers: Set<string>;
  speculative: Set<string>;
  proposed: Set<string>;
  prepositions: Set<string>;
  determiners: Set<string>;
  lightVerbs: Set<string>;
  symmetric: Set<string>;
  beForms: Set<string>;
  contentNouns: Set<string>;
}

export interface FoundTrigger {
  ts: number;
  te: number;
  spec: TriggerSpec;
  negatedByFrame: boolean;
}

export interface RawClaim {
  type: RelationType;
  source: FoundMention;
  target: FoundMention;
  trigger: FoundTrigger;
  negated: boolean;
  modality: Modality;
  strength: number;
  distance: number;
  loose: boolean;
  /** Token range of the trigger's clause (for the claim's year). */
  clauseFrom: number;
  clauseTo: number;
}

const VERB_CONTEXT = new Set(['will', 'would', 'can', 'could', 'may', 'might', 'should', 'must', 'not', "n't", 'did', 'does', 'do', 'also', 'jointly', 'repeatedly', 'never', 'they', 'we', 'i', 'you', 'he', 'she', 'who', 'which', 'that', 'and', 'often', 'still', 'further', 'then', 'both', 'allegedly', 'reportedly']);
const HEAD_NOUNS = new Set(['troops', 'forces', 'soldiers', 'officials', 'militants', 'fighters', 'civilians', 'citizens', 'people', 'government', 'leaders', 'members', 'authorities', 'diplomats', 'police', 'army', 'military', 'officers', 'rebels', 'guerrillas', 'nationals', 'servicemen', 'personnel', 'agents', 'delegates', 'negotiators']);
const QUANTIFIERS = [['at', 'least'], ['more', 'than'], ['up', 'to'], ['as', 'many', 'as'], ['scores', 'of'], ['dozens', 'of'], ['hundreds', 'of'], ['thousands', 'of'], ['some'], ['about'], ['nearly'], ['almost'], ['around'], ['over']];
const STAR_STOP = new Set(['of', 'about', 'between', 'among', 'that', 'whether', 'if', 'unless', 'because', 'which', 'who', ',', 'comment', 'comments', 'despite', 'after', 'saying', 'citing', 'as']);
const POST_NEGATION = ['proved elusive', 'proved more elusive', 'remained elusive', 'fell through', 'collapsed', 'never materialized', 'never materialised', 'broke down'];
const COMPLEMENT_BEFORE = new Set(['to', 'of', 'for', 'from', 'without', 'by']);
const LY_ADJECTIVES = new Set(['deadly', 'costly', 'likely', 'early', 'friendly', 'elderly', 'only', 'daily', 'weekly', 'monthly', 'yearly', 'unlikely', 'timely', 'lonely', 'lovely', 'ugly', 'holy', 'bloody', 'brotherly', 'neighborly', 'neighbourly', 'orderly', 'cowardly', 'scholarly', 'unfriendly']);
const COORD_GAP = new Set([',', 'and', 'or', '&', 'the', 'as', 'well', 'both', 'either', 'nor', 'neither', 'along', 'together']);

/** Triggers of one sentence, longest match, never inside a mention; POS picked from context. */
export function findTriggers(ctx: SentenceContext, trie: TokenTrie<TriggerSpec>, cues: RelationCues): FoundTrigger[] {
  const { tokens, s0, s1, taken } = ctx;
  const out: FoundTrigger[] = [];
  let k = s0;
  while (k < s1) {
    if (taken[k] || !(tokens[k] as Token).isWord) {
      k++;
      continue;
    }
    const m = trie.longest(tokens, k, s1, (t) => t.lower);
    if (!m) {
      k++;
      continue;
    }
    let clash = false;
    for (let q = k; q < m.end; q++) if (taken[q]) clash = true;
    if (clash) {
      k++;
      continue;
    }
    // "US-backed", "Iran-allied": compounds are read by compoundRelations, not as verbs.
    const hy = ctx.tokens[k - 1];
    if (hy?.text === '-' && ctx.endAt.has(k - 1) && hy.start === ctx.tokens[k - 2]?.end && hy.end === (ctx.tokens[k] as Token).start) {
      k = m.end;
      continue;
    }
    // "Jordan's visiting King", "the ruling party": an -ing form after a determiner is an adjective.
    const prevTok = ctx.tokens[k - 1];
    if (m.end === k + 1 && (tokens[k] as Token).lower.endsWith('ing') && prevTok && (prevTok.text === "'s" || cues.determiners.has(prevTok.lower)) && m.values.every((v) => v.pos === 'verb')) {
      k = m.end;
      continue;
    }
    let spec = choosePos(ctx, k, m.end, m.values, cues);
    let end = m.end;
    // "no talks with X", "the talks with X": a verb phrase ({talk} with) read as its noun.
    if (spec?.pos === 'phrase' && prevTok && (cues.determiners.has(prevTok.lower) || prevTok.text === "'s" || cues.prepositions.has(prevTok.lower))) {
      const noun = trie.longest(tokens, k, k + 1, (t) => t.lower)?.values.find((v) => v.pos === 'noun');
      if (noun) {
        spec = noun;
        end = k + 1;
      }
    }
    if (spec) out.push({ ts: k, te: end, spec, negatedByFrame: false });
    k = end;
  }
  // "refused to cooperate", "denied supporting": the first is a negation cue for the second.
  for (let i = 0; i + 1 < out.length; i++) {
    const a = out[i] as FoundTrigger;
    const b = out[i + 1] as FoundTrigger;
    const gap = ctx.tokens.slice(a.te, b.ts).map((t) => t.lower);
    const toVerb = gap.length === 1 && gap[0] === 'to';
    const gerund = gap.length === 0 && (ctx.tokens[b.ts] as Token).lower.endsWith('ing');
    if (a.spec.type === 'REJECTED' && a.spec.pos === 'verb' && ['refuse', 'deny', 'decline', 'reject'].includes(a.spec.lemma) && (toVerb || gerund)) {
      b.negatedByFrame = true;
      out.splice(i, 1);
      i--;
    } else if (a.spec.type === 'WARNED' && a.spec.pos === 'verb' && toVerb) {
      // "threatened to shell X" is a threat against X, not (yet) an attack.
      out.splice(i + 1, 1);
      i--;
    }
  }
  return out;
}

function choosePos(ctx: SentenceContext, k: number, end: number, specs: TriggerSpec[], cues: RelationCues): TriggerSpec | null {
  const phrase = specs.find((s) => s.pos === 'phrase' || s.pos === 'attribution');
  if (phrase) return phrase;
  const verb = specs.find((s) => s.pos === 'verb');
  const noun = specs.find((s) => s.pos === 'noun');
  if (!verb || !noun) return verb ?? noun ?? null;
  if (verb.participle || verb.lemma !== noun.lemma) return verb;
  const prev = ctx.tokens[k - 1];
  const next = ctx.tokens[end];
  const form = ctx.tokens.slice(k, end).map((t) => t.lower).join(' ');
  if (form.endsWith('ing')) return verb;
  if (prev?.lower === 'to') return verb.baseForm ? verb : noun;
  if (prev && (VERB_CONTEXT.has(prev.lower) || (prev.lower.endsWith('ly') && prev.lower.length > 4 && !LY_ADJECTIVES.has(prev.lower)))) return verb;
  if (!prev || prev.text === "'s" || cues.determiners.has(prev.lower) || cues.prepositions.has(prev.lower)) return noun;
  if (next && noun.preps.includes(next.lower) && !verb.preps.includes(next.lower)) return noun;
  const before = ctx.endAt.get(k);
  // "Israeli strikes", "Deadly attacks": an adjective before the word makes it a noun.
  if (before) return before.kind === 'demonym' ? noun : verb;
  return prev.isWord ? noun : verb;
}

/** The coordinated group around a mention (Burns and Austin; Pakistan, Qatar, and the UAE). */
function groupOf(ctx: SentenceContext, m: FoundMention): FoundMention[] {
  const list = ctx.mentions.filter((x) => isArgument(ctx, x) && clauseOf(ctx, x.ts) === clauseOf(ctx, m.ts));
  const idx = list.indexOf(m);
  if (idx < 0) return [m];
  // 'and': joined by and/or/as well as; 'comma': by a comma only (valid inside a list that ends in 'and').
  const linked = (a: FoundMention, b: FoundMention): 'and' | 'comma' | null => {
    let sawAnd = false;
    let sawComma = false;
    let extra = 0;
    let heads = 0;
    for (let q = a.te; q < b.ts; q++) {
      const t = ctx.tokens[q] as Token;
      if (COORD_GAP.has(t.lower)) {
        if (t.text === ',') sawComma = true;
        else if (t.lower !== 'the') sawAnd = true;
        continue;
      }
      // Titles between coordinated people ("and Secretary of State Marco Rubio") are allowed.
      if ((t.isCap && t.isWord) || ctx.startAt.get(q)?.attached || (t.lower === 'of' && extra > 0)) {
        extra++;
        continue;
      }
      // Head nouns and counts: "13 U.S. troops and about 170 Afghan civilians".
      if (HEAD_NOUNS.has(t.lower) || /^\p{N}/u.test(t.text) || ['about', 'nearly', 'some', 'at', 'least', 'more', 'than', 'over', 'up', 'to'].includes(t.lower)) {
        heads++;
        continue;
      }
      return null;
    }
    if (sawAnd && extra <= 4 && heads <= 4) return 'and';
    return sawComma && extra === 0 && heads === 0 ? 'comma' : null;
  };
  const links: ('and' | 'comma' | null)[] = [];
  for (let k = 0; k + 1 < list.length; k++) links.push(linked(list[k] as FoundMention, list[k + 1] as FoundMention));
  // A comma link counts only when the chain continues to an 'and' link on its right.
  const valid = links.map(() => false);
  let andAhead = false;
  for (let k = links.length - 1; k >= 0; k--) {
    if (links[k] === 'and') andAhead = true;
    else if (links[k] === null) andAhead = false;
    valid[k] = links[k] === 'and' || (links[k] === 'comma' && andAhead);
  }
  let lo = idx;
  let hi = idx;
  while (lo > 0 && valid[lo - 1]) lo--;
  // "ISIS-K and the Biden administration's reluctance": a possessive starts a new noun phrase.
  while (hi < valid.length && valid[hi] && ctx.tokens[(list[hi + 1] as FoundMention).te]?.text !== "'s") hi++;
  return list.slice(lo, hi + 1);
}

const AGENT_NOUNS = new Set(['group', 'delegation', 'delegations', 'team', 'teams', 'officials', 'members', 'representatives', 'envoy', 'envoys', 'troops', 'forces', 'soldiers', 'leaders', 'leadership', 'government', 'administration', 'authorities', 'ministry', 'army', 'military', 'diplomats', 'commanders', 'militants', 'fighters', 'agents', 'operatives', 'president', 'head', 'chief', 'regime', 'intelligence', 'spokesman', 'spokesperson', 'minister']);

function precededByPrep(ctx: SentenceContext, m: FoundMention, cues: RelationCues): boolean {
  let q = m.ts - 1;
  for (let steps = 0; q >= ctx.s0 && steps < 4; steps++, q--) {
    const t = ctx.tokens[q] as Token;
    // "a delegation of Americans", "the administration of X": X acts.
    if (t.lower === 'of' && AGENT_NOUNS.has(ctx.tokens[q - 1]?.lower ?? '')) return false;
    // "for the United States to end its occupation": the subject of the infinitive.
    if (t.lower === 'for' && ctx.tokens[m.te]?.lower === 'to') return false;
    if (cues.prepositions.has(t.lower)) return true;
    if (t.text === '-') continue;
    if (!t.isWord || ctx.endAt.has(q + 1) || t.isCap) return false;
    // Only determiners and plain adjectives may stand between a preposition and its object.
    if (!cues.determiners.has(t.lower) && !ADJECTIVES.has(t.lower) && !/^\p{N}/u.test(t.text) && !/(?:al|ic|ive|ous|ern|ian|ese|ish|est)$/.test(t.lower)) return false;
  }
  return false;
}

function subjectBefore(ctx: SentenceContext, pos: number, clause: number, cues: RelationCues): FoundMention[] | null {
  const rel = ctx.clauses.relativeHead.get(clause);
  if (rel !== undefined) {
    const head = ctx.endAt.get(ctx.s0 + rel + 1);
    if (head && isArgument(ctx, head)) return groupOf(ctx, head);
  }
  // The clause subject is the first eligible actor; a complement verb ("accused X of supporting",
  // "urged X to attack") takes the nearest one.
  const prev = ctx.tokens[pos - 1]?.lower ?? '';
  const form = ctx.tokens[pos]?.lower ?? '';
  const complement = COMPLEMENT_BEFORE.has(prev) || (form.endsWith('ing') && !cues.beForms.has(prev));
  let best: FoundMention | null = null;
  for (const m of ctx.mentions) {
    if (m.te > pos) break;
    if (pos - m.te > 30) continue;
    if (clauseOf(ctx, m.ts) !== clause || !isArgument(ctx, m)) continue;
    const g = groupOf(ctx, m);
    if (precededByPrep(ctx, g[0] as FoundMention, cues)) continue;
    if (best && groupOf(ctx, best).includes(m)) continue;
    best = m;
    if (!complement) break;
  }
  return best ? groupOf(ctx, best) : null;
}

/** The nearest actor before `pos` in the clause, whatever governs it ("a camp for Congolese refugees was attacked"). */
function nearestBefore(ctx: SentenceContext, pos: number, clause: number): FoundMention[] | null {
  let best: FoundMention | null = null;
  for (const m of ctx.mentions) {
    if (m.te > pos) break;
    if (clauseOf(ctx, m.ts) === clause && isArgument(ctx, m) && pos - m.te <= 12) best = m;
  }
  return best ? [best] : null;
}

/** First actor group after `from` (skipping determiners and modifiers) before `limit`. */
function objectAt(ctx: SentenceContext, from: number, clause: number, cues: RelationCues, maxSkip: number): FoundMention[] | null {
  let q = from;
  for (let steps = 0; q < ctx.s1 && steps <= maxSkip; steps++, q++) {
    const p = skipParens(ctx, q);
    if (p !== q) {
      q = p - 1;
      continue;
    }
    if (ctx.titleTokens.has(q)) continue;
    if (clauseOf(ctx, q) !== clause && !inFrame(ctx, q)) return null;
    // Quantifiers: "killed at least eight al-Qaeda leaders", "more than 30 members of".
    const quant = QUANTIFIERS.find((qs) => qs.every((w, k) => ctx.tokens[q + k]?.lower === w));
    if (quant) {
      q += quant.length - 1;
      continue;
    }
    const m = ctx.startAt.get(q);
    if (m) {
      if (!isArgument(ctx, m)) {
        if (m.attached) {
          q = m.te - 1;
          continue;
        }
        return null;
      }
      return groupOf(ctx, m).filter((x) => x.ts >= m.ts);
    }
    const t = ctx.tokens[q] as Token;
    if (t.text === '-' || t.text === "'s") continue;
    // "rejected the demands of Kosovo", "condemned a statement by Iran": the target is the author.
    // Hyphenated modifiers: "war-torn Mozambique", "Iran-backed".
    if (t.isWord && ctx.tokens[q + 1]?.text === '-' && !ctx.startAt.has(q)) {
      q++;
      continue;
    }
    if (cues.contentNouns.has(t.lower) && ['of', 'by', 'from'].includes(ctx.tokens[q + 1]?.lower ?? '')) {
      q++;
      continue;
    }
    // "the current policy and situation of the Taliban".
    if (cues.contentNouns.has(t.lower) && ctx.tokens[q + 1]?.lower === 'and' && ctx.tokens[q + 2] && cues.contentNouns.has((ctx.tokens[q + 2] as Token).lower)) {
      q++;
      continue;
    }
    // "the fragmented and disunited Taliban".
    if (t.lower === 'and' && ctx.tokens[q + 1] && (isModifier(ctx.tokens[q + 1] as Token, cues) || ctx.startAt.has(q + 1)) && q > from) continue;
    if (!t.isWord || cues.prepositions.has(t.lower) || !isModifier(t, cues)) return null;
  }
  return null;
}

const ADJ_SUFFIX = /(?:al|ic|ist|ive|ous|ern|ian|ary|ese|ish|led|backed|based|ful|less|ent|ant|ite|ed|est)$/;
const ADJECTIVES = new Set(['last', 'first', 'second', 'third', 'next', 'previous', 'recent', 'few', 'many', 'new', 'former', 'rival', 'key', 'main', 'top', 'armed', 'hardline', 'ruling', 'de', 'facto', 'senior', 'whole', 'entire', 'own', 'same', 'various', 'two', 'three', 'several', 'long', 'old', 'close', 'far', 'once', 'then', 'now', 'very', 'highest', 'echelons', 'large-scale', 'fellow', 'neighbouring', 'neighboring', 'ruling', 'remaining', 'existing', 'growing', 'leading', 'fighting', 'militant', 'terror', 'extremist', 'jihadist', 'hardliner', 'so-called', 'self-styled', 'alleged', 'suspected', 'anti', 'pro', 'us']);

function isModifier(t: Token, cues: RelationCues): boolean {
  if (cues.determiners.has(t.lower) || /^\p{N}/u.test(t.text)) return true;
  if (t.isCap) return false;
  return ADJECTIVES.has(t.lower) || ADJ_SUFFIX.test(t.lower);
}

function targetAfter(ctx: SentenceContext, trig: FoundTrigger, clause: number, cues: RelationCues, triggerStarts: Set<number>): { group: FoundMention[]; distance: number } | null {
  const spec = trig.spec;
  if (spec.preps.includes('')) {
    const g = objectAt(ctx, trig.te, clause, cues, spec.pos === 'phrase' ? 5 : 3);
    if (g) return { group: g, distance: (g[0] as FoundMention).ts - trig.te };
  }
  const preps = spec.preps.filter((p) => p !== '');
  if (preps.length === 0) return null;
  if (preps.includes('*')) {
    for (let q = trig.te; q < ctx.s1 && q < trig.te + 12; q++) {
      const w = (ctx.tokens[q] as Token).lower;
      const ofContent = w === 'of' && cues.contentNouns.has(ctx.tokens[q - 1]?.lower ?? '');
      if (clauseOf(ctx, q) !== clause || (STAR_STOP.has(w) && !ofContent)) return null;
      const m = ctx.startAt.get(q);
      if (m && isArgument(ctx, m)) return { group: groupOf(ctx, m).filter((x) => x.ts >= m.ts), distance: q - trig.te };
    }
    return null;
  }
  for (let q = trig.te, steps = 0; q < ctx.s1 && steps < 9; q++, steps++) {
    const p = skipParens(ctx, q);
    if (p !== q) {
      q = p - 1;
      continue;
    }
    const t = ctx.tokens[q] as Token;
    if (clauseOf(ctx, q) !== clause) return null;
    if (t.text === ',' && ctx.tokens[q + 1]?.lower !== 'including') return null;
    if (q > trig.te && triggerStarts.has(q)) return null;
    if (preps.includes(t.lower) && t.lower !== 'between') {
      const g = objectAt(ctx, q + 1, clause, cues, 3);
      if (g) return { group: g, distance: q - trig.te };
    }
  }
  return null;
}

function agentAfter(ctx: SentenceContext, from: number, clause: number, cues: RelationCues, preps: string[]): FoundMention[] | null {
  for (let q = from, steps = 0; q < ctx.s1 && steps < 5; q++, steps++) {
    const t = ctx.tokens[q] as Token;
    if (clauseOf(ctx, q) !== clause && !inFrame(ctx, q)) return null;
    if (preps.includes(t.lower)) return objectAt(ctx, q + 1, clause, cues, 3);
  }
  return null;
}

function isPassive(ctx: SentenceContext, trig: FoundTrigger, cues: RelationCues): boolean {
  if (trig.spec.pos === 'phrase') return trig.spec.passivePhrase;
  if (trig.spec.pos !== 'verb' || !trig.spec.participle) return false;
  for (let q = trig.ts - 1, steps = 0; q >= ctx.s0 && steps < 3; q--, steps++) {
    const t = ctx.tokens[q] as Token;
    if (cues.beForms.has(t.lower) || t.lower === 'get' || t.lower === 'got') return true;
    if (!t.isWord || !(t.lower.endsWith('ly') || t.lower === 'not' || t.lower === "n't" || t.lower === 'also')) break;
  }
  // Reduced relative: "the regime backed by Pakistan".
  return ctx.tokens[trig.te]?.lower === 'by';
}

function nounSource(ctx: SentenceContext, trig: FoundTrigger, clause: number, cues: RelationCues, attributions: FoundTrigger[]): { group: FoundMention[]; loose: boolean } | null {
  // Prenominal or possessive actor: "US cooperation", "Washington's interaction", "U.S. assistance".
  let q = trig.ts - 1;
  let mods = 0;
  while (q >= ctx.s0 && mods < 3) {
    const t = ctx.tokens[q] as Token;
    if (ctx.endAt.has(q + 1)) break;
    if (t.text === "'s" || (t.isWord && !t.isCap && !cues.prepositions.has(t.lower) && !cues.determiners.has(t.lower) && !cues.beForms.has(t.lower))) {
      q--;
      mods++;
      continue;
    }
    if (t.text === '-' || t.text === '"') {
      q--;
      continue;
    }
    break;
  }
  const pre = ctx.endAt.get(q + 1);
  if (pre && isArgument(ctx, pre) && clauseOf(ctx, pre.ts) === clause) return { group: [pre], loose: false };
  // "attacks by ISIS-K", "the visit of a U.S. delegation to Afghanistan".
  const srcPreps = ['by'];
  if (trig.spec.type === 'VISITED' || trig.spec.type === 'MET_WITH') srcPreps.push('of');
  if (trig.spec.type === 'VISITED') srcPreps.push('from');
  const by = ctx.tokens[trig.te]?.lower;
  if (by && srcPreps.includes(by)) {
    const g = objectAt(ctx, trig.te + 1, clause, cues, 3);
    if (g) return { group: g, loose: false };
  }
  // Attribution after the noun: "attacks in Iran and Russia can be traced to ISIS-K".
  for (const a of attributions) {
    if (a.ts > trig.te) {
      const g = objectAt(ctx, a.te, clauseOf(ctx, a.te), cues, 3);
      if (g) return { group: g, loose: true };
    }
  }
  // The subject of a light verb: "X launched attacks", "X is considering expanding cooperation".
  let light = -1;
  for (let r = trig.ts - 1; r >= ctx.s0 && clauseOf(ctx, r) === clause && r >= trig.ts - 8; r--) {
    if (ctx.endAt.has(r + 1)) break;
    if (cues.lightVerbs.has((ctx.tokens[r] as Token).lower)) {
      light = r;
      break;
    }
  }
  if (light >= 0) {
    const g = subjectBefore(ctx, light, clause, cues);
    if (g) return { group: g, loose: true };
  }
  // "X's spokesman said there would be no cooperation with Y": the speaker's organisation.
  if (ctx.speaker && ctx.speaker.kind === 'coref' && !subjectBefore(ctx, trig.ts, clause, cues)) return { group: [ctx.speaker], loose: true };
  return null;
}

const ING_OK_BEFORE = new Set(['of', 'by', 'in', 'for', 'about', 'from', 'is', 'are', 'was', 'were', 'be', 'been', 'not', 'and', 'or', 'also', 'while', 'after', 'before', 'without', 'on', 'continue', 'continues', 'continued', 'keep', 'kept', 'start', 'started', 'begin', 'began', 'stop', 'stopped', 'avoid', 'consider', 'considering', 'considered', 'discussing', 'discuss', 'discussed', 'expanding', 'deny', 'denied', 'admitted', 'admit', 'resumed', 'resume', 'finished', 'suggested', 'proposed', 'recommended', 'favor', 'favour', 'advocating', 'oppose', 'opposed', 'still', 'now', 'then', 'actively', 'openly', 'secretly', 'covertly', 'reportedly', 'allegedly', 'repeatedly']);

/** "-ing" verb right after a non-actor noun ("Afghan tribes fighting against") has that noun as subject. */
function danglingParticiple(ctx: SentenceContext, trig: FoundTrigger, cues: RelationCues): boolean {
  const form = (ctx.tokens[trig.ts] as Token).lower;
  if (!form.endsWith('ing')) return false;
  const prev = ctx.tokens[trig.ts - 1];
  if (!prev || !prev.isWord || ctx.endAt.has(trig.ts)) return false;
  if (ING_OK_BEFORE.has(prev.lower) || cues.lightVerbs.has(prev.lower) || prev.lower.endsWith('ly')) return false;
  return !cues.determiners.has(prev.lower);
}

/** "The administration of US President Joseph Biden": the person's government acts. */
function governmentOf(ctx: SentenceContext, m: FoundMention): FoundMention {
  const org = ctx.speakerOrg.get(m.actor);
  if (!org || ctx.registry.get(m.actor)?.type !== 'person') return m;
  const before = ctx.tokens.slice(Math.max(ctx.s0, m.ts - 6), m.ts).map((t) => t.lower).join(' ');
  return /\b(administration|government|cabinet|regime) of\b/.test(before) ? { ...m, actor: org } : m;
}

/** An open coreference takes the one candidate that is not the other argument. */
function settle(m: FoundMention, other: FoundMention): FoundMention {
  if (m.actor || !m.candidates || !other.actor) return m;
  const left = m.candidates.filter((c) => c !== other.actor);
  if (left.length === 1 || (m.preferFirst && left[0] === m.candidates[0])) return { ...m, actor: left[0] as string };
  return m;
}

function hasCue(ctx: SentenceContext, from: number, to: number, set: Set<string>, breakers?: Set<string>): boolean {
  for (let q = Math.max(from, ctx.s0); q < to; q++) {
    if (breakers && breakers.has(`${(ctx.tokens[q] as Token).lower} ${ctx.tokens[q + 1]?.lower ?? ''}`)) {
      q++;
      continue;
    }
    let gram = '';
    for (let n = 0; n < 4 && q + n < to; n++) {
      gram = n === 0 ? (ctx.tokens[q] as Token).lower : `${gram} ${(ctx.tokens[q + n] as Token).lower}`;
      if (set.has(gram)) return true;
    }
  }
  return false;
}

function clauseEnd(ctx: SentenceContext, pos: number): number {
  const c = clauseOf(ctx, pos);
  let q = pos;
  while (q + 1 < ctx.s1 && clauseOf(ctx, q + 1) === c) q++;
  return q + 1;
}

function clauseStart(ctx: SentenceContext, pos: number): number {
  const c = clauseOf(ctx, pos);
  let q = pos;
  while (q > ctx.s0 && clauseOf(ctx, q - 1) === c) q--;
  return q;
}

export function extractRelations(ctx: SentenceContext, triggers: FoundTrigger[], cues: RelationCues): RawClaim[] {
  const out: RawClaim[] = [];
  const attributions = triggers.filter((t) => t.spec.pos === 'attribution');
  const starts = new Set(triggers.map((t) => t.ts));
  for (const trig of triggers) {
    const spec = trig.spec;
    if (spec.pos === 'attribution' || inFrame(ctx, trig.ts)) continue;
    const clause = clauseOf(ctx, trig.ts);
    let sources: FoundMention[] | null = null;
    let targets: FoundMention[] | null = null;
    let distance = 0;
    let loose = false;
    if (spec.pos === 'noun') {
      const between = ctx.tokens[trig.te]?.lower === 'between' ? objectAt(ctx, trig.te + 1, clause, cues, 3) : null;
      if (between && between.length >= 2) {
        sources = [between[0] as FoundMention];
        targets = between.slice(1);
      } else {
        const s = nounSource(ctx, trig, clause, cues, attributions);
        if (s) {
          sources = s.group;
          loose = s.loose;
        }
        const t = targetAfter(ctx, trig, clause, cues, starts);
        if (t) {
          targets = t.group;
          distance = t.distance;
        }
      }
    } else if (isPassive(ctx, trig, cues)) {
      targets = subjectBefore(ctx, trig.ts, clause, cues) ?? nearestBefore(ctx, trig.ts, clause);
      const agentPreps = spec.reverse ? ['from'] : ['by'];
      sources = agentAfter(ctx, trig.te, clause, cues, agentPreps);
      if (spec.reverse) {
        // "X will not be allowed to operate from Y": Y lets X operate.
        sources = targetAfter(ctx, trig, clause, cues, starts)?.group ?? null;
      }
    } else if (danglingParticiple(ctx, trig, cues)) {
      continue;
    } else {
      sources = subjectBefore(ctx, trig.ts, clause, cues);
      const t = targetAfter(ctx, trig, clause, cues, starts);
      if (t) {
        targets = t.group;
        distance = t.distance;
      }
      if (spec.reverse && targets) [sources, targets] = [targets, sources];
    }
    if (!sources || sources.length === 0) continue;
    const pairs: [FoundMention, FoundMention][] = [];
    if (targets && targets.length > 0) {
      for (const s of sources) for (const t of targets) pairs.push([s, t]);
    } else if (cues.symmetric.has(spec.type) && sources.length >= 2 && !loose) {
      for (let i = 0; i < sources.length; i++) for (let j = i + 1; j < sources.length; j++) pairs.push([sources[i] as FoundMention, sources[j] as FoundMention]);
    }
    if (pairs.length === 0) continue;
    const cs = clauseStart(ctx, trig.ts);
    const winFrom = Math.max(cs, trig.ts - 6);
    const after = ctx.tokens.slice(trig.te, Math.min(ctx.s1, trig.te + 12)).map((t) => t.lower).join(' ');
    const postNegated = POST_NEGATION.some((p) => after.includes(p));
    const negated = postNegated || spec.negated || trig.negatedByFrame || hasCue(ctx, winFrom, trig.ts, cues.negation, cues.negationBreakers) || (spec.pos === 'noun' && hasCue(ctx, trig.ts - 3, trig.ts, new Set(['no'])));
    let modality: Modality = 'asserted';
    if (hasCue(ctx, ctx.s0, trig.ts, cues.speculative)) modality = 'speculative';
    else if (hasCue(ctx, Math.max(cs, trig.ts - 7), trig.ts + (spec.pos === 'noun' ? 0 : 0), cues.proposed)) modality = 'proposed';
    else if (ctx.clauses.reported) modality = 'reported';
    for (const [s1, t0] of pairs) {
      const s0 = governmentOf(ctx, s1);
      const s = settle(s0, t0);
      const t = settle(t0, s);
      if (!s.actor || !t.actor || s.actor === t.actor) continue;
      out.push({ type: spec.type, source: s, target: t, trigger: trig, negated, modality, strength: spec.strength, distance, loose, clauseFrom: cs, clauseTo: clauseEnd(ctx, trig.ts) });
    }
  }
  return out;
}

const COMPOUND_SUPPORT: Record<string, RelationType> = {
  backed: 'SUPPORTS', supported: 'SUPPORTS', funded: 'SUPPORTS', sponsored: 'SUPPORTS', armed: 'SUPPORTS', financed: 'SUPPORTS', trained: 'SUPPORTS',
  allied: 'COOPERATES_WITH', aligned: 'COOPERATES_WITH', brokered: 'SUPPORTS',
};
const CONFLICT_NOUNS = new Set(['conflict', 'war', 'clashes', 'fighting', 'hostilities', 'confrontation', 'border clashes']);

/**
 * Compounds: "the US-backed Afghan government" (united-states SUPPORTS the government), "the
 * Israel-Hamas conflict" (each ATTACKED the other).
 */
export function compoundRelations(ctx: SentenceContext): RawClaim[] {
  const out: RawClaim[] = [];
  const ms = ctx.mentions.filter((m) => m.actor !== '' && isArgument(ctx, m));
  for (let i = 0; i < ms.length; i++) {
    const a = ms[i] as FoundMention;
    if (ctx.tokens[a.te]?.text !== '-') continue;
    const word = ctx.tokens[a.te + 1];
    const type = word ? COMPOUND_SUPPORT[word.lower] : undefined;
    const b = ms[i + 1];
    if (type && word && b && b.ts > a.te + 1 && b.ts - (a.te + 2) <= 2) {
      const trigger: FoundTrigger = { ts: a.te + 1, te: a.te + 2, spec: { type, pos: 'verb', lemma: word.lower, preps: [''], participle: true, baseForm: false, reverse: false, passivePhrase: false, negated: false, strength: 0.75 }, negatedByFrame: false };
      if (a.actor !== b.actor) out.push({ type, source: a, target: b, trigger, negated: false, modality: ctx.clauses.reported ? 'reported' : 'asserted', strength: 0.75, distance: 0, loose: false, clauseFrom: ctx.s0, clauseTo: ctx.s1 });
    }
    if (b && b.ts === a.te + 1 && CONFLICT_NOUNS.has(ctx.tokens[b.te]?.lower ?? '')) {
      const trigger: FoundTrigger = { ts: b.te, te: b.te + 1, spec: { type: 'ATTACKED', pos: 'noun', lemma: 'conflict', preps: [], participle: false, baseForm: true, reverse: false, passivePhrase: false, negated: false, strength: 0.7 }, negatedByFrame: false };
      const modality: Modality = ctx.clauses.reported ? 'reported' : 'asserted';
      out.push({ type: 'ATTACKED', source: a, target: b, trigger, negated: false, modality, strength: 0.7, distance: 0, loose: false, clauseFrom: ctx.s0, clauseTo: ctx.s1 });
      out.push({ type: 'ATTACKED', source: b, target: a, trigger, negated: false, modality, strength: 0.7, distance: 0, loose: false, clauseFrom: ctx.s0, clauseTo: ctx.s1 });
    }
  }
  return out;
}
