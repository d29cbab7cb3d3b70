import { defineConfig } from 'vitest/config';

/** End-to-end: one real API on a fresh PGlite directory, one headless Chromium, tests in order. */
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 240_000,
  },
});
