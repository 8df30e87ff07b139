import { defineConfig } from 'vitest/config';

// One real Neo4j is shared by all test files (Community has a single user database),
// so files run one after another; each database test starts from a clean state.
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'tests/**/*.test.tsx'],
    globalSetup: ['tests/support/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 180_000,
    reporters: ['default'],
  },
});
