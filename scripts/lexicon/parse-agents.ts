// Parser for the Phoenix agents dictionary (Phoenix.agents.txt): common nouns naming an agent of an
// actor ("officials", "troops", "spokesman") with its CAMEO agent code. Pure. Format (PETRARCH2's
// PETRreader.read_agent_dictionary):
//   !PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON      a substitution set
//   PHRASE_WORDS {PLURAL} [~CODE]                  {PLURAL}: irregular plural; {}: no separate plural
//   CONGRESS!PERSON! [~LEG]                        every member of the set in place of the marker
// '~CODE' is appended to the actor's code, 'CODE~' put before it (organisations: NGO~, IGO~).
import { lemmaOf, pluralOfPhrase, pluralOfWord } from './english';
import type { AgentEntry } from './lexicon-schema';

export interface ParsedAgent extends AgentEntry {
  /** The full agent code as written (GOVFRM in [~GOVFRM]). */
  fullCode: string;
  line: number;
}

export interface AgentsParse {
  agents: ParsedAgent[];
  skipped: { line: number; text: string; reason: string }[];
}

/** Function words a useful agent noun never ends in ("AMBASSADOR_TO" is a fragment of a longer name). */
const TRAILING_FUNCTION_WORDS = new Set(['of', 'to', 'for', 'at', 'in', 'on', 'the', 'and', 'de', 'from', 'with']);

function normalisePhrase(text: string): string {
  return text.replace(/[_\s]+/g, ' ').trim().toLowerCase();
}

/**
 * Pairs the members of a substitution set into singular/plural forms: a member that is the plural
 * of an earlier member (MEN of MAN, MINISTRIES of MINISTRY) becomes that member's plural.
 */
export function pairSubstitutions(members: readonly string[]): { singular: string; plural: string }[] {
  const lower = members.map((m) => m.trim().toLowerCase()).filter((m) => m !== '');
  const pairs: { singular: string; plural: string }[] = [];
  const used = new Set<string>();
  for (const member of lower) {
    if (used.has(member)) continue;
    const plural = pluralOfWord(member);
    const partner = lower.find((m) => m !== member && !used.has(m) && m === plural);
    used.add(member);
    if (partner) used.add(partner);
    pairs.push({ singular: member, plural: partner ?? plural });
  }
  return pairs;
}

const CODE = /\[\s*(~?)([A-Z]{3,})(~?)\s*[\]}]/;

export function parseAgents(text: string): AgentsParse {
  const substitutions = new Map<string, string[]>();
  const agents: ParsedAgent[] = [];
  const skipped: AgentsParse['skipped'] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    const content = raw.replace(/#.*$/, '').trim();
    if (content === '' || content.startsWith('<!')) return;
    const definition = /^!([A-Z]+)!\s*=\s*(.+)$/.exec(content);
    if (definition) {
      substitutions.set(definition[1] as string, (definition[2] as string).split(',').map((m) => m.trim()).filter((m) => m !== ''));
      return;
    }
    const code = CODE.exec(content);
    if (!code) { skipped.push({ line, text: content, reason: 'no agent code' }); return; }
    const fullCode = code[2] as string;
    const before = content.slice(0, code.index);
    const brace = /\{([^}]*)\}/.exec(before);
    const phrase = (brace ? before.slice(0, brace.index) : before).trim();
    const explicitPlural = brace ? normalisePhrase(brace[1] as string) : null;
    if (!/^[A-Za-z!'_ .-]+$/.test(phrase)) { skipped.push({ line, text: content, reason: 'not a plain noun phrase' }); return; }

    const forms: { noun: string; plural: string }[] = [];
    const marker = /!([A-Z]+)!/.exec(phrase);
    if (marker) {
      const members = substitutions.get(marker[1] as string);
      if (!members) { skipped.push({ line, text: content, reason: `undefined substitution !${marker[1]}!` }); return; }
      for (const { singular, plural } of pairSubstitutions(members)) {
        const at = (form: string) => normalisePhrase(phrase.replace(marker[0], form.toUpperCase()));
        forms.push({ noun: at(singular), plural: at(plural) });
      }
    } else {
      const noun = normalisePhrase(phrase);
      // {} = the plural is the noun itself ("police", "armed forces"); {X} = the plural X.
      forms.push({ noun, plural: explicitPlural === null ? pluralOfPhrase(noun) : explicitPlural === '' ? noun : explicitPlural });
    }
    for (const form of forms) {
      const words = form.noun.split(' ');
      if (form.noun === '' || TRAILING_FUNCTION_WORDS.has(words[words.length - 1] as string)) {
        skipped.push({ line, text: content, reason: 'ends in a function word (a fragment of a longer name)' });
        continue;
      }
      agents.push({ noun: form.noun, plural: form.plural, code: fullCode.slice(0, 3), fullCode, line });
    }
  });
  return { agents, skipped };
}

/** Agent codes of the Phoenix/CAMEO agent dictionary. stateAgent: the noun names part of a state ("Pakistani officials" → Pakistan). */
export const AGENT_CODES: Record<string, { label: string; stateAgent: boolean }> = {
  GOV: { label: 'government', stateAgent: true },
  MIL: { label: 'military', stateAgent: true },
  COP: { label: 'police', stateAgent: true },
  SPY: { label: 'intelligence', stateAgent: true },
  JUD: { label: 'judiciary', stateAgent: true },
  LEG: { label: 'legislature', stateAgent: true },
  REB: { label: 'rebels', stateAgent: false },
  OPP: { label: 'political opposition', stateAgent: false },
  UAF: { label: 'unidentified armed force', stateAgent: false },
  PTY: { label: 'political party', stateAgent: false },
  ELI: { label: 'elite (former officials, public figures)', stateAgent: false },
  BUS: { label: 'business', stateAgent: false },
  MED: { label: 'media', stateAgent: false },
  CVL: { label: 'civilians', stateAgent: false },
  PPL: { label: 'people', stateAgent: false },
  CRM: { label: 'criminals', stateAgent: false },
  EDU: { label: 'education', stateAgent: false },
  HLH: { label: 'health', stateAgent: false },
  LAB: { label: 'labour', stateAgent: false },
  AGR: { label: 'agriculture', stateAgent: false },
  ENV: { label: 'environment', stateAgent: false },
  HRI: { label: 'human rights', stateAgent: false },
  REF: { label: 'refugees', stateAgent: false },
  RAD: { label: 'radicals', stateAgent: false },
  REL: { label: 'religious', stateAgent: false },
  MUS: { label: 'Muslim', stateAgent: false },
  CHR: { label: 'Christian', stateAgent: false },
  JEW: { label: 'Jewish', stateAgent: false },
  HIN: { label: 'Hindu', stateAgent: false },
  BUD: { label: 'Buddhist', stateAgent: false },
  NGO: { label: 'non-governmental organisation', stateAgent: false },
  IGO: { label: 'intergovernmental organisation', stateAgent: false },
  IMG: { label: 'international militarised group', stateAgent: false },
};

/**
 * Nouns the Phoenix agents dictionary lacks or files oddly, added by this project: bare "official(s)",
 * "force(s)", "officer(s)" are the commonest state agents in news; Phoenix files spokespersons under
 * media (MED), but a spokesman speaks for the state or organisation named with him.
 */
export const AGENT_ADDITIONS: readonly AgentEntry[] = [
  { noun: 'official', plural: 'officials', code: 'GOV' },
  { noun: 'force', plural: 'forces', code: 'MIL' },
  { noun: 'officer', plural: 'officers', code: 'MIL' },
  { noun: 'delegation', plural: 'delegations', code: 'GOV' },
  { noun: 'negotiator', plural: 'negotiators', code: 'GOV' },
  { noun: 'spokesman', plural: 'spokesmen', code: 'GOV' },
  { noun: 'spokeswoman', plural: 'spokeswomen', code: 'GOV' },
  { noun: 'spokesperson', plural: 'spokespersons', code: 'GOV' },
  // People who act for an actor in reporting ("Afghan leaders", "our NATO allies", "U.S. personnel").
  { noun: 'leader', plural: 'leaders', code: 'GOV' },
  { noun: 'ally', plural: 'allies', code: 'GOV' },
  { noun: 'partner', plural: 'partners', code: 'GOV' },
  { noun: 'counterpart', plural: 'counterparts', code: 'GOV' },
  { noun: 'personnel', plural: 'personnel', code: 'MIL' },
  { noun: 'veteran', plural: 'veterans', code: 'MIL' },
  { noun: 'member', plural: 'members', code: 'GOV' },
  // Carries out an armed group's attacks ("an ISKP suicide bomber"); fighters, gunmen and attackers
  // are in the dictionary already.
  { noun: 'bomber', plural: 'bombers', code: 'REB' },
];

/** Mass nouns whose regular plural is not used ("medias"). */
const INVARIANT = new Set(['media', 'intelligence', 'personnel', 'clergy', 'staff', 'leadership', 'infantry', 'artillery', 'cavalry', 'police']);

export interface AgentsBuild {
  agents: AgentEntry[];
  stats: { parsed: number; kept: number; tooLong: number; unknownCode: number; abbreviations: number; singularised: number; foldedPlurals: number; duplicates: number; added: number; overriddenByAdditions: number };
}

/**
 * The agents file: the dictionary's entries of at most `maxWords` words with a known code (a later
 * entry for the same noun wins, as in PETRARCH), separate plural entries folded into their singular
 * ("GUNMAN {}" + "GUNMEN" → gunman/gunmen), then the project's additions.
 */
export function buildAgents(parsed: readonly ParsedAgent[], maxWords = 4): AgentsBuild {
  const stats: AgentsBuild['stats'] = { parsed: parsed.length, kept: 0, tooLong: 0, unknownCode: 0, abbreviations: 0, singularised: 0, foldedPlurals: 0, duplicates: 0, added: 0, overriddenByAdditions: 0 };
  const byNoun = new Map<string, AgentEntry>();
  for (const agent of parsed) {
    if (agent.noun.split(' ').length > maxWords) { stats.tooLong++; continue; }
    if (!(agent.code in AGENT_CODES)) { stats.unknownCode++; continue; }
    if (agent.noun.includes('.')) { stats.abbreviations++; continue; }
    if (byNoun.has(agent.noun)) stats.duplicates++;
    byNoun.delete(agent.noun); // re-insert: a later entry wins
    const head = agent.noun.split(' ').pop() as string;
    const plural = INVARIANT.has(head) ? agent.noun
      : agent.plural === agent.noun && /man$/.test(head) ? pluralOfPhrase(agent.noun) // AIRMAN {}: "airmen", not "airmans"
        : agent.plural;
    byNoun.set(agent.noun, { noun: agent.noun, plural, code: agent.code });
  }
  // A plural listed as its own entry ("GUNMEN" beside "GUNMAN {}"): it becomes the singular's plural;
  // a plural-only entry ("JIHADISTS", "ARMED_FORCES") is keyed by the singular a parser lemmatises to.
  const singularOf = (noun: string): string => {
    const words = noun.split(' ');
    if (words.includes('of')) return noun;
    return [...words.slice(0, -1), lemmaOf(words[words.length - 1] as string)].join(' ');
  };
  for (const entry of [...byNoun.values()]) {
    const singular = singularOf(entry.noun);
    if (singular === entry.noun || INVARIANT.has(entry.noun.split(' ').pop() as string)) continue;
    const other = byNoun.get(singular);
    if (other) {
      if (other.code === entry.code) {
        other.plural = entry.noun;
        byNoun.delete(entry.noun);
        stats.foldedPlurals++;
      }
      continue;
    }
    byNoun.delete(entry.noun);
    byNoun.set(singular, { noun: singular, plural: entry.noun, code: entry.code });
    stats.singularised++;
  }
  for (const addition of AGENT_ADDITIONS) {
    if (byNoun.has(addition.noun)) stats.overriddenByAdditions++;
    else stats.added++;
    byNoun.set(addition.noun, { ...addition });
  }
  const agents = [...byNoun.values()].sort((a, b) => a.noun.localeCompare(b.noun));
  stats.kept = agents.length;
  return { agents, stats };
}
