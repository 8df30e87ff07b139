// Lint with zero warnings (npm run lint). Layers import downward only: pure code never imports I/O.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

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
  {
    // The pure extraction core must stay free of I/O so it is fast to test and deterministic.
    files: ['ingest/extract/**/*.ts', 'shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['neo4j-driver', 'node:fs', 'fs', 'node:http', 'fastify', '**/load/**', '**/server/**'] }],
    },
  },
);
