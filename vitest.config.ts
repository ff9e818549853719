import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      { extends: true, test: { name: 'packages', include: ['packages/*/src/**/*.spec.ts', 'packages/*/test/**/*.spec.ts', 'services/*/src/**/*.spec.ts'] } },
      // the whole-pipeline tests run the built CLI, as it ships: built fresh once per run, only when one of them runs
      { extends: true, test: { name: 'e2e', include: ['test/**/*.spec.ts'], globalSetup: ['test/support/build.global-setup.ts'] } },
    ],
  },
});
