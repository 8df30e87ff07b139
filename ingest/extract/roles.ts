// Titles and appositives: "CIA Director William Burns" (Burns LEADS cia), "Amir Khan Muttaqi, the
// Taliban Foreign Minister" (MEMBER_OF taliban), "Pakistan's spy chief, Lieutenant General Faiz
// Hameed", "Gen. Michael Kurilla, head of U.S. Central Command". Unknown titled names become
// discovered people.
import type { Roles, TitleSpec } from './resources';
import type { ActorRegistry, FoundMention } from './mention-types';
import type { Token } from './tokenize';
import { TokenTrie, lowerKey } from './token-trie';
import { joinTokens, phraseKeys } from './tokenize';
import { isPlacePreposition } from './place-prepositions';

interface TitleEntry {
  rank: boolean;
  spec: TitleSpec | null;
}

export interface RoleMatcher {
  titles: TokenTrie<TitleEntry>;
  modifiers: Set<string>;
}

export interface RoleEdge {
  person: FoundMention;
  org: FoundMention;
  type: 'LEADS' | 'MEMBER_OF';
  ts: number;
  te: number;
}

const FORMER = new Set(['former', 'ex', 'then', 'late', 'ousted', 'deposed', 'retired']);
const NAME_PARTICLES = new Set(['al', 'bin', 'ul', 'ud', 'ur', 'de', 'van', 'von', 'el', 'ibn', 'abu', 'da', 'di', 'le', 'la']);
const NAME_STOP = new Set([
  'the', 'he', 'she', 'it', 'they', 'we', 'and', 'but', 'said', 'says', 'told', 'on', 'in', 'of', 'at', 'for', 'a', 'an', 'this', 'that', 'who', 'which',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'last', 'next', 'also', 'has', 'have', 'had', 'is', 'was',
]);

/** The end of a rank ("Gen.", "Staff Sgt.", "Petty Officer Third Class") that starts at token `j`, or null. */
export function rankEnd(rm: RoleMatcher, tokens: readonly Token[], j: number, to: number): number | null {
  const r = rm.titles.longest(tokens, j, to, lowerKey);
  return r && r.values.some((v) => v.rank) ? r.end : null;
}

/** What a title makes its holder of a body: a head leads it, but a state only its head of state leads ("Foreign Minister" is a member). */
export function roleTypeOf(spec: TitleSpec, bodyIsState: boolean): 'LEADS' | 'MEMBER_OF' | null {
  // "British militant X": a state before a title of no state's service is the holder's nationality.
  if (spec.stateless && bodyIsState) return null;
  return spec.leads && (!bodyIsState || spec.headOfState) ? 'LEADS' : 'MEMBER_OF';
}

export function compileRoles(roles: Roles): RoleMatcher {
  const titles = new TokenTrie<TitleEntry>();
  for (const t of roles.titles) titles.add(phraseKeys(t.t), { rank: false, spec: t });
  for (const r of roles.ranks) titles.add(phraseKeys(r), { rank: true, spec: null });
  return { titles, modifiers: new Set(roles.modifiers) };
}

/** Prefixes that make a word of the name after them ("Major Non-NATO Ally", "Anti-Taliban"): no name. */
const WORD_PREFIXES = new Set(['non', 'anti', 'pro', 'post', 'pre', 'ex', 'neo', 'pan', 'counter', 'semi', 'quasi', 'pseudo', 'mid']);

function nameLength(tokens: readonly Token[], i: number, to: number, startsMention: (k: number) => boolean): number {
  if (WORD_PREFIXES.has(tokens[i]?.lower ?? '') && tokens[i + 1]?.text === '-' && tokens[i + 1]?.start === tokens[i]?.end) return 0;
  let k = i;
  let words = 0;
  while (k < to && words < 4) {
    const t = tokens[k] as Token;
    if (t.text === '-' && words > 0 && tokens[k + 1]?.isWord) {
      k++;
      continue;
    }
    // An apostrophe inside a word ("O'Reilly", "Al-Ja'afari") joins its parts, whatever their case.
    if (t.text === "'" && words > 0 && tokens[k + 1]?.isWord && tokens[k - 1]?.end === t.start && tokens[k + 1]?.start === t.end) {
      k += 2;
      continue;
    }
    if (!t.isWord) break;
    // A middle initial ("Nicole L. Gee"): one capital and its full stop, with the surname after.
    if (words > 0 && /^\p{Lu}$/u.test(t.text) && tokens[k + 1]?.text === '.' && tokens[k + 2]?.isCap) {
      k += 2;
      continue;
    }
    // "bin Laden", "al-Abadi": a particle joins the name when a capitalised part follows it.
    if (NAME_PARTICLES.has(t.text) && words > 0 && (tokens[k + 1]?.isCap || (tokens[k + 1]?.text === '-' && tokens[k + 2]?.isCap))) {
      k++;
      continue;
    }
    if (!t.isCap || NAME_STOP.has(t.lower) || (t.text.length > 1 && t.text === t.text.toUpperCase())) break;
    if (k > i && startsMention(k)) break;
    k++;
    words++;
  }
  return words === 0 ? 0 : k - i;
}

export interface RoleResult {
  edges: RoleEdge[];
  persons: FoundMention[];
  /** Token spans of titles and ranks that stand before a person ("President Obama"). */
  titleSpans: [number, number][];
}

/**
 * Finds titles in tokens [from, to) and links them to the person and organisation around them.
 * `mentions` is sorted and non-overlapping; new person mentions are returned, not inserted.
 */
export function findRoles(rm: RoleMatcher, tokens: readonly Token[], from: number, to: number, mentions: FoundMention[], registry: ActorRegistry, discoverPerson: (name: string) => string): RoleResult {
  const startAt = new Map<number, FoundMention>();
  const endAt = new Map<number, FoundMention>();
  for (const m of mentions) {
    if (m.ts >= from && m.te <= to) {
      startAt.set(m.ts, m);
      endAt.set(m.te, m);
    }
  }
  const isPerson = (m: FoundMention | undefined): boolean => !!m && registry.get(m.actor)?.type === 'person';
  const isOrg = (m: FoundMention | undefined): boolean => !!m && !isPerson(m) && !registry.get(m.actor)?.media;
  const edges: RoleEdge[] = [];
  const persons: FoundMention[] = [];
  const titleSpans: [number, number][] = [];
  const skipRanks = (j: number): number => {
    for (let end = rankEnd(rm, tokens, j, to); end !== null; end = rankEnd(rm, tokens, j, to)) {
      j = end;
      if (tokens[j]?.text === '.') j++;
    }
    return j;
  };
  /** End of a run of up to four capitalised words from `k` that name no actor (a portfolio), else `k`. */
  const capitalisedRunEnd = (k: number): number => {
    let e = k;
    while (e < to && e - k < 4 && tokens[e]?.isWord && tokens[e]?.isCap && !startAt.has(e) && !endAt.has(e + 1) && !rm.titles.longest(tokens, e, to, lowerKey)) e++;
    // A portfolio ends before "of"/"for" or a comma; otherwise the words are the holder's name ("Minister of X Y").
    return e > k && (['of', 'for', ','].includes(tokens[e]?.text.toLowerCase() ?? '')) ? e : k;
  };
  const personAt = (j: number): FoundMention | null => {
    const m = startAt.get(j);
    if (m) return isPerson(m) ? m : null;
    const len = nameLength(tokens, j, to, (k) => startAt.has(k));
    if (len === 0) return null;
    const name = joinTokens(tokens.slice(j, j + len));
    const p: FoundMention = { actor: discoverPerson(name), kind: 'discovered', ts: j, te: j + len };
    startAt.set(j, p);
    endAt.set(j + len, p);
    persons.push(p);
    return p;
  };
  // Persons named after a title in this sentence, for a state named after the last of a list
  // ("President X and Chairman Y of Afghanistan").
  const named: TitledPerson[] = [];
  const addEdge = (person: FoundMention, spec: TitleSpec, org: FoundMention, ts: number, te: number): void => {
    const type = roleTypeOf(spec, registry.get(org.actor)?.type === 'state');
    if (type) edges.push({ person, org, type, ts, te });
  };
  const bodyAfterName = (person: FoundMention): FoundMention | undefined => {
    if (tokens[person.te]?.lower !== 'of') return undefined;
    const m = startAt.get(tokens[person.te + 1]?.lower === 'the' ? person.te + 2 : person.te + 1);
    return isOrg(m) ? m : undefined;
  };
  // Earlier titled persons joined to the one at `titleStart` by "," or "and" share its body, unless
  // it is not theirs: one with a body of their own, or one the gazetteer places in another state
  // ("President Biden and Prime Minister Kishida of Japan").
  const shareBodyBack = (body: FoundMention, titleStart: number): void => {
    let end = titleStart;
    for (let n = named.length - 1; n >= 0; n--) {
      const prev = named[n] as TitledPerson;
      const gap = tokens.slice(prev.person.te, end);
      if (gap.length === 0 || !gap.every((t) => t.text === ',' || t.lower === 'and')) return;
      end = prev.phraseStart;
      const affiliations = registry.get(prev.person.actor)?.actor.affiliations ?? [];
      if (prev.hasBody || prev.person.actor === body.actor || (affiliations.length > 0 && !affiliations.includes(body.actor))) continue;
      prev.hasBody = true;
      addEdge(prev.person, prev.spec, body, prev.ts, prev.te);
    }
  };
  let i = from;
  while (i < to) {
    if (startAt.has(i)) {
      // Titles inside names ("Joint Chiefs", "Amir Khan Muttaqi") are not titles.
      i = (startAt.get(i) as FoundMention).te;
      continue;
    }
    const tok = tokens[i] as Token;
    const match = tok.isWord ? rm.titles.longest(tokens, i, to, lowerKey) : null;
    if (!match) {
      i++;
      continue;
    }
    const entry = match.values.find((v) => !v.rank) ?? (match.values[0] as TitleEntry);
    const a = i;
    let b = match.end;
    if (tokens[b]?.text === '.' && entry.rank) b++;
    i = b;
    // Lower-case ranks ("general", "major") are ordinary words unless a name follows.
    if (entry.rank) {
      if (!tok.isCap) continue;
      const after = skipRanks(b);
      const ranked = personAt(after);
      if (ranked) titleSpans.push([a, after]);
      // A service before the rank is the person's ("Marine Corps Cpl. X", "Pakistan Army Major Y").
      const service = endAt.get(a);
      // Not a body another title names ("Chairman of the Joint Chiefs General X") or a place ("in X").
      let before = service ? service.ts - 1 : -1;
      if (tokens[before]?.lower === 'the') before--;
      const ofSomething = isPlacePreposition(tokens[before]?.lower ?? '') || ['of', 'for'].includes(tokens[before]?.lower ?? '');
      if (ranked && service && !ofSomething && isOrg(service) && registry.get(service.actor)?.type !== 'state' && service.actor !== ranked.actor) {
        service.attached = true;
        edges.push({ person: ranked, org: service, type: 'MEMBER_OF', ts: a, te: b });
      }
      continue;
    }
    const spec = entry.spec as TitleSpec;
    // Former roles are not current membership ("a former British diplomat").
    const pre1 = tokens[a - 1]?.lower ?? '';
    const pre2 = tokens[a - 2]?.lower ?? '';
    if (FORMER.has(pre1) || FORMER.has(pre2) || (tokens[a - 1]?.text === '-' && FORMER.has(pre2))) {
      // The titled name is still a person ("Ousted President Askar Akayev"), only without the edge.
      const p = skipRanks(tokens[b]?.text === ',' ? b + 1 : b);
      if (personAt(p)) titleSpans.push([a, p]);
      continue;
    }
    // Organisation named through "of": "head of U.S. Central Command".
    let org: FoundMention | undefined;
    let j = b;
    if (['of', 'for', 'to', 'at', 'with'].includes(tokens[j]?.lower ?? '')) {
      let k = j + 1;
      if (tokens[k]?.lower === 'the') k++;
      for (let extra = 0; extra < 2 && tokens[k] && !tokens[k]?.isCap && tokens[k]?.isWord && !startAt.has(k); extra++) k++;
      // A portfolio written out before the body: "Minister of Foreign Affairs of Iraq, X", "Minister for
      // Defence of Pakistan": its capitalised words name no actor; the body (or the holder) follows it.
      const portfolioEnd = capitalisedRunEnd(k);
      if (portfolioEnd > k && tok.isCap) {
        j = portfolioEnd;
        k = ['of', 'for'].includes(tokens[j]?.lower ?? '') ? j + 1 : k;
        if (k > j && tokens[k]?.lower === 'the') k++;
      }
      const m = startAt.get(k);
      // "Special Representative for Syria", "ambassador to Pakistan": a state after for/to is the
      // post's portfolio or posting, not the body the person belongs to ("spokesman for the Taliban" is).
      const portfolio = (tokens[j]?.lower === 'for' || tokens[j]?.lower === 'to') && m !== undefined && registry.get(m.actor)?.type === 'state';
      if (isOrg(m) && !portfolio) {
        org = m;
        j = (m as FoundMention).te;
      } else if (portfolio && tok.isCap) {
        // The holder may follow the portfolio: "Ambassador to Pakistan Donald Blome".
        const after = (m as FoundMention).te;
        if (nameLength(tokens, after, to, (x) => startAt.has(x)) > 0 || isPerson(startAt.get(after))) j = after;
      }
    }
    // Organisation before: "CIA Director", "Pakistan's spy chief", "Taliban political spokesman".
    let k = a - 1;
    while (k >= from && rm.modifiers.has((tokens[k] as Token).lower) && !endAt.has(k + 1)) k--;
    if (tokens[k]?.text === "'s" || tokens[k]?.text === "'") k--;
    const before = endAt.get(k + 1);
    // "in Iraq Minister Tobias Ellwood said" (a headline run into its first line): a state governed by
    // a preposition is where, not whose.
    const placed = before !== undefined && registry.get(before.actor)?.type === 'state' && isPlacePreposition(tokens[before.ts - 1]?.lower ?? '');
    const orgBefore = isOrg(before) && !placed ? before : undefined;
    org ??= orgBefore;
    // Person after the title (skipping a comma and ranks), else an appositive person before it.
    let p = j;
    if (tokens[p]?.text === ',') p++;
    p = skipRanks(p);
    let person = tok.isCap || orgBefore ? personAt(p) : null;
    if (person) titleSpans.push([a, person.ts]);
    // "President Ashraf Ghani of Afghanistan": the body after the name, as readouts write it.
    const after = person && person.ts >= b ? bodyAfterName(person) : undefined;
    if (after && person) {
      if (!org) org = after;
      else if (after.actor !== org.actor && registry.get(after.actor)?.type === 'state') edges.push({ person, org: after, type: 'MEMBER_OF', ts: a, te: match.end });
      after.attached = true;
      shareBodyBack(after, orgBefore ? orgBefore.ts : a);
    }
    if (person && person.ts >= b) named.push({ person, spec, phraseStart: orgBefore ? orgBefore.ts : a, ts: a, te: match.end, hasBody: org !== undefined || spec.impliedOrg !== undefined });
    if (!person) {
      // Appositive: "Amir Khan Muttaqi, the Taliban Foreign Minister", "X, a researcher at Y".
      let q = (orgBefore ? orgBefore.ts : a) - 1;
      for (let steps = 0; q >= from && steps < 6 && (tokens[q] as Token).text !== ','; steps++) {
        const t = tokens[q] as Token;
        if (!t.isWord || (t.isCap && !endAt.has(q + 1))) break;
        q = endAt.has(q + 1) ? (endAt.get(q + 1) as FoundMention).ts - 1 : q - 1;
      }
      if (tokens[q]?.text === ',') {
        const cand = endAt.get(q);
        if (isPerson(cand)) person = cand as FoundMention;
        // An unknown name before the comma: "Kofi Annan, UN secretary-general" (two to four name words).
        else if (!cand && org) {
          let st = q;
          while (st > from && q - st < 4 && (tokens[st - 1] as Token).isWord && (tokens[st - 1] as Token).isCap && !endAt.has(st)) st--;
          const prev = tokens[st - 1];
          const clean = st === from || (prev !== undefined && !prev.isCap);
          if (clean && q - st >= 2 && !NAME_STOP.has((tokens[st] as Token).lower) && nameLength(tokens, st, q, (x) => startAt.has(x)) === q - st) person = personAt(st);
        }
      }
    }
    if (person && !org && spec.impliedOrg && registry.has(spec.impliedOrg)) {
      org = { actor: spec.impliedOrg, kind: 'alias', ts: a, te: match.end };
      edges.push({ person, org, type: spec.leads ? 'LEADS' : 'MEMBER_OF', ts: a, te: match.end });
      continue;
    }
    if (!person || !org || person.actor === org.actor) continue;
    org.attached = true;
    addEdge(person, spec, org, a, match.end);
  }
  return { edges, persons, titleSpans };
}

interface TitledPerson {
  person: FoundMention;
  spec: TitleSpec;
  /** Where the titled name begins, a body before the title included ("High Council Chairman X"). */
  phraseStart: number;
  ts: number;
  te: number;
  hasBody: boolean;
}

/**
 * An agency named with its state: "Pakistan's ISI", "Pakistani ISI" → isi MEMBER_OF pakistan, when
 * the gazetteer affiliates the agency with that state.
 */
export function findAgencyMemberships(tokens: readonly Token[], mentions: readonly FoundMention[], registry: ActorRegistry, affiliations: (id: string) => readonly string[]): RoleEdge[] {
  const edges: RoleEdge[] = [];
  for (let i = 0; i + 1 < mentions.length; i++) {
    const a = mentions[i] as FoundMention;
    const b = mentions[i + 1] as FoundMention;
    const gap = b.ts - a.te;
    if (gap > 1 || (gap === 1 && tokens[a.te]?.text !== "'s")) continue;
    if (registry.get(a.actor)?.type !== 'state' || registry.get(b.actor)?.type !== 'agency') continue;
    if (!affiliations(b.actor).includes(a.actor)) continue;
    edges.push({ person: b, org: a, type: 'MEMBER_OF', ts: b.ts, te: b.te });
  }
  return edges;
}
