// `npm run eval [-- --set seeds,official,plover,re3d] [--gold <file>] [--json] [--verbose]`: runs
// the project's extractor, the dependency coder, over the evaluation sets exactly as `npm run ingest`
// loads it (NLP_URL's server, else the local one) and prints P/R/F1 against the targets.
// A report, not a gate: exit 0 whatever the scores; 3 when the coder cannot run (nothing is scored),
// 2 when an input is missing, 1 on any other error.
import { Command } from 'commander';
import { defaultExtractor } from '../../ingest/load/extractor';
import { evalJson, formatEvalReport } from './eval-report';
import { InputMissingError, loadGazetteerNames, loadGoldSet, loadPloverRecords, loadRe3d, PATHS } from './load-inputs';
import { runExtractor, SET_NAMES, type EvalInputs, type SetName } from './run-sets';

/** Exit code when the coder cannot run: no figures, so no exit 0 a script could mistake for a report. */
const EXIT_CODER_UNAVAILABLE = 3;

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

async function main(): Promise<void> {
  const program = new Command()
    .name('npm run eval --')
    .description('Score the extractor (the dependency coder) on the seed and official gold, the PLOVER records and re3d.')
    .option('--set <names>', `comma-separated sets: ${SET_NAMES.join(',')} (default: all; with --gold: none besides it)`)
    .option('--gold <file>', 'also score against this gold file (seeds gold format; its `files` list names the articles)')
    .option('--json', 'print machine-readable results')
    .option('--verbose', 'list every miss and every wrong claim')
    .parse(process.argv);
  const options = program.opts<{ set?: string; gold?: string; json?: boolean; verbose?: boolean }>();

  const sets = parseSets(options.set, options.gold !== undefined);
  const inputs = await loadInputs(sets, options.gold);

  // Server start-up and skipped sentences go to stderr, beside the report.
  const run = await runExtractor(() => defaultExtractor((message) => console.error(message)), inputs);
  if (run.status === 'unavailable') {
    // The reason names the server and what to do (the NLP client's message).
    console.error(`eval: the coder is unavailable, nothing was scored — ${run.reason}`);
    process.exitCode = EXIT_CODER_UNAVAILABLE;
    return;
  }
  if (options.json) {
    console.log(JSON.stringify(evalJson(run), null, 2));
    return;
  }
  const re3dTexts = new Map((inputs.re3d?.documents ?? []).map((doc) => [doc.id, doc.text]));
  console.log(formatEvalReport({ run, re3dTexts, options: { verbose: options.verbose === true, shortListLength: 10 } }));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = error instanceof InputMissingError ? 2 : 1;
});
