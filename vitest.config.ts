import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
    // Validated configs are cached in the user's cache folder; tests (and the CLIs they spawn) use a temp one instead.
    env: { SERVICEDIFF_CACHE_DIR: join(tmpdir(), 'servicediff-test-config-cache') },
  },
});
