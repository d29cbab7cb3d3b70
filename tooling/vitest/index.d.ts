import type { ViteUserConfig } from 'vitest/config';

export declare function defineLianxiConfig(overrides?: ViteUserConfig): ViteUserConfig;
