// Light coreference: "the group", "the agency", "the movement", "he/she" resolve to the one
// compatible actor mentioned in the current or previous two sentences. With two candidates the
// mention stays open; a claim may settle it ("the Taliban launched attacks against the group": not
// the Taliban itself).
import type { CorefSpec } from './resources';
import type { ActorRegistry, FoundMention } from './mention-types';
import type { Token } from './tokenize';
import { TokenTrie, lowerKey } from './token-trie';
import { phraseKeys } from './tokenize';

export function compileCoref(specs: readonly CorefSpec[]): TokenTrie<CorefSpec> {
  const trie = new TokenTrie<CorefSpec>();
  for (const s of specs) trie.add(phraseKeys(s.phrase), s);
  return trie;
}

/**
 * Coreference mentions in tokens [from, to). `context` holds the mentions of the previous two
 * sentences and this one (sorted); `taken` marks tokens already inside a mention.
 */
export function resolveCoref(trie: TokenTrie<CorefSpec>, tokens: readonly Token[], from: number, to: number, context: readonly FoundMention[], taken: Uint8Array, registry: ActorRegistry): FoundMention[] {
  const out: FoundMention[] = [];
  for (let i = from; i < to; i++) {
    if (taken[i]) continue;
    const m = trie.longest(tokens, i, to, lowerKey);
    if (!m) continue;
    // "the group's" is fine; "the group of experts" or "the Taliban group" is not a reference.
    if (taken[m.end] || tokens[m.end]?.lower === 'of') continue;
    const spec = m.values[0] as CorefSpec;
    const types = new Set(spec.types);
    const candidates = new Set<string>();
    const local = new Set<string>();
    for (const c of context) {
      if (c.ts >= i) break;
      // A reference already resolved counts when it is a phrase ("The Foreign Secretary also spoke to X.
      // He thanked …" has two candidates), never when it is another pronoun.
      if (c.kind === 'coref' && c.te - c.ts === 1) continue;
      const info = registry.get(c.actor);
      if (info && !info.media && types.has(info.type)) {
        candidates.add(c.actor);
        if (c.ts >= from) local.add(c.actor);
      }
    }
    if (candidates.size === 1) out.push({ actor: [...candidates][0] as string, kind: 'coref', ts: i, te: m.end });
    else if (local.size === 1) {
      // The one compatible actor earlier in the same sentence is preferred, unless the claim's
      // other argument is that actor ("Hezbollah then attacked the group").
      const first = [...local][0] as string;
      out.push({ actor: '', kind: 'coref', ts: i, te: m.end, candidates: [first, ...[...candidates].filter((c) => c !== first)], preferFirst: true });
    } else if (candidates.size === 2) out.push({ actor: '', kind: 'coref', ts: i, te: m.end, candidates: [...candidates] });
    i = m.end - 1;
  }
  return out;
}

const SUBJECT_PRONOUNS = new Set(['it', 'they']);
const NON_PERSON = new Set(['state', 'agency', 'armed_group', 'organization', 'igo']);

/**
 * "Iraq said it would …", "the rebels announced on Friday that they …": a subject pronoun right
 * after a reporting verb (a few tokens of time or "that" between, no actor) is the reporter — the
 * nearest non-person actor before that verb in the same sentence.
 */
export function resolveReportedPronouns(tokens: readonly Token[], from: number, to: number, own: readonly FoundMention[], taken: Uint8Array, reporting: Set<string>, registry: ActorRegistry): FoundMention[] {
  const out: FoundMention[] = [];
  for (let i = from + 2; i < to; i++) {
    if (taken[i] || !SUBJECT_PRONOUNS.has((tokens[i] as Token).lower)) continue;
    let verb = -1;
    for (let k = i - 1; k >= from && k >= i - 5; k--) {
      if (taken[k] || (tokens[k] as Token).text === ',') break;
      if (reporting.has((tokens[k] as Token).lower)) {
        verb = k;
        break;
      }
    }
    if (verb < 0) continue;
    let subject: FoundMention | undefined;
    for (const m of own) {
      if (m.te > verb) break;
      const info = registry.get(m.actor);
      if (m.kind !== 'coref' && !m.attached && info && !info.media && NON_PERSON.has(info.type)) subject = m;
    }
    if (subject) out.push({ actor: subject.actor, kind: 'coref', ts: i, te: i + 1 });
  }
  return out;
}
