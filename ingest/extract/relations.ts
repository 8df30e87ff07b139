// Relation claims inside one sentence: for each trigger, source (acting subject of the clause) and
// target (first actor after the trigger or its preposition), with passive voice, reversed phrases,
// nominal triggers, coordination, negation and modality.
import type { Modality } from '../../shared/vocabulary';
import type { FoundMention } from './mention-types';
import type { FoundTrigger, RawClaim, RelationCues } from './relation-model';
import type { SentenceContext } from './sentence-context';
import type { Token } from './tokenize';
import { agentAfter, nearestBefore, objectAt, subjectBefore, targetAfter } from './arguments';
import { clauseOf, inFrame, isArgument } from './sentence-context';

export type { FoundTrigger, RawClaim, RelationCues } from './relation-model';
export { findTriggers } from './triggers';
export { compoundRelations } from './compounds';

const NO_CUE = new Set(['no']);
const COMMISSIVE_LEMMAS = new Set(['offer', 'promise', 'pledge']);
const POST_NEGATION = ['proved elusive', 'proved more elusive', 'remained elusive', 'fell through', 'collapsed', 'never materialized', 'never materialised', 'broke down'];

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

function nounSource(ctx: SentenceContext, trig: FoundTrigger, clause: number, cues: RelationCues, attributions: FoundTrigger[]): { group: FoundMention[]; loose: boolean; coordinated?: boolean } | null {
  // Prenominal or possessive actor: "US cooperation", "Washington's interaction", "U.S. assistance".
  let q = trig.ts - 1;
  let mods = 0;
  while (q >= ctx.s0 && mods < 3) {
    const t = ctx.tokens[q] as Token;
    if (ctx.endAt.has(q + 1)) break;
    // "X and Y renewed negotiations": a light verb ends the noun phrase (its subject is found below).
    if (cues.lightVerbs.has(t.lower) && q === trig.ts - 1) break;
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
    // "X and Y signed an agreement / renewed negotiations": the coordinated subjects are the parties.
    if (g) {
      const gapFree = light - (g[g.length - 1] as FoundMention).te <= 5 && !ctx.mentions.some((m) => m.ts > (g[0] as FoundMention).ts && m.ts < light && !g.includes(m));
      return { group: g, loose: true, coordinated: trig.ts - light <= 5 && gapFree };
    }
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

/** Every token prefix of a cue set's phrases ("no", "no longer"), so most positions stop at one token. */
const PREFIXES = new WeakMap<Set<string>, Set<string>>();

function prefixesOf(set: Set<string>): Set<string> {
  let p = PREFIXES.get(set);
  if (!p) {
    p = new Set();
    for (const phrase of set) {
      const words = phrase.split(' ');
      for (let n = 1; n <= words.length; n++) p.add(words.slice(0, n).join(' '));
    }
    PREFIXES.set(set, p);
  }
  return p;
}

function hasCue(ctx: SentenceContext, from: number, to: number, set: Set<string>, breakers?: Set<string>): boolean {
  const prefixes = prefixesOf(set);
  const breakerStarts = breakers ? prefixesOf(breakers) : null;
  for (let q = Math.max(from, ctx.s0); q < to; q++) {
    const first = (ctx.tokens[q] as Token).lower;
    if (breakers && breakerStarts?.has(first) && breakers.has(`${first} ${ctx.tokens[q + 1]?.lower ?? ''}`)) {
      q++;
      continue;
    }
    let gram = first;
    for (let n = 0; n < 4 && q + n < to; n++) {
      if (n > 0) gram = `${gram} ${(ctx.tokens[q + n] as Token).lower}`;
      if (set.has(gram)) return true;
      // No phrase of the set goes on from here.
      if (!prefixes.has(gram)) break;
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

const MEDIATION_LEMMAS = new Set(['mediation', 'mediate', 'mediator']);
const MEDIATION_FILLERS = new Set(['mission', 'missions', 'effort', 'efforts', 'bid', 'role', 'talks', 'initiative']);

/** The parties after "mediation (mission/effort, on Saturday) between …", at least two of them. */
function mediatedParties(ctx: SentenceContext, trig: FoundTrigger, clause: number, cues: RelationCues): FoundMention[] | null {
  let q = trig.te;
  for (let steps = 0; steps < 4 && q < ctx.s1; steps++) {
    const t = ctx.tokens[q] as Token;
    if (t.lower === 'between' || t.lower === 'among') {
      const g = objectAt(ctx, q + 1, clause, cues, 3);
      return g && g.length >= 2 ? g : null;
    }
    const w = ctx.tokens[q + 1]?.lower ?? '';
    if (t.lower === 'on' && /^[a-z]+day$/.test(w)) q += 2;
    else if (MEDIATION_FILLERS.has(t.lower) || /^[a-z]+day$/.test(t.lower)) q++;
    else return null;
  }
  return null;
}

const ELLIPSIS_COORD = new Set(['but', 'yet']);
const ELLIPSIS_FILLERS = new Set(['was', 'were', 'is', 'are', 'has', 'have', 'had', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'did', 'does', 'do', 'be', 'been', 'also', 'still', 'then', 'later', 'again', 'already', 'not', "n't", 'never', 'instead']);

/** ", but was still refusing X": a clause opened by but/yet with no subject shares the previous clause's subject. */
function sharedSubject(ctx: SentenceContext, trig: FoundTrigger, cues: RelationCues): FoundMention[] | null {
  const cs = clauseStart(ctx, trig.ts);
  if (cs <= ctx.s0 || !ELLIPSIS_COORD.has((ctx.tokens[cs] as Token).lower)) return null;
  for (let q = cs + 1; q < trig.ts; q++) if (!ELLIPSIS_FILLERS.has((ctx.tokens[q] as Token).lower)) return null;
  const prev = ctx.tokens[cs - 1]?.text === ',' ? cs - 1 : cs;
  return subjectBefore(ctx, prev, clauseOf(ctx, prev - 1), cues);
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
    let coordinated = false;
    const mediated = MEDIATION_LEMMAS.has(spec.lemma) ? mediatedParties(ctx, trig, clause, cues) : null;
    if (mediated) {
      // "X undertook a mediation mission between Y and Z": the mediator deals with both parties.
      sources = spec.pos === 'noun' ? (nounSource(ctx, trig, clause, cues, attributions)?.group ?? null) : subjectBefore(ctx, trig.ts, clause, cues);
      targets = mediated;
      loose = true;
    } else if (spec.pos === 'verb' && MEDIATION_LEMMAS.has(spec.lemma)) {
      // "talks mediated by Qatar", "to mediate in a dispute": no parties named, no meeting claimed.
      continue;
    } else if (spec.pos === 'noun') {
      // Only a reciprocal act — one had with someone or between parties ("clashes between X and Y") —
      // is X's with Y; a one-sided act's noun is not ("a peace effort between X and Y" attacks no one).
      const reciprocal = spec.preps.includes('with') || spec.preps.includes('between');
      const between = reciprocal && ctx.tokens[trig.te]?.lower === 'between' ? objectAt(ctx, trig.te + 1, clause, cues, 3) : null;
      if (between && between.length >= 2) {
        sources = [between[0] as FoundMention];
        targets = between.slice(1);
      } else {
        const s = nounSource(ctx, trig, clause, cues, attributions);
        if (s) {
          sources = s.group;
          loose = s.loose;
          coordinated = s.coordinated === true;
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
      // ", offering to help X", ", killing Y": a participle after a comma shares the clause subject.
      const adjunct = ctx.tokens[trig.ts - 1]?.text === ',' && (ctx.tokens[trig.ts] as Token).lower.endsWith('ing');
      sources = (adjunct ? subjectBefore(ctx, trig.ts - 1, clause, cues) : subjectBefore(ctx, trig.ts, clause, cues)) ?? sharedSubject(ctx, trig, cues);
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
    } else if (cues.symmetric.has(spec.type) && sources.length >= 2 && (!loose || coordinated)) {
      for (let i = 0; i < sources.length; i++) for (let j = i + 1; j < sources.length; j++) pairs.push([sources[i] as FoundMention, sources[j] as FoundMention]);
    }
    if (pairs.length === 0) continue;
    const cs = clauseStart(ctx, trig.ts);
    const winFrom = Math.max(cs, trig.ts - 6);
    const after = ctx.tokens.slice(trig.te, Math.min(ctx.s1, trig.te + 12)).map((t) => t.lower).join(' ');
    const postNegated = POST_NEGATION.some((p) => after.includes(p));
    const negated = postNegated || spec.negated || trig.negatedByFrame || hasCue(ctx, winFrom, trig.ts, cues.negation, cues.negationBreakers) || (spec.pos === 'noun' && hasCue(ctx, trig.ts - 3, trig.ts, NO_CUE));
    let modality: Modality = 'asserted';
    if (hasCue(ctx, ctx.s0, trig.ts, cues.speculative)) modality = 'speculative';
    else if (hasCue(ctx, Math.max(cs, trig.ts - 7), trig.ts + (spec.pos === 'noun' ? 0 : 0), cues.proposed)) modality = 'proposed';
    else if (ctx.clauses.reported) modality = 'reported';
    // "offered to send aid to X", "will give X a grant": a promised act of support agrees with X too.
    // A bare "will" promises only nearby; "agreed/pledged to" reaches further ("agreed in principle on Saturday to provide … aid for X").
    const promised =
      spec.type === 'SUPPORTS' &&
      !negated &&
      (COMMISSIVE_LEMMAS.has(spec.lemma) || hasCue(ctx, Math.max(cs, trig.ts - 8), trig.ts, cues.commissive) || hasCue(ctx, Math.max(cs, trig.ts - 14), trig.ts, cues.agreeing));
    // "offered to negotiate with X", "agreed to meet X": an agreement to talk is cooperation too.
    const agreedTalks = spec.type === 'MET_WITH' && !negated && hasCue(ctx, Math.max(cs, trig.ts - 4), trig.ts, cues.agreeing);
    for (const [s1, t0] of pairs) {
      const s0 = governmentOf(ctx, s1);
      const s = settle(s0, t0);
      const t = settle(t0, s);
      if (!s.actor || !t.actor || s.actor === t.actor) continue;
      const base = { source: s, target: t, trigger: trig, negated, modality, strength: spec.strength, distance, loose, clauseFrom: cs, clauseTo: clauseEnd(ctx, trig.ts) };
      out.push({ type: spec.type, ...base });
      if (promised || agreedTalks) out.push({ type: 'COOPERATES_WITH', ...base, strength: spec.strength * 0.9 });
    }
  }
  return out;
}
