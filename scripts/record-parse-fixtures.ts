// Records the NLP server's parses of tests/fixtures/parses/sentences.json, so the coder's unit tests
// run on real parses without a server: `npx tsx scripts/record-parse-fixtures.ts` (NLP_URL or the
// local server).
import fs from 'node:fs';
import path from 'node:path';
import { createNlpClient } from '../ingest/parse/nlp-client';
import { ensureNlp } from '../nlp/ensure';

const DIR = path.join(import.meta.dirname, '../tests/fixtures/parses');

interface FixtureDoc {
  id: string;
  published: string;
  text: string;
}

const { documents } = JSON.parse(fs.readFileSync(path.join(DIR, 'sentences.json'), 'utf8')) as { documents: FixtureDoc[] };
const client = createNlpClient({ urls: await ensureNlp() });
for (const doc of documents) {
  const parse = await client.parse({ text: doc.text, date: doc.published });
  fs.writeFileSync(path.join(DIR, `${doc.id}.parse.json`), `${JSON.stringify(parse)}\n`);
  console.log(`${doc.id}: ${parse.sentences.length} sentence(s)`);
}
