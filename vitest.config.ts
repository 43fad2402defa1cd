import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    setupFiles: ['test/support/fast-check-seed.ts', 'test/support/temp-dir.setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Tests start worker pools and child processes of their own; two cores here.
    maxWorkers: 2,
    minWorkers: 1,
  },
});
