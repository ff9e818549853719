import { configDefaults, defineConfig } from 'vitest/config';

const timeouts = { testTimeout: 30_000, hookTimeout: 60_000 };

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'wirelog',
          include: ['packages/*/src/**/*.spec.ts', 'packages/*/test/**/*.spec.ts', 'services/*/src/**/*.spec.ts', 'test/**/*.spec.ts'],
          exclude: [...configDefaults.exclude, 'test/faults/**'],
          sequence: { groupOrder: 0 },
          ...timeouts,
        },
      },
      {
        // Each fault file runs a whole stack of processes and measures how long it takes to heal:
        // one file at a time, after everything else, so that no other test competes for the cores.
        test: {
          name: 'faults',
          include: ['test/faults/**/*.spec.ts'],
          fileParallelism: false,
          sequence: { groupOrder: 1 },
          ...timeouts,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
