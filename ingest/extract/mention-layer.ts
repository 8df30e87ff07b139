// The document's actor mentions, found once and shared by both relation stages (the rules
// extractor and the dependency coder): gazetteer names, discovered organisations and descriptor
// groups, titled people and role edges, later surnames and acronyms. Sentence spans may come from
// the caller (the parser's sentences) or from the own splitter.
import type { Actor } from '../../shared/contract';
import type { ExtractorResources } from './resources';
import type { ActorInfo, ActorRegistry, FoundMention } from './mention-types';
import type { NormalisedText } from './normalize';
import type { Token } from './tokenize';
import { plausibleDiscoveredName } from './discovered-names';
import { findBareTokens, findDescriptorGroups, findOrganisations, STATE_BODY } from './discovered';
import { compileOfficeHolders } from './office-holders';
import { compileGazetteer, matchGazetteer, type GazetteerMatcher } from './gazetteer-matcher';
import { overlayRegistry, slugify } from './mention-types';
import { normaliseText, toOriginalSpan } from './normalize';
import { compileRoles, findAgencyMemberships, findRoles, rankEnd, type RoleMatcher } from './roles';
import { compileOwnServices, findOwnServices } from './own-services';
import { lowerKey } from './token-trie';
import { splitSentences } from './sentences';
import { tokenize } from './tokenize';

export interface SentenceSpan {
  /** Offsets into the normalised text. */
  start: number;
  end: number;
  /** Token range [t0, t1). */
  t0: number;
  t1: number;
}

export type RoleEdge = ReturnType<typeof findRoles>['edges'][number];

export interface MentionLayer {
  norm: NormalisedText;
  tokens: Token[];
  sentences: SentenceSpan[];
  /** Sorted by token start. */
  mentions: FoundMention[];
  /** Titles written with their holder's name ("Foreign Minister" in "Foreign Minister X"): mentions of that person for evidence, not arguments. */
  titles: FoundMention[];
  registry: ActorRegistry;
  roleEdges: { edge: RoleEdge; sentence: SentenceSpan }[];
  /** Person id → the organisation a title ties them to. */
  speakerOrg: Map<string, string>;
  /** Tokens that are role titles or role phrases. */
  titleTokens: Set<number>;
  /** Tokens covered by a mention. */
  taken: Uint8Array;
  /** Original-text span of a token range. */
  docSpan(ts: number, te: number): [number, number];
}

export interface MentionFinder {
  gazetteer: GazetteerMatcher;
  baseRegistry: ReadonlyMap<string, ActorInfo>;
  /**
   * `spans`: sentence spans in ORIGINAL text offsets (e.g. the parser's); default: the own splitter.
   * `issuerState`: the state of the text's publisher, whose office holders a bare title names ("the President").
   * `issuerBody`: the publisher itself when it is a body with offices of its own ("the Secretary" of a
   * State Department text is the Secretary of State, of a Defense Department one the Secretary of Defense).
   */
  find(text: string, published: string | null, spans?: readonly { start: number; end: number }[], issuerState?: string | null, issuerBody?: string | null): MentionLayer;
}

/** First normalised index whose original start is at or after `offset`. */
export function toNormalisedOffset(norm: NormalisedText, offset: number): number {
  let lo = 0;
  let hi = norm.origStart.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((norm.origStart[mid] as number) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function createMentionFinder(resources: ExtractorResources): MentionFinder {
  const gaz = compileGazetteer(resources.gazetteer, resources.cues);
  const offices = compileOfficeHolders(resources.gazetteer.offices ?? []);
  const roles = compileRoles(resources.roles);
  const ownServices = compileOwnServices(resources.gazetteer);
  const orgHeads = new Set(resources.roles.orgHeads);
  const orgHeadsFirst = new Set(resources.roles.orgHeadsFirst ?? []);
  /** One-word titles ("chairman", "minister"): where a run of capitalised words stops being a body's name. */
  const titleWords = new Set(resources.roles.titles.map((t) => t.t.toLowerCase()).filter((t) => !t.includes(' ')));
  const groupNouns = { groups: new Set(resources.roles.groupNouns.groups), armed: new Set(resources.roles.groupNouns.armed), organs: new Set(resources.roles.groupNouns.organs) };
  const stateIds = new Set(resources.gazetteer.actors.filter((a) => a.type === 'state').map((a) => a.id));
  const personIds = new Set(resources.gazetteer.actors.filter((a) => a.type === 'person').map((a) => a.id));
  // A spelled-out name whose initials are a known acronym is that actor ("Afghan National Defense
  // and Security Forces" → ANDSF). Three letters at least: two-letter initials collide too often.
  const byAcronym = new Map<string, string>();
  for (const a of resources.gazetteer.actors) for (const acr of a.acronyms) if (/^[A-Z]{3,}$/.test(acr)) byAcronym.set(acr, a.id);
  const knownByInitials = (name: string): string | undefined => {
    const words = name.split(/[\s-]+/).filter((w) => /^[A-Z]/.test(w));
    return words.length >= 3 ? byAcronym.get(words.map((w) => w[0]).join('')) : undefined;
  };
  // Surnames that name exactly one known person (null when several share it: "Bush").
  const surnames = new Map<string, string | null>();
  for (const a of resources.gazetteer.actors) {
    if (a.type !== 'person') continue;
    for (const n of new Set([a.name, ...a.aliases].filter((x) => x.includes(' ')).map((x) => (x.split(' ').pop() as string).toLowerCase()))) {
      surnames.set(n, surnames.has(n) && surnames.get(n) !== a.id ? null : a.id);
    }
  }
  const personBySurname = new Map([...surnames].filter((e): e is [string, string] => e[1] !== null));
  const baseRegistry = new Map<string, ActorInfo>();
  for (const a of resources.gazetteer.actors) {
    const actor: Actor = { id: a.id, name: a.name, type: a.type, aliases: [...new Set([...a.aliases, ...a.acronyms])], discovered: false };
    if (a.affiliations.length > 0) actor.affiliations = [...a.affiliations];
    baseRegistry.set(a.id, { actor, type: a.type, media: a.media === true });
  }

  function find(text: string, published: string | null, spans?: readonly { start: number; end: number }[], issuerState: string | null = null, issuerBody: string | null = null): MentionLayer {
    const norm = normaliseText(text);
    const tokens = tokenize(norm.text);
    const normSpans = spans
      ? spans.map((s) => ({ start: toNormalisedOffset(norm, s.start), end: toNormalisedOffset(norm, s.end) }))
      : splitSentences(norm.text);
    const sentences = mapSentences(normSpans, tokens);
    const registry: ActorRegistry = overlayRegistry(baseRegistry);
    /** Surnames of the people this document has introduced by full name (null: two share it). */
    const docSurnames = new Map<string, string | null>();
    const discover = (name: string, type: 'person' | 'organization' | 'armed_group', alias?: string | null): string => {
      // A titled surname ("General McKenzie", "Mr Ellwood") is the one known person of that surname,
      // in the gazetteer or introduced earlier in this document, if there is one.
      if (type === 'person' && !name.includes(' ')) {
        const bySurname = personBySurname.get(name.toLowerCase()) ?? docSurnames.get(name.toLowerCase());
        if (bySurname) return bySurname;
      }
      const id = `d-${slugify(name)}`;
      const known = registry.get(id);
      if (known) {
        if (alias && !known.actor.aliases.includes(alias)) known.actor.aliases.push(alias);
        return id;
      }
      registry.set(id, { actor: { id, name, type, aliases: alias ? [name, alias] : [name], discovered: true }, type, media: false });
      if (type === 'person' && name.includes(' ')) {
        const surname = (name.split(' ').pop() as string).toLowerCase();
        docSurnames.set(surname, docSurnames.has(surname) && docSurnames.get(surname) !== id ? null : id);
      }
      return id;
    };

    // Mentions, sentence by sentence so no match crosses a sentence end.
    let mentions: FoundMention[] = [];
    const titleTokens = new Set<number>();
    const titled: TitleHolder[] = [];
    const titles: FoundMention[] = [];
    const roleEdges: { edge: RoleEdge; sentence: SentenceSpan }[] = [];
    const acronyms = new Map<string, string>();
    for (const s of sentences) {
      let found = matchGazetteer(gaz, tokens, s.t0, s.t1, published);
      found.push(...findOwnServices(ownServices, tokens, s.t0, s.t1, found, issuerState, (j) => rankEnd(roles, tokens, j, s.t1) !== null));
      for (const org of findOrganisations(tokens, s.t0, s.t1, orgHeads, found, stateIds, titleWords, personIds, orgHeadsFirst)) {
        const name = tokens.slice(org.ts, org.te).map((t) => t.text).join(' ').replace(/ - /g, '-').replace(/ 's\b/g, "'s");
        // A run of names and titles is not one organisation: keep the names found inside it.
        if (!plausibleDiscoveredName(name, 'organization')) continue;
        // A state's body named by common words alone ("the Foreign Office summoned …") in a text its
        // government issues is that state's, as "Pakistan's Foreign Office" is.
        const ownBody = issuerState !== null && tokens.slice(org.ts, org.te).every((t) => STATE_BODY.has(t.lower)) && !stateIds.has(found.find((m) => m.te === org.ts || (m.te === org.ts - 1 && tokens[m.te]?.text === "'s"))?.actor ?? '');
        const known = ownBody ? issuerState : knownByInitials(name);
        const id = known ?? discover(name, 'organization', org.acronym);
        if (org.acronym) acronyms.set(org.acronym, id);
        found = found.filter((m) => m.te <= org.ts || m.ts >= org.te);
        found.push({ actor: id, kind: known ? 'alias' : 'discovered', ts: org.ts, te: org.te });
      }
      found.sort((a, b) => a.ts - b.ts);
      for (const g of findDescriptorGroups(tokens, s.t0, s.t1, groupNouns, found, stateIds)) {
        const name = tokens.slice(g.ts, g.te).map((t) => t.text).join(' ');
        if (!plausibleDiscoveredName(name, g.armed ? 'armed_group' : 'organization')) continue;
        const id = discover(name, g.armed ? 'armed_group' : 'organization');
        found = found.filter((m) => m.te <= g.ts || m.ts >= g.te);
        found.push({ actor: id, kind: 'discovered', ts: g.ts, te: g.te });
      }
      found.sort((a, b) => a.ts - b.ts);
      const r = findRoles(roles, tokens, s.t0, s.t1, found, registry, (name) => discover(name, 'person'));
      found = found.filter((m) => !r.persons.some((p) => p.ts < m.te && m.ts < p.te)).concat(r.persons).sort((a, b) => a.ts - b.ts);
      for (const edge of r.edges) roleEdges.push({ edge, sentence: s });
      for (const [a, b] of r.titleSpans) {
        for (let k = a; k < b; k++) titleTokens.add(k);
        const holder = found.find((m) => m.ts === b);
        if (holder && registry.get(holder.actor)?.type === 'person') {
          titled.push({ key: titleKey(tokens, a, b), actor: holder.actor, ts: a });
          // The title is a mention of its holder too ("the Iraqi Foreign Minister, Ibrahim al-Jaafari").
          const te = tokens[b - 1]?.text === ',' ? b - 1 : b;
          if (te > a) titles.push({ actor: holder.actor, kind: 'title', ts: a, te });
        }
      }
      for (const edge of findAgencyMemberships(tokens, found, registry, (id) => gaz.actors.get(id)?.affiliations ?? [])) roleEdges.push({ edge, sentence: s });
      mentions.push(...found);
    }
    // Fragments and lists never become actors: their mentions and role edges go.
    const implausible = (id: string): boolean => {
      const info = registry.get(id);
      return info !== undefined && info.actor.discovered && !plausibleDiscoveredName(info.actor.name, info.type as 'person' | 'organization' | 'armed_group');
    };
    mentions = mentions.filter((m) => !implausible(m.actor));
    for (let k = titled.length - 1; k >= 0; k--) if (implausible((titled[k] as TitleHolder).actor)) titled.splice(k, 1);
    for (let k = roleEdges.length - 1; k >= 0; k--) {
      const e = (roleEdges[k] as { edge: RoleEdge }).edge;
      if (implausible(e.person.actor) || implausible(e.org.actor)) roleEdges.splice(k, 1);
    }
    // Later references by surname or defined acronym.
    const taken = new Uint8Array(tokens.length + 1);
    for (const m of mentions) for (let k = m.ts; k < m.te; k++) taken[k] = 1;
    // Later references by title alone ("The Foreign Secretary met …") name its last holder.
    // "the US Secretary of State", "the CIA Director": a state or body before the title names whose holder it is.
    const ownerAt = new Map(mentions.filter((m) => m.te === m.ts + 1 && registry.get(m.actor)?.type !== 'person').map((m) => [m.ts, m.actor]));
    const affiliated = (id: string, owner: string) => id === owner || (gaz.actors.get(id)?.affiliations ?? []).includes(owner);
    const holdsFor = (person: string, owner: string) =>
      affiliated(person, owner) || roleEdges.some(({ edge }) => edge.person.actor === person && affiliated(edge.org.actor, owner));
    const holderOnDate = (title: string, owners: readonly (string | null)[]): string | null => (published ? offices.firstHolderAt(title, owners, published) : null);
    const byTitle = findTitleReferences(roles, tokens, sentences, titled, taken, { ownerAt, issuerState, issuerBody, holdsFor, holderOnDate });
    for (const m of byTitle) for (let k = m.ts; k < m.te; k++) taken[k] = 1;
    mentions = mentions.filter((m) => !byTitle.some((t) => t.ts <= m.ts && m.te <= t.te)).concat(byTitle).sort((a, b) => a.ts - b.ts);
    const surnames = new Map<string, string>();
    const clash = new Set<string>();
    for (const m of mentions) {
      // A title ("the Foreign Secretary") names its holder, but its last word is no surname.
      if (registry.get(m.actor)?.type !== 'person' || m.te - m.ts < 2 || titleTokens.has(m.te - 1) || m.kind === 'coref' || m.kind === 'title') continue;
      const last = (tokens[m.te - 1] as Token).lower;
      if (surnames.has(last) && surnames.get(last) !== m.actor) clash.add(last);
      surnames.set(last, m.actor);
    }
    for (const c of clash) surnames.delete(c);
    // A known person's bare surname ("Zardari") is the person this document named in full with it
    // ("Bilawal Bhutto Zardari"), not the gazetteer's other holder — unless that one was named in full too.
    const namedInFull = new Set(mentions.filter((m) => m.te - m.ts >= 2).map((m) => m.actor));
    mentions = mentions.map((m) => {
      const other = m.te - m.ts === 1 ? surnames.get((tokens[m.ts] as Token).lower) : undefined;
      return other && other !== m.actor && registry.get(m.actor)?.type === 'person' && !namedInFull.has(m.actor) ? { ...m, actor: other } : m;
    });
    const extra = [...findBareTokens(tokens, 0, tokens.length, surnames, taken, false), ...findBareTokens(tokens, 0, tokens.length, acronyms, taken, true)];
    for (const m of extra) taken[m.ts] = 1;
    mentions = mentions.concat(extra).sort((a, b) => a.ts - b.ts);

    // Who speaks for whom (a spokesman's organisation), and which tokens are titles.
    const speakerOrg = new Map<string, string>();
    for (const { edge } of roleEdges) {
      if (registry.get(edge.person.actor)?.type === 'person' && !speakerOrg.has(edge.person.actor)) speakerOrg.set(edge.person.actor, edge.org.actor);
      for (let k = edge.ts; k < edge.te; k++) titleTokens.add(k);
    }
    const docSpan = (ts: number, te: number): [number, number] => toOriginalSpan(norm, (tokens[ts] as Token).start, (tokens[te - 1] as Token).end);
    // A title's holder dropped as implausible takes its title mentions along.
    const mentioned = new Set(mentions.map((m) => m.actor));
    return { norm, tokens, sentences, mentions, titles: titles.filter((t) => mentioned.has(t.actor)), registry, roleEdges, speakerOrg, titleTokens, taken, docSpan };
  }

  return { gazetteer: gaz, baseRegistry, find };
}

function mapSentences(spans: readonly { start: number; end: number }[], tokens: readonly Token[]): SentenceSpan[] {
  const out: SentenceSpan[] = [];
  let k = 0;
  for (const s of spans) {
    while (k < tokens.length && (tokens[k] as Token).start < s.start) k++;
    const t0 = k;
    while (k < tokens.length && (tokens[k] as Token).end <= s.end) k++;
    if (k > t0) out.push({ start: s.start, end: s.end, t0, t1: k });
  }
  return out;
}

interface TitleHolder {
  /** The title's words, lower-case ("foreign secretary"). */
  key: string;
  actor: string;
  ts: number;
}

const TITLE_SKIP = new Set(['the', ',', "'s", 'former', 'then']);

function titleKey(tokens: readonly Token[], from: number, to: number): string {
  return tokens.slice(from, to).filter((t) => t.isWord && !TITLE_SKIP.has(t.lower)).map((t) => t.lower).join(' ');
}

/**
 * "The Foreign Secretary", "the President" with no name after it: the person last introduced with a
 * title ending in those words ("Foreign Secretary Philip Hammond") before this point in the text, else
 * the one person the text introduces with it later, else the one in that office on the day.
 */
function findTitleReferences(
  roles: RoleMatcher,
  tokens: readonly Token[],
  sentences: readonly SentenceSpan[],
  titled: readonly TitleHolder[],
  taken: Uint8Array,
  owners: {
    /** A state or body named right before a title ("the US Secretary of State"), by token. */
    ownerAt: ReadonlyMap<number, string>;
    /** Whose titles a bare title names when none is named: the publisher's state. */
    issuerState: string | null;
    /** The publisher as a body with offices of its own, whose holder a bare title names first. */
    issuerBody: string | null;
    holdsFor: (person: string, owner: string) => boolean;
    /** The one holder of that office of the first of these owners that has one on the day of publication. */
    holderOnDate: (title: string, owners: readonly (string | null)[]) => string | null;
  },
): FoundMention[] {
  const { ownerAt, issuerState, issuerBody, holdsFor, holderOnDate } = owners;
  const out: FoundMention[] = [];
  // "the Foreign Minister for Pakistan's support": "for" opens the reason, not the title's portfolio.
  // A portfolio is a name ("Minister for the Middle East"); "for talks" is the purpose of a meeting.
  const portfolioAfter = (k: number, end: number): boolean => {
    if (tokens[k]?.lower === 'the') k++;
    if (!tokens[k]?.isCap) return false;
    while (k < end && tokens[k]?.isCap) k++;
    return tokens[k]?.text !== "'s" && tokens[k]?.text !== "'";
  };
  for (const s of sentences) {
    for (let i = s.t0; i < s.t1; i++) {
      if ((tokens[i] as Token).lower !== 'the') continue;
      const state = ownerAt.get(i + 1);
      if (taken[i + 1] && !state) continue;
      // "The Secretary and Foreign Minister discussed …": titles sharing one "the" each name their holder.
      for (let from = state ? i + 2 : i + 1; from < s.t1; ) {
        const match = roles.titles.longest(tokens, from, s.t1, lowerKey);
        if (!match || taken[match.end] || match.end <= from) break;
        const next = tokens[match.end];
        // A name or an organisation after the title makes it a titled mention or a role phrase.
        if (next && (next.isCap || next.lower === 'of' || (next.lower === 'for' && portfolioAfter(match.end + 1, s.t1)))) break;
        const key = titleKey(tokens, from, match.end);
        const owner = state ?? issuerState;
        const holds = (h: TitleHolder) => (h.key === key || h.key.endsWith(` ${key}`)) && (!state || holdsFor(h.actor, state));
        // A release's lead sentence may use the title before the body names its holder: the holder
        // named later stands, when the document gives that title to one person only (of the issuer's
        // state, when there is one: "the President" of a White House statement is not the "President
        // Ghani" it names later).
        const later = titled.filter((h) => h.ts > i && holds(h) && (!owner || holdsFor(h.actor, owner)));
        // Of the holders named before, the issuer's own comes first: "President Biden met President Ghani.
        // The President reaffirmed …" of a White House readout is Biden, however recently Ghani was named.
        const before = titled.filter((h) => h.ts < i && holds(h)).reverse();
        const holder =
          (!state && issuerState ? before.find((h) => holdsFor(h.actor, issuerState))?.actor : undefined) ??
          before[0]?.actor ??
          holderOnDate(key, state ? [state] : [issuerBody, issuerState]) ??
          (later.every((h) => h.actor === later[0]?.actor) ? later[0]?.actor : undefined);
        // The owner before the title is part of the reference ("the CIA Director" is Burns, not the CIA).
        if (holder) out.push({ actor: holder, kind: 'coref', ts: from === i + 1 || (state && from === i + 2) ? i : from, te: match.end });
        if (state) break;
        i = match.end - 1;
        if (next?.lower !== 'and' || !tokens[match.end + 1]?.isCap) break;
        from = match.end + 1;
      }
    }
  }
  return out;
}

