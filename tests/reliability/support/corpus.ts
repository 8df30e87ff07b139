// Article corpora for crash and outage tests: the seed articles repeated under new ids (the text gets
// a numbered last line, so every copy is a distinct document), as files or as API-style pending docs.
import fs from 'node:fs';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { PROJECT_ROOT } from '../../../neo4j/config';

const SEEDS = path.join(PROJECT_ROOT, 'seeds', 'articles');

interface Seed {
  id: string;
  text: string;
  meta: Record<string, unknown>;
}

function seeds(): Seed[] {
  return fs
    .readdirSync(SEEDS)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const base = f.slice(0, -4);
      const meta = JSON.parse(fs.readFileSync(path.join(SEEDS, `${base}.meta.json`), 'utf8')) as Record<string, unknown>;
      return { id: String(meta.id), text: fs.readFileSync(path.join(SEEDS, f), 'utf8'), meta };
    });
}

export interface CorpusDoc {
  id: string;
  text: string;
  meta: Record<string, unknown>;
}

export function corpus(count: number): CorpusDoc[] {
  const all = seeds();
  return Array.from({ length: count }, (_, i) => {
    const seed = all[i % all.length] as Seed;
    const id = `${seed.id}-r${String(i).padStart(4, '0')}`;
    return { id, text: `${seed.text.trimEnd()}\n\nCopy ${i} of the report.\n`, meta: { ...seed.meta, id } };
  });
}

/** Writes `<id>.txt` + `<id>.meta.json` per document into `dir`. */
export function writeCorpus(dir: string, count: number): CorpusDoc[] {
  fs.mkdirSync(dir, { recursive: true });
  const docs = corpus(count);
  for (const doc of docs) {
    fs.writeFileSync(path.join(dir, `${doc.id}.txt`), doc.text);
    fs.writeFileSync(path.join(dir, `${doc.id}.meta.json`), JSON.stringify(doc.meta));
  }
  return docs;
}

export interface LoadedState {
  /** Every claim id in the database, sorted; duplicates stay (a duplicated claim shows twice). */
  claimIds: string[];
  documents: Array<{ id: string; status: string; claimCount: number | null; claims: number; mentions: number; writeCount: number | null }>;
}

export async function loadedState(driver: Driver): Promise<LoadedState> {
  const claims = await driver.executeQuery('MATCH (:Actor)-[r]->(:Actor) WHERE r.claimId IS NOT NULL RETURN r.claimId AS id ORDER BY id');
  const docs = await driver.executeQuery(
    `MATCH (d:Document)
     CALL (d) { OPTIONAL MATCH (:Actor)-[r]->(:Actor) WHERE r.docId = d.id RETURN count(r) AS claims }
     CALL (d) { OPTIONAL MATCH (d)-[m:MENTIONS]->() RETURN count(m) AS mentions }
     RETURN d.id AS id, d.status AS status, d.claimCount AS claimCount, claims, mentions, d.writeCount AS writeCount ORDER BY id`,
  );
  return {
    claimIds: claims.records.map((r) => r.get('id') as string),
    documents: docs.records.map((r) => r.toObject() as LoadedState['documents'][number]),
  };
}

/** Documents that are not whole: anything but `done` with all its claims and its mentions. */
export function halfLoaded(state: LoadedState): string[] {
  return state.documents
    .filter((d) => d.status !== 'done' || d.claimCount === null || d.claims !== d.claimCount || d.mentions === 0)
    .map((d) => `${d.id}: status ${d.status}, ${d.claims}/${d.claimCount} claims, ${d.mentions} mentions`);
}
