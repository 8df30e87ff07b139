// Where every locally provisioned service (Neo4j, the NLP server) keeps its files. The variables
// themselves are declared with the schema of each part (neo4j/config.ts, nlp/config.ts).
import path from 'node:path';

export const PROJECT_ROOT = path.resolve(import.meta.dirname, '..');

/** `.local/` (git-ignored) or ACTORSCOPE_LOCAL_DIR: where provisioned jars and each server's files live. */
export function localRoot(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(PROJECT_ROOT, env.ACTORSCOPE_LOCAL_DIR || '.local');
}
