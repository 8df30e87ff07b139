// Raw metadata (sidecar JSON or front matter) → a validated DocumentMeta. Missing fields become null,
// never invented; the id defaults to the file name. Errors name the field at fault.
import { Value } from 'typebox/value';
import { DocumentMetaSchema, type DocumentMeta } from '../../shared/contract';
import { ArticleError } from '../../text/article-error';
import { isCalendarDate } from '../../shared/calendar-date';

export const META_FIELDS = ['id', 'title', 'publisher', 'author', 'published', 'url', 'language'] as const;

export function validateMeta(raw: unknown, fallbackId: string, source = 'metadata'): DocumentMeta {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new ArticleError('bad-metadata', `${source} must be an object of fields, got ${describe(raw)}.`);
  }
  const fields = raw as Record<string, unknown>;
  const meta: Record<string, unknown> = {};
  for (const field of META_FIELDS) meta[field] = fields[field] === undefined ? null : fields[field];
  if (meta.id === null) meta.id = fallbackId;

  for (const field of META_FIELDS) {
    const value = meta[field];
    if (value !== null && typeof value !== 'string') {
      throw new ArticleError('bad-metadata', `${source}: field \`${field}\` must be a string${field === 'id' ? '' : ' or null'}, got ${describe(value)}.`);
    }
  }
  if ((meta.id as string).trim() === '') throw new ArticleError('bad-metadata', `${source}: field \`id\` is empty.`);
  if (typeof meta.published === 'string' && !isCalendarDate(meta.published)) {
    throw new ArticleError('bad-metadata', `${source}: field \`published\` must be a real date as YYYY-MM-DD, got ${JSON.stringify(meta.published)}.`);
  }
  const firstError = Value.Errors(DocumentMetaSchema, meta)[0];
  if (firstError) {
    const field = firstError.instancePath.replace(/^\//, '') || 'metadata';
    throw new ArticleError('bad-metadata', `${source}: field \`${field}\` ${firstError.message}.`);
  }
  return meta as DocumentMeta;
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return JSON.stringify(value);
  return `${typeof value} ${JSON.stringify(value)}`;
}
