import { defineLianxiConfig } from '@lianxi/vitest-config';
import type { ViteUserConfig } from 'vitest/config';

/**
 * `pnpm test` runs only the helpers' unit tests; the suite itself is `pnpm test:reliability`. The include is
 * replaced, not merged (mergeConfig would append it to the shared `test/**` pattern).
 */
const config = defineLianxiConfig();
const unit: ViteUserConfig = { ...config, test: { ...config.test, include: ['src/**/*.test.ts'] } };
export default unit;
