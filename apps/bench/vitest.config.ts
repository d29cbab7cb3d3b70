import { defineLianxiConfig } from '@lianxi/vitest-config';

export default defineLianxiConfig();
