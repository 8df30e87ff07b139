// The coder's trigger lexicon, compiled from data: lemma → what it triggers. Verbs and nouns come
// from ingest/lexicon/relation-lexicon.json (the project's own) and cameo-verbs.json (converted from
// the CAMEO 2.0 verb dictionary); multi-word phrases become a verb (or noun) plus the content words
// that must depend on it ("open" + "fire" + on/at). Pure.
import type { RelationType } from '../../shared/vocabulary';
import type { RelationLexicon } from '../extract/resources';

export interface TriggerEntry {
  type: RelationType;
  /** How the target is introduced: '' = direct object, 'with' = a with-phrase; '*' = any of them. */
  preps: readonly string[];
  /** Content words (lemmas) one of which must depend on the trigger: "fire" in "open fire on". */
  requires?: readonly string[];
  /** The phrase's target is the acting source ("received aid from X"). */
  reverse?: boolean;
  /** The phrase itself denies the relation ("has nothing to do with"). */
  negated?: boolean;
  origin: 'rules' | 'cameo';
}

export interface TriggerLexicon {
  verbs: Map<string, TriggerEntry[]>;
  nouns: Map<string, TriggerEntry[]>;
  /** Predicative adjectives read like verbs ("X is grateful to Y"). */
  adjectives: Map<string, TriggerEntry[]>;
  /** Verbs that carry an event noun ("held talks", "launched attacks", "provided support"). */
  lightVerbs: Set<string>;
  /** Verbs whose object, welcomed to a place, is hosted there: met, and a visitor ("welcomed X to the White House"). */
  hostingVerbs: Set<string>;
  /** Hosting verbs whose host meets the parties of the event it hosts ('hosted talks between X and Y'); welcoming talks endorses them. */
  eventHostingVerbs: Set<string>;
  /** Nouns of harm, each with the prepositions that name who suffers it: the attack nouns ("attack on X") and harmNouns ("the detention of X"). */
  harmNouns: Map<string, Set<string>>;
}

/** ingest/lexicon/dependency-vocabulary.json: what only the tree stage reads. */
export interface DependencyVocabulary {
  types: Record<string, { verbs: string[]; nouns: string[]; adjectives?: string[]; reverse: string[]; phrases: { lemma: string; requires: string; preps: string[] }[] }>;
  /** Nouns that state membership in their of-phrase ("a member of Y", "as part of Y"). */
  memberNouns: string[];
  /** Reporting verbs whose subject accuses the subject of the clause they report ("alleged that Y …"). */
  accusingVerbs: string[];
  lightVerbs: string[];
  hostingVerbs?: string[];
  /** Hosting verbs whose host meets the parties of the event it hosts ('hosted talks between X and Y'), unlike 'welcomed talks'. */
  eventHostingVerbs?: string[];
  firstPerson: { plural: string[]; singular: string[] };
  placeHeads: string[];
  /** Bodies that are deployed, not visiting ("US troops arrived in Kabul"): ingest/coder/deployments.ts. */
  deployedBodies: string[];
  /** Gazetteer ids of bodies that speak for their state: their "we" is the state (a foreign ministry). */
  stateVoices?: string[];
  /** Agent codes (agents.json) of a state's people rather than its officials: hosting them is no meeting of their state. */
  populationAgentCodes?: string[];
  /** Participles by which a party backs a noun without acting in its acts ("Pakistan-backed militants"): ingest/coder/rule-check.ts. */
  backingParticiples?: string[];
  /** Nouns of harm that trigger no relation of ours, whose of-phrase names the victim ("the detention of X"). */
  harmNouns?: string[];
  /** Acts a consequence may be announced for besides the attack nouns ("any action on their part will be met with force"): ingest/coder/conditional-threats.ts. */
  deterredActs?: string[];
  /** Nouns of one who speaks for a body ("The Spokesperson rejected …"): unowned, in a text a body issues, the issuer. */
  issuerVoiceNouns?: string[];
}

export interface CameoVerbs {
  verbs: { lemma: string; type: string; reverse?: boolean; preps?: string[] }[];
  phrases: { lemma: string; words: string[]; type: string; reverse?: boolean }[];
  nouns: { lemma: string; type: string }[];
}

const DETERMINERS = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her', 'some', 'any', 'more']);

function add(map: Map<string, TriggerEntry[]>, key: string, entry: TriggerEntry): void {
  const list = map.get(key);
  if (!list) map.set(key, [entry]);
  else if (!list.some((e) => e.type === entry.type && same(e.requires, entry.requires) && same(e.preps, entry.preps))) list.push(entry);
}

function same(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  return (a ?? []).join('|') === (b ?? []).join('|');
}

function parsePreps(spec: string | undefined, fallback: readonly string[]): string[] {
  if (spec === undefined) return [...fallback];
  if (spec === '*') return ['*'];
  return spec.split(',').map((p) => p.trim());
}

/** The base form among a phrase token's alternatives ("arrived|arrives|arrive" → "arrive"). */
function baseOf(alternatives: string[]): string {
  return [...alternatives].sort((a, b) => a.length - b.length)[0] as string;
}

export function compileTriggerLexicon(lex: RelationLexicon, prepositions: readonly string[], own: DependencyVocabulary, cameo?: CameoVerbs): TriggerLexicon {
  const verbs = new Map<string, TriggerEntry[]>();
  const nouns = new Map<string, TriggerEntry[]>();
  const adjectives = new Map<string, TriggerEntry[]>();
  const preps = new Set(prepositions);
  // Only verbs that perform the event they carry: the surface rules' list also holds verbs that talk
  // about it ("discussed the strike", "condemned the attack"), whose subject is not the actor.
  const lightVerbs = new Set<string>();
  for (const [typeName, spec] of Object.entries(lex.types)) {
    const type = typeName as RelationType;
    for (const v of spec.verbs) {
      const [word, prepSpec] = v.split('>');
      const lemma = (word as string).split('=')[0] as string;
      add(verbs, lemma, { type, preps: parsePreps(prepSpec, ['']), origin: 'rules' });
    }
    for (const n of spec.nouns) {
      const [word, prepSpec] = n.split('>');
      const [singular, plural] = (word as string).split('/');
      const entryPreps = parsePreps(prepSpec, ['of', 'with', 'against', 'on', 'to']);
      for (const form of [singular, plural]) {
        if (!form) continue;
        const parts = form.split(' ');
        const headWord = parts[parts.length - 1] as string;
        const requires = parts.length > 1 ? [parts.slice(0, -1).join(' ')] : undefined;
        add(nouns, headWord, { type, preps: entryPreps, ...(requires ? { requires } : {}), origin: 'rules' });
      }
    }
    for (const phrase of spec.phrases) {
      if (phrase.target === '*') continue;
      const words = phrase.p.split(' ').filter((w) => !w.startsWith('?'));
      const first = words[0] as string;
      const lemma = first.startsWith('{') ? first.slice(1, -1) : baseOf(first.split('|'));
      const rest = words.slice(1);
      const last = rest[rest.length - 1];
      const lastAlts = last ? last.split('|') : [];
      const hasPrep = lastAlts.length > 0 && lastAlts.every((w) => preps.has(w));
      const middle = (hasPrep ? rest.slice(0, -1) : rest).map((w) => w.split('|').filter((a) => !DETERMINERS.has(a))).filter((a) => a.length > 0);
      const entry: TriggerEntry = {
        type,
        preps: hasPrep ? lastAlts : [''],
        ...(middle.length > 0 ? { requires: middle[middle.length - 1] } : {}),
        ...(phrase.reverse ? { reverse: true } : {}),
        ...(phrase.negated ? { negated: true } : {}),
        origin: 'rules',
      };
      add(verbs, lemma, entry);
    }
  }
  for (const v of own.lightVerbs) lightVerbs.add(v);
  for (const [typeName, spec] of Object.entries(own.types)) {
    const type = typeName as RelationType;
    for (const v of spec.verbs) {
      const [lemma, prepSpec] = v.split('>');
      add(verbs, lemma as string, { type, preps: parsePreps(prepSpec, ['']), origin: 'rules' });
    }
    for (const v of spec.reverse) {
      const [lemma, prepSpec] = v.split('>');
      add(verbs, lemma as string, { type, preps: parsePreps(prepSpec, ['']), reverse: true, origin: 'rules' });
    }
    for (const n of spec.nouns) {
      const [lemma, prepSpec] = n.split('>');
      add(nouns, lemma as string, { type, preps: parsePreps(prepSpec, ['of']), origin: 'rules' });
    }
    for (const p of spec.phrases) add(verbs, p.lemma, { type, preps: p.preps, requires: p.requires.split('|'), origin: 'rules' });
    for (const a of spec.adjectives ?? []) {
      const [lemma, prepSpec] = a.split('>');
      add(adjectives, lemma as string, { type, preps: parsePreps(prepSpec, ['to']), origin: 'rules' });
    }
  }
  if (cameo) {
    for (const v of cameo.verbs) add(verbs, v.lemma, { type: v.type as RelationType, preps: v.preps && v.preps.length > 0 ? v.preps : ['', '*'], ...(v.reverse ? { reverse: true } : {}), origin: 'cameo' });
    for (const p of cameo.phrases) {
      const content = p.words.filter((w) => !preps.has(w) && !DETERMINERS.has(w));
      const tail = p.words.filter((w) => preps.has(w));
      add(verbs, p.lemma, {
        type: p.type as RelationType,
        preps: tail.length > 0 ? [tail[tail.length - 1] as string] : [''],
        ...(content.length > 0 ? { requires: [content[content.length - 1] as string] } : {}),
        ...(p.reverse ? { reverse: true } : {}),
        origin: 'cameo',
      });
    }
    for (const n of cameo.nouns) add(nouns, n.lemma, { type: n.type as RelationType, preps: ['of', 'with', 'against', 'on', 'to'], origin: 'cameo' });
  }
  // A place ("in", "at") or a party on the same side ("with", "between") is no victim.
  const harmNouns = new Map((own.harmNouns ?? []).map((n) => [n, new Set(['of'])]));
  for (const [lemma, entries] of nouns) {
    const preps = entries.filter((e) => e.type === 'ATTACKED').flatMap((e) => e.preps).filter((p) => !['in', 'at', 'with', 'between', 'by', ''].includes(p));
    if (preps.length > 0) harmNouns.set(lemma, new Set([...(harmNouns.get(lemma) ?? []), ...preps]));
  }
  return { verbs, nouns, adjectives, lightVerbs, hostingVerbs: new Set(own.hostingVerbs ?? []), eventHostingVerbs: new Set(own.eventHostingVerbs ?? []), harmNouns };
}
