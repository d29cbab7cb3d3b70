import { defineLianxiConfig } from '@lianxi/vitest-config';

// A fresh PGlite per test file, on a 2-core machine shared with other suites: 30 s is too tight for the first.
export default defineLianxiConfig({ test: { globalSetup: ['test/global-setup.ts'], testTimeout: 120_000 } });
