// `npm run eval [-- --json | --verbose]`: runs the extractor over the seed articles and the PLOVER
// records and prints P/R/F1. A report, not a gate: exit 0, except 2 when an input is missing.
import { Command } from 'commander';
import type { DocumentExtraction } from '../../shared/contract';
import {
  InputMissingError,
  loadExtractor,
  loadGazetteerNames,
  loadGold,
  loadPloverRecords,
  loadSeedArticles,
  type Extractor,
} from './load-inputs';
import { evaluatePlover } from './plover-eval';
import type { PloverRecord } from './plover-records';
import { formatPloverReport, formatSeedReport, toJson } from './report-format';
import { evaluateSeeds } from './seed-eval';

/** Every record is a one-sentence document of a fixed date, so years are not scored on it. */
const PLOVER_PUBLISHED = '2000-01-01';

async function extractPlover(extractor: Extractor, records: readonly PloverRecord[]): Promise<Map<string, DocumentExtraction>> {
  const out = new Map<string, DocumentExtraction>();
  for (const record of records) {
    const meta = { id: record.id, title: null, publisher: null, author: null, published: PLOVER_PUBLISHED, url: null, language: 'en' };
    out.set(record.id, await extractor.extract({ meta, text: record.text }));
  }
  return out;
}

async function main(): Promise<void> {
  const program = new Command()
    .name('npm run eval --')
    .description('Score the extractor on the seed gold annotation and on the PLOVER gold records.')
    .option('--json', 'print machine-readable results')
    .option('--verbose', 'list every false positive and false negative')
    .parse(process.argv);
  const options = program.opts<{ json?: boolean; verbose?: boolean }>();

  const articles = await loadSeedArticles();
  const gold = await loadGold(articles);
  const gazetteerNames = await loadGazetteerNames();
  const ploverRecords = await loadPloverRecords();
  const extractor = await loadExtractor();

  const seedExtractions = new Map<string, DocumentExtraction>();
  for (const article of articles) {
    seedExtractions.set(article.meta.id, await extractor.extract({ meta: article.meta, text: article.text }));
  }
  const seeds = evaluateSeeds(gold, seedExtractions);
  const goldIds = new Set([...gold.mentions.values()].flatMap((ids) => [...ids]));
  const missingGazetteerIds = [...goldIds].filter((id) => !gazetteerNames.has(id)).sort();
  const plover = evaluatePlover(ploverRecords, await extractPlover(extractor, ploverRecords), gazetteerNames);

  if (options.json) {
    console.log(JSON.stringify(toJson(extractor.version, seeds, missingGazetteerIds, plover), null, 2));
    return;
  }
  const reportOptions = { verbose: options.verbose === true, shortListLength: 10 };
  console.log(`Actorscope eval — extractor ${extractor.version}\n`);
  console.log(formatSeedReport(seeds, missingGazetteerIds, reportOptions));
  console.log('');
  console.log(formatPloverReport(plover, reportOptions));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = error instanceof InputMissingError ? 2 : 1;
});
