// The shapes of the lexicon files written by convert-petrarch.ts (ingest/lexicon/cameo-verbs.json,
// agents.json, phoenix-actors.json) and of the hand-written mapping it reads (cameo-map.json), with
// validators that return a list of problems (empty = valid). Pure.
import { RELATION_TYPES, type RelationType } from '../../shared/vocabulary';

export interface Provenance {
  source: string[];
  licence: string;
  copyright: string;
  convertedOn: string;
  script: string;
  /** Anything else worth recording: source hashes, the full licence notice, conversion statistics. */
  [extra: string]: unknown;
}

export interface CameoVerbEntry {
  lemma: string;
  type: RelationType;
  cameo: string;
  reverse?: true;
  /** Prepositions that introduce the target ("scoff at X", "protest against X"). */
  preps?: string[];
}

export interface CameoPhraseEntry {
  lemma: string;
  /** Lemmas that must depend on the verb, in the dictionary's order (particles, objects, prepositions). */
  words: string[];
  type: RelationType;
  cameo: string;
  reverse?: true;
}

export interface CameoExcludedEntry {
  lemma: string;
  words: string[];
  /** The CAMEO code of the phrase, outside our types ('---' = no event at all). */
  cameo: string;
}

export interface CameoNounEntry {
  lemma: string;
  type: RelationType;
  cameo: string;
}

export interface CameoVerbsFile {
  $comment: string;
  provenance: Provenance;
  counts: Record<string, Record<string, number>>;
  verbs: CameoVerbEntry[];
  phrases: CameoPhraseEntry[];
  excluded: CameoExcludedEntry[];
  nouns: CameoNounEntry[];
}

export interface CameoMapEntry {
  cameo: string;
  label: string;
  type: RelationType | null;
  reverse?: boolean;
  /** The code maps only when one of these words depends on the verb ("protest against"). */
  onlyWith?: string[];
  note?: string;
}

/** A correction of the dictionary's bare code for one verb (lemma [+ particles]) or for a whole block. */
export interface VerbOverride {
  lemma?: string;
  particles?: string[];
  /** A block (its MEANING): replaces the block code for the verbs that inherit it. */
  block?: string;
  /** The code to use instead ('A', 'A:B' or ':B'); null drops the bare verb (its phrases stay). */
  cameo: string | null;
  note: string;
}

export interface CameoMapFile {
  $comment: string;
  provenance: Record<string, unknown>;
  rules: string[];
  codes: CameoMapEntry[];
  verbOverrides: VerbOverride[];
  /** Synset → the member head words kept when the synset is expanded (large closed classes trimmed). */
  synsetHeads?: Record<string, string[]>;
}

export interface AgentEntry {
  noun: string;
  plural: string;
  code: string;
}

export interface AgentsFile {
  $comment: string;
  provenance: Provenance;
  codes: Record<string, { label: string; stateAgent: boolean }>;
  agents: AgentEntry[];
}

export const ACTOR_KINDS = ['state', 'igo', 'armed_group', 'person', 'organization', 'agency'] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

export interface ActorRole {
  code: string;
  from?: string;
  to?: string;
}

export interface PhoenixActor {
  name: string;
  code: string;
  kind: ActorKind;
  aliases: string[];
  country?: string;
  roles?: ActorRole[];
}

export interface PhoenixActorsFile {
  $comment: string;
  provenance: Provenance;
  counts: Record<string, number>;
  actors: PhoenixActor[];
}

type Problems = string[];

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isLowerWord(value: unknown): boolean {
  return typeof value === 'string' && value.length > 0 && value === value.toLowerCase() && !/\s/.test(value);
}

function isStringArray(value: unknown, each: (s: string) => boolean = () => true): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string' && each(v));
}

const CAMEO_CODE = /^\d{2,4}$/;
const OVERRIDE_CODE = /^(?:\d{2,4}|\d{2,4}:\d{2,4}|:\d{2,4})$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function checkHeader(file: Record<string, unknown>, problems: Problems): void {
  if (typeof file.$comment !== 'string' || !file.$comment.includes('MIT')) problems.push('$comment must carry the MIT notice');
  const p = file.provenance;
  if (!isObject(p)) { problems.push('provenance must be an object'); return; }
  if (!isStringArray(p.source) || p.source.length === 0) problems.push('provenance.source must list the source files');
  if (typeof p.licence !== 'string' || !p.licence.includes('MIT')) problems.push('provenance.licence must name the MIT licence');
  if (typeof p.copyright !== 'string' || p.copyright === '') problems.push('provenance.copyright is missing');
  if (typeof p.convertedOn !== 'string' || !ISO_DATE.test(p.convertedOn)) problems.push('provenance.convertedOn must be YYYY-MM-DD');
  if (typeof p.script !== 'string' || p.script === '') problems.push('provenance.script is missing');
}

function isRelationType(value: unknown): value is RelationType {
  return typeof value === 'string' && (RELATION_TYPES as readonly string[]).includes(value);
}

export function validateCameoVerbs(data: unknown): Problems {
  const problems: Problems = [];
  if (!isObject(data)) return ['not an object'];
  checkHeader(data, problems);
  for (const key of ['verbs', 'phrases', 'excluded', 'nouns'] as const) {
    if (!Array.isArray(data[key])) problems.push(`${key} must be an array`);
  }
  if (problems.length > 0) return problems;
  (data.verbs as unknown[]).forEach((v, i) => {
    const at = `verbs[${i}]`;
    if (!isObject(v)) { problems.push(`${at} is not an object`); return; }
    if (!isLowerWord(v.lemma)) problems.push(`${at}.lemma must be a lower-case word`);
    if (!isRelationType(v.type)) problems.push(`${at}.type is not a relation type`);
    if (typeof v.cameo !== 'string' || !CAMEO_CODE.test(v.cameo)) problems.push(`${at}.cameo is not a CAMEO code`);
    if (v.reverse !== undefined && v.reverse !== true) problems.push(`${at}.reverse must be true or absent`);
    if (v.preps !== undefined && !(isStringArray(v.preps, isLowerWord) && v.preps.length > 0)) problems.push(`${at}.preps must be lower-case words`);
  });
  (data.phrases as unknown[]).forEach((p, i) => {
    const at = `phrases[${i}]`;
    if (!isObject(p)) { problems.push(`${at} is not an object`); return; }
    if (!isLowerWord(p.lemma)) problems.push(`${at}.lemma must be a lower-case word`);
    if (!(isStringArray(p.words, isLowerWord) && p.words.length > 0)) problems.push(`${at}.words must be lower-case words`);
    if (!isRelationType(p.type)) problems.push(`${at}.type is not a relation type`);
    if (typeof p.cameo !== 'string' || !CAMEO_CODE.test(p.cameo)) problems.push(`${at}.cameo is not a CAMEO code`);
    if (p.reverse !== undefined && p.reverse !== true) problems.push(`${at}.reverse must be true or absent`);
  });
  (data.excluded as unknown[]).forEach((p, i) => {
    const at = `excluded[${i}]`;
    if (!isObject(p)) { problems.push(`${at} is not an object`); return; }
    if (!isLowerWord(p.lemma)) problems.push(`${at}.lemma must be a lower-case word`);
    if (!(isStringArray(p.words, isLowerWord) && p.words.length > 0)) problems.push(`${at}.words must be lower-case words`);
    if (typeof p.cameo !== 'string' || !(CAMEO_CODE.test(p.cameo) || p.cameo === '---')) problems.push(`${at}.cameo is not a CAMEO code`);
  });
  (data.nouns as unknown[]).forEach((n, i) => {
    const at = `nouns[${i}]`;
    if (!isObject(n) || !isLowerWord(n.lemma) || !isRelationType(n.type)) problems.push(`${at} must have a lemma and a relation type`);
  });
  return problems;
}

export function validateCameoMap(data: unknown): Problems {
  const problems: Problems = [];
  if (!isObject(data)) return ['not an object'];
  if (typeof data.$comment !== 'string') problems.push('$comment is missing');
  if (!isObject(data.provenance)) problems.push('provenance must be an object');
  if (!Array.isArray(data.codes)) return [...problems, 'codes must be an array'];
  const seen = new Set<string>();
  (data.codes as unknown[]).forEach((c, i) => {
    const at = `codes[${i}]`;
    if (!isObject(c)) { problems.push(`${at} is not an object`); return; }
    if (typeof c.cameo !== 'string' || !CAMEO_CODE.test(c.cameo)) problems.push(`${at}.cameo is not a CAMEO code`);
    else if (seen.has(c.cameo)) problems.push(`${at}.cameo ${c.cameo} is listed twice`);
    else seen.add(c.cameo);
    if (typeof c.label !== 'string' || c.label === '') problems.push(`${at}.label is missing`);
    if (c.type !== null && !isRelationType(c.type)) problems.push(`${at}.type must be a relation type or null`);
    if (c.reverse !== undefined && typeof c.reverse !== 'boolean') problems.push(`${at}.reverse must be a boolean`);
    if (c.onlyWith !== undefined && !(isStringArray(c.onlyWith, isLowerWord) && c.onlyWith.length > 0)) problems.push(`${at}.onlyWith must be lower-case words`);
  });
  if (!Array.isArray(data.verbOverrides)) problems.push('verbOverrides must be an array');
  else {
    (data.verbOverrides as unknown[]).forEach((o, i) => {
      const at = `verbOverrides[${i}]`;
      if (!isObject(o)) { problems.push(`${at} is not an object`); return; }
      const byLemma = o.lemma !== undefined;
      const byBlock = o.block !== undefined;
      if (byLemma === byBlock) problems.push(`${at} needs either a lemma or a block`);
      if (byLemma && !isLowerWord(o.lemma)) problems.push(`${at}.lemma must be a lower-case word`);
      if (byBlock && !(typeof o.block === 'string' && /^[A-Z_]+$/.test(o.block))) problems.push(`${at}.block must be a block name`);
      if (o.cameo !== null && !(typeof o.cameo === 'string' && OVERRIDE_CODE.test(o.cameo))) problems.push(`${at}.cameo must be a CAMEO code (A, A:B or :B) or null`);
      if (o.particles !== undefined && !isStringArray(o.particles, isLowerWord)) problems.push(`${at}.particles must be lower-case words`);
      if (typeof o.note !== 'string' || o.note === '') problems.push(`${at}.note must say why`);
    });
  }
  return problems;
}

export function validateAgents(data: unknown): Problems {
  const problems: Problems = [];
  if (!isObject(data)) return ['not an object'];
  checkHeader(data, problems);
  if (!isObject(data.codes)) problems.push('codes must be an object');
  if (!Array.isArray(data.agents)) return [...problems, 'agents must be an array'];
  const codes = isObject(data.codes) ? data.codes : {};
  (data.agents as unknown[]).forEach((a, i) => {
    const at = `agents[${i}]`;
    if (!isObject(a)) { problems.push(`${at} is not an object`); return; }
    if (typeof a.noun !== 'string' || a.noun === '' || a.noun !== a.noun.toLowerCase()) problems.push(`${at}.noun must be lower case`);
    if (typeof a.plural !== 'string' || a.plural === '' || a.plural !== a.plural.toLowerCase()) problems.push(`${at}.plural must be lower case`);
    if (typeof a.code !== 'string' || !/^[A-Z]{3}$/.test(a.code)) problems.push(`${at}.code must be a three-letter agent code`);
    else if (!(a.code in codes)) problems.push(`${at}.code ${a.code} is not described in codes`);
  });
  return problems;
}

export function validatePhoenixActors(data: unknown): Problems {
  const problems: Problems = [];
  if (!isObject(data)) return ['not an object'];
  checkHeader(data, problems);
  if (!Array.isArray(data.actors)) return [...problems, 'actors must be an array'];
  (data.actors as unknown[]).forEach((a, i) => {
    const at = `actors[${i}]`;
    if (!isObject(a)) { problems.push(`${at} is not an object`); return; }
    if (typeof a.name !== 'string' || a.name.trim() === '' || a.name !== a.name.trim()) problems.push(`${at}.name must be a trimmed non-empty string`);
    if (typeof a.code !== 'string' || !/^[A-Z]{3}[A-Z0-9]*$/.test(a.code)) problems.push(`${at}.code must be a Phoenix code`);
    if (typeof a.kind !== 'string' || !(ACTOR_KINDS as readonly string[]).includes(a.kind)) problems.push(`${at}.kind is not an actor kind`);
    if (!isStringArray(a.aliases)) problems.push(`${at}.aliases must be strings`);
    if (a.country !== undefined && !(typeof a.country === 'string' && /^[a-z]{2}$/.test(a.country))) problems.push(`${at}.country must be ISO alpha-2 lower case`);
    if (a.kind === 'person' && !(Array.isArray(a.roles) && a.roles.length > 0)) problems.push(`${at}: a person needs roles`);
    if (a.roles !== undefined) {
      if (!Array.isArray(a.roles)) problems.push(`${at}.roles must be an array`);
      else a.roles.forEach((r: unknown, j: number) => {
        if (!isObject(r) || typeof r.code !== 'string') { problems.push(`${at}.roles[${j}] needs a code`); return; }
        for (const bound of ['from', 'to'] as const) {
          if (r[bound] !== undefined && !(typeof r[bound] === 'string' && ISO_DATE.test(r[bound]))) problems.push(`${at}.roles[${j}].${bound} must be YYYY-MM-DD`);
        }
      });
    }
  });
  return problems;
}
