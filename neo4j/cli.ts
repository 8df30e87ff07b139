// npm run db:start | db:stop | db:status — manage the project's local Neo4j server.
import { Command } from 'commander';
import { localServerConfig } from './config';
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

program.parseAsync().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
