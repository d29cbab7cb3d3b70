/**
 * Smoke test over the five seed plans: every one parses without exception, has tasks, the right 文号, spans
 * inside the cleaned text, and a result that survives JSON. What each plan says in detail is the golden test's.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePolicy, toCliJson } from '../src/index.js';
import { spansOf } from './spans.js';

const SEEDS = {
  'benxi-city-2020': { docNumber: '本政办发〔2020〕33号', tasks: 19 },
  'hongqi-district-2022': { docNumber: '红政办〔2022〕34号', tasks: 31 },
  'shanxi-province-2020': { docNumber: '晋政办发〔2020〕24号', tasks: 40 },
  'yongan-city-scraped': { docNumber: null, tasks: 16 },
  'yunnan-province-2022-draft': { docNumber: null, tasks: 46 },
} as const;

const read = (seed: string) =>
  readFileSync(new URL(`../../../data/seeds/${seed}.txt`, import.meta.url), 'utf8');

describe.each(Object.entries(SEEDS))('seed %s', (seed, expected) => {
  const parsed = parsePolicy(read(seed));

  it('parses with tasks and the right document number', () => {
    expect(parsed.document.docNumber).toBe(expected.docNumber);
    expect(parsed.tasks).toHaveLength(expected.tasks);
    expect(parsed.warnings.map((w) => w.code)).not.toContain('NO_TASKS');
  });

  it('has every span inside the cleaned text, and each unit span showing the unit as written', () => {
    for (const span of spansOf(parsed)) {
      expect(span.start).toBeGreaterThanOrEqual(0);
      expect(span.end).toBeLessThanOrEqual(parsed.text.length);
      expect(span.start).toBeLessThanOrEqual(span.end);
    }
    for (const assignment of parsed.tasks.flatMap((task) => task.assignments)) {
      expect(parsed.text.slice(assignment.span.start, assignment.span.end)).toBe(assignment.asWritten);
    }
  });

  it('has unique task paths, parents before children', () => {
    const keys = parsed.tasks.map((task) => task.path.join('/'));
    expect(new Set(keys).size).toBe(keys.length);
    keys.forEach((key, index) => {
      const parent = key.split('/').slice(0, -1).join('/');
      if (parent && keys.includes(parent)) expect(keys.indexOf(parent)).toBeLessThan(index);
    });
  });

  it('resolves every assigned unit to a known unit of the registry', () => {
    const names = new Set(parsed.units.map((unit) => unit.name));
    for (const assignment of parsed.tasks.flatMap((task) => task.assignments))
      expect(names.has(assignment.unit)).toBe(true);
    for (const duty of parsed.duties) expect(names.has(duty.unit)).toBe(true);
    expect(parsed.units.filter((unit) => !unit.known)).toEqual([]);
  });

  it('is plain data and gives the same result twice', () => {
    expect(JSON.parse(JSON.stringify(parsed))).toEqual(parsed);
    expect(parsePolicy(read(seed))).toEqual(parsed);
    expect(toCliJson(parsed).tasks).toHaveLength(expected.tasks);
  });
});
