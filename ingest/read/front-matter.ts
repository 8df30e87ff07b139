// YAML-ish front matter (`---\nkey: value\n---`) at the top of an article: flat `key: value` lines only.
// Values may be quoted; `null`, `~` and an empty value mean null.
import { ArticleError } from './article-error';

export interface FrontMatterSplit {
  /** Parsed fields, or null when the text has no front matter. */
  fields: Record<string, string | null> | null;
  /** The article text after the front matter. */
  body: string;
}

const OPEN = /^---[ \t]*\r?\n/;
const CLOSE = /^---[ \t]*(?:\r?\n|$)/m;

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

function parseFields(block: string): Record<string, string | null> {
  const fields: Record<string, string | null> = {};
  const lines = block.split(/\r?\n/);
  lines.forEach((line, index) => {
    if (line.trim() === '' || line.trimStart().startsWith('#')) return;
    const match = /^([A-Za-z_][\w-]*)[ \t]*:(.*)$/.exec(line);
    if (!match) {
      throw new ArticleError('bad-metadata', `front matter line ${index + 2} is not \`key: value\`: ${JSON.stringify(line)}.`);
    }
    const key = match[1] as string;
    if (key in fields) throw new ArticleError('bad-metadata', `front matter repeats the field \`${key}\`.`);
    fields[key] = parseValue(key, (match[2] as string).trim());
  });
  return fields;
}

function parseValue(key: string, raw: string): string | null {
  if (raw === '' || raw === '~' || raw === 'null') return null;
  const quote = raw[0];
  if (quote === '"' || quote === "'") {
    if (raw.length < 2 || raw[raw.length - 1] !== quote) {
      throw new ArticleError('bad-metadata', `front matter field \`${key}\` has an unterminated quoted value.`);
    }
    const inner = raw.slice(1, -1);
    if (quote === "'") return inner.replaceAll("''", "'");
    try {
      return JSON.parse(raw) as string;
    } catch {
      throw new ArticleError('bad-metadata', `front matter field \`${key}\` has a malformed double-quoted value.`);
    }
  }
  return raw;
}
