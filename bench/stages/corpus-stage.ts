// `npm run bench -- corpus`: writes the generated articles as .txt + .meta.json pairs (the layout
// `npm run ingest -- load` reads) under the git-ignored bench/corpus/.
import fs from 'node:fs';
import path from 'node:path';
import type { BenchActor } from '../generate/actors';
import { generateArticle } from '../generate/article';

export function writeCorpus(dir: string, count: number, actors: readonly BenchActor[], seed: number): { files: number; bytes: number } {
  fs.mkdirSync(dir, { recursive: true });
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const article = generateArticle(i, actors, { seed });
    const base = path.join(dir, article.meta.id);
    fs.writeFileSync(`${base}.txt`, article.text);
    fs.writeFileSync(`${base}.meta.json`, JSON.stringify(article.meta, null, 2) + '\n');
    bytes += Buffer.byteLength(article.text);
  }
  return { files: count, bytes };
}
