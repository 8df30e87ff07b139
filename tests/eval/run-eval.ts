// `npm run eval [-- --extractor rules|coder|both] [--set seeds,official,plover,re3d] [--gold <file>]
// [--json] [--verbose]`: runs the rules extractor and the new coder side by side over the evaluation
// sets and prints P/R/F1. A report, not a gate: exit 0 (also when the coder is unavailable), except 2
// when an input is missing and 1 on any other error.
import { Command } from 'commander';
import { EXTRACTOR_NAMES, evalJson, formatEvalReport, type ExtractorName, type ExtractorRun } from './eval-report';
import {
  InputMissingError,
  loadCoder,
  loadExtractor,
  loadGazetteerNames,
  loadGoldSet,
  loadPloverRecords,
  loadRe3d,
  PATHS,
  type Extractor,
} from './load-inputs';
import { describeError, runSets, SET_NAMES, type EvalInputs, type SetName } from './run-sets';

/** The coder waits on an NLP server: two calls in flight keep it busy without queueing up. */
const CODER_CONCURRENCY = 2;

class UsageError extends Error {
  override name = 'UsageError';
}

function parseSets(value: string | undefined, hasGold: boolean): SetName[] {
  if (value === undefined) return hasGold ? [] : [...SET_NAMES];
  const names = value.split(',').map((name) => name.trim()).filter(Boolean);
  for (const name of names) {
    if (!(SET_NAMES as readonly string[]).includes(name)) throw new UsageError(`eval: unknown set "${name}"; expecting some of ${SET_NAMES.join(',')}.`);
  }
  return [...new Set(names)] as SetName[];
}

function parseExtractors(value: string): ExtractorName[] {
  if (value === 'both') return [...EXTRACTOR_NAMES];
  if ((EXTRACTOR_NAMES as readonly string[]).includes(value)) return [value as ExtractorName];
  throw new UsageError(`eval: unknown extractor "${value}"; expecting rules, coder or both.`);
}

async function loadInputs(sets: readonly SetName[], goldFile: string | undefined): Promise<EvalInputs> {
  const inputs: EvalInputs = { gazetteerNames: await loadGazetteerNames() };
  // The seeds' gold has always been checked verbatim; other gold files whitespace-normalised.
  if (sets.includes('seeds')) inputs.seeds = await loadGoldSet(PATHS.gold, 'verbatim');
  if (sets.includes('official')) inputs.official = await loadGoldSet(PATHS.officialGold);
  if (goldFile !== undefined) inputs.gold = await loadGoldSet(goldFile);
  if (sets.includes('plover')) inputs.plover = await loadPloverRecords();
  if (sets.includes('re3d')) inputs.re3d = await loadRe3d();
  return inputs;
}

async function runExtractor(name: ExtractorName, inputs: EvalInputs): Promise<ExtractorRun> {
  if (name === 'rules') {
    const extractor = await loadExtractor();
    return { name, status: 'ok', version: extractor.version, results: await runSets(extractor, inputs) };
  }
  const loaded = await loadCoder();
  if ('unavailable' in loaded) return { name, status: 'unavailable', reason: loaded.unavailable };
  const coder: Extractor = loaded.extractor;
  try {
    return { name, status: 'ok', version: coder.version, results: await runSets(coder, inputs, CODER_CONCURRENCY) };
  } catch (error) {
    // A server down or a crash mid-run: the coder is reported unavailable, the rules still scored.
    return { name, status: 'unavailable', reason: describeError(error) };
  } finally {
    await coder.close?.().catch(() => undefined);
  }
}

async function main(): Promise<void> {
  const program = new Command()
    .name('npm run eval --')
    .description('Score the rules extractor and the new coder on the seed and official gold, the PLOVER records and re3d.')
    .option('--extractor <name>', 'rules, coder or both', 'both')
    .option('--set <names>', `comma-separated sets: ${SET_NAMES.join(',')} (default: all; with --gold: none besides it)`)
    .option('--gold <file>', 'also score against this gold file (seeds gold format; its `files` list names the articles)')
    .option('--json', 'print machine-readable results, one object per extractor')
    .option('--verbose', 'list every miss and every wrong claim')
    .parse(process.argv);
  const options = program.opts<{ extractor: string; set?: string; gold?: string; json?: boolean; verbose?: boolean }>();

  const extractors = parseExtractors(options.extractor);
  const sets = parseSets(options.set, options.gold !== undefined);
  const inputs = await loadInputs(sets, options.gold);

  const runs: ExtractorRun[] = [];
  for (const name of extractors) runs.push(await runExtractor(name, inputs));

  if (options.json) {
    console.log(JSON.stringify(evalJson(runs), null, 2));
    return;
  }
  const re3dTexts = new Map((inputs.re3d?.documents ?? []).map((doc) => [doc.id, doc.text]));
  console.log(formatEvalReport({ runs, re3dTexts, options: { verbose: options.verbose === true, shortListLength: 10 } }));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = error instanceof InputMissingError ? 2 : 1;
});
