import { defineConfig, mergeConfig } from 'vitest/config';

/**
 * Shared Vitest settings. Workspace packages are read from their TypeScript sources through the
 * `@lianxi/source` export condition, so tests never need a build first.
 * @param {import('vitest/config').ViteUserConfig} [overrides]
 */
export function defineLianxiConfig(overrides = {}) {
  const conditions = ['@lianxi/source', 'node', 'import', 'module', 'default'];
  // Not 'import' for SSR: Vitest resolves the externals' own require() calls with these conditions too, and
  // a CommonJS package requiring a dual package (pg → pg-pool) would get its ESM build and break.
  const ssrConditions = ['@lianxi/source', 'node', 'module', 'default'];
  return mergeConfig(
    defineConfig({
      resolve: { conditions },
      ssr: { resolve: { conditions: ssrConditions, externalConditions: ['@lianxi/source'] } },
      test: {
        include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
        environment: 'node',
        // Hang guards, not performance checks: on a 2-core CI machine running every package at once, a test
        // that spawns the CLI or opens several PGlite databases can take a minute without being wrong.
        testTimeout: 120_000,
        hookTimeout: 180_000,
      },
    }),
    overrides,
  );
}
