// Argument finding: the coordinated group around a mention, the clause subject before a trigger,
// the object or prepositional target after it, and the agent of a passive.
import type { FoundMention } from './mention-types';
import type { FoundTrigger, RelationCues } from './relation-model';
import type { SentenceContext } from './sentence-context';
import type { Token } from './tokenize';
import { clauseOf, inFrame, isArgument, skipParens } from './sentence-context';

const HEAD_NOUNS = new Set(['troops', 'forces', 'soldiers', 'officials', 'militants', 'fighters', 'civilians', 'citizens', 'people', 'government', 'leaders', 'members', 'authorities', 'diplomats', 'police', 'army', 'military', 'officers', 'rebels', 'guerrillas', 'nationals', 'servicemen', 'personnel', 'agents', 'delegates', 'negotiators']);
const QUANTIFIERS = [['at', 'least'], ['more', 'than'], ['up', 'to'], ['as', 'many', 'as'], ['scores', 'of'], ['dozens', 'of'], ['hundreds', 'of'], ['thousands', 'of'], ['some'], ['about'], ['nearly'], ['almost'], ['around'], ['over']];
const STAR_STOP = new Set(['of', 'about', 'between', 'among', 'that', 'whether', 'if', 'unless', 'because', 'which', 'who', ',', 'comment', 'comments', 'despite', 'after', 'saying', 'citing', 'as']);
const COMPLEMENT_BEFORE = new Set(['to', 'of', 'for', 'from', 'without', 'by']);
const DIRECTIONS = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'northeastern', 'northwestern', 'southeastern', 'southwestern', 'upper', 'lower']);
const COORD_GAP = new Set([',', 'and', 'or', '&', 'the', 'as', 'well', 'both', 'either', 'nor', 'neither', 'along', 'together']);

/** The coordinated group around a mention (Burns and Austin; Pakistan, Qatar, and the UAE). */
export function groupOf(ctx: SentenceContext, m: FoundMention): FoundMention[] {
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
      if ((t.isCap && t.isWord) || ctx.startAt.get(q)?.attached || ctx.titleTokens.has(q) || (t.lower === 'of' && extra > 0)) {
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

export function precededByPrep(ctx: SentenceContext, m: FoundMention, cues: RelationCues): boolean {
  let q = m.ts - 1;
  for (let steps = 0; q >= ctx.s0 && steps < 4; steps++, q--) {
    const t = ctx.tokens[q] as Token;
    // "a delegation of Americans", "the administration of X": X acts.
    if (t.lower === 'of' && AGENT_NOUNS.has(ctx.tokens[q - 1]?.lower ?? '')) return false;
    // "hundreds of TTP militants attacked", "several of the rebels": the quantity's members act.
    if (t.lower === 'of' && (NUMBER_WORDS.has(ctx.tokens[q - 1]?.lower ?? '') || QUANTITY_HEADS.has(ctx.tokens[q - 1]?.lower ?? ''))) return false;
    // "for the United States to end its occupation": the subject of the infinitive.
    if (t.lower === 'for' && ctx.tokens[m.te]?.lower === 'to') return false;
    // "Security forces in Guinea", "rebels in the Ivory Coast": the unit belongs to the place.
    if ((t.lower === 'in' || t.lower === 'from') && HEAD_NOUNS.has(ctx.tokens[q - 1]?.lower ?? '') && !ctx.endAt.has(q - 1)) return false;
    if (cues.prepositions.has(t.lower)) return true;
    if (t.text === '-') continue;
    if (!t.isWord || ctx.endAt.has(q + 1) || t.isCap) return false;
    // Only determiners and plain adjectives may stand between a preposition and its object.
    if (!cues.determiners.has(t.lower) && !ADJECTIVES.has(t.lower) && !/^\p{N}/u.test(t.text) && !/(?:al|ic|ive|ous|ern|ian|ese|ish|est)$/.test(t.lower)) return false;
  }
  return false;
}

export function subjectBefore(ctx: SentenceContext, pos: number, clause: number, cues: RelationCues): FoundMention[] | null {
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
export function nearestBefore(ctx: SentenceContext, pos: number, clause: number): FoundMention[] | null {
  let best: FoundMention | null = null;
  for (const m of ctx.mentions) {
    if (m.te > pos) break;
    if (clauseOf(ctx, m.ts) === clause && isArgument(ctx, m) && pos - m.te <= 12) best = m;
  }
  return best ? [best] : null;
}

/** First actor group after `from` (skipping determiners and modifiers) before `limit`. */
export function objectAt(ctx: SentenceContext, from: number, clause: number, cues: RelationCues, maxSkip: number): FoundMention[] | null {
  let q = from;
  for (let steps = 0; q < ctx.s1 && steps <= maxSkip; steps++, q++) {
    const p = skipParens(ctx, q);
    if (p !== q) {
      q = p - 1;
      continue;
    }
    // Titles, counts, determiners and an organisation's name before its person cost no skip budget:
    // "killed at least eight top al-Qaeda leaders", "to Lebanon's new President Elias Hrawi".
    if (ctx.titleTokens.has(q)) {
      steps--;
      continue;
    }
    if (clauseOf(ctx, q) !== clause && !inFrame(ctx, q)) return null;
    const quant = QUANTIFIERS.find((qs) => qs.every((w, k) => ctx.tokens[q + k]?.lower === w));
    if (quant) {
      q += quant.length - 1;
      steps--;
      continue;
    }
    const m = ctx.startAt.get(q);
    if (m) {
      if (!isArgument(ctx, m)) {
        if (m.attached) {
          q = m.te - 1;
          steps--;
          continue;
        }
        return null;
      }
      return groupOf(ctx, m).filter((x) => x.ts >= m.ts);
    }
    const t = ctx.tokens[q] as Token;
    if (t.text === '-' || t.text === "'s" || cues.determiners.has(t.lower) || /^\p{N}/u.test(t.text) || NUMBER_WORDS.has(t.lower)) {
      steps--;
      continue;
    }
    // "rejected the demands of Kosovo", "condemned a statement by Iran": the target is the author.
    // Hyphenated modifiers: "war-torn Mozambique", "Iran-backed".
    if (t.isWord && ctx.tokens[q + 1]?.text === '-' && !ctx.startAt.has(q)) {
      // The whole compound is a modifier unless an actor starts after the hyphen.
      q += ctx.startAt.has(q + 2) || !ctx.tokens[q + 2]?.isWord ? 1 : 2;
      continue;
    }
    if (cues.contentNouns.has(t.lower) && ['of', 'by', 'from'].includes(ctx.tokens[q + 1]?.lower ?? '')) {
      q++;
      continue;
    }
    // "a village in Western Cambodia", "camps near the border with X": a place stands for where it is.
    if (PLACE_NOUNS.has(t.lower) && ['in', 'near', 'outside', 'inside'].includes(ctx.tokens[q + 1]?.lower ?? '')) {
      q++;
      continue;
    }
    // "reneged on his commitment to the Zambian people": a promise points at whom it was made to.
    if (PROMISE_NOUNS.has(t.lower) && ctx.tokens[q + 1]?.lower === 'to') {
      q++;
      continue;
    }
    // Time adjuncts between a verb and its object: "forced out on Wednesday more than 1,000 ...".
    const time = timeAdjunct(ctx, q);
    if (time > q) {
      q = time - 1;
      steps--;
      continue;
    }
    // "the deputy chief of X", "the regional capital Juba", "South Lebanon".
    if (cues.contentNouns.has(t.lower) && (cues.contentNouns.has(ctx.tokens[q + 1]?.lower ?? '') || ctx.startAt.has(q + 1))) continue;
    if (DIRECTIONS.has(t.lower) && ctx.startAt.has(q + 1)) continue;
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

const PLACE_NOUNS = new Set(['town', 'towns', 'city', 'cities', 'village', 'villages', 'camp', 'camps', 'base', 'bases', 'region', 'regions', 'province', 'provinces', 'district', 'districts', 'area', 'areas', 'outpost', 'outposts', 'post', 'posts', 'stronghold', 'strongholds', 'headquarters', 'positions', 'hideout', 'hideouts', 'compound', 'checkpoint', 'checkpoints', 'targets', 'installations', 'facilities', 'settlement', 'settlements']);
const PROMISE_NOUNS = new Set(['commitment', 'commitments', 'promise', 'promises', 'pledge', 'pledges', 'obligation', 'obligations']);
/** Words that head a quantity of the noun in their of-phrase, besides the numbers. */
const QUANTITY_HEADS = new Set(['many', 'several', 'some', 'most', 'all', 'both', 'each', 'one', 'none', 'number', 'handful', 'score']);
const NUMBER_WORDS = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'fifteen', 'twenty', 'thirty', 'fifty', 'hundred', 'hundreds', 'dozen', 'dozens', 'thousand', 'thousands', 'scores']);
const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
const TIME_WORDS = new Set(['today', 'yesterday', 'tonight', 'overnight', 'recently', 'again', 'earlier', 'later']);
const PERIODS = new Set(['week', 'month', 'year', 'weekend', 'night']);

/** End of a time adjunct starting at q ("on Wednesday", "today", "last week"), else q. */
function timeAdjunct(ctx: SentenceContext, q: number): number {
  const t = ctx.tokens[q] as Token;
  const next = ctx.tokens[q + 1]?.lower ?? '';
  if (TIME_WORDS.has(t.lower) || WEEKDAYS.has(t.lower)) return q + 1;
  if (t.lower === 'on' && WEEKDAYS.has(next)) return q + 2;
  if ((t.lower === 'last' || t.lower === 'this' || t.lower === 'next') && PERIODS.has(next)) return q + 2;
  return q;
}

const ADJ_SUFFIX = /(?:al|ic|ist|ive|ous|ern|ian|ary|ese|ish|led|backed|based|ful|less|ent|ant|ite|ed|est)$/;
const ADJECTIVES = new Set(['outgoing', 'incoming', 'ousted', 'exiled', 'deposed', 'acting', 'interim', 'caretaker', 'embattled', 'beleaguered', 'last', 'first', 'second', 'third', 'next', 'previous', 'recent', 'few', 'many', 'new', 'former', 'rival', 'key', 'main', 'top', 'armed', 'hardline', 'ruling', 'de', 'facto', 'senior', 'whole', 'entire', 'own', 'same', 'various', 'two', 'three', 'several', 'long', 'old', 'close', 'far', 'once', 'then', 'now', 'very', 'highest', 'echelons', 'large-scale', 'fellow', 'neighbouring', 'neighboring', 'ruling', 'remaining', 'existing', 'growing', 'leading', 'fighting', 'militant', 'terror', 'extremist', 'jihadist', 'hardliner', 'so-called', 'self-styled', 'alleged', 'suspected', 'anti', 'pro', 'us']);

export function isModifier(t: Token, cues: RelationCues): boolean {
  if (cues.determiners.has(t.lower) || /^\p{N}/u.test(t.text)) return true;
  if (t.isCap) return false;
  return ADJECTIVES.has(t.lower) || ADJ_SUFFIX.test(t.lower);
}

export function targetAfter(ctx: SentenceContext, trig: FoundTrigger, clause: number, cues: RelationCues, triggerStarts: Set<number>): { group: FoundMention[]; distance: number } | null {
  const spec = trig.spec;
  if (spec.preps.includes('')) {
    const g = objectAt(ctx, trig.te, clause, cues, spec.pos === 'phrase' ? 5 : 3);
    if (g) return { group: g, distance: (g[0] as FoundMention).ts - trig.te };
  }
  const preps = spec.preps.filter((p) => p !== '');
  if (preps.length === 0) return null;
  if (preps.includes('*')) {
    const warn = spec.type === 'WARNED';
    for (let q = trig.te; q < ctx.s1 && q < trig.te + (warn ? 16 : 12); q++) {
      const w = (ctx.tokens[q] as Token).lower;
      // "threatened to stop the talks if/unless X ...": the threat is aimed at the one who must comply.
      if (warn && (w === 'if' || w === 'unless')) {
        const m = ctx.startAt.get(q + 1) ?? ctx.startAt.get(q + 2);
        return m && isArgument(ctx, m) ? { group: groupOf(ctx, m).filter((x) => x.ts >= m.ts), distance: q - trig.te } : null;
      }
      // "denounced as a crime X's crackdown", "rejected as baseless X's claims": the object follows.
      if (w === 'as' && q === trig.te) continue;
      // "the demands of X", "tighten the naval blockade of X": 'of' after a content or event noun leads on.
      const ofContent = (w === 'of' && cues.contentNouns.has(ctx.tokens[q - 1]?.lower ?? '')) || ((w === 'of' || w === 'among') && triggerStarts.has(q - 1));
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

export function agentAfter(ctx: SentenceContext, from: number, clause: number, cues: RelationCues, preps: string[]): FoundMention[] | null {
  for (let q = from, steps = 0; q < ctx.s1 && steps < 5; q++, steps++) {
    const t = ctx.tokens[q] as Token;
    if (clauseOf(ctx, q) !== clause && !inFrame(ctx, q)) return null;
    if (preps.includes(t.lower)) return objectAt(ctx, q + 1, clause, cues, 3);
  }
  return null;
}

