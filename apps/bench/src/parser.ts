import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { parserThroughput } from './measure/offline.js';

/**
 * pnpm bench:parser [--seconds 10] [--rounds 3]
 *
 * Only the policy reader's measurement of `pnpm bench` (parsePolicy over the five seeds, offline.ts), repeated
 * `rounds` times: documents per second of wall time and per CPU-second, with the load average.
 */
const { values: flags } = parseArgs({
  options: { seconds: { type: 'string', default: '10' }, rounds: { type: 'string', default: '3' } },
});
for (let round = 0; round < Number(flags.rounds); round++) {
  const loadAverage = loadavg().map((x) => Math.round(x * 100) / 100);
  process.stdout.write(`${JSON.stringify({ loadAverage, ...parserThroughput(Number(flags.seconds)) })}\n`);
}
