// npm run nlp:provision | nlp:start | nlp:stop | nlp:status — manage the project's local NLP server
// (Stanford CoreNLP 4.5.10 behind a loopback-only HTTP server; see README "The NLP server").
import { Command } from 'commander';
import { nlpConfig } from './config';
import { provision, start, status, stop } from './local-server';

const program = new Command('nlp').description('Manage the local NLP server (Stanford CoreNLP 4.5.10, no Docker needed)');
const log = (message: string) => console.error(message);

function localConfig() {
  const config = nlpConfig();
  if (config.urls !== undefined) log(`Note: NLP_URL is set, so Actorscope uses ${config.urls.join(', ')}, not this local server.`);
  return config.local;
}

program.command('provision').description('download CoreNLP and its models from Maven Central and compile the server, without starting').action(() => {
  const local = localConfig();
  provision(local, log);
  console.log(`CoreNLP provisioned in ${local.distDir}`);
});
program.command('start').description('provision if needed, start, and wait until /ready answers').action(async () => {
  const local = localConfig();
  const began = Date.now();
  const s = await start(local, log);
  console.log(`NLP server running at ${s.url} (pid ${s.pid ?? 'unknown'}, ready after ${((Date.now() - began) / 1000).toFixed(1)} s; log in ${s.homeDir})`);
});
program.command('stop').description('stop the local server').action(async () => {
  console.log((await stop(localConfig(), log)) ? 'NLP server stopped.' : 'NLP server was not running.');
});
program.command('status').description('print whether the local server answers').action(async () => {
  const s = await status(localConfig());
  if (s.running) console.log(`NLP server ready at ${s.url} (pid ${s.pid ?? 'unknown'})`);
  else if (s.live) console.log(`NLP server at ${s.url} is loading its models (pid ${s.pid ?? 'unknown'})`);
  else console.log(`NLP server not running at ${s.url}`);
  process.exitCode = s.running ? 0 : 1;
});

program.parseAsync().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
