import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { type ImportReport, importPolicy, type openDatabase } from '@lianxi/db';
import { SEEDS_DIR } from './env.js';
import { parsePolicyFile } from './policy-file.js';

/** Imports every plan of data/seeds/ (each in its own transaction); importing them again changes nothing. */
export async function importSeeds(
  db: Awaited<ReturnType<typeof openDatabase>>,
  seedsDir: string = SEEDS_DIR,
): Promise<{ file: string; report: ImportReport }[]> {
  const files = (await readdir(seedsDir)).filter((file) => /\.(txt|html?|docx)$/i.test(file)).sort();
  const reports: { file: string; report: ImportReport }[] = [];
  for (const file of files) {
    reports.push({ file, report: await importPolicy(db, await parsePolicyFile(join(seedsDir, file))) });
  }
  return reports;
}
