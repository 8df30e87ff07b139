// npm run ingest -- load <files|dirs…> | extract <files|dirs…> [--json]
// stdout carries only the result (summary table or JSON); logs and progress go to stderr.
// Output formats and exit codes are documented in ingest/README.md: outside checks rely on them.
import { Command, InvalidArgumentError } from 'commander';
import { SingleBar } from 'cli-progress';
import type { DocumentExtraction } from '../shared/contract';
import { localUri, neo4jConfig } from '../neo4j/config';
import { connect } from '../neo4j/driver';
import { errorMessage } from '../text/article-error';
import { expandPaths, readArticle } from './read/read-article';
import { defaultExtractor, extractAll } from './load/extractor';
import { NlpUnavailableError } from './parse/nlp-client';
import type { Article } from './read/parse-article';
import { DEFAULT_BATCH_SIZE, loadPaths, type LoadProgress } from './load/load-files';
import { formatTable } from './load/format-table';
import { extractReport, formatExtractReport, formatLoadSummary } from './load/summary-report';

const log = (message: string) => console.error(message);

function positiveInt(raw: string): number {
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1) throw new InvalidArgumentError('Expecting a positive integer.');
  return value;
}

function progressBar(): { update: (p: LoadProgress) => void; stop: () => void } | undefined {
  if (!process.stderr.isTTY) return undefined;
  const bar = new SingleBar({
    stream: process.stderr,
    format: 'Loading |{bar}| {value}/{total} documents | {claims} claims | {rate} docs/s | ETA {eta_formatted}',
    hideCursor: true,
  });
  const started = Date.now();
  let running = false;
  return {
    update(p) {
      const payload = { claims: p.claims, rate: (p.done / Math.max((Date.now() - started) / 1000, 0.001)).toFixed(1) };
      if (!running) {
        bar.start(p.total, p.done, payload);
        running = true;
      }
      bar.update(p.done, payload);
    },
    stop: () => running && bar.stop(),
  };
}

const program = new Command('ingest').description('Load or extract news articles (UTF-8 .txt/.md, metadata from <name>.meta.json or front matter)');

program
  .command('load')
  .description('extract articles and write them into Neo4j (NEO4J_URI, else the local server)')
  .argument('<paths...>', 'article files and/or directories (their .txt/.md files)')
  .option('--force', 'rewrite documents even when their text and extractor version are unchanged')
  .option('--batch-size <n>', 'documents per write transaction', positiveInt, DEFAULT_BATCH_SIZE)
  .option('--concurrency <n>', 'write transactions in flight at once (default: LOAD_CONCURRENCY, else 2)', positiveInt)
  .option('--json', 'print the summary as JSON instead of a table')
  .action(async (paths: string[], opts: { force?: boolean; batchSize: number; concurrency?: number; json?: boolean }) => {
    const config = neo4jConfig();
    const driver = await connect(config, log);
    const bar = progressBar();
    try {
      const summary = await loadPaths(driver, paths, {
        database: config.database,
        force: opts.force === true,
        batchSize: opts.batchSize,
        concurrency: opts.concurrency,
        onProgress: bar?.update,
      }).catch((error: unknown) => {
        // Per-file problems are in the summary; what escapes is about the database itself.
        throw new Error(`Neo4j at ${config.uri ?? localUri(config.local)}: ${errorMessage(error)}`);
      });
      bar?.stop();
      process.stdout.write(opts.json ? `${JSON.stringify(summary, null, 2)}\n` : formatLoadSummary(summary));
      if (summary.totals.failed > 0) process.exitCode = 1;
    } finally {
      bar?.stop();
      await driver.close();
    }
  });

program
  .command('extract')
  .description('extract actors and relations without touching any database')
  .argument('<paths...>', 'article files and/or directories (their .txt/.md files)')
  .option('--json', 'print one JSON object {documents, actors, relations} to stdout')
  .action(async (paths: string[], opts: { json?: boolean }) => {
    const extractor = await defaultExtractor(log);
    const extractions: DocumentExtraction[] = [];
    const failures: ExtractFailure[] = [];
    const files = await expandPaths(paths);
    const fail = (file: string, error: unknown) => {
      failures.push({ path: file, error: errorMessage(error) });
      log(`error: ${file}: ${errorMessage(error)}`);
    };
    // A bad file is reported and skipped; every other file is still extracted and printed.
    const articles: Article[] = [];
    for (const file of files) {
      try {
        articles.push(await readArticle(file));
      } catch (error) {
        fail(file, error);
      }
    }
    for (const result of await extractAll(extractor, articles)) {
      // The NLP server is gone: say so and print nothing partial.
      if (!result.ok && result.error instanceof NlpUnavailableError) throw result.error;
      if (result.ok) extractions.push(result.extraction);
      else fail(result.article.path, result.error);
    }
    // Failures in input order, as the files were given.
    const order = new Map(files.map((f, i) => [f, i]));
    failures.sort((a, b) => (order.get(a.path) ?? 0) - (order.get(b.path) ?? 0));
    const report = extractReport(extractions);
    // --json keeps stdout to the one {documents, actors, relations} object: failures are on stderr only.
    process.stdout.write(opts.json ? `${JSON.stringify(report)}\n` : formatExtractReport(report) + formatFailures(failures));
    if (failures.length > 0) {
      log(`ingest extract: ${failures.length} of ${files.length} files failed, ${extractions.length} extracted.`);
      process.exitCode = 1;
    }
  });

interface ExtractFailure {
  path: string;
  error: string;
}

/** Appended to the readable `extract` output when files failed: one row per file with its reason. */
function formatFailures(failures: ExtractFailure[]): string {
  if (failures.length === 0) return '';
  const table = formatTable(failures, [
    { header: 'FAILED FILE', value: (f) => f.path },
    { header: 'ERROR', value: (f) => f.error },
  ]);
  return `\n${table}\n`;
}

program.parseAsync().catch((error: unknown) => {
  log(`error: ${errorMessage(error)}`);
  process.exit(1);
});
