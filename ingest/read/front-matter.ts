// YAML front matter (`---\n<YAML mapping>\n---`) at the top of an article, parsed by the `yaml` package
// (YAML 1.2, core schema). Errors name the line, counted from the top of the file.
//
// What reaches validate-meta.ts is what the sidecar JSON would give: for the metadata fields a string or
// null. An unquoted date (`published: 2021-04-14`) stays the string '2021-04-14' (the core schema has no
// timestamp type); an explicit `!!timestamp` date becomes 'YYYY-MM-DD' again. A number or boolean where
// a metadata field expects text (`title: 1984`, `id: 42`) is an error naming the field, not a silent
// conversion: YAML read it as a number, so the writer has to quote it to mean text.
import { isMap, isNode, isScalar, LineCounter, parseDocument, visit, type Document, type Pair, type YAMLError } from 'yaml';
import { ArticleError } from '../../text/article-error';
import { META_FIELDS } from './validate-meta';

export interface FrontMatterSplit {
  /** Parsed fields, or null when the text has no front matter. Metadata fields are string or null. */
  fields: Record<string, unknown> | null;
  /** The article text after the front matter. */
  body: string;
}

const OPEN = /^---[ \t]*\r?\n/;
const CLOSE = /^---[ \t]*(?:\r?\n|$)/m;
/** The opening `---` is line 1: the YAML block starts on line 2 of the file. */
const FIRST_BLOCK_LINE = 2;

export function splitFrontMatter(text: string): FrontMatterSplit {
  const open = OPEN.exec(text);
  if (!open) return { fields: null, body: text };
  const rest = text.slice(open[0].length);
  const close = CLOSE.exec(rest);
  if (!close) throw new ArticleError('bad-metadata', 'front matter opened with `---` is never closed by a `---` line.');
  const block = rest.slice(0, close.index);
  const body = rest.slice(close.index + close[0].length);
  return { fields: parseFields(block), body };
}

function parseFields(block: string): Record<string, unknown> {
  const lines = new LineCounter();
  const doc = parseDocument(block, { lineCounter: lines, prettyErrors: false, schema: 'core', uniqueKeys: true });
  const lineOf = (offset: number | undefined) => (offset === undefined ? FIRST_BLOCK_LINE : lines.linePos(offset).line + FIRST_BLOCK_LINE - 1);
  const firstError = doc.errors[0];
  if (firstError) throw yamlError(firstError, doc, lines);

  const contents = doc.contents;
  if (contents === null || (isScalar(contents) && contents.value === null)) return {}; // only comments, or nothing
  if (!isMap(contents)) {
    throw new ArticleError(
      'bad-metadata',
      `front matter line ${lineOf(contents.range?.[0])}: expected \`key: value\` fields, got ${isScalar(contents) ? 'a single value' : 'a list'}.`,
    );
  }
  const fields: Record<string, unknown> = {};
  for (const pair of contents.items) {
    const line = lineOf(nodeStart(pair.key) ?? nodeStart(pair.value));
    if (!isScalar(pair.key) || pair.key.value === null || typeof pair.key.value === 'object') {
      throw new ArticleError('bad-metadata', `front matter line ${line}: a field name must be a plain word.`);
    }
    const key = String(pair.key.value);
    fields[key] = (META_FIELDS as readonly string[]).includes(key) ? metaValue(doc, pair, key, line) : toJs(doc, pair, line);
  }
  return fields;
}

/** A metadata field's value: string or null, as in a sidecar; anything else is an error naming the field. */
function metaValue(doc: Document, pair: Pair, key: string, line: number): string | null {
  const value = toJs(doc, pair, line);
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value;
  if (value instanceof Date) return dateString(value);
  const expected = key === 'id' ? 'a string' : 'a string or null';
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') {
    const source = isScalar(pair.value) && typeof pair.value.source === 'string' ? pair.value.source : String(value);
    throw new ArticleError(
      'bad-metadata',
      `front matter line ${line}: field \`${key}\` must be ${expected}, got ${typeof value} ${source}; quote it to keep it as text (${key}: ${JSON.stringify(source)}).`,
    );
  }
  throw new ArticleError('bad-metadata', `front matter line ${line}: field \`${key}\` must be ${expected}, got ${Array.isArray(value) ? 'a list' : 'a mapping'}.`);
}

function toJs(doc: Document, pair: Pair, line: number): unknown {
  try {
    return isNode(pair.value) ? pair.value.toJS(doc) : pair.value;
  } catch (error) {
    // Aliases are resolved here: an unknown anchor or an alias bomb surfaces as a thrown error.
    throw new ArticleError('bad-metadata', `front matter line ${line} is not valid YAML: ${(error as Error).message}.`);
  }
}

/** A YAML date without a time is midnight UTC: back to YYYY-MM-DD. A time of day stays, so validation rejects it. */
function dateString(date: Date): string {
  if (Number.isNaN(date.getTime())) return 'an invalid date';
  const iso = date.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
}

/** A missing closing quote is found at the end of the block: point at the quote that opened the value instead. */
function unclosedQuoteStart(doc: Document, errorOffset: number): number {
  let start = errorOffset;
  visit(doc, {
    Scalar(_key, node) {
      const [from, to] = node.range ?? [0, 0];
      if ((node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') && from < errorOffset && to >= errorOffset) start = from;
    },
  });
  return start;
}

function nodeStart(node: unknown): number | undefined {
  return (node as { range?: [number, number, number] } | null)?.range?.[0];
}

function yamlError(error: YAMLError, doc: Document, lines: LineCounter): ArticleError {
  const { line, col } = lines.linePos(error.code === 'MISSING_CHAR' ? unclosedQuoteStart(doc, error.pos[0]) : error.pos[0]);
  const message = error.message.replace(/\s+/g, ' ').trim().replace(/\.$/, '');
  const hint =
    error.code === 'BLOCK_AS_IMPLICIT_KEY' || error.code === 'MULTILINE_IMPLICIT_KEY' || error.code === 'UNEXPECTED_TOKEN'
      ? ' (quote a value that holds `: ` or starts with a quote)'
      : '';
  return new ArticleError('bad-metadata', `front matter is not valid YAML at line ${line + FIRST_BLOCK_LINE - 1}, column ${col}: ${message}${hint}.`);
}
