import { describe, expect, it } from 'vitest';
import { copyText } from './copy-text.js';
import { COLUMNS, countRows, generate, SCALES, TABLES, type Batch } from './generate.js';
import { Random } from './prng.js';
import { seedTemplates } from './templates.js';

const { templates } = seedTemplates();
const tiny = (seed?: number): Batch[] => [...generate(SCALES.tiny, templates, seed)];

describe('the bench data generator', () => {
  it('gives the same rows for the same seed, ids included', () => {
    expect(tiny(7)).toEqual(tiny(7));
  });

  it('gives other rows for another seed', () => {
    expect(tiny(7)[0]?.jurisdiction).not.toEqual(tiny(8)[0]?.jurisdiction);
  });

  it('builds its templates from the five seeds', () => {
    expect(templates.units.length).toBeGreaterThanOrEqual(15);
    expect(templates.tasks.length).toBeGreaterThanOrEqual(60);
    expect(templates.clauses.length).toBeGreaterThanOrEqual(20);
  });

  it('writes rows of the table shapes, one lead and 2–5 units on every task with units', () => {
    const batches = tiny();
    expect(countRows(batches).jurisdiction).toBe(3);
    for (const batch of batches) {
      for (const table of TABLES) for (const row of batch[table]) expect(row).toHaveLength(COLUMNS[table].length);
      const byTask = new Map<unknown, number[]>();
      for (const row of batch.assignment) {
        const roles = byTask.get(row[1]) ?? [];
        roles.push(row[3] === 'LEAD' ? 1 : 0);
        byTask.set(row[1], roles);
      }
      for (const roles of byTask.values()) {
        expect(roles.length).toBeGreaterThanOrEqual(2);
        expect(roles.length).toBeLessThanOrEqual(5);
        expect(roles.reduce((a, b) => a + b, 0)).toBe(1);
      }
    }
  });

  it("chains each assignment's reports: one first report, each superseding an existing one", () => {
    const reports = tiny().flatMap((batch) => batch.progress_report);
    const firsts = reports.filter((row) => row[9] === null).map((row) => row[1]);
    expect(new Set(firsts).size).toBe(firsts.length);
    const ids = new Set(reports.map((row) => row[0]));
    for (const row of reports) if (row[9] !== null) expect(ids.has(row[9] as string)).toBe(true);
  });
});

describe('Random', () => {
  it('is a repeatable stream of v4-shaped uuids', () => {
    const uuid = new Random(1).uuid();
    expect(uuid).toBe(new Random(1).uuid());
    expect(uuid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});

describe('copyText', () => {
  it('escapes for the COPY text format', () => {
    expect(copyText([['a\tb\\c\nd', null, ['三', '(一)', 'x"y'], 3, true]])).toBe(
      'a\\tb\\\\c\\nd\t\\N\t{"三","(一)","x\\\\"y"}\t3\tt\n',
    );
  });
});
