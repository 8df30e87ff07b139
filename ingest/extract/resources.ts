// The data an extractor runs on (gazetteer, relation lexicon, cue lists, role titles) and its
// validation. Defaults are JSON imports, so the extraction core stays free of file I/O.
import type { RelationType } from '../../shared/vocabulary';
import { ACTOR_TYPES, isRelationType } from '../../shared/vocabulary';
import gazetteerData from '../../seeds/gazetteer.json';
import lexiconData from '../lexicon/relation-lexicon.json';
import cuesData from '../lexicon/cues.json';
import rolesData from '../lexicon/roles.json';

export type { EraMetonym, Gazetteer, GazetteerActor } from '../../shared/gazetteer';
import type { Gazetteer } from '../../shared/gazetteer';
import { CALENDAR_DATE_RULE, isCalendarDate } from '../../shared/calendar-date';

export interface PhraseSpec {
  p: string;
  reverse?: boolean;
  negated?: boolean;
  /** '*': the target is the first actor after the phrase in its clause (as for 'verb>*'). */
  target?: '*';
}

export interface TypeLexicon {
  verbs: string[];
  nouns: string[];
  phrases: PhraseSpec[];
}

export interface RelationLexicon {
  irregular: Record<string, string>;
  types: Partial<Record<RelationType, TypeLexicon>>;
  attributions: string[];
  symmetric: string[];
  lightVerbs: string[];
}

export interface CorefSpec {
  phrase: string;
  types: string[];
}

export interface Cues {
  negation: string[];
  negationBreakers: string[];
  speculative: string[];
  proposed: string[];
  commissive: string[];
  reporting: string[];
  prepositions: string[];
  determiners: string[];
  populationNouns: string[];
  facilityNouns: string[];
  instrumentNouns: string[];
  subordinators: string[];
  relativeStarts: string[];
  coordinators: string[];
  contentNouns: string[];
  coref: CorefSpec[];
}

export interface TitleSpec {
  t: string;
  leads?: boolean;
  headOfState?: boolean;
  impliedOrg?: string;
  /** A title of no state's service ("militant"): a state named with it is the holder's nationality, no role. */
  stateless?: boolean;
}

export interface Roles {
  titles: TitleSpec[];
  ranks: string[];
  modifiers: string[];
  orgHeads: string[];
  /** Heads that may open a name before "of"/"for" ("Board of Inquiry"). */
  orgHeadsFirst?: string[];
  groupNouns: { groups: string[]; armed: string[]; organs: string[] };
}

export interface ExtractorResources {
  gazetteer: Gazetteer;
  lexicon: RelationLexicon;
  cues: Cues;
  roles: Roles;
}

export function defaultResources(): ExtractorResources {
  return {
    gazetteer: gazetteerData as unknown as Gazetteer,
    lexicon: lexiconData as unknown as RelationLexicon,
    cues: cuesData as unknown as Cues,
    roles: rolesData as unknown as Roles,
  };
}

/** Throws naming the first bad entry, so a broken data file fails at createExtractor, not mid-run. */
export function validateResources(res: ExtractorResources): void {
  const ids = new Set<string>();
  res.gazetteer.actors.forEach((a, i) => {
    if (!a || typeof a.id !== 'string' || !/^[a-z0-9][a-z0-9-]*$/.test(a.id)) throw new Error(`Gazetteer: actors[${i}] has an invalid \`id\` ${JSON.stringify(a?.id)}. Expecting kebab-case.`);
    if (ids.has(a.id)) throw new Error(`Gazetteer: duplicate actor id "${a.id}".`);
    ids.add(a.id);
    if (!(ACTOR_TYPES as readonly string[]).includes(a.type)) throw new Error(`Gazetteer: actor "${a.id}" has invalid \`type\` "${a.type}". Expecting one of ${ACTOR_TYPES.join(', ')}.`);
    for (const key of ['aliases', 'acronyms', 'demonyms', 'metonyms', 'affiliations'] as const) {
      if (!Array.isArray(a[key])) throw new Error(`Gazetteer: actor "${a.id}" needs an array \`${key}\`.`);
    }
  });
  for (const a of res.gazetteer.actors) {
    for (const f of a.affiliations) if (!ids.has(f)) throw new Error(`Gazetteer: actor "${a.id}" has unknown affiliation "${f}".`);
  }
  for (const e of res.gazetteer.eraMetonyms ?? []) {
    if (!ids.has(e.before) || !ids.has(e.after) || !ids.has(e.place)) throw new Error(`Gazetteer: era metonym "${e.alias}" names an unknown actor.`);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(e.switchDate)) throw new Error(`Gazetteer: era metonym "${e.alias}" has invalid \`switchDate\` "${e.switchDate}". Expecting YYYY-MM-DD.`);
  }
  for (const [i, o] of (res.gazetteer.offices ?? []).entries()) {
    const where = `Gazetteer: offices[${i}]`;
    if (!ids.has(o.holder) || !ids.has(o.of)) throw new Error(`${where} names an unknown actor ("${o.holder}" of "${o.of}").`);
    if (!Array.isArray(o.titles) || o.titles.length === 0 || o.titles.some((t) => typeof t !== 'string' || t.trim() === '')) throw new Error(`${where} needs a non-empty list of \`titles\`.`);
    if (!isCalendarDate(o.from) || (o.to !== null && !isCalendarDate(o.to))) throw new Error(`${where} has an invalid \`from\` or \`to\`: dates ${CALENDAR_DATE_RULE} (\`to\` null while held).`);
    if (o.to !== null && o.to < o.from) throw new Error(`${where} ends (${o.to}) before it begins (${o.from}).`);
  }
  for (const type of Object.keys(res.lexicon.types)) {
    if (!isRelationType(type)) throw new Error(`Lexicon: unknown relation type "${type}".`);
  }
}
