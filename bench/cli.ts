// npm run bench [-- <stage>] — the scale benchmark (kept out of npm test). Stages: corpus, ingest
// (extraction speed), load, api, web; `all` (default) runs ingest, load, api and web in one run and
// writes bench/results/<date>.json and .md. See bench/README.md.
import { Command, InvalidArgumentError } from 'commander';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEFAULT_BATCH_SIZE } from '../ingest/load/load-files';
import { defaultConcurrency } from '../ingest/load/write-queue';
import { buildActors } from './generate/actors';
import { generateArticle } from './generate/article';
import { corpusStats } from './generate/corpus-stats';
import { datasetKey, type DatasetSpec } from './generate/dataset';
import { machineInfo } from './report/machine';
import { renderMarkdown } from './report/markdown';
import type { BenchResults } from './report/results';
import { runApiStage } from './stages/api/api-stage';
import { renderProfile, runReadProfile } from './stages/api/read-profile';
import { writeCorpus } from './stages/corpus-stage';
import { ENGINES, type EngineName } from './stages/extract/engines';
import { runExtractStage } from './stages/extract/extract-stage';
import { batchedLoad, runLoadStage } from './stages/load/load-stage';
import { DEFAULT_WEB_SIZES, runWebStage, type WebSize } from './stages/web/web-stage';
import { readGazetteer } from './support/gazetteer';
import { openBenchDatabase, readMarker, wipeDatabase, writeMarker, type BenchDatabase } from './support/neo4j';

const BENCH_DIR = import.meta.dirname;
const SCALES: Record<string, number[]> = { small: [10_000], large: [1_000_000], both: [10_000, 1_000_000] };

interface Options {
  articles: number;
  actors: number;
  claimsScale: string;
  claims?: number[];
  repeats: number;
  seed: number;
  engines: EngineName[];
  batchDocs: number;
  concurrency: number;
  naiveSample: number;
  duration: number;
  connections: number;
  clientThreads: number;
  webSizes: WebSize[];
  panMs: number;
  chromium: string;
  updateReadme: boolean;
  endpoints?: string;
}

function positiveInt(name: string) {
  return (raw: string) => {
    const v = Number(raw);
    if (!Number.isInteger(v) || v < 1) throw new InvalidArgumentError(`${name}: expecting a positive integer, got "${raw}".`);
    return v;
  };
}

function intList(raw: string): number[] {
  return raw.split(',').map((x) => positiveInt('--claims')(x.trim()));
}

function engineList(raw: string): EngineName[] {
  const names = raw.split(',').map((x) => x.trim());
  for (const name of names) {
    if (!(ENGINES as readonly string[]).includes(name)) throw new InvalidArgumentError(`--engines: unknown engine "${name}". Expecting ${ENGINES.join(', ')}.`);
  }
  return names as EngineName[];
}

function sizeList(raw: string): WebSize[] {
  return raw.split(',').map((pair) => {
    const m = /^(\d+)x(\d+)$/.exec(pair.trim());
    if (!m) throw new InvalidArgumentError(`--web-sizes: expecting NODESxEDGES[,…], got "${pair}".`);
    return { nodes: Number(m[1]), edges: Number(m[2]) };
  });
}

const log = (message: string) => console.error(`[${new Date().toISOString().slice(11, 19)}] ${message}`);

function claimSizes(o: Options): number[] {
  if (o.claims) return o.claims;
  const sizes = SCALES[o.claimsScale];
  if (!sizes) throw new InvalidArgumentError(`--claims-scale: expecting ${Object.keys(SCALES).join(', ')}, got "${o.claimsScale}".`);
  return sizes;
}

function datasetFor(o: Options, claims: number): DatasetSpec {
  return { seed: o.seed, claims, actors: buildActors(readGazetteer().actors, o.actors, o.seed) };
}

async function ensureDataset(db: BenchDatabase, spec: DatasetSpec, o: Options): Promise<void> {
  if ((await readMarker(db.driver)) === datasetKey(spec)) return;
  log(`api: loading the dataset (${spec.claims.toLocaleString('en-US')} claims) first`);
  await wipeDatabase(db.driver);
  await batchedLoad(db, spec, o.batchDocs, o.concurrency, log);
  await writeMarker(db.driver, datasetKey(spec));
}

async function runStages(command: string, stages: Array<'ingest' | 'load' | 'api' | 'web'>, o: Options): Promise<void> {
  const results: BenchResults = {
    startedAt: new Date().toISOString(),
    finishedAt: '',
    command: `npm run bench -- ${process.argv.slice(2).join(' ')}`.trim(),
    options: { ...o, webSizes: o.webSizes.map((w) => `${w.nodes}x${w.edges}`) },
    machine: machineInfo(),
  };
  const gazetteer = readGazetteer();
  if (stages.includes('ingest')) {
    // The extraction corpus mentions only gazetteer actors, so the extractor can find them.
    const actors = gazetteer.actors;
    const articles = Array.from({ length: o.articles }, (_, i) => generateArticle(i, actors, { seed: o.seed }));
    results.corpus = { ...corpusStats(articles, o.seed, actors.length), gazetteer: gazetteer.source };
    results.extract = await runExtractStage(articles.map((a) => ({ meta: a.meta, text: a.text })), { engines: o.engines, repeats: o.repeats, log });
  }
  let db: BenchDatabase | undefined;
  try {
    if (stages.includes('load') || stages.includes('api')) {
      db = await openBenchDatabase(log);
      results.machine.neo4j = db.version;
      for (const claims of claimSizes(o)) {
        const spec = datasetFor(o, claims);
        // 1M claims: one repeat (a full load takes minutes); the spread then comes from 10k.
        const repeats = claims >= 500_000 ? 1 : o.repeats;
        if (stages.includes('load')) {
          log(`load: ${claims.toLocaleString('en-US')} claims over ${o.actors} actors, ${repeats} repeat(s)`);
          (results.load ??= []).push(await runLoadStage(db, spec, { batchDocs: o.batchDocs, concurrency: o.concurrency, repeats, naiveSample: o.naiveSample, log }));
        }
        if (stages.includes('api')) {
          await ensureDataset(db, spec, o);
          const loadAverageAtStart = os.loadavg()[0] ?? 0;
          const result = await runApiStage(db, { connections: o.connections, clientThreads: o.clientThreads, durationSec: o.duration, repeats: Math.min(repeats, 3), only: o.endpoints?.split(','), log });
          (results.api ??= []).push({ claims, loadAverageAtStart, result });
        }
      }
    }
  } finally {
    await db?.driver.close();
  }
  if (stages.includes('web')) {
    results.web = await runWebStage({ sizes: o.webSizes, repeats: o.repeats, panMs: o.panMs, seed: o.seed, chromiumPath: o.chromium, log });
    results.machine.chromium = results.web.chromium;
  }
  results.finishedAt = new Date().toISOString();
  writeResults(command, results, o.updateReadme);
}

function writeResults(command: string, results: BenchResults, updateReadme: boolean): void {
  const dir = path.join(BENCH_DIR, 'results');
  fs.mkdirSync(dir, { recursive: true });
  const stamp = results.startedAt.replace(/:/g, '-').replace(/\.\d+Z$/, 'Z');
  const base = path.join(dir, `${stamp}-${command}`);
  const markdown = renderMarkdown(results);
  fs.writeFileSync(`${base}.json`, JSON.stringify(results, null, 2) + '\n');
  fs.writeFileSync(`${base}.md`, markdown);
  console.log(markdown);
  log(`results: ${path.relative(process.cwd(), base)}.json and .md`);
  if (updateReadme) {
    const readme = path.join(BENCH_DIR, 'README.md');
    const text = fs.readFileSync(readme, 'utf8');
    const start = `<!-- bench:${command}:start -->`;
    const end = `<!-- bench:${command}:end -->`;
    const from = text.indexOf(start);
    const to = text.indexOf(end);
    if (from < 0 || to < from) throw new Error(`bench: ${readme} has no ${start} … ${end} section to update.`);
    fs.writeFileSync(readme, text.slice(0, from + start.length) + '\n' + markdown + text.slice(to));
    log(`results: ${command} section of bench/README.md updated`);
  }
}

const program = new Command('bench')
  .description('Actorscope scale benchmark: extraction, loading, API and web speed (kept out of npm test)')
  .option('--articles <n>', 'articles in the extraction corpus', positiveInt('--articles'), 500)
  .option('--actors <m>', 'actors in the load/API dataset (gazetteer + synthetic)', positiveInt('--actors'), 2000)
  .option('--claims-scale <scale>', 'load/API dataset size: small (10k claims), large (1M), both', 'small')
  .option('--claims <n,...>', 'explicit load/API dataset sizes in claims (overrides --claims-scale)', intList)
  .option('--repeats <k>', 'repeats per measurement', positiveInt('--repeats'), 3)
  .option('--seed <s>', 'corpus seed', positiveInt('--seed'), 42)
  .option('--engines <list>', `extraction engines: ${ENGINES.join(', ')}`, engineList, [...ENGINES])
  .option('--batch-docs <n>', 'documents per loader transaction', positiveInt('--batch-docs'), DEFAULT_BATCH_SIZE)
  .option('--concurrency <n>', 'loader write transactions in flight (as ingest load --concurrency)', positiveInt('--concurrency'), defaultConcurrency())
  .option('--naive-sample <n>', 'claims the naive loader writes (its rate is extrapolated beyond)', positiveInt('--naive-sample'), 10_000)
  .option('--duration <s>', 'seconds of load per API endpoint and repeat', positiveInt('--duration'), 10)
  .option('--connections <n>', 'concurrent API connections', positiveInt('--connections'), 50)
  .option('--client-threads <n>', 'threads running autocannon (the connections are split between them)', positiveInt('--client-threads'), 2)
  .option('--web-sizes <list>', 'graph sizes for the web stage, NODESxEDGES,…', sizeList, DEFAULT_WEB_SIZES)
  .option('--pan-ms <ms>', 'milliseconds of panning per web run', positiveInt('--pan-ms'), 3000)
  .option('--chromium <path>', 'Chromium executable', '/usr/bin/chromium')
  .option('--endpoints <names>', 'api: only the endpoints whose name contains one of these (comma-separated), e.g. graph,stats')
  .option('--update-readme', 'replace the matching results section of bench/README.md', false);

const opts = () => program.opts<Options>();

program.command('all', { isDefault: true }).description('ingest, load, api and web in one run').action(() => runStages('all', ['ingest', 'load', 'api', 'web'], opts()));
program.command('ingest').alias('extract').description('extraction speed vs NLP-library peers (1 core and all cores)').action(() => runStages('ingest', ['ingest'], opts()));
program.command('load').description('batched vs naive loader into the bench Neo4j').action(() => runStages('load', ['load'], opts()));
program.command('api').description('API latency under concurrent load (loads the dataset if needed)').action(() => runStages('api', ['api'], opts()));
program.command('web').description('graph drawing in headless Chromium').action(() => runStages('web', ['web'], opts()));
program
  .command('profile')
  .description('cache off, one request at a time or --in-flight at once: where each read answer\'s time goes (API CPU, Neo4j CPU, query wait, serialization, gzip)')
  .option('--rounds <k>', 'passes over the varied requests', positiveInt('--rounds'), 2)
  .option('--only <names>', 'endpoints whose name contains one of these (comma-separated)')
  .option('--in-flight <n>', 'requests at once (50: the CPU per answer the api stage\'s 50 connections cost)', positiveInt('--in-flight'), 1)
  .action(async (local: { rounds: number; only?: string; inFlight: number }) => {
    const o = opts();
    const db = await openBenchDatabase(log);
    try {
      for (const claims of claimSizes(o)) {
        await ensureDataset(db, datasetFor(o, claims), o);
        const rows = await runReadProfile(db, { rounds: local.rounds, log, only: local.only?.split(','), inFlight: local.inFlight });
        console.log(renderProfile(claims, rows, local.inFlight));
      }
    } finally {
      await db.driver.close();
    }
  });
program
  .command('corpus')
  .description('write the generated articles to bench/corpus/<seed>-<articles>/ (.txt + .meta.json)')
  .action(() => {
    const o = opts();
    const dir = path.join(BENCH_DIR, 'corpus', `${o.seed}-${o.articles}`);
    const { files, bytes } = writeCorpus(dir, o.articles, readGazetteer().actors, o.seed);
    console.log(`${files} articles (${(bytes / 1e6).toFixed(1)} MB) written to ${path.relative(process.cwd(), dir)}`);
  });

program.parseAsync().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
