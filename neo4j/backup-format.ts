// The backup file format (npm run db:export / db:import): pure encoding, decoding and validation.
// JSON cannot tell 1 from 1.0 and has no dates, so Neo4j property values are written with their
// Neo4j type: integers as JSON integers, floats as JSON numbers ({"$float": x} when x looks like an
// integer or is not finite), temporals as {"$datetime": iso} etc. Import restores the exact types.
// The file's shape is one TypeBox schema (backup-schema.ts); this module adds what a schema cannot say.
import { schemaProblems, describeValue as describe } from '../shared/schema-problems';
import {
  ALL_BACKUP_SECTIONS,
  BackupFileSchema,
  type BackupCounts,
  type BackupFile,
  type BackupSection,
  type BackupNode,
  type EncodedProperties,
  type EncodedScalar,
  type EncodedValue,
} from './backup-schema';

export { BACKUP_FORMAT, BACKUP_VERSION } from './backup-schema';
export type { BackupClaim, BackupCounts, BackupFile, BackupMention, BackupNode, EncodedProperties, EncodedValue } from './backup-schema';

export const TEMPORAL_TAGS = { datetime: 'ZONED DATETIME', localdatetime: 'LOCAL DATETIME', date: 'DATE' } as const;
export type TemporalKind = keyof typeof TEMPORAL_TAGS;

export class BackupError extends Error {
  constructor(
    message: string,
    readonly problems: string[] = [],
  ) {
    super(problems.length > 0 ? `${message}\n  - ${problems.join('\n  - ')}` : message);
    this.name = 'BackupError';
  }
}

// ---------------------------------------------------------------------------------------------
// Encoding (Neo4j value + its valueType() → file value)

/** `valueType()` strings look like "LIST<FLOAT NOT NULL> NOT NULL"; strip the nullability. */
function baseType(valueType: string): string {
  return valueType.replace(/ NOT NULL$/, '').trim();
}

export function encodeValue(value: unknown, valueType: string, where: string): EncodedValue {
  const type = baseType(valueType);
  const list = /^LIST<(.*)>$/.exec(type);
  if (list) {
    if (!Array.isArray(value)) throw new BackupError(`Backup export: ${where} is ${valueType} but not an array.`);
    return value.map((item, i) => encodeValue(item, list[1] ?? 'NOTHING', `${where}[${i}]`)) as EncodedScalar[]; // Neo4j lists are flat
  }
  switch (type) {
    case 'STRING':
    case 'BOOLEAN':
      return value as string | boolean;
    case 'INTEGER':
      if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
        throw new BackupError(`Backup export: ${where} is an integer beyond ±2^53, which the backup cannot hold exactly.`);
      }
      return value;
    case 'FLOAT': {
      const x = value as number;
      if (!Number.isFinite(x)) return { $float: String(x) as 'NaN' | 'Infinity' | '-Infinity' };
      return Number.isInteger(x) ? { $float: x } : x;
    }
    case 'ZONED DATETIME':
      return { $datetime: String(value) };
    case 'LOCAL DATETIME':
      return { $localdatetime: String(value) };
    case 'DATE':
      return { $date: String(value) };
    default:
      throw new BackupError(`Backup export: ${where} has type ${valueType}, which the backup format does not support.`);
  }
}

export function encodeProperties(properties: Record<string, unknown>, types: Array<[string, string]>, where: string): EncodedProperties {
  const out: EncodedProperties = {};
  for (const [key, valueType] of [...types].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    out[key] = encodeValue(properties[key], valueType, `${where}.${key}`);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Decoding (file value → what the importer sends to Neo4j)

/** Integers are sent as { $int } (the importer turns them into neo4j Integers), floats as numbers. */
export type DecodedScalar = string | boolean | number | { $int: number };
export type DecodedValue = DecodedScalar | DecodedScalar[] | null;

export interface DecodedProperties {
  /** Everything but temporals, ready for `SET x = props`. */
  props: Record<string, DecodedValue>;
  /** Temporals, set by Cypher's own parsers (datetime(), date(), localdatetime()). */
  temporals: Array<{ key: string; kind: TemporalKind; value: string }>;
}

type Kind = 'string' | 'boolean' | 'integer' | 'float' | TemporalKind;

/** One scalar the schema has already accepted → its kind and what the importer sends. */
function decodeScalar(value: EncodedScalar, where: string, problems: string[]): { kind: Kind; value: DecodedScalar | string } | undefined {
  if (typeof value === 'string') return { kind: 'string', value };
  if (typeof value === 'boolean') return { kind: 'boolean', value };
  if (typeof value === 'number') {
    if (!Number.isInteger(value)) return { kind: 'float', value };
    if (!Number.isSafeInteger(value)) {
      problems.push(`${where}: integer ${value} is beyond ±2^53; write it as {"$float": ${value}} if it is a float.`);
      return undefined;
    }
    return { kind: 'integer', value: { $int: value } };
  }
  const [tag, inner] = Object.entries(value)[0] as [string, string | number];
  if (tag === '$float') return { kind: 'float', value: Number(inner) };
  return { kind: tag.slice(1) as TemporalKind, value: String(inner) };
}

/** Decodes one properties object the schema has accepted; problems are appended, never thrown. */
export function decodeProperties(raw: EncodedProperties, where: string, problems: string[]): DecodedProperties {
  const decoded: DecodedProperties = { props: {}, temporals: [] };
  for (const [key, value] of Object.entries(raw)) {
    const at = `${where}.${key}`;
    if (value === null) continue; // Neo4j stores no nulls
    if (Array.isArray(value)) {
      const items: DecodedScalar[] = [];
      const kinds = new Set<Kind>();
      value.forEach((item, i) => {
        const d = decodeScalar(item, `${at}[${i}]`, problems);
        if (d) {
          kinds.add(d.kind);
          items.push(d.value as DecodedScalar);
        }
      });
      const kindList = [...kinds];
      if (kindList.some((k) => k in TEMPORAL_TAGS)) problems.push(`${at}: lists of dates are not supported.`);
      else if (kinds.size > 1) problems.push(`${at}: a Neo4j list holds one type, found ${kindList.join(' and ')}.`);
      else decoded.props[key] = items;
      continue;
    }
    const d = decodeScalar(value, at, problems);
    if (!d) continue;
    if (d.kind in TEMPORAL_TAGS) decoded.temporals.push({ key, kind: d.kind as TemporalKind, value: d.value as string });
    else decoded.props[key] = d.value as DecodedScalar;
  }
  return decoded;
}

// ---------------------------------------------------------------------------------------------
// Validation of a whole file

export interface DecodedNode {
  id: string;
  data: DecodedProperties;
}
export interface DecodedRelationship {
  type: string;
  from: string;
  to: string;
  data: DecodedProperties;
}
export interface DecodedBackup {
  actors: DecodedNode[];
  documents: DecodedNode[];
  savedQueries: DecodedNode[];
  reviews: DecodedNode[];
  actorDecisions: DecodedNode[];
  mentions: DecodedRelationship[];
  claims: DecodedRelationship[];
  counts: BackupCounts;
}

const MAX_PROBLEMS_SHOWN = 25;

function decodeNodes(raw: BackupNode[], section: string, problems: string[]): DecodedNode[] {
  const seen = new Set<string>();
  return raw.map((item, i) => {
    const where = `${section}[${i}]`;
    const id = item.id;
    if (seen.has(id)) problems.push(`${where}.id: ${describe(id)} appears twice in ${section}.`);
    seen.add(id);
    return { id, data: decodeProperties(item, where, problems) };
  });
}

function endpoint(value: string, where: string, known: Set<string>, what: string, problems: string[]): string {
  if (!known.has(value)) problems.push(`${where}: ${describe(value)} is not one of the ${what}s in the file.`);
  return value;
}

/** Checks a parsed backup file and decodes it; throws a BackupError listing every problem found. */
export function validateBackup(data: unknown, fileName = 'backup'): DecodedBackup {
  const fail = (problems: string[]) => {
    const shown = problems.slice(0, MAX_PROBLEMS_SHOWN);
    if (problems.length > shown.length) shown.push(`… and ${problems.length - shown.length} more problems.`);
    return new BackupError(`${fileName}: not a valid Actorscope backup.`, shown);
  };
  const problems = schemaProblems(BackupFileSchema, data);
  if (problems.length > 0) throw fail(problems);
  const file = data as BackupFile;

  const actors = decodeNodes(file.actors, 'actors', problems);
  const documents = decodeNodes(file.documents, 'documents', problems);
  const savedQueries = decodeNodes(file.savedQueries, 'savedQueries', problems);
  const reviews = decodeNodes(file.reviews ?? [], 'reviews', problems);
  const actorDecisions = decodeNodes(file.actorDecisions ?? [], 'actorDecisions', problems);
  const actorIds = new Set(actors.map((a) => a.id));
  const documentIds = new Set(documents.map((d) => d.id));

  const mentions: DecodedRelationship[] = file.mentions.map((item, i) => {
    const where = `mentions[${i}]`;
    const data = decodeProperties(item.properties, `${where}.properties`, problems);
    const from = endpoint(item.doc, `${where}.doc`, documentIds, 'document', problems);
    return { type: 'MENTIONS', from, to: endpoint(item.actor, `${where}.actor`, actorIds, 'actor', problems), data };
  });
  const claims: DecodedRelationship[] = file.claims.map((item, i) => {
    const where = `claims[${i}]`;
    const data = decodeProperties(item.properties, `${where}.properties`, problems);
    const from = endpoint(item.source, `${where}.source`, actorIds, 'actor', problems);
    return { type: item.type, from, to: endpoint(item.target, `${where}.target`, actorIds, 'actor', problems), data };
  });

  const counts = Object.fromEntries(ALL_BACKUP_SECTIONS.map((section) => [section, (file[section] ?? []).length])) as Record<BackupSection, number>;
  for (const section of ALL_BACKUP_SECTIONS) {
    const declared = file.counts?.[section];
    // An older file declares no count for a section it does not have.
    if (declared === undefined && file[section] === undefined) continue;
    if (file.counts !== undefined && declared !== counts[section]) {
      problems.push(`counts.${section}: the file declares ${describe(declared)} but holds ${counts[section]} (truncated file?).`);
    }
  }
  if (problems.length > 0) throw fail(problems);
  return { actors, documents, savedQueries, reviews, actorDecisions, mentions, claims, counts };
}
