// Parser for the Phoenix actor dictionaries (Phoenix.Countries/International/MilNonState.actors.txt)
// and the selection of actors for phoenix-actors.json. Pure. Format (PETRARCH2's read_actor_dictionary):
//   PRIMARY_NAME_  [CODE]  # comment        a new entry; the code may also come on later lines
//   +SYNONYM_NAME_                           another name of the entry
//   \t[CODE]  \t[CODE 20011222-20141231]  \t[CODE >011222]  \t[CODE <20030320]
//                                            codes, optionally date-bounded (YYMMDD or YYYYMMDD;
//                                            YY 00-30 is 20YY, else 19YY, as in PETRARCH)
// An entry without any code is a bare name (PETRARCH matches it but codes nothing).
import { acronymsOf, displayName, phraseWords } from './display-name';
import { countryOfCode, ISO3_TO_ISO2 } from './iso-countries';
import { AGENT_CODES } from './parse-agents';
import type { ActorKind, ActorRole, PhoenixActor } from './lexicon-schema';

export interface PhoenixEntry {
  /** The primary phrase as written (without comment and codes). */
  name: string;
  synonyms: string[];
  roles: ActorRole[];
  line: number;
  /** Bounds that could not be read as dates (dropped from the role). */
  badDates: number;
}

/** A date of the dictionary as YYYY-MM-DD, or null when it is not a valid YYMMDD / YYYYMMDD date. */
export function phoenixDate(text: string): string | null {
  const digits = text.trim();
  let year: number;
  let rest: string;
  if (/^\d{8}$/.test(digits)) {
    year = Number(digits.slice(0, 4));
    rest = digits.slice(4);
  } else if (/^\d{6}$/.test(digits)) {
    const yy = Number(digits.slice(0, 2));
    year = yy <= 30 ? 2000 + yy : 1900 + yy;
    rest = digits.slice(2);
  } else {
    return null;
  }
  const month = Number(rest.slice(0, 2));
  const day = Number(rest.slice(2, 4));
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (month < 1 || month > 12 || day < 1 || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Reads one bracketed code: `[AFGGOV 20011222-20141231]`, `[USAGOV >011222]`, `[IRQ <20030320]`, `[AFG]`. */
export function parseRole(text: string): { role: ActorRole | null; badDates: number } {
  const [code = '', spec = ''] = text.trim().split(/\s+/, 2);
  if (!/^[A-Z]{3}[A-Z0-9]*$/.test(code)) return { role: null, badDates: 0 }; // '---' and junk
  const role: ActorRole = { code };
  let badDates = 0;
  const setBound = (bound: 'from' | 'to', value: string) => {
    const date = phoenixDate(value);
    if (date) role[bound] = date;
    else badDates++;
  };
  if (spec.startsWith('>')) setBound('from', spec.slice(1));
  else if (spec.startsWith('<')) setBound('to', spec.slice(1));
  else if (spec.includes('-')) {
    const [from = '', to = ''] = spec.split('-');
    setBound('from', from);
    setBound('to', to);
  } else if (spec !== '') setBound('from', spec);
  return { role, badDates };
}

function rolesIn(text: string): { roles: ActorRole[]; badDates: number; rest: string } {
  const roles: ActorRole[] = [];
  let badDates = 0;
  const rest = text.replace(/\[([^\]]*)\]/g, (_, inner: string) => {
    const parsed = parseRole(inner);
    if (parsed.role) roles.push(parsed.role);
    badDates += parsed.badDates;
    return ' ';
  });
  return { roles, badDates, rest: rest.trim() };
}

export function parsePhoenixActors(text: string): PhoenixEntry[] {
  const entries: PhoenixEntry[] = [];
  let current: PhoenixEntry | null = null;
  text.split(/\r?\n/).forEach((raw, index) => {
    const withoutComment = raw.replace(/#.*$/, '');
    if (withoutComment.trim() === '') return;
    const { roles, badDates, rest } = rolesIn(withoutComment);
    const startsIndented = /^\s/.test(withoutComment);
    if (rest.startsWith('+')) {
      if (current) {
        const synonym = rest.slice(1).trim();
        if (synonym !== '') current.synonyms.push(synonym);
        current.roles.push(...roles);
        current.badDates += badDates;
      }
      return;
    }
    if (rest === '' || startsIndented) {
      // A code line (usually tab-indented) of the current entry.
      if (current) {
        current.roles.push(...roles);
        current.badDates += badDates;
      }
      return;
    }
    current = { name: rest, synonyms: [], roles: [...roles], line: index + 1, badDates };
    entries.push(current);
  });
  return entries;
}

export type PhoenixSource = 'countries' | 'international' | 'milnonstate';

const STATE_SECTORS = new Set(['GOV', 'MIL', 'COP', 'SPY', 'JUD', 'LEG']);
const ARMED_SECTORS = new Set(['REB', 'INS', 'SEP', 'UAF']);
/** Words that make a name an organisation, not a person, whatever its codes. */
const ORGANISATION_WORDS = new Set([
  'organization', 'organisation', 'party', 'front', 'movement', 'army', 'armies', 'force', 'forces', 'brigade', 'brigades', 'council', 'committee',
  'union', 'league', 'association', 'agency', 'ministry', 'department', 'government', 'commission', 'court', 'bank', 'fund', 'group',
  'alliance', 'coalition', 'company', 'corporation', 'office', 'bureau', 'service', 'services', 'command', 'institute', 'university',
  'society', 'federation', 'assembly', 'parliament', 'congress', 'senate', 'tribunal', 'mission', 'program', 'programme', 'network',
  'foundation', 'center', 'centre', 'authority', 'state', 'republic', 'kingdom', 'cabinet', 'administration', 'regime', 'police',
  'guard', 'guards', 'militia', 'junta', 'house', 'board', 'secretariat', 'division', 'battalion', 'corps', 'unit', 'cell', 'cells',
]);

/** The role that was current last: an open-ended or latest-ending dated role, else the first undated one. */
export function latestRole(roles: readonly ActorRole[]): ActorRole | undefined {
  const dated = roles.filter((r) => r.from !== undefined || r.to !== undefined);
  if (dated.length === 0) return roles[0];
  const end = (r: ActorRole) => r.to ?? '9999-12-31';
  return [...dated].sort((a, b) => end(b).localeCompare(end(a)) || (b.from ?? '').localeCompare(a.from ?? ''))[0];
}

/** Further words that mark an organisation's name, used to tell undated staff names from NGO/IGO names. */
const ORGANISATION_HINTS = new Set([
  'international', 'internacional', 'internationale', 'world', 'global', 'united', 'nations', 'national', 'peace', 'relief', 'aid',
  'rights', 'human', 'children', 'child', 'women', 'youth', 'action', 'project', 'campaign', 'watch', 'care', 'development', 'education',
  'health', 'research', 'resource', 'resources', 'hunger', 'freedom', 'community', 'countries', 'states', 'internet', 'partners',
  'partnership', 'inc', 'ltd', 'cross', 'crescent', 'operation', 'olympics', 'trust', 'forum', 'club', 'church', 'institute', 'fund',
  'conference', 'secretary', 'general', 'monitor', 'observers', 'peacekeepers', 'peacekeeper', 'declaration', 'initiative',
]);

/** An undated name of two to four plain words with no organisation word: a person listed under an organisation's code. */
export function looksLikePersonName(words: readonly string[]): boolean {
  if (words.length < 2 || words.length > 4) return false;
  if (!words.every((w) => /^[A-Za-z][A-Za-z.'-]*$/.test(w))) return false;
  return !words.some((w) => {
    const lower = w.toLowerCase().replace(/[^a-z]/g, '');
    return ORGANISATION_WORDS.has(lower) || ORGANISATION_HINTS.has(lower);
  });
}

function isOrganisationName(words: readonly string[]): boolean {
  return words.some((w) => ORGANISATION_WORDS.has(w.toLowerCase().replace(/[^a-z]/g, '')));
}

/** Sector codes that follow a country code in Phoenix codes (agents, plus armed-group codes). */
const SECTORS = new Set([...Object.keys(AGENT_CODES), ...ARMED_SECTORS, 'MOD', 'DEV', 'OCC']);

/**
 * The kind of an entry, or null when it is dropped (a company, an unknown state). 'region' is a
 * part of a state with its own code (IRQOCC, PSEGZA, BIHSRP): its names become the state's aliases.
 * A code whose second part is itself a country (USAPRI, GBRFLK) is a territory: a state of its own.
 */
export function classifyEntry(entry: PhoenixEntry, source: PhoenixSource): { kind: ActorKind | 'region'; role: ActorRole } | null {
  const role = latestRole(entry.roles);
  if (!role) return null;
  const prefix = role.code.slice(0, 3);
  const sectors = (role.code.slice(3).match(/.{3}/g) ?? []) as string[];
  const dated = entry.roles.some((r) => r.from !== undefined || r.to !== undefined);
  if (prefix === 'MNC') return null;
  const words = phraseWords(entry.name);
  const organisationName = isOrganisationName(words);
  if (sectors.length > 0 && !organisationName && (dated || sectors.includes('ELI'))) return { kind: 'person', role };
  if (source === 'milnonstate' || prefix === 'IMG' || sectors.some((s) => ARMED_SECTORS.has(s))) return { kind: 'armed_group', role };
  if (prefix === 'IGO') return { kind: 'igo', role };
  if (prefix === 'NGO') return { kind: 'organization', role };
  if (sectors.length === 0) return countryOfCode(prefix) ? { kind: 'state', role } : null;
  if (ISO3_TO_ISO2.has(sectors[0] as string) && !SECTORS.has(sectors[0] as string)) return { kind: 'state', role: { ...role, code: sectors[0] as string } };
  if (!SECTORS.has(sectors[0] as string)) return countryOfCode(prefix) ? { kind: 'region', role: { ...role, code: prefix } } : { kind: 'organization', role };
  if (sectors.some((s) => STATE_SECTORS.has(s)) && countryOfCode(prefix)) return { kind: 'agency', role };
  return { kind: 'organization', role };
}

/**
 * Splits "NAME_(ACR)_" into the name without the parenthesis and the acronym, when the parenthesis
 * is one: it spells the name's initials ("ANIMAL_LIBERATION_FRONT_(ALF)") or has at most four
 * letters; a word in parentheses ("AMERICA_(COUNTRY)") is dropped.
 */
export function splitParenthesis(phrase: string): { phrase: string; acronym: string | null } {
  const match = /\(([^)]*)\)/.exec(phrase);
  if (!match) return { phrase, acronym: null };
  const inner = (match[1] as string).replace(/_/g, ' ').trim();
  const stripped = (phrase.slice(0, match.index) + phrase.slice(match.index + match[0].length)).replace(/_+/g, '_');
  const isAcronym = /^[A-Z][A-Z0-9.&-]{1,7}$/.test(inner)
    && (inner.replace(/[^A-Z]/g, '').length <= 4 || acronymsOf([phraseWords(stripped)]).has(inner.replace(/[^A-Z]/g, '')));
  return { phrase: stripped, acronym: isAcronym ? inner : null };
}

/** Names of an entry in display form: the primary first, then its synonyms, deduplicated case-insensitively. */
export function entryNames(entry: Pick<PhoenixEntry, 'name' | 'synonyms'>): string[] {
  const raw = [entry.name, ...entry.synonyms].map(splitParenthesis);
  const phrases: string[] = [];
  for (const { phrase, acronym } of raw) {
    phrases.push(phrase);
    if (acronym) phrases.push(acronym);
  }
  const wordLists = phrases.map(phraseWords);
  const acronyms = acronymsOf(wordLists);
  const seen = new Set<string>();
  const names: string[] = [];
  for (const phrase of phrases) {
    let name = displayName(phrase, acronyms).replace(/\s+/g, ' ').trim();
    if (/^the\s/i.test(name) && name.split(' ').length > 1) name = name.replace(/^the\s+/i, '');
    if (name === '' || !/[A-Za-z]/.test(name) || /[ÃÂ]|Á¸/.test(name)) continue; // mis-encoded in the source
    const key = name.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    names.push(name);
  }
  return names;
}

/**
 * Ministers of portfolios outside politics, security and diplomacy (business, agriculture, media,
 * education, health, development, labour, environment, human rights, religion, refugees): Phoenix
 * lists thousands (CountryInfo cabinets), they rarely act in the relations we extract, and they
 * would double the file. Their sector follows GOV in the code (AFGGOVAGR).
 */
export const PORTFOLIO_SECTORS = new Set(['BUS', 'AGR', 'MED', 'EDU', 'HLH', 'DEV', 'LAB', 'ENV', 'HRI', 'REL', 'REF', 'MUS', 'CHR']);

export interface ActorsOptions {
  /** Persons whose last dated role ended before this date are dropped (historic figures). */
  personsActiveSince: string;
}

/** Why a person is left out, or null when kept. */
export function personExclusion(roles: readonly ActorRole[], latest: ActorRole, options: ActorsOptions): 'historic' | 'portfolio minister' | null {
  const dated = roles.filter((r) => r.from !== undefined || r.to !== undefined);
  const lastEnd = dated.reduce((max, r) => (r.to === undefined ? '9999-12-31' : r.to > max ? r.to : max), '0000-00-00');
  if (dated.length > 0 && lastEnd < options.personsActiveSince) return 'historic';
  const sectors = (latest.code.slice(3).match(/.{3}/g) ?? []) as string[];
  if (sectors[0] === 'GOV' && sectors.length > 1 && sectors.slice(1).every((s) => PORTFOLIO_SECTORS.has(s))) return 'portfolio minister';
  return null;
}

/**
 * Folds entries of one organisation listed twice under the same code ("THE_UNITED_NATIONS_ [IGOUNO]",
 * "UN_ [IGOUNO]", "THE_UN_ [IGOUNO]"): same kind and code, and one's name is the other's name, one
 * of its aliases, or its acronym. Persons are never folded.
 */
export function mergeSameCode(actors: readonly PhoenixActor[], stats: Record<string, number> = {}): PhoenixActor[] {
  const out: PhoenixActor[] = [];
  const byCode = new Map<string, PhoenixActor[]>();
  const namesOf = (a: PhoenixActor) => [a.name, ...a.aliases].map((n) => n.toLowerCase());
  for (const actor of actors) {
    if (actor.kind === 'person') { out.push(actor); continue; }
    const key = `${actor.kind} ${actor.code}`;
    const group = byCode.get(key) ?? [];
    const target = group.find((other) => {
      const names = namesOf(other);
      if (names.includes(actor.name.toLowerCase()) || namesOf(actor).includes(other.name.toLowerCase())) return true;
      const acronyms = acronymsOf([other.name, actor.name].map((n) => n.toUpperCase().split(/[\s-]+/)));
      return acronyms.has(actor.name.toUpperCase()) || acronyms.has(other.name.toUpperCase());
    });
    if (target) {
      for (const name of [actor.name, ...actor.aliases]) {
        if (!namesOf(target).includes(name.toLowerCase())) target.aliases.push(name);
      }
      stats.mergedSameCode = (stats.mergedSameCode ?? 0) + 1;
      continue;
    }
    group.push(actor);
    byCode.set(key, group);
    out.push(actor);
  }
  return out;
}

export interface ActorsBuild {
  actors: PhoenixActor[];
  stats: Record<string, number>;
}

/**
 * The actors file: states (one per ISO country, every entry coded with the bare country code folded
 * into it: capitals, cities, regions, former names), IGOs, armed groups, state agencies and other
 * organisations (NGOs, parties), and persons with a dated role (their latest role gives the
 * country). Companies (MNC), entries without a code, historic persons and portfolio ministers
 * (see PORTFOLIO_SECTORS) are dropped.
 */
export function buildActors(
  sources: readonly { source: PhoenixSource; entries: readonly PhoenixEntry[] }[],
  options: ActorsOptions = { personsActiveSince: '1990-01-01' },
): ActorsBuild {
  const stats: Record<string, number> = {
    entries: 0, bareNames: 0, companies: 0, unknownState: 0, foldedIntoState: 0, badDates: 0, historicPersons: 0, portfolioMinisters: 0, undatedStaff: 0,
  };
  const states = new Map<string, PhoenixActor>();
  const others: PhoenixActor[] = [];
  const pendingRegions: { code: string; names: string[] }[] = [];
  for (const { source, entries } of sources) {
    for (const entry of entries) {
      stats.entries = (stats.entries ?? 0) + 1;
      stats.badDates = (stats.badDates ?? 0) + entry.badDates;
      if (entry.roles.length === 0) { stats.bareNames = (stats.bareNames ?? 0) + 1; continue; }
      const classified = classifyEntry(entry, source);
      if (!classified) {
        const key = latestRole(entry.roles)?.code.startsWith('MNC') ? 'companies' : 'unknownState';
        stats[key] = (stats[key] ?? 0) + 1;
        continue;
      }
      if (source === 'international' && (classified.kind === 'igo' || classified.kind === 'organization')
        && !entry.roles.some((r) => r.from !== undefined || r.to !== undefined) && looksLikePersonName(phraseWords(entry.name))) {
        // Staff of an IGO or NGO listed without dates ("MANFRED_NOWAK_ [IGOUNOHRI]"): not the organisation, and no role to keep.
        stats.undatedStaff = (stats.undatedStaff ?? 0) + 1;
        continue;
      }
      const [name, ...aliases] = entryNames(entry);
      if (!name) { stats.bareNames = (stats.bareNames ?? 0) + 1; continue; }
      const { kind, role } = classified;
      if (kind === 'person') {
        const exclusion = personExclusion(entry.roles, role, options);
        if (exclusion === 'historic') { stats.historicPersons = (stats.historicPersons ?? 0) + 1; continue; }
        if (exclusion === 'portfolio minister') { stats.portfolioMinisters = (stats.portfolioMinisters ?? 0) + 1; continue; }
      }
      const country = countryOfCode(role.code) ?? entry.roles.map((r) => countryOfCode(r.code)).find((c) => c !== undefined);
      if (kind === 'state' || kind === 'region') {
        const code = role.code.slice(0, 3);
        const existing = states.get(code);
        if (existing || kind === 'region') {
          if (!existing) { pendingRegions.push({ code, names: [name, ...aliases] }); continue; }
          // Another entry coded as this state (a region, a city, a former name): its names are aliases.
          for (const alias of [name, ...aliases]) if (!existing.aliases.some((a) => a.toLowerCase() === alias.toLowerCase()) && existing.name.toLowerCase() !== alias.toLowerCase()) existing.aliases.push(alias);
          stats.foldedIntoState = (stats.foldedIntoState ?? 0) + 1;
        } else {
          states.set(code, { name, code, kind: 'state', aliases, ...(countryOfCode(code) ? { country: countryOfCode(code) } : {}) });
        }
        continue;
      }
      const actor: PhoenixActor = { name, code: role.code, kind, aliases, ...(country ? { country } : {}) };
      if (kind === 'person') actor.roles = entry.roles.map((r) => ({ ...r }));
      others.push(actor);
    }
  }
  // Regions listed before their state (none in the Phoenix files, but the order is not guaranteed).
  for (const region of pendingRegions) {
    const state = states.get(region.code);
    if (!state) { stats.unknownState = (stats.unknownState ?? 0) + 1; continue; }
    for (const alias of region.names) if (!state.aliases.some((a) => a.toLowerCase() === alias.toLowerCase())) state.aliases.push(alias);
    stats.foldedIntoState = (stats.foldedIntoState ?? 0) + 1;
  }
  const actors = [...states.values(), ...mergeSameCode(others, stats)];
  for (const actor of actors) stats[actor.kind] = (stats[actor.kind] ?? 0) + 1;
  return { actors, stats };
}
