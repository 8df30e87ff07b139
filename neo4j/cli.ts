// npm run db:start | db:stop | db:status — manage the project's local Neo4j server;
// npm run db:aggregates -- check | rebuild — compare the edge aggregates with the claims, or recompute them.
import { Command, InvalidArgumentError } from 'commander';
import { localServerConfig, neo4jConfig } from './config';
import { connect } from './driver';
import { edgeAggregateDifferences } from './edge-aggregate-check';
import { rebuildEdgeAggregates } from './edge-aggregates';
import { ensureIndexes } from './schema';
import { provision, start, status, stop } from './local-server';

const program = new Command('db').description('Manage the local Neo4j 5 Community server (no Docker needed)');
const config = localServerConfig();
const log = (message: string) => console.error(message);

program.command('provision').description('download Neo4j from Maven Central and compile the launcher, without starting').action(() => {
  provision(config, log);
  console.log(`Neo4j provisioned in ${config.distDir}`);
});
program.command('start').description('provision if needed, start, and wait until Bolt answers').action(async () => {
  const s = await start(config, log);
  console.log(`Neo4j ${s.version} running at ${s.uri} (data in ${s.homeDir})`);
});
program.command('stop').description('stop the local server cleanly').action(async () => {
  console.log((await stop(config, log)) ? 'Neo4j stopped.' : 'Neo4j was not running.');
});
program.command('status').description('print whether the local server answers').action(async () => {
  const s = await status(config);
  console.log(s.running ? `Neo4j ${s.version} running at ${s.uri} (pid ${s.pid ?? 'unknown'})` : `Neo4j not running at ${s.uri}`);
  process.exitCode = s.running ? 0 : 1;
});

/** Differences printed by `aggregates check` (the rest are counted). */
const SHOWN_DIFFERENCES = 20;

async function checkAggregates(driver: Parameters<typeof edgeAggregateDifferences>[0], database: string | undefined): Promise<number> {
  const started = Date.now();
  const differences = await edgeAggregateDifferences(driver, database);
  for (const d of differences.slice(0, SHOWN_DIFFERENCES)) console.log(d);
  if (differences.length > SHOWN_DIFFERENCES) console.log(`… and ${differences.length - SHOWN_DIFFERENCES} more`);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(differences.length === 0
    ? `Edge aggregates: exact (every aggregate, tally and document count equals a recount from the claims; ${seconds} s).`
    : `Edge aggregates: ${differences.length} difference(s) from a recount of the claims (${seconds} s). Repair: npm run db:aggregates -- rebuild`);
  return differences.length;
}

program
  .command('aggregates')
  .description('check: compare every edge aggregate with a recount from the claims (exit 1 on a difference); rebuild: recompute them all (then check)')
  .argument('<action>', 'check | rebuild', (raw: string) => {
    if (raw !== 'check' && raw !== 'rebuild') throw new InvalidArgumentError(`expecting check or rebuild, got "${raw}".`);
    return raw;
  })
  .action(async (action: 'check' | 'rebuild') => {
    const c = neo4jConfig();
    const driver = await connect(c, log);
    try {
      if (action === 'rebuild') {
        const started = Date.now();
        // A database written by an earlier version lacks the indexes of newer aggregates: without them
        // every MERGE of the rebuild scans its label.
        await ensureIndexes(driver, c.database);
        await rebuildEdgeAggregates(driver, { database: c.database });
        console.log(`Edge aggregates rebuilt from the claims in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
      }
      process.exitCode = (await checkAggregates(driver, c.database)) === 0 ? 0 : 1;
    } finally {
      await driver.close();
    }
  });

program.parseAsync().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
