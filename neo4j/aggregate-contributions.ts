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

const nullable = (s: string | undefined) => (s === undefined || s === '' ? null : s);
const nullableNumber = (s: string | undefined) => (s === undefined || s === '' ? null : Number(s));

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
 * the publication year), and nothing else allocated (parsing thousands of rows per answer).
 */
export function parseAggregatePart(row: string, reported: boolean): Omit<AggregateRow, 'publishedYear'> {
  const f = row.split(SEP);
  return {
    source: f[0] ?? '', type: f[1] ?? '', target: f[2] ?? '', year: nullableNumber(reported ? f[4] : f[3]), negated: f[5] === 'true',
    modality: nullable(f[6]), publisher: nullable(f[7]), count: Number(f[8]), weightMicro: Number(f[9]),
    docs: f[10] ? f[10].split(DOC_SEPARATOR) : [],
  };
}
