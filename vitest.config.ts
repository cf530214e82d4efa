import { configDefaults, defineConfig } from 'vitest/config';

/**
 * Tests of the package as a user installs it: they share one `npm pack` and
 * `npm install` made by the global setup. A project of their own, so that the
 * install runs only when one of them is selected, not on every targeted
 * `npx vitest run <path>`.
 */
const INSTALLED = ['src/node/packaged/*.test.ts', 'src/web/e2e.test.ts'];

export default defineConfig({
  test: {
    testTimeout: 60_000,
    // The machines have two cores; more workers only add contention.
    poolOptions: { threads: { maxThreads: 2 }, forks: { maxForks: 2 } },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
          exclude: [...configDefaults.exclude, ...INSTALLED],
        },
      },
      {
        extends: true,
        test: {
          name: 'installed',
          include: INSTALLED,
          globalSetup: ['src/node/packaged/global-setup.ts'],
          // npm pack (with its build) and npm install take a few seconds each.
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
