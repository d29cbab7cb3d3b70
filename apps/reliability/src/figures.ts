import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where each part of the suite leaves its figures; scripts/write-report.ts turns them into docs/reliability.md. */
export const FIGURES_DIR = fileURLToPath(new URL('../.reliability/figures/', import.meta.url));

export interface FigureSet {
  /** The heading in docs/reliability.md, e.g. "Concurrency". */
  section: string;
  mode: string;
  /** ISO time of the run. */
  at: string;
  /** One row per measured thing: its name and values. */
  rows: { name: string; values: Record<string, string | number | boolean> }[];
  notes?: string[];
}

/** The repository's root, as this machine spells it: figures (stack traces in notes) name paths relative to it. */
const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** Replaces the figures of one section (one file per section, so reruns overwrite). */
export function writeFigures(key: string, figures: Omit<FigureSet, 'at'>): void {
  mkdirSync(FIGURES_DIR, { recursive: true });
  const set: FigureSet = { ...figures, at: new Date().toISOString() };
  const json = JSON.stringify(set, null, 2).replaceAll(JSON.stringify(REPO_ROOT).slice(1, -1), '');
  writeFileSync(join(FIGURES_DIR, `${key}.json`), `${json}\n`);
}

export function readAllFigures(): { key: string; set: FigureSet }[] {
  let files: string[];
  try {
    files = readdirSync(FIGURES_DIR).filter((file) => file.endsWith('.json'));
  } catch {
    return [];
  }
  return files.sort().map((file) => ({
    key: file.replace(/\.json$/, ''),
    set: JSON.parse(readFileSync(join(FIGURES_DIR, file), 'utf8')) as FigureSet,
  }));
}

/** Collects rows during a test file and writes them once at the end. */
export class FigureCollector {
  private readonly rows: FigureSet['rows'] = [];
  private readonly notes: string[] = [];

  constructor(
    private readonly key: string,
    private readonly section: string,
    private readonly mode: string,
  ) {}

  add(name: string, values: Record<string, string | number | boolean>): void {
    this.rows.push({ name, values });
  }

  note(text: string): void {
    this.notes.push(text);
  }

  flush(): void {
    if (this.rows.length === 0 && this.notes.length === 0) return;
    writeFigures(this.key, { section: this.section, mode: this.mode, rows: this.rows, notes: this.notes });
  }
}
