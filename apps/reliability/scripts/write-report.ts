/**
 * Turns the figures the suite left in .reliability/figures/ into docs/reliability.md's "Latest run" section,
 * keeping the hand-written part above the marker.
 *
 *   tsx scripts/write-report.ts     (run by `pnpm test:reliability` after the suite)
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readAllFigures } from '../src/figures.js';

const DOC = fileURLToPath(new URL('../../../docs/reliability.md', import.meta.url));
const MARKER = '<!-- figures: written by apps/reliability/scripts/write-report.ts; do not edit below -->';

const figures = readAllFigures();
if (figures.length === 0) {
  process.stderr.write('no figures in apps/reliability/.reliability/figures: run the suite first\n');
  process.exit(1);
}

const cell = (value: string | number | boolean | null | undefined): string => {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : value.toFixed(1);
  return String(value).replace(/\|/g, '\\|').replace(/\n/g, ' ');
};

const lines: string[] = [MARKER, '', '## Latest run', ''];
for (const { set } of figures) {
  lines.push(`### ${set.section}`, '', `_${set.mode} mode, ${set.at}_`, '');
  for (const row of set.rows) {
    const values = Object.entries(row.values)
      .map(([key, value]) => `${key} ${cell(value)}`)
      .join(' · ');
    lines.push(`- **${cell(row.name)}**: ${values}`);
  }
  for (const note of set.notes ?? []) lines.push(`- _${cell(note)}_`);
  lines.push('');
}

const current = existsSync(DOC) ? readFileSync(DOC, 'utf8') : '# Reliability and security\n\n';
const head = current.includes(MARKER) ? current.slice(0, current.indexOf(MARKER)) : `${current.trimEnd()}\n\n`;
writeFileSync(DOC, `${head}${lines.join('\n').trimEnd()}\n`);
process.stdout.write(`wrote ${DOC} (${figures.length} sections)\n`);
