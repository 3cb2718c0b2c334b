import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Loopback servers and one shared Chromium per file: keep files in parallel but bounded for a 2-core CI machine.
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // Real child processes and Chromium: a stray hang must fail, never block CI.
    teardownTimeout: 10_000,
  },
});
