// Pure assembly of one article from its bytes and optional sidecar text: decode, split front matter,
// merge metadata (sidecar fields win over front matter), validate, hash.
import type { DocumentMeta } from '../../shared/contract';
import { ArticleError } from '../../text/article-error';
import { sha256Hex } from '../../text/content-hash';
import { decodeArticleText } from '../../text/decode-text';
import { splitFrontMatter } from './front-matter';
import { validateMeta } from './validate-meta';

export interface Article {
  path: string;
  meta: DocumentMeta;
  /** The article text without front matter: what is extracted and stored. */
  text: string;
  /** sha256 (hex) of the UTF-8 text. */
  sha256: string;
}

export interface ArticleSource {
  path: string;
  /** File name without directory and extension: the default id. */
  baseName: string;
  bytes: Uint8Array;
  /** The sidecar's path and content, when one exists. */
  sidecar?: { path: string; text: string };
}

export function parseArticle(source: ArticleSource): Article {
  const decoded = decodeArticleText(source.bytes);
  const { fields, body } = splitFrontMatter(decoded);
  let raw: Record<string, unknown> = { ...(fields ?? {}) };
  let origin = fields ? 'front matter' : 'metadata';
  if (source.sidecar) {
    const sidecar = parseSidecar(source.sidecar.text, source.sidecar.path);
    raw = { ...raw, ...sidecar };
    origin = `sidecar ${source.sidecar.path}`;
  }
  const meta = validateMeta(raw, source.baseName, origin);
  if (body.trim().length === 0) throw new ArticleError('empty', 'file holds front matter but no article text.');
  return { path: source.path, meta, text: body, sha256: sha256Hex(body) };
}

function parseSidecar(text: string, path: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    throw new ArticleError('bad-metadata', `sidecar ${path} is not valid JSON (${(error as Error).message}).`);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new ArticleError('bad-metadata', `sidecar ${path} must hold a JSON object.`);
  }
  return value as Record<string, unknown>;
}
