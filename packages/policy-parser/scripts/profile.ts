/**
 * Runs parsePolicy over the five seeds many times, for a CPU profile:
 *   pnpm exec tsx --conditions=@lianxi/source --cpu-prof --cpu-prof-dir=/tmp/prof packages/policy-parser/scripts/profile.ts
 * ROUNDS (default 200) sets how many passes over the seeds.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePolicy } from '../src/index.js';

const seedDir = join(import.meta.dirname, '../../../data/seeds');
const seeds = readdirSync(seedDir)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => readFileSync(join(seedDir, name), 'utf8'));
const rounds = Number(process.env.ROUNDS ?? '200');
const started = performance.now();
let tasks = 0;
for (let round = 0; round < rounds; round++)
  for (const seed of seeds) tasks += parsePolicy(seed).tasks.length;
const seconds = (performance.now() - started) / 1000;
console.log(`${String(rounds * seeds.length)} documents in ${seconds.toFixed(2)} s (${String(tasks)} tasks)`);
