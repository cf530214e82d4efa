import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    testTimeout: 60_000,
    // The machines have two cores; more workers only add contention.
    poolOptions: { threads: { maxThreads: 2 }, forks: { maxForks: 2 } },
  },
});
