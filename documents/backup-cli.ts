// npm run db:export -- [--out file] | npm run db:import -- <file> [--force]
// Backs the graph up to one JSON file (actors, documents, mentions, claims, saved queries) and restores it.
import path from 'node:path';
import { Command } from 'commander';
import { exportBackup, importBackup, readBackupFile, writeBackupFile } from './backup';
import { validateBackup } from '../neo4j/backup-format';
import { neo4jConfig } from '../neo4j/config';
import { connect } from '../neo4j/driver';

const log = (message: string) => console.error(message);

function defaultFileName(now = new Date()): string {
  return `actorscope-backup-${now.toISOString().replace(/[:.]/g, '-')}.json`;
}

const program = new Command('db').description('Back up and restore the Actorscope graph as JSON');

program
  .command('export')
  .description('write actors, documents, mentions, claims and saved queries to a JSON file')
  .option('-o, --out <file>', 'output file (default: actorscope-backup-<time>.json in the current directory)')
  .action(async (options: { out?: string }) => {
    const config = neo4jConfig();
    const driver = await connect(config, log);
    try {
      const backup = await exportBackup(driver, { database: config.database });
      const file = path.resolve(options.out ?? defaultFileName());
      writeBackupFile(file, backup);
      const c = backup.counts;
      console.log(`Exported ${c.actors} actors, ${c.documents} documents, ${c.mentions} mentions, ${c.claims} claims, ${c.savedQueries} saved queries, ${c.reviews ?? 0} reviews, ${c.actorDecisions ?? 0} actor decisions to ${file}`);
    } finally {
      await driver.close();
    }
  });

program
  .command('import')
  .description('load a backup file into an empty database (all or nothing)')
  .argument('<file>', 'backup file written by db:export')
  .option('--force', 'replace the content of a non-empty database', false)
  .action(async (file: string, options: { force: boolean }) => {
    const data = readBackupFile(file);
    validateBackup(data, path.basename(file)); // a bad file fails before the database is touched
    const config = neo4jConfig();
    const driver = await connect(config, log);
    try {
      const c = await importBackup(driver, data, { database: config.database, force: options.force, fileName: path.basename(file) });
      console.log(`Imported ${c.actors} actors, ${c.documents} documents, ${c.mentions} mentions, ${c.claims} claims, ${c.savedQueries} saved queries, ${c.reviews ?? 0} reviews, ${c.actorDecisions ?? 0} actor decisions from ${file}`);
    } finally {
      await driver.close();
    }
  });

program.parseAsync().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
