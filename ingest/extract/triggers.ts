// Trigger finding in one sentence: longest lexicon match outside mentions, with the part of speech
// (noun or verb) chosen from context, and "refused to"/"threatened to" frames folded in.
import type { TriggerSpec } from './lexicon';
import type { FoundTrigger, RelationCues } from './relation-model';
import type { SentenceContext } from './sentence-context';
import type { Token } from './tokenize';
import type { TokenTrie } from './token-trie';

const VERB_CONTEXT = new Set(['will', 'would', 'can', 'could', 'may', 'might', 'should', 'must', 'not', "n't", 'did', 'does', 'do', 'also', 'jointly', 'repeatedly', 'never', 'they', 'we', 'i', 'you', 'he', 'she', 'who', 'which', 'that', 'and', 'often', 'still', 'further', 'then', 'both', 'allegedly', 'reportedly']);
const REJECTABLE = new Set(['MET_WITH', 'COOPERATES_WITH', 'VISITED', 'SUPPORTS']);
const LY_ADJECTIVES = new Set(['deadly', 'costly', 'likely', 'early', 'friendly', 'elderly', 'only', 'daily', 'weekly', 'monthly', 'yearly', 'unlikely', 'timely', 'lonely', 'lovely', 'ugly', 'holy', 'bloody', 'brotherly', 'neighborly', 'neighbourly', 'orderly', 'cowardly', 'scholarly', 'unfriendly']);

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
    const hyphenated = hy?.text === '-' && hy.start === ctx.tokens[k - 2]?.end && hy.end === (ctx.tokens[k] as Token).start;
    if (hyphenated && ctx.endAt.has(k - 1)) {
      k = m.end;
      continue;
    }
    // "its long-threatened invasion", "a much-criticised deal": a hyphenated participle is an adjective.
    if (hyphenated && m.values.every((v) => v.pos === 'verb' && v.participle)) {
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
    // ("agreed to meet with X" stays an infinitive verb.)
    if (spec?.pos === 'phrase' && prevTok && prevTok.lower !== 'to' && (cues.determiners.has(prevTok.lower) || prevTok.text === "'s" || cues.prepositions.has(prevTok.lower))) {
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
      // "refused to meet / cooperate with / help X" also rejects X; "denied meeting X" does not.
      const rejects = ['refuse', 'decline'].includes(a.spec.lemma) && toVerb && REJECTABLE.has(b.spec.type);
      if (!rejects) {
        out.splice(i, 1);
        i--;
      }
    } else if (a.spec.type === 'WARNED' && a.spec.pos === 'verb' && gap.length <= 4 && gap[gap.length - 1] === 'to' && !gap.includes(',')) {
      // "threatened (on Monday) to shell X / to launch an offensive in its war with X" is a threat
      // against X, not (yet) an attack: the threatened acts are not claims of their own.
      let j = i + 1;
      while (j < out.length && (out[j] as FoundTrigger).ts < a.te + 14 && !ctx.tokens.slice(a.te, (out[j] as FoundTrigger).ts).some((t) => t.text === ',' || t.text === ';')) j++;
      out.splice(i + 1, j - i - 1);
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

