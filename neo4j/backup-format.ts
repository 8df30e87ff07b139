// The backup file format (npm run db:export / db:import): pure encoding, decoding and validation.
// JSON cannot tell 1 from 1.0 and has no dates, so Neo4j property values are written with their
// Neo4j type: integers as JSON integers, floats as JSON numbers ({"$float": x} when x looks like an
// integer or is not finite), temporals as {"$datetime": iso} etc. Import restores the exact types.
import { RELATION_TYPES } from '../shared/vocabulary';

export const BACKUP_FORMAT = 'actorscope-backup';
export const BACKUP_VERSION = 1;

/** A property value as written in the file. */
export type EncodedValue = string | number | boolean | null | EncodedValue[] | { [tag: string]: string | number };
export type EncodedProperties = Record<string, EncodedValue>;

export interface BackupRelationship {
  properties: EncodedProperties;
}
export interface BackupMention extends BackupRelationship {
  doc: string;
  actor: string;
}
export interface BackupClaim extends BackupRelationship {
  type: string;
  source: string;
  target: string;
}

export interface BackupFile {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  exportedAt: string;
  counts: BackupCounts;
  actors: EncodedProperties[];
  documents: EncodedProperties[];
  mentions: BackupMention[];
  claims: BackupClaim[];
  savedQueries: EncodedProperties[];
}

export interface BackupCounts {
  actors: number;
  documents: number;
  mentions: number;
  claims: number;
  savedQueries: number;
}

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
    return value.map((item, i) => encodeValue(item, list[1] ?? 'NOTHING', `${where}[${i}]`));
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
      if (!Number.isFinite(x)) return { $float: String(x) };
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

function describe(value: unknown): string {
  const text = JSON.stringify(value);
  return text === undefined ? String(value) : text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

function decodeScalar(value: unknown, where: string, problems: string[]): { kind: Kind; value: DecodedScalar | string } | undefined {
  if (typeof value === 'string') return { kind: 'string', value };
  if (typeof value === 'boolean') return { kind: 'boolean', value };
  if (typeof value === 'number') {
    if (Number.isInteger(value)) {
      if (!Number.isSafeInteger(value)) {
        problems.push(`${where}: integer ${value} is beyond ±2^53; write it as {"$float": ${value}} if it is a float.`);
        return undefined;
      }
      return { kind: 'integer', value: { $int: value } };
    }
    return { kind: 'float', value };
  }
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const entries = Object.entries(value as Record<string, unknown>);
    const [tag, inner] = entries[0] ?? [];
    if (entries.length === 1 && tag === '$float') {
      const x = typeof inner === 'number' ? inner : typeof inner === 'string' ? Number(inner) : Number.NaN;
      if (typeof inner === 'number' || inner === 'NaN' || (typeof inner === 'string' && !Number.isNaN(x))) return { kind: 'float', value: x };
    } else if (entries.length === 1 && tag !== undefined && tag.startsWith('$') && tag.slice(1) in TEMPORAL_TAGS && typeof inner === 'string') {
      return { kind: tag.slice(1) as TemporalKind, value: inner };
    }
  }
  problems.push(
    `${where}: unsupported value ${describe(value)}; expected a string, boolean, number, {"$float": n}, ` +
      '{"$datetime": iso}, {"$localdatetime": iso}, {"$date": iso} or a list of one of those.',
  );
  return undefined;
}

/** Validates and decodes one properties object; problems are appended, never thrown. */
export function decodeProperties(raw: unknown, where: string, problems: string[]): DecodedProperties {
  const decoded: DecodedProperties = { props: {}, temporals: [] };
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    problems.push(`${where}: expected an object of properties, got ${describe(raw)}.`);
    return decoded;
  }
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    const at = `${where}.${key}`;
    if (key.length === 0 || key.includes('`')) {
      problems.push(`${where}: invalid property name ${describe(key)}.`);
      continue;
    }
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
  mentions: DecodedRelationship[];
  claims: DecodedRelationship[];
  counts: BackupCounts;
}

const MAX_PROBLEMS_SHOWN = 25;
const SECTIONS = ['actors', 'documents', 'mentions', 'claims', 'savedQueries'] as const;

function decodeNodes(raw: unknown[], section: string, problems: string[]): DecodedNode[] {
  const seen = new Set<string>();
  const nodes: DecodedNode[] = [];
  raw.forEach((item, i) => {
    const where = `${section}[${i}]`;
    const data = decodeProperties(item, where, problems);
    const id = (item as Record<string, unknown> | null)?.id;
    if (typeof id !== 'string' || id.length === 0) {
      problems.push(`${where}.id: expected a non-empty string, got ${describe(id)}.`);
      return;
    }
    if (seen.has(id)) problems.push(`${where}.id: ${describe(id)} appears twice in ${section}.`);
    seen.add(id);
    nodes.push({ id, data });
  });
  return nodes;
}

function endpoint(item: Record<string, unknown>, field: string, where: string, known: Set<string>, what: string, problems: string[]): string {
  const value = item[field];
  if (typeof value !== 'string') problems.push(`${where}.${field}: expected a string (${what} id), got ${describe(value)}.`);
  else if (!known.has(value)) problems.push(`${where}.${field}: ${describe(value)} is not one of the ${what}s in the file.`);
  return String(value);
}

/** Checks a parsed backup file and decodes it; throws a BackupError listing every problem found. */
export function validateBackup(data: unknown, fileName = 'backup'): DecodedBackup {
  const problems: string[] = [];
  const fail = () => {
    const shown = problems.slice(0, MAX_PROBLEMS_SHOWN);
    if (problems.length > shown.length) shown.push(`… and ${problems.length - shown.length} more problems.`);
    return new BackupError(`${fileName}: not a valid Actorscope backup.`, shown);
  };
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    problems.push(`expected a JSON object with "format": "${BACKUP_FORMAT}", got ${describe(data)}.`);
    throw fail();
  }
  const file = data as Record<string, unknown>;
  if (file.format !== BACKUP_FORMAT) problems.push(`format: expected "${BACKUP_FORMAT}", got ${describe(file.format)}.`);
  if (file.version !== BACKUP_VERSION) problems.push(`version: expected ${BACKUP_VERSION}, got ${describe(file.version)}.`);
  for (const section of SECTIONS) {
    if (!Array.isArray(file[section])) problems.push(`${section}: expected an array, got ${describe(file[section])}.`);
  }
  if (problems.length > 0) throw fail();
  const arrays = file as Record<(typeof SECTIONS)[number], unknown[]>;

  const actors = decodeNodes(arrays.actors, 'actors', problems);
  const documents = decodeNodes(arrays.documents, 'documents', problems);
  const savedQueries = decodeNodes(arrays.savedQueries, 'savedQueries', problems);
  const actorIds = new Set(actors.map((a) => a.id));
  const documentIds = new Set(documents.map((d) => d.id));

  const relationships = (section: 'mentions' | 'claims'): DecodedRelationship[] =>
    arrays[section].flatMap((raw, i) => {
      const where = `${section}[${i}]`;
      if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
        problems.push(`${where}: expected an object, got ${describe(raw)}.`);
        return [];
      }
      const item = raw as Record<string, unknown>;
      const data = decodeProperties(item.properties, `${where}.properties`, problems);
      if (section === 'mentions') {
        const from = endpoint(item, 'doc', where, documentIds, 'document', problems);
        return [{ type: 'MENTIONS', from, to: endpoint(item, 'actor', where, actorIds, 'actor', problems), data }];
      }
      const type = item.type;
      if (typeof type !== 'string' || !(RELATION_TYPES as readonly string[]).includes(type)) {
        problems.push(`${where}.type: expected one of ${RELATION_TYPES.join(', ')}, got ${describe(type)}.`);
      }
      const from = endpoint(item, 'source', where, actorIds, 'actor', problems);
      return [{ type: String(type), from, to: endpoint(item, 'target', where, actorIds, 'actor', problems), data }];
    });
  const mentions = relationships('mentions');
  const claims = relationships('claims');

  const counts: BackupCounts = {
    actors: actors.length,
    documents: documents.length,
    mentions: mentions.length,
    claims: claims.length,
    savedQueries: savedQueries.length,
  };
  if (file.counts !== undefined) {
    const declared = file.counts as Record<string, unknown> | null;
    for (const section of SECTIONS) {
      if (declared?.[section] !== arrays[section].length) {
        problems.push(`counts.${section}: the file declares ${describe(declared?.[section])} but holds ${arrays[section].length} (truncated file?).`);
      }
    }
  }
  if (problems.length > 0) throw fail();
  return { actors, documents, savedQueries, mentions, claims, counts };
}
