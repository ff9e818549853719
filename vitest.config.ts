import { configDefaults, defineConfig } from 'vitest/config';

// the whole-pipeline tests run the built CLI, as it ships: built fresh once per run, only when one of them runs
const builtCli = ['test/support/build.global-setup.ts'];

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      { extends: true, test: { name: 'packages', include: ['packages/*/src/**/*.spec.ts', 'packages/*/test/**/*.spec.ts', 'services/*/src/**/*.spec.ts'], sequence: { groupOrder: 0 } } },
      { extends: true, test: { name: 'e2e', include: ['test/**/*.spec.ts'], exclude: [...configDefaults.exclude, 'test/faults/**'], globalSetup: builtCli, sequence: { groupOrder: 0 } } },
      {
        // Each fault file runs a whole stack of processes and measures how long it takes to heal:
        // one file at a time, after everything else, so that no other test competes for the cores.
        extends: true,
        test: { name: 'faults', include: ['test/faults/**/*.spec.ts'], globalSetup: builtCli, fileParallelism: false, sequence: { groupOrder: 1 }, hookTimeout: 180_000 },
      },
    ],
  },
});
