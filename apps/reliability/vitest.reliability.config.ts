import { defineLianxiConfig } from '@lianxi/vitest-config';
import type { ViteUserConfig } from 'vitest/config';

/**
 * The reliability suite (`pnpm test:reliability`). Files run one at a time: several of them measure
 * (latency, crash loops, load) and the machine is small; each file makes its own databases.
 */
const config = defineLianxiConfig();
const suite: ViteUserConfig = {
  ...config,
  test: {
    ...config.test,
    include: ['test/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 600_000,
    hookTimeout: 120_000,
  },
};
export default suite;
