import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadEnv } from '../src/env.js';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

describe('loadEnv', () => {
  it('resolves the data directory from the repository root, not the working directory', () => {
    expect(loadEnv({}).DATA_DIR).toBe(`${repoRoot}.data`);
    expect(loadEnv({ DATA_DIR: 'tmp/db' }).DATA_DIR).toBe(`${repoRoot}tmp/db`);
    expect(loadEnv({ DATA_DIR: '/var/lib/lianxi' }).DATA_DIR).toBe('/var/lib/lianxi');
    expect(loadEnv({}).SEEDS_DIR).toBe(`${repoRoot}data/seeds`);
  });

  it('turns the demo off with SEED_DEMO=false', () => {
    expect(loadEnv({}).SEED_DEMO).toBe(true);
    expect(loadEnv({ SEED_DEMO: 'false' }).SEED_DEMO).toBe(false);
  });
});
