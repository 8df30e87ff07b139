import { defineConfig } from 'vitest/config';

// Four projects, split by what a test needs (`vitest run --project unit` runs one of them):
//   unit         pure modules: no Neo4j, no NLP server, files run in parallel (npm run test:unit);
//   db           real Neo4j, real NLP server, real HTTP (tests/integration);
//   reliability  the same servers under hostile input, crashes and outages;
//   e2e          a real Chromium against a real server.
// One real Neo4j is shared by the last three (Community has a single user database), so their files
// run one after another and the projects run one after another (groupOrder); each database test
// starts from a clean state. Only those projects start servers (tests/support/global-setup.ts, which
// starts them once per run however many projects ask).
const serverProject = (name: string, include: string[], groupOrder: number) => ({
  test: {
    name,
    include,
    globalSetup: ['tests/support/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 180_000,
    sequence: { groupOrder },
  },
});

export default defineConfig({
  test: {
    reporters: ['default'],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
          testTimeout: 60_000,
          sequence: { groupOrder: 0 },
        },
      },
      serverProject('db', ['tests/integration/**/*.test.ts'], 1),
      serverProject('reliability', ['tests/reliability/**/*.test.ts'], 2),
      serverProject('e2e', ['tests/e2e/**/*.test.ts'], 3),
    ],
  },
});
