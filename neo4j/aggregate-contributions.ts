// Pure: what the claims of some documents contribute to the pre-aggregated edges (edge-aggregates.ts),
// from one row per (document, aggregate key) as the contribution query returns it.

/** The claim fields an edge aggregate is keyed by. */
export interface AggregateKeyFields {
  source: string;
  type: string;
  target: string;
  year: number | null;
  publishedYear: number | null;
  negated: boolean;
  modality: string | null;
  publisher: string | null;
}

/** One document's claims under one aggregate key. */
export interface ContributionRow extends AggregateKeyFields {
  docId: string;
  /** Claims. */
  n: number;
  /** Sum of round(weight × 10⁶). */
  micro: number;
}

export interface EdgeContribution extends AggregateKeyFields {
  key: string;
  n: number;
  micro: number;
  docs: string[];
}

export interface TallyContribution {
  key: string;
  year: number | null;
  publishedYear: number | null;
  type: string;
  publisher: string | null;
  modality: string | null;
  n: number;
}

export interface Contributions {
  edges: EdgeContribution[];
  tallies: TallyContribution[];
  /** Claims per document. */
  documents: Array<{ id: string; n: number }>;
}

/** Separates the parts of a key and of a row; cannot occur in ids, names or years. */
export const ROW_SEPARATOR = '\u001f';
/** Separates the document ids in a row. */
export const DOC_SEPARATOR = '\u001e';
const SEP = ROW_SEPARATOR;
const keyOf = (parts: unknown[]) => parts.map((p) => (p === null || p === undefined ? '' : String(p))).join(SEP);

export function edgeKey(f: AggregateKeyFields): string {
  return keyOf([f.source, f.type, f.target, f.year, f.publishedYear, f.negated, f.modality, f.publisher]);
}

export function tallyKey(f: Pick<AggregateKeyFields, 'year' | 'publishedYear' | 'type' | 'publisher' | 'modality'>): string {
  return keyOf([f.year, f.publishedYear, f.type, f.publisher, f.modality]);
}

const byKey = <T extends { key: string }>(a: T, b: T) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Sums the rows per aggregate key, tally key and document; every list sorted by key (locks are taken in that order). */
export function contributionsOf(rows: Iterable<ContributionRow>): Contributions {
  const edges = new Map<string, EdgeContribution>();
  const tallies = new Map<string, TallyContribution>();
  const documents = new Map<string, number>();
  for (const r of rows) {
    const fields: AggregateKeyFields = {
      source: r.source, type: r.type, target: r.target, year: r.year ?? null, publishedYear: r.publishedYear ?? null,
      negated: r.negated === true, modality: r.modality ?? null, publisher: r.publisher ?? null,
    };
    const key = edgeKey(fields);
    const edge = edges.get(key) ?? { ...fields, key, n: 0, micro: 0, docs: [] };
    edge.n += r.n;
    edge.micro += r.micro;
    if (!edge.docs.includes(r.docId)) edge.docs.push(r.docId);
    edges.set(key, edge);
    const tKey = tallyKey(fields);
    const tally = tallies.get(tKey) ?? { key: tKey, year: fields.year, publishedYear: fields.publishedYear, type: fields.type, publisher: fields.publisher, modality: fields.modality, n: 0 };
    tally.n += r.n;
    tallies.set(tKey, tally);
    documents.set(r.docId, (documents.get(r.docId) ?? 0) + r.n);
  }
  for (const e of edges.values()) e.docs.sort();
  return {
    edges: [...edges.values()].sort(byKey),
    tallies: [...tallies.values()].sort(byKey),
    documents: [...documents].map(([id, n]) => ({ id, n })).sort(byId),
  };
}

/** An edge aggregate as the read endpoints use it. */
export interface AggregateRow extends AggregateKeyFields {
  count: number;
  weightMicro: number;
  docs: string[];
}

/** An aggregate's `row` property as edge-aggregates.ts's Cypher builds it (read by parseAggregateRow). */
export function aggregateRow(key: string, count: number, weightMicro: number, docs: readonly string[]): string {
  return `${key}${SEP}${count}${SEP}${weightMicro}${SEP}${docs.join(DOC_SEPARATOR)}`;
}

const nullable = (s: string | undefined) => (s === undefined || s === '' ? null : s);
const nullableNumber = (s: string | undefined) => (s === undefined || s === '' ? null : Number(s));

/**
 * Number(s.slice(start, end)) without the slice for an integer of up to 15 digits (the numbers a row
 * holds: a fold parses three per row, thousands of rows per answer); anything else through Number.
 */
export function numberAt(s: string, start: number, end: number): number {
  let i = start;
  const negative = i < end && s.charCodeAt(i) === 45; // '-'
  if (negative) i++;
  if (i === end || end - i > 15) return Number(s.slice(start, end));
  let n = 0;
  for (; i < end; i++) {
    const digit = s.charCodeAt(i) - 48;
    if (digit < 0 || digit > 9) return Number(s.slice(start, end));
    n = n * 10 + digit;
  }
  return negative ? -n : n;
}

const nullableNumberAt = (s: string, start: number, end: number) => (start >= end ? null : numberAt(s, start, end));

/** Parses an aggregate's `row` property: its key's eight fields, count, weightMicro and documents. */
export function parseAggregateRow(row: string): AggregateRow {
  const [source = '', type = '', target = '', year, publishedYear, negated, modality, publisher, count, micro, docs] = row.split(SEP);
  return {
    source, type, target, year: nullableNumber(year), publishedYear: nullableNumber(publishedYear), negated: negated === 'true',
    modality: nullable(modality), publisher: nullable(publisher), count: Number(count), weightMicro: Number(micro),
    docs: docs ? docs.split(DOC_SEPARATOR) : [],
  };
}

/**
 * An aggregate's row as the read endpoints fold it: one year, on the time axis asked for (`reported`:
 * the publication year), and nothing else allocated (parsing thousands of rows per answer): the ten
 * separators are found first and the fields cut out between them, with no array of fields (half the
 * time of split). A row with fewer fields is parsed as parseAggregateRow parses it.
 */
export function parseAggregatePart(row: string, reported: boolean): Omit<AggregateRow, 'publishedYear'> {
  const s0 = row.indexOf(SEP);
  const s1 = row.indexOf(SEP, s0 + 1);
  const s2 = row.indexOf(SEP, s1 + 1);
  const s3 = row.indexOf(SEP, s2 + 1);
  const s4 = row.indexOf(SEP, s3 + 1);
  const s5 = row.indexOf(SEP, s4 + 1);
  const s6 = row.indexOf(SEP, s5 + 1);
  const s7 = row.indexOf(SEP, s6 + 1);
  const s8 = row.indexOf(SEP, s7 + 1);
  const s9 = row.indexOf(SEP, s8 + 1);
  if (s0 < 0 || s1 < 0 || s2 < 0 || s3 < 0 || s4 < 0 || s5 < 0 || s6 < 0 || s7 < 0 || s8 < 0 || s9 < 0) {
    const { publishedYear, year, ...rest } = parseAggregateRow(row);
    return { ...rest, year: reported ? publishedYear : year };
  }
  const end = row.indexOf(SEP, s9 + 1);
  const docs = row.slice(s9 + 1, end < 0 ? row.length : end);
  return {
    source: row.slice(0, s0), type: row.slice(s0 + 1, s1), target: row.slice(s1 + 1, s2),
    year: reported ? nullableNumberAt(row, s3 + 1, s4) : nullableNumberAt(row, s2 + 1, s3), negated: s5 - s4 === 5 && row.startsWith('true', s4 + 1),
    modality: nullable(row.slice(s5 + 1, s6)), publisher: nullable(row.slice(s6 + 1, s7)), count: numberAt(row, s7 + 1, s8),
    weightMicro: numberAt(row, s8 + 1, s9), docs: docs === '' ? [] : docs.includes(DOC_SEPARATOR) ? docs.split(DOC_SEPARATOR) : [docs],
  };
}
