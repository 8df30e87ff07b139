// File-system side of reading articles: expand directories, read a file and its sidecar.
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { ArticleError } from '../../text/article-error';
import { MAX_ARTICLE_BYTES } from '../../text/decode-text';
import { parseArticle, type Article } from './parse-article';

export const ARTICLE_EXTENSIONS = ['.txt', '.md'] as const;

export function isArticleFile(file: string): boolean {
  return (ARTICLE_EXTENSIONS as readonly string[]).includes(path.extname(file).toLowerCase());
}

/** In a directory, README files describe the folder (seeds/articles/README.md), hidden files are not ours. */
export function isDirectoryArticle(name: string): boolean {
  return isArticleFile(name) && !name.startsWith('.') && !/^readme\./i.test(name);
}

/** `<dir>/<name>.meta.json` next to `<dir>/<name>.txt`. */
export function sidecarPath(file: string): string {
  const ext = path.extname(file);
  return path.join(path.dirname(file), `${path.basename(file, ext)}.meta.json`);
}

/**
 * Expands directory arguments to their .txt/.md files except README.* (sorted, not recursive); files are kept as
 * given, in order, once each. A path that does not exist, or a directory that cannot be listed, is kept so
 * reading it reports the error.
 */
export async function expandPaths(paths: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const p of paths) {
    const info = await stat(p).catch(() => null);
    // A directory that cannot be listed is kept as it is: reading it reports the problem for that argument alone.
    const names = info?.isDirectory() ? await readdir(p).catch(() => null) : null;
    if (names) {
      out.push(...names.filter(isDirectoryArticle).sort().map((n) => path.join(p, n)));
    } else {
      out.push(p);
    }
  }
  return [...new Set(out)];
}

export async function readArticle(file: string): Promise<Article> {
  const info = await stat(file).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT' || error.code === 'ENOTDIR') return null;
    throw new ArticleError('unreadable', `file cannot be read (${error.code ?? error.message}).`);
  });
  if (!info) throw new ArticleError('not-found', 'file does not exist.');
  if (info.isDirectory()) {
    // expandPaths keeps a directory only when it cannot be listed: say why.
    const why = await readdir(file).then(() => null, (error: NodeJS.ErrnoException) => error.code ?? error.message);
    throw why === null ? new ArticleError('not-found', 'not a regular file.') : new ArticleError('unreadable', `directory cannot be listed (${why}).`);
  }
  if (!info.isFile()) throw new ArticleError('not-found', 'not a regular file.');
  // Checked before reading so a huge file is never loaded into memory.
  if (info.size > MAX_ARTICLE_BYTES) {
    throw new ArticleError('too-large', `file is ${info.size} bytes; the limit is ${MAX_ARTICLE_BYTES} bytes (5 MB).`);
  }
  const bytes = await readFile(file).catch((error: NodeJS.ErrnoException) => {
    throw new ArticleError('unreadable', `file cannot be read (${error.code ?? error.message}).`);
  });
  const metaFile = sidecarPath(file);
  const sidecarText = await readFile(metaFile, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw new ArticleError('bad-metadata', `sidecar ${metaFile} cannot be read (${error.code ?? error.message}).`);
  });
  const ext = path.extname(file);
  return parseArticle({
    path: file,
    baseName: path.basename(file, ext),
    bytes,
    sidecar: sidecarText === undefined ? undefined : { path: metaFile, text: sidecarText },
  });
}
