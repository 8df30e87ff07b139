// Lint with zero warnings (npm run lint). Layers import downward only, checked here for every folder:
//   shared/   the contract, pure, imported by everyone (web included): imports no other folder, no I/O;
//   text/     article text on its way in (decoding, the refusal error, the content hash): shared/ only;
//   config/   settings from the environment through TypeBox schemas: shared/ only;
//   web/      the browser app: shared/ only (types and rules the server also uses);
//   neo4j/, nlp/, local-services/   the services below the app: no server, ingest or web;
//   review/   analysts' reviews and actor decisions on the stored graph: shared/ and neo4j/ only
//             (the server's review routes and the loader both use it);
//   documents/ the document lifecycle, the one writer of :Document (submit, claim, write, delete,
//             backup): shared/, text/, config/, neo4j/, review/ — server/ and ingest/ both call it
//             (tests/unit/architecture/document-writes.test.ts checks no other code writes Documents);
//   server/   the API: shared/, text/, neo4j/, review/, documents/ — never ingest/ (what both need lives lower down);
//   ingest/   reading, extraction, loading, the worker: never server/ or web/;
//   pure cores (ingest/extract, ingest/coder but its NLP adapter index.ts, server/presenters and
//   server/queries) import no I/O.
// scripts/, bench/ and tests/ sit on top and may import anything.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const FOLDERS = ['shared', 'text', 'config', 'web', 'neo4j', 'nlp', 'local-services', 'review', 'documents', 'server', 'ingest', 'seeds', 'scripts', 'bench', 'tests'];
/** Node and driver modules that do I/O (node:crypto, node:path and node:url compute only). */
const IO_MODULES = ['node:fs', 'node:fs/*', 'fs', 'fs/*', 'node:http', 'node:https', 'http', 'https', 'node:net', 'net', 'node:child_process', 'child_process', 'fastify', '@fastify/*'];
const DRIVER = ['neo4j-driver'];

/** One `no-restricted-imports` rule: every top-level folder but `allowed` (and the layer's own), plus `modules`. */
function layer(name, files, { allowed = [], modules = [], ignores = [], why }) {
  const forbidden = FOLDERS.filter((f) => f !== name && !allowed.includes(f));
  return {
    files,
    ignores,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: forbidden.map((f) => `**/${f}/**`), message: why },
            ...(modules.length > 0 ? [{ group: modules, message: `${why} (no I/O here)` }] : []),
          ],
        },
      ],
    },
  };
}

export default tseslint.config(
  { ignores: ['node_modules/', 'web/dist/', '.local/', 'bench/corpus/', 'bench/results/', 'test-artifacts/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  // Later entries win for the files they match, so each file gets exactly one layer rule.
  layer('shared', ['shared/**/*.ts'], { modules: [...IO_MODULES, ...DRIVER, 'node:*'], why: 'shared/ is the pure contract: it imports no other folder' }),
  layer('text', ['text/**/*.ts'], { allowed: ['shared'], modules: [...IO_MODULES, ...DRIVER], why: 'text/ sits below server and ingest: shared/ only' }),
  layer('config', ['config/**/*.ts'], { allowed: ['shared'], modules: [...IO_MODULES, ...DRIVER], why: 'config/ sits below every process: shared/ only' }),
  layer('web', ['web/**/*.ts', 'web/**/*.tsx'], { allowed: ['shared'], why: 'web/ imports only shared/ (and itself)' }),
  layer('web', ['web/src/**/*.ts', 'web/src/**/*.tsx'], { allowed: ['shared'], modules: [...IO_MODULES, ...DRIVER, 'node:*'], why: 'web/ imports only shared/ (and itself); it runs in the browser' }),
  layer('neo4j', ['neo4j/**/*.ts'], { allowed: ['shared', 'config', 'local-services'], why: 'neo4j/ is below the app: no server, ingest or web' }),
  layer('nlp', ['nlp/**/*.ts'], { allowed: ['shared', 'config', 'local-services', 'neo4j'], why: 'nlp/ is below the app: no server, ingest or web' }),
  layer('local-services', ['local-services/**/*.ts'], { allowed: ['shared'], why: 'local-services/ is below neo4j/ and nlp/' }),
  layer('review', ['review/**/*.ts'], { allowed: ['shared', 'neo4j'], why: 'review/ sits below server and ingest: shared/ and neo4j/ only' }),
  layer('documents', ['documents/**/*.ts'], {
    allowed: ['shared', 'text', 'config', 'neo4j', 'review'],
    why: 'documents/ sits below server and ingest: shared/, text/, config/, neo4j/ and review/ only',
  }),
  layer('server', ['server/**/*.ts'], { allowed: ['shared', 'text', 'config', 'neo4j', 'review', 'documents', 'seeds'], why: 'server/ never imports ingest/: what both need lives in shared/ or text/' }),
  layer('server', ['server/presenters/**/*.ts', 'server/queries/**/*.ts'], {
    allowed: ['shared', 'seeds'],
    modules: IO_MODULES,
    why: 'presenters and query builders are pure: records and parameters in, shapes and Cypher out',
  }),
  layer('ingest', ['ingest/**/*.ts'], { allowed: ['shared', 'text', 'config', 'neo4j', 'nlp', 'review', 'documents', 'seeds'], why: 'ingest/ never imports server/ or web/' }),
  // The extraction core stays free of I/O so it is fast to test and deterministic.
  layer('ingest', ['ingest/extract/**/*.ts', 'ingest/coder/**/*.ts'], {
    allowed: ['shared', 'text', 'seeds'],
    modules: [...IO_MODULES, ...DRIVER, '**/load/**', '**/read/**', '**/worker/**'],
    ignores: ['ingest/coder/index.ts'],
    why: 'the extraction core (ingest/extract, ingest/coder) is pure: no database, files, network or loaders',
  }),
);
