// re3d (../shared/eval/re3d/<subset>/{documents,entities,relations}.json): parsing, the mapping of
// re3d relation types onto Actorscope types, and which gold relations are scored. Pure; the texts
// are read at run time and never enter the repository.
import type { RelationType } from '../../shared/vocabulary';
import { wordTokens, type Span } from './actor-match';

export interface Re3dDocument {
  id: string;
  title: string | null;
  text: string;
  subset: string;
}

export interface Re3dEntity {
  documentId: string;
  start: number;
  end: number;
  type: string;
}

/** One end of a relation: the annotated span (offsets into the document text, UTF-16) and its text. */
export interface Re3dEnd extends Span {
  text: string;
  /** Entity types annotated on exactly this span in entities.json (often none). */
  entityTypes: string[];
  /** Other spans re3d's IsSynonymOf lines link to this one, directly or through others (set by buildRe3dGold). */
  synonyms?: Span[];
}

export interface Re3dRelation {
  /** The `_id` of the relation line (kept in --json output instead of text). */
  id: string;
  documentId: string;
  /** The re3d type: FightingAgainst, CommWith, … */
  type: string;
  source: Re3dEnd;
  target: Re3dEnd;
}

export interface Re3dMapping {
  types: readonly RelationType[];
  /** false: a claim may run either way (mutual re3d types). */
  directed: boolean;
}

/** re3d type → the Actorscope types that state it (../shared/eval/re3d/README.md). Others are out of scope. */
export const RE3D_TYPE_MAP: Readonly<Record<string, Re3dMapping>> = {
  FightingAgainst: { types: ['ATTACKED'], directed: true },
  CommWith: { types: ['MET_WITH', 'COOPERATES_WITH', 'VISITED'], directed: false },
  AlliesOf: { types: ['COOPERATES_WITH', 'SUPPORTS'], directed: false },
  Likes: { types: ['SUPPORTS'], directed: true },
  Dislikes: { types: ['ACCUSED', 'REJECTED', 'WARNED'], directed: true },
  InChargeOf: { types: ['LEADS'], directed: true },
  BelongsTo: { types: ['MEMBER_OF'], directed: true },
};

/** Entity types that can name an actor (or a place attacked); Weapon, Temporal, DocumentReference… cannot. */
export const ACTOR_ENTITY_TYPES: ReadonlySet<string> = new Set(['Person', 'Organisation', 'Nationality', 'Location']);

/** Capitalised words that do not make a span a name: pronouns, determiners, courtesy titles. */
const NOT_NAME_WORDS: ReadonlySet<string> = new Set([
  'i', 'we', 'you', 'he', 'she', 'it', 'they', 'me', 'us', 'him', 'her', 'them',
  'my', 'our', 'your', 'his', 'its', 'their', 'the', 'a', 'an', 'this', 'that', 'these', 'those',
  'all', 'both', 'each', 'every', 'other', 'some', 'such', 'any', 'no', 'mr', 'mrs', 'ms', 'dr',
]);

/**
 * A span names its actor when one of its words starts with a capital letter and is not a pronoun,
 * determiner or courtesy title: "the Asad regime", "Iraqi", "The Foreign Secretary" are named;
 * "We", "the regime", "members", "its backers" are not.
 */
export function isNamedSpan(text: string): boolean {
  return wordTokens(text).some((word) => /^\p{Lu}/u.test(word) && !NOT_NAME_WORDS.has(word.toLowerCase()));
}

export type ExclusionReason = 'unnamed end' | 'not an actor entity' | 'same span at both ends' | 'control of a place';

export interface Re3dGoldRelation extends Re3dRelation {
  mapping: Re3dMapping;
  /** Other relation ids folded into this one (the reverse annotation of a mutual pair, a repeat). */
  duplicates: string[];
  /** null: scored for recall. Every mapped relation still counts for precision (see re3d-eval). */
  excluded: ExclusionReason | null;
}

const isOnly = (types: readonly string[], allowed: (type: string) => boolean) => types.length > 0 && types.every(allowed);

/** Why a mapped relation is not scored for recall, or null when it is. */
export function exclusionOf(relation: Re3dRelation): ExclusionReason | null {
  const { source, target } = relation;
  if (source.start < target.end && target.start < source.end) return 'same span at both ends';
  if (source.text.trim().toLowerCase() === target.text.trim().toLowerCase()) return 'same span at both ends';
  for (const end of [source, target]) {
    if (isOnly(end.entityTypes, (type) => !ACTOR_ENTITY_TYPES.has(type))) return 'not an actor entity';
  }
  // "ISIL … the city of Mosul", "Iraqi security forces … Tikrit": control of territory is not LEADS.
  if (relation.type === 'InChargeOf' && isOnly(target.entityTypes, (type) => type === 'Location')) return 'control of a place';
  if (!isNamedSpan(source.text) || !isNamedSpan(target.text)) return 'unnamed end';
  return null;
}

function spanKey(end: Span): string {
  return `${end.start}-${end.end}`;
}

/**
 * re3d's own coreference: per document, the spans IsSynonymOf lines link, closed over chains
 * ("Minister of Foreign Affairs of Iraq" ~ "HE Dr Ibrahim Al-Ja'afari"). Key: document and span.
 */
export function synonymClasses(relations: readonly Re3dRelation[]): Map<string, Span[]> {
  const parent = new Map<string, string>();
  const spans = new Map<string, Span>();
  const find = (key: string): string => {
    let root = key;
    while (parent.get(root) !== root) root = parent.get(root) as string;
    parent.set(key, root);
    return root;
  };
  const add = (documentId: string, end: Span) => {
    const key = `${documentId}|${spanKey(end)}`;
    if (!parent.has(key)) parent.set(key, key);
    spans.set(key, { start: end.start, end: end.end });
    return key;
  };
  for (const relation of relations) {
    if (relation.type !== 'IsSynonymOf') continue;
    const a = find(add(relation.documentId, relation.source));
    const b = find(add(relation.documentId, relation.target));
    if (a !== b) parent.set(a, b);
  }
  const members = new Map<string, Span[]>();
  for (const key of parent.keys()) {
    const root = find(key);
    const group = members.get(root) ?? [];
    group.push(spans.get(key) as Span);
    members.set(root, group);
  }
  const out = new Map<string, Span[]>();
  for (const key of parent.keys()) out.set(key, members.get(find(key)) as Span[]);
  return out;
}

/**
 * Relations of the mapped types, folded: a mutual pair annotated both ways, or one repeated, is one
 * relation. Each end carries the spans IsSynonymOf links to it.
 */
export function buildRe3dGold(relations: readonly Re3dRelation[]): Re3dGoldRelation[] {
  const byKey = new Map<string, Re3dGoldRelation>();
  const classes = synonymClasses(relations);
  const withSynonyms = (documentId: string, end: Re3dEnd): Re3dEnd => {
    const synonyms = (classes.get(`${documentId}|${spanKey(end)}`) ?? []).filter((span) => spanKey(span) !== spanKey(end));
    return synonyms.length > 0 ? { ...end, synonyms } : end;
  };
  for (const original of relations) {
    const mapping = RE3D_TYPE_MAP[original.type];
    if (!mapping) continue;
    const relation = { ...original, source: withSynonyms(original.documentId, original.source), target: withSynonyms(original.documentId, original.target) };
    const ends = [spanKey(relation.source), spanKey(relation.target)];
    if (!mapping.directed) ends.sort();
    const key = [relation.documentId, relation.type, ...ends].join('|');
    const seen = byKey.get(key);
    if (seen) seen.duplicates.push(relation.id);
    else byKey.set(key, { ...relation, mapping, duplicates: [], excluded: exclusionOf(relation) });
  }
  return [...byKey.values()];
}

// ---------------------------------------------------------------------------------------------
// Parsing (one JSON object a line; offsets are checked against the document text).

function parseLines(fileText: string, origin: string): { raw: Record<string, unknown>; where: string }[] {
  const out: { raw: Record<string, unknown>; where: string }[] = [];
  fileText.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    const where = `${origin} line ${index + 1}`;
    try {
      out.push({ raw: JSON.parse(line) as Record<string, unknown>, where });
    } catch (error) {
      throw new Error(`${where}: not valid JSON (${(error as Error).message}).`);
    }
  });
  return out;
}

function requireString(raw: Record<string, unknown>, field: string, where: string): string {
  const value = raw[field];
  if (typeof value !== 'string') throw new Error(`${where}: \`${field}\` must be a string.`);
  return value;
}

function requireOffset(raw: Record<string, unknown>, field: string, where: string): number {
  const value = raw[field];
  if (!Number.isInteger(value) || (value as number) < 0) throw new Error(`${where}: \`${field}\` must be a non-negative integer.`);
  return value as number;
}

export function parseRe3dDocuments(fileText: string, subset: string, origin = 'documents.json'): Re3dDocument[] {
  const docs = parseLines(fileText, origin).map(({ raw, where }) => ({
    id: requireString(raw, '_id', where),
    title: typeof raw.title === 'string' ? raw.title : null,
    text: requireString(raw, 'text', where),
    subset,
  }));
  if (docs.length === 0) throw new Error(`${origin}: holds no documents.`);
  return docs;
}

export function parseRe3dEntities(fileText: string, origin = 'entities.json'): Re3dEntity[] {
  return parseLines(fileText, origin).map(({ raw, where }) => ({
    documentId: requireString(raw, 'documentId', where),
    start: requireOffset(raw, 'begin', where),
    end: requireOffset(raw, 'end', where),
    type: requireString(raw, 'type', where),
  }));
}

/**
 * Relations with both ends checked against the document text: an offset pair that does not cut the
 * annotated text out of the document is an error (the scorer relies on the offsets).
 */
export function parseRe3dRelations(
  fileText: string,
  documents: ReadonlyMap<string, Re3dDocument>,
  entities: readonly Re3dEntity[],
  origin = 'relations.json',
): Re3dRelation[] {
  const entityTypes = new Map<string, string[]>();
  for (const entity of entities) {
    const key = `${entity.documentId}|${entity.start}-${entity.end}`;
    entityTypes.set(key, [...(entityTypes.get(key) ?? []), entity.type]);
  }
  return parseLines(fileText, origin).map(({ raw, where }) => {
    const documentId = requireString(raw, 'documentId', where);
    const doc = documents.get(documentId);
    if (!doc) throw new Error(`${where}: unknown documentId ${documentId}.`);
    const end = (role: 'source' | 'target'): Re3dEnd => {
      const text = requireString(raw, role, where);
      const start = requireOffset(raw, `${role}Begin`, where);
      const stop = requireOffset(raw, `${role}End`, where);
      if (doc.text.slice(start, stop) !== text) {
        throw new Error(`${where}: ${role} offsets ${start}-${stop} do not hold ${JSON.stringify(text)} in document ${documentId}.`);
      }
      return { text, start, end: stop, entityTypes: entityTypes.get(`${documentId}|${start}-${stop}`) ?? [] };
    };
    return { id: requireString(raw, '_id', where), documentId, type: requireString(raw, 'type', where), source: end('source'), target: end('target') };
  });
}
