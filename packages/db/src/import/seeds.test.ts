import { readdir, readFile } from 'node:fs/promises';
import { parsePolicy, readPolicyFile } from '@lianxi/policy-parser';
import { describe, expect, it } from 'vitest';
import { databaseSummary } from '../dal/summary.js';
import { testEngines, withTestDatabase } from '../testing/index.js';
import { importPolicy } from './import-policy.js';

const seedsDir = new URL('../../../../data/seeds/', import.meta.url);

async function seeds() {
  const files = (await readdir(seedsDir)).filter((file) => file.endsWith('.txt')).sort();
  return Promise.all(
    files.map(async (file) => {
      const { text } = await readPolicyFile(new Uint8Array(await readFile(new URL(file, seedsDir))), file);
      return { file, parsed: parsePolicy(text) };
    }),
  );
}

describe.each(testEngines)('the five seed plans on %s', (engine) => {
  const db = withTestDatabase(engine);

  it('import through parsePolicy, and import again unchanged', async () => {
    const plans = await seeds();
    expect(plans).toHaveLength(5);

    const first = [];
    for (const { file, parsed } of plans) first.push({ file, report: await importPolicy(db(), parsed) });
    for (const { file, report } of first) {
      expect(report.document.outcome, file).toBe('CREATED');
      expect(report.counts.tasks, file).toBeGreaterThan(0);
    }
    const summary = await databaseSummary(db());
    expect(summary.totals.documents).toBe(5);
    expect(summary.totals.tasks).toBe(first.reduce((sum, { report }) => sum + report.counts.tasks, 0));
    expect(summary.totals.assignments).toBe(
      first.reduce((sum, { report }) => sum + report.counts.assignments, 0),
    );
    const byFile = new Map(first.map(({ file, report }) => [file, report]));
    // What makes each seed special (data/seeds/README.md) reaches the database.
    expect(byFile.get('benxi-city-2020.txt')?.counts.assignments).toBeGreaterThan(0);
    expect(byFile.get('hongqi-district-2022.txt')?.counts.duties).toBeGreaterThan(0);
    expect(byFile.get('shanxi-province-2020.txt')?.counts.duties).toBeGreaterThan(0);
    expect(byFile.get('yongan-city-scraped.txt')?.counts.members).toBeGreaterThan(0);
    expect(byFile.get('yongan-city-scraped.txt')?.document.documentKey).toMatch(/^标题:/);
    expect(byFile.get('yunnan-province-2022-draft.txt')?.counts.targets).toBeGreaterThan(0);

    for (const { file, parsed } of plans) {
      expect((await importPolicy(db(), parsed)).document.outcome, file).toBe('UNCHANGED');
    }
    expect((await databaseSummary(db())).totals).toEqual(summary.totals);
  });
});
