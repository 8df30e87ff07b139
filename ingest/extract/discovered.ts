// Actors not in the gazetteer: capitalised organisation names ("Counter Extremism Program",
// "Center for the Study of Modern Afghanistan") with their parenthesised acronyms, and later
// surname-only and acronym-only references to people and organisations already named in the doc.
import type { FoundMention } from './mention-types';
import type { Token } from './tokenize';

const CONNECTORS = new Set(['of', 'for', 'the', 'and', 'on', '&', '-', 'in']);
const LEADING_STOP = new Set([
  'the', 'a', 'an', 'in', 'on', 'at', 'but', 'and', 'this', 'that', 'while', 'for', 'by', 'from', 'with', 'as', 'after', 'before', 'since',
  'according', 'meanwhile', 'however', 'officially', 'if', 'when', 'his', 'her', 'their', 'its', 'our', 'some', 'both', 'it', 'he', 'she', 'they', 'we',
]);
/** Words after a state name that still mean the state itself (Pakistani Foreign Ministry → pakistan). */
export const STATE_BODY: ReadonlySet<string> = new Set([
  'foreign', 'interior', 'defense', 'defence', 'ministry', 'army', 'air', 'force', 'forces', 'navy', 'police', 'government', 'security', 'intelligence',
  'military', 'office', 'embassy', 'cabinet', 'parliament', 'senate', 'national', 'assembly', 'armed', 'special', 'council', 'administration', 'affairs', 'of',
]);

/** Heads that make a body only where no known actor is named in it: "Kurdistan Regional Government" is
 * one, "the Federal Government of Iraq" and "the Afghan Government" are their states'. */
const STATELESS_HEADS = new Set(['government']);

export interface DiscoveredOrg {
  name: string;
  ts: number;
  te: number;
  acronym: string | null;
}

/**
 * Capitalised runs that contain an organisation head word. `mentions` are the gazetteer mentions
 * (sorted); a run already named by one gazetteer mention that holds the head, or a state followed
 * only by body words, is left to the gazetteer.
 */
export function findOrganisations(tokens: readonly Token[], from: number, to: number, heads: Set<string>, mentions: readonly FoundMention[], stateIds: Set<string>, titleWords: ReadonlySet<string> = new Set(), personIds: ReadonlySet<string> = new Set(), headsFirst: ReadonlySet<string> = new Set()): DiscoveredOrg[] {
  const found: DiscoveredOrg[] = [];
  let i = from;
  while (i < to) {
    const t = tokens[i] as Token;
    if (!(t.isWord && t.isCap)) {
      i++;
      continue;
    }
    let j = i;
    let last = i;
    while (j < to) {
      const u = tokens[j] as Token;
      if (u.isWord && (u.isCap || /^\p{N}/u.test(u.text))) {
        last = j;
        j++;
      } else if (CONNECTORS.has(u.lower) && j > i && (tokens[j + 1]?.isCap || (tokens[j + 1]?.lower === 'the' && u.lower !== 'and')) && tokens[j - 1]?.text !== '-') j++;
      else break;
    }
    let s = i;
    while (s <= last && LEADING_STOP.has((tokens[s] as Token).lower)) s++;
    // A title naming its body is not part of the body's name: "Chairman of the High Council for …".
    if (titleWords.has(tokens[s]?.lower ?? '') && tokens[s + 1]?.lower === 'of') s += tokens[s + 2]?.lower === 'the' ? 3 : 2;
    let e = last + 1;
    i = e;
    // A known name and "and" before the body are a list, not part of its name: "President X and High
    // Council for …".
    for (const m of mentions) if (m.ts >= s && m.te < e && tokens[m.te]?.lower === 'and') s = m.te + 1;
    // The same for a known name the run starts inside: "Jaish-e-Mohammed and Lashkar-e-Taiba" (the run
    // from "Mohammed" on) is two known names.
    for (const m of mentions) if (m.ts < s && s < m.te) s = tokens[m.te]?.lower === 'and' ? m.te + 1 : m.te;
    // Nor is a known person before the body ("Statement by President Joe Biden on the Evacuation
    // Mission", a headline); one after it ends the body ("High Council for … Chairman Abdullah
    // Abdullah of Afghanistan").
    for (const m of mentions) {
      if (m.ts < s || m.te >= e || !personIds.has(m.actor)) continue;
      let headBefore = false;
      for (let k = s; k < m.ts; k++) if (heads.has((tokens[k] as Token).lower)) headBefore = true;
      if (headBefore) e = m.ts;
      else s = m.te;
    }
    while (s < e && LEADING_STOP.has(tokens[s]?.lower ?? '')) s++;
    if (e - s < 2) continue;
    let lastHead = -1;
    for (let k = s + 1; k < e; k++) if (heads.has((tokens[k] as Token).lower) || STATELESS_HEADS.has((tokens[k] as Token).lower)) lastHead = k;
    // A head may open the name ("Board of Inquiry", "Council of Elders"), unless a state is named in it
    // ("Council of Ministers of Iraq" stays Iraq's).
    const opens = headsFirst.has(tokens[s]?.lower ?? '') && ['of', 'for'].includes(tokens[s + 1]?.lower ?? '') && e - s >= 3;
    if (lastHead < 0 && opens && !mentions.some((m) => m.ts >= s && m.te <= e && stateIds.has(m.actor))) lastHead = s;
    if (lastHead < 0) continue;
    // A head inside a known name is that name's word ("Lashkar" of "Lashkar-e-Taiba"), no body of its own.
    if (mentions.some((m) => m.ts <= lastHead && lastHead < m.te)) continue;
    // A title before the head ends what stands before it: "Pentagon Press Secretary | Air Force Brig. Gen. X"
    // is a body, a title and a service.
    for (let k = lastHead - 1; k > s; k--) {
      if (titleWords.has((tokens[k] as Token).lower) && (tokens[k + 1] as Token).isCap && !CONNECTORS.has(tokens[k - 1]?.lower ?? '')) {
        s = k + 1;
        break;
      }
    }
    // The name ends at its head when more names follow without a connector: "Foreign Office | Minister
    // Tobias Ellwood" is a body, a title and a person ("Front for the Liberation of X" runs on).
    if (lastHead + 1 < e && (tokens[lastHead + 1] as Token).isCap) e = lastHead + 1;
    // …and a title followed by a name ends it too: "High Council for National Reconciliation | Chairman X".
    for (let k = lastHead + 1; k < e; k++) {
      if (titleWords.has((tokens[k] as Token).lower) && tokens[k + 1]?.isCap) {
        e = k;
        break;
      }
    }
    if (e - s < 2) continue;
    // A run inside a known name is that name's ("Pakistan's Armed Forces" is the gazetteer's army).
    if (mentions.some((m) => m.ts <= s && m.te >= e)) continue;
    // A state's bodies named by common words are the state's ("Iraq's Security Forces").
    const possessor = tokens[s - 1]?.text === "'s" ? mentions.find((m) => m.te === s - 1 && stateIds.has(m.actor)) : undefined;
    if (possessor && tokens.slice(s, e).every((t) => STATE_BODY.has(t.lower))) continue;
    const inside = mentions.filter((m) => m.ts >= s && m.te <= e);
    if (STATELESS_HEADS.has(tokens[lastHead]?.lower ?? '') && (inside.length > 0 || mentions.some((m) => m.ts < s && m.te > s))) continue;
    if (inside.some((m) => m.ts === s && m.te === e)) continue;
    if (inside.some((m) => { for (let k = m.ts; k < m.te; k++) if (heads.has((tokens[k] as Token).lower)) return true; return false; })) continue;
    const first = inside[0];
    if (first && first.ts === s && stateIds.has(first.actor)) {
      let allBody = true;
      for (let k = first.te; k < e; k++) if (!STATE_BODY.has((tokens[k] as Token).lower)) allBody = false;
      if (allBody) continue;
    }
    let acronym: string | null = null;
    if (tokens[e]?.text === '(' && tokens[e + 2]?.text === ')' && /^[A-Z][A-Za-z&]{1,9}$/.test(tokens[e + 1]?.text ?? '')) acronym = (tokens[e + 1] as Token).text;
    found.push({ name: '', ts: s, te: e, acronym });
  }
  return found;
}

/** Token positions of single capitalised words equal to `key` not covered by `taken`. */
export function findBareTokens(tokens: readonly Token[], from: number, to: number, keys: Map<string, string>, taken: Uint8Array, exact: boolean): FoundMention[] {
  const out: FoundMention[] = [];
  for (let i = from; i < to; i++) {
    if (taken[i]) continue;
    const t = tokens[i] as Token;
    if (!t.isWord || !t.isCap) continue;
    const actor = keys.get(exact ? t.text : t.lower);
    if (!actor) continue;
    // "Imran Khan" is one name: a surname right after another capitalised word is not a reference.
    const prev = tokens[i - 1];
    if (!exact && prev && prev.isCap && prev.isWord && !taken[i - 1]) continue;
    out.push({ actor, kind: exact ? 'acronym' : 'surname', ts: i, te: i + 1 });
  }
  return out;
}

export interface GroupNouns {
  /** Non-state group nouns ("rebels", "activists"): with a place or demonym they name a group of their own. */
  groups: Set<string>;
  /** Of these, the ones that name armed groups (type armed_group, else organization). */
  armed: Set<string>;
  /** State organs ("troops", "police"): after a state's name they stay that state. */
  organs: Set<string>;
}

export interface DescriptorGroup {
  ts: number;
  te: number;
  armed: boolean;
}

/**
 * Descriptor groups: a capitalised modifier run plus a group noun ("Darfur rebels", "Karen
 * guerrillas", "Kurdish fighters"). A state's demonym before a non-state noun names a group, not
 * the state ("Afghan rebels"); before a state organ ("Burmese troops") it stays the state. Runs that
 * hold a named non-state actor ("Taliban fighters", "Hezbollah guerrillas") stay that actor.
 */
export function findDescriptorGroups(tokens: readonly Token[], from: number, to: number, nouns: GroupNouns, mentions: readonly FoundMention[], stateIds: Set<string>): DescriptorGroup[] {
  const out: DescriptorGroup[] = [];
  for (let k = from + 1; k < to; k++) {
    const noun = tokens[k] as Token;
    if (noun.isCap || !noun.isWord || !(nouns.groups.has(noun.lower) || nouns.organs.has(noun.lower))) continue;
    // A description of the person named after it ("suspected British militant Haroon Rashid Aswad"), not a group.
    if (tokens[k + 1]?.isWord && tokens[k + 1]?.isCap && k + 1 < to) continue;
    let s = k;
    // One lower-case adjective may stand between the name and the noun ("Moslem fundamentalist demonstrators").
    if (s - 1 > from && GROUP_ADJ.test((tokens[s - 1] as Token).text) && (tokens[s - 2] as Token).isCap) s--;
    while (s > from && (tokens[s - 1] as Token).isWord && (tokens[s - 1] as Token).isCap) s--;
    while (s < k && (LEADING_STOP.has((tokens[s] as Token).lower) || GROUP_STOP.has((tokens[s] as Token).lower))) s++;
    if (s === k) continue;
    const inside = mentions.filter((m) => m.ts < k && m.te > s);
    if (inside.some((m) => m.ts < s || !stateIds.has(m.actor))) continue;
    const organ = nouns.organs.has(noun.lower);
    // A state body ("Israeli police") stays the state; an unknown place's organ is left alone too.
    // A noun that is both ("leaders"): the state's after a state ("Afghan leaders"), else a group ("Yoruba leaders").
    if (organ && (!nouns.groups.has(noun.lower) || inside.length > 0)) continue;
    out.push({ ts: s, te: k + 1, armed: nouns.armed.has(noun.lower) });
  }
  return out;
}

const GROUP_ADJ = /^[a-z]+(ist|ic|ian|al|ish|ese)$/;

/** Sentence-initial capitalised words that are not names ("Many rebels", "Two students"). */
const GROUP_STOP = new Set(['many', 'most', 'several', 'two', 'three', 'four', 'five', 'six', 'ten', 'hundreds', 'thousands', 'dozens', 'other', 'armed', 'local', 'foreign', 'radical', 'suspected', 'pro', 'anti', 'these', 'those', 'all', 'no', 'only', 'former']);
