/**
 * The yardstick of the policy reader: `parsePolicy` on each of the five seed plans (data/seeds/) against the
 * expectations in test/golden/<seed>.expected.json, which were read by hand from the texts (see
 * test/golden/README.md for the conventions). When a comparison fails, re-read the text before touching the
 * golden file: an expectation changes only when the text proves it wrong.
 */
import { readFileSync } from 'node:fs';
import * as domain from '@lianxi/domain';
import type { AssignmentRole, Comparator, DocumentStatus, JurisdictionLevel } from '@lianxi/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import * as policyParser from '../src/index.js';
import type { ParseOptions, ParsedPolicy, ParsedTarget, ParseWarningCode } from '../src/index.js';

// ---------------------------------------------------------------------------------------------------------
// The golden files

const SEEDS = [
  'benxi-city-2020',
  'hongqi-district-2022',
  'shanxi-province-2020',
  'yongan-city-scraped',
  'yunnan-province-2022-draft',
] as const;
type SeedName = (typeof SEEDS)[number];

interface GoldenAssignment {
  unit: string;
  role: AssignmentRole;
}

interface GoldenTask {
  path: string[];
  assignments: GoldenAssignment[];
  note?: string;
}

interface GoldenTarget {
  indicatorIncludes: string;
  comparator: Comparator;
  value: number;
  unit: string | null;
  year: number | null;
  note?: string;
}

interface GoldenBaseline {
  indicatorIncludes: string;
  value: number;
  unit: string | null;
  /** The target (one of `targets`, by indicatorIncludes and value) whose `baseline` this is; null when none. */
  forTarget: { indicatorIncludes: string; value: number } | null;
  note?: string;
}

interface GoldenJointMeeting {
  nameIncludes: string;
  members: string[];
  convenor: string | null;
  office: string | null;
  note?: string;
}

interface GoldenDuty {
  unit: string;
  textStartsWith: string;
  note?: string;
}

interface Golden {
  seed: string;
  conventions: string;
  document: {
    title: string;
    docNumber: string | null;
    issuer: string | null;
    issuedOn: string | null;
    status: DocumentStatus;
  };
  jurisdiction: { name: string; level: JurisdictionLevel };
  cites: string[];
  tasks: GoldenTask[];
  targets: GoldenTarget[];
  baselines: GoldenBaseline[];
  jointMeeting: GoldenJointMeeting | null;
  duties: GoldenDuty[];
  expectedWarnings: ParseWarningCode[];
}

const ROLES: readonly string[] = ['LEAD', 'SUPPORT', 'LOCAL'] satisfies AssignmentRole[];
const COMPARATORS: readonly string[] = ['GTE', 'LTE', 'EQ'] satisfies Comparator[];
const STATUSES: readonly string[] = ['EFFECTIVE', 'REPEALED', 'DRAFT'] satisfies DocumentStatus[];
const LEVELS: readonly string[] = ['PROVINCE', 'CITY', 'COUNTY', 'TOWNSHIP'] satisfies JurisdictionLevel[];
const WARNING_CODES: readonly string[] = [
  'EMPTY_TEXT',
  'TRUNCATED_TEXT',
  'NUMBERING_GAP',
  'NUMBERING_RESTART',
  'CLAUSE_WITHOUT_UNITS',
  'UNKNOWN_UNIT',
  'TWO_LEADS',
  'NO_TASKS',
  'NOISE_REMOVED',
] satisfies ParseWarningCode[];

/** A hand-written file can hold a typo; say where instead of failing somewhere later. */
function checkGolden(value: unknown, where: string): Golden {
  const problems: string[] = [];
  const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
  const need = (ok: boolean, what: string) => {
    if (!ok) problems.push(what);
  };
  const str = (v: unknown) => typeof v === 'string' && v !== '';
  const strOrNull = (v: unknown) => v === null || str(v);
  const num = (v: unknown) => typeof v === 'number' && Number.isFinite(v);
  if (!isObject(value)) throw new Error(`${where}: not a JSON object`);
  const g = value;
  need(str(g.seed) && str(g.conventions), 'seed and conventions are strings');
  const doc = g.document;
  need(
    isObject(doc) &&
      str(doc.title) &&
      strOrNull(doc.docNumber) &&
      strOrNull(doc.issuer) &&
      (doc.issuedOn === null ||
        (typeof doc.issuedOn === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(doc.issuedOn))) &&
      STATUSES.includes(String(doc.status)),
    'document: title, docNumber, issuer, issuedOn (YYYY-MM-DD or null), status',
  );
  const j = g.jurisdiction;
  need(isObject(j) && str(j.name) && LEVELS.includes(String(j.level)), 'jurisdiction: name, level');
  need(Array.isArray(g.cites) && g.cites.every(str), 'cites: strings');
  need(Array.isArray(g.tasks), 'tasks: an array');
  (Array.isArray(g.tasks) ? (g.tasks as unknown[]) : []).forEach((t, i) => {
    need(
      isObject(t) &&
        Array.isArray(t.path) &&
        t.path.length > 0 &&
        t.path.every(str) &&
        Array.isArray(t.assignments) &&
        t.assignments.every((a) => isObject(a) && str(a.unit) && ROLES.includes(String(a.role))),
      `tasks[${i}]: path (strings) and assignments ({ unit, role })`,
    );
  });
  need(
    Array.isArray(g.targets) &&
      g.targets.every(
        (t) =>
          isObject(t) &&
          str(t.indicatorIncludes) &&
          COMPARATORS.includes(String(t.comparator)) &&
          num(t.value) &&
          strOrNull(t.unit) &&
          (t.year === null || num(t.year)),
      ),
    'targets: { indicatorIncludes, comparator, value, unit, year }',
  );
  need(
    Array.isArray(g.baselines) &&
      g.baselines.every(
        (b) =>
          isObject(b) &&
          str(b.indicatorIncludes) &&
          num(b.value) &&
          strOrNull(b.unit) &&
          (b.forTarget === null ||
            (isObject(b.forTarget) && str(b.forTarget.indicatorIncludes) && num(b.forTarget.value))),
      ),
    'baselines: { indicatorIncludes, value, unit, forTarget }',
  );
  const jm = g.jointMeeting;
  need(
    jm === null ||
      (isObject(jm) &&
        str(jm.nameIncludes) &&
        Array.isArray(jm.members) &&
        jm.members.every(str) &&
        strOrNull(jm.convenor) &&
        strOrNull(jm.office)),
    'jointMeeting: null or { nameIncludes, members, convenor, office }',
  );
  need(
    Array.isArray(g.duties) && g.duties.every((d) => isObject(d) && str(d.unit) && str(d.textStartsWith)),
    'duties: { unit, textStartsWith }',
  );
  need(
    Array.isArray(g.expectedWarnings) && g.expectedWarnings.every((c) => WARNING_CODES.includes(String(c))),
    'expectedWarnings: warning codes',
  );
  if (problems.length > 0) throw new Error(`${where} is malformed:\n  ${problems.join('\n  ')}`);
  return value as unknown as Golden;
}

function readSeed(seed: SeedName): string {
  return readFileSync(new URL(`../../../data/seeds/${seed}.txt`, import.meta.url), 'utf8');
}

function readGolden(seed: SeedName): Golden {
  const file = new URL(`./golden/${seed}.expected.json`, import.meta.url);
  return checkGolden(JSON.parse(readFileSync(file, 'utf8')) as unknown, `test/golden/${seed}.expected.json`);
}

const pathKey = (path: readonly string[]) => path.join('/');

// ---------------------------------------------------------------------------------------------------------
// The golden files agree with the texts (runs with or without a parser)

/** The text as a reader sees it: no injected marks, no line breaks inside a title. */
function readable(text: string): string {
  return text.replace(/[★✿◈]/g, '');
}

describe.each(SEEDS)('golden file of %s agrees with the seed text', (seed) => {
  const golden = readGolden(seed);
  const text = readable(readSeed(seed));
  const flat = text.replace(/\s+/g, '');

  it('names its seed', () => {
    expect(golden.seed).toBe(`${seed}.txt`);
  });

  // Each check lists what the text lacks, so that a failure names the quote instead of printing the whole text.
  it('has a title, document number and cites that the text writes', () => {
    const { title, docNumber, issuer } = golden.document;
    const quotes = [title, docNumber, issuer, ...golden.cites].filter((q): q is string => q !== null);
    expect(quotes.filter((q) => !flat.includes(q.replace(/\s+/g, '')))).toEqual([]);
    expect(new Set(golden.cites).size).toBe(golden.cites.length);
  });

  it('has unique task paths', () => {
    const keys = golden.tasks.map((t) => pathKey(t.path));
    expect(keys.filter((key, i) => keys.indexOf(key) !== i)).toEqual([]);
  });

  it('names units the text writes (with or without the place prefix they inherit)', () => {
    const units = [
      ...golden.tasks.flatMap((t) => t.assignments.map((a) => a.unit)),
      ...golden.duties.map((d) => d.unit),
      ...(golden.jointMeeting?.members ?? []),
    ];
    const unwritten = units.filter(
      (unit) => !text.includes(unit) && !text.includes(unit.replace(/^[市区县省]/, '')),
    );
    expect(unwritten).toEqual([]);
  });

  it('has one LEAD at most per task', () => {
    const twoLeads = golden.tasks.filter((t) => t.assignments.filter((a) => a.role === 'LEAD').length > 1);
    expect(twoLeads.map((t) => pathKey(t.path))).toEqual([]);
  });

  it('quotes indicators, duties and the joint meeting from the text', () => {
    const quotes = [
      ...golden.targets.map((t) => t.indicatorIncludes),
      ...golden.baselines.map((b) => b.indicatorIncludes),
      ...golden.duties.map((d) => d.textStartsWith),
      ...(golden.jointMeeting ? [golden.jointMeeting.nameIncludes] : []),
    ];
    expect(quotes.filter((q) => !flat.includes(q))).toEqual([]);
  });

  it('ties every baseline to a target of its own file', () => {
    for (const b of golden.baselines) {
      if (b.forTarget === null) continue;
      const { indicatorIncludes, value } = b.forTarget;
      expect(
        golden.targets.filter((t) => t.indicatorIncludes === indicatorIncludes && t.value === value),
        `${seed}: baseline ${b.indicatorIncludes} ${b.value}`,
      ).toHaveLength(1);
    }
  });
});

// ---------------------------------------------------------------------------------------------------------
// The parser against the golden files

type ParsePolicy = (text: string, options?: ParseOptions) => ParsedPolicy | Promise<ParsedPolicy>;
// Looked up at run time so that this file typechecks before the parser exists.
const parsePolicyExport: unknown = Reflect.get(policyParser, 'parsePolicy');
const parsePolicy = typeof parsePolicyExport === 'function' ? (parsePolicyExport as ParsePolicy) : undefined;

type DepartmentKey = (name: string, level?: JurisdictionLevel) => unknown;
const departmentKeyExport: unknown = Reflect.get(domain, 'departmentKey');
const departmentKey =
  typeof departmentKeyExport === 'function' ? (departmentKeyExport as DepartmentKey) : undefined;

/**
 * Two spellings of one department compare equal through the domain's name normalisation (市卫健局 =
 * 市卫生健康委); without it, names must match exactly.
 */
function unitKey(name: string, level: JurisdictionLevel): string {
  if (!departmentKey) return name;
  const key = departmentKey(name, level);
  return typeof key === 'string' && key !== '' ? key : name;
}

/**
 * Whether "各乡镇人民政府、街道办事处" is one LOCAL entry or two is a representation choice (the golden files
 * use one); consecutive LOCAL entries are therefore joined before comparing.
 */
function joinLocalRuns(assignments: readonly GoldenAssignment[]): GoldenAssignment[] {
  const out: GoldenAssignment[] = [];
  for (const a of assignments) {
    const last = out.at(-1);
    if (a.role === 'LOCAL' && last?.role === 'LOCAL') last.unit = `${last.unit}、${a.unit}`;
    else out.push({ unit: a.unit, role: a.role });
  }
  return out;
}

const approxEqual = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

function matchesTarget(parsed: ParsedTarget, expected: GoldenTarget): boolean {
  return (
    parsed.comparator === expected.comparator &&
    approxEqual(parsed.value, expected.value) &&
    parsed.unit === expected.unit &&
    parsed.year === expected.year &&
    parsed.indicator.includes(expected.indicatorIncludes)
  );
}

const describeTarget = (t: GoldenTarget) =>
  `${t.indicatorIncludes}… ${t.comparator} ${t.value}${t.unit ?? ''} by ${t.year ?? '?'}`;
const describeParsedTarget = (t: ParsedTarget) =>
  `${t.indicator} ${t.comparator} ${t.value}${t.unit ?? ''} by ${t.year ?? '?'}`;

/** A duty's text may or may not repeat the unit name(s) before "负责…"; the quoted start must come early. */
const DUTY_START_WINDOW = 40;

(parsePolicy ? describe : describe.skip).each(SEEDS)('parsePolicy(%s) against its golden file', (seed) => {
  const golden = readGolden(seed);
  const level = golden.jurisdiction.level;
  const key = (name: string) => unitKey(name, level);
  let parsed: ParsedPolicy;

  /** Shows an actual unit in the golden file's spelling when the two are the same department. */
  const goldenSpelling = new Map<string, string>();
  for (const name of [
    ...golden.tasks.flatMap((t) => t.assignments.map((a) => a.unit)),
    ...golden.duties.map((d) => d.unit),
    ...(golden.jointMeeting?.members ?? []),
  ]) {
    goldenSpelling.set(key(name), name);
  }
  const spell = (name: string) => goldenSpelling.get(key(name)) ?? name;

  beforeAll(async () => {
    if (!parsePolicy) return;
    parsed = await parsePolicy(readSeed(seed));
  });

  it('reads the document fields', () => {
    const { title, docNumber, issuer, issuedOn, status } = parsed.document;
    expect({ title, docNumber, issuer, issuedOn, status }, `${seed}: document`).toEqual(golden.document);
  });

  it('reads the jurisdiction', () => {
    const actual = parsed.jurisdiction && {
      name: parsed.jurisdiction.name,
      level: parsed.jurisdiction.level,
    };
    expect(actual, `${seed}: jurisdiction`).toEqual(golden.jurisdiction);
  });

  it('finds the cited document numbers', () => {
    expect([...new Set(parsed.document.cites)].sort(), `${seed}: cites (as a set)`).toEqual(
      [...golden.cites].sort(),
    );
  });

  it('finds every numbered item, in document order', () => {
    expect(
      parsed.tasks.map((t) => pathKey(t.path)),
      `${seed}: task paths`,
    ).toEqual(golden.tasks.map((t) => pathKey(t.path)));
  });

  it('assigns the units of each task with their roles, in order', () => {
    // One line per task in document order, "三/(一)/1: LEAD 市自然资源局 · SUPPORT 市发展改革委 · LOCAL 各县区政府",
    // so that a failure names the task and shows expected against actual. Lines are compared through the
    // department key and shown with actual units in the golden spelling when they are the same department.
    const line = (assignments: readonly GoldenAssignment[], unitName: (name: string) => string) =>
      joinLocalRuns(assignments)
        .map((a) => `${a.role} ${a.role === 'LOCAL' ? a.unit : unitName(a.unit)}`)
        .join(' · ') || '(none)';
    const byPath = new Map(parsed.tasks.map((t) => [pathKey(t.path), t.assignments]));
    const compared = { expected: [] as string[], actual: [] as string[] };
    const shown = { expected: [] as string[], actual: [] as string[] };
    for (const task of golden.tasks) {
      const path = pathKey(task.path);
      const found = byPath.get(path);
      // Prefer the spelling of this task's own expectation (消防救援大队 and 消防大队 share a key).
      const spelledHere = new Map(task.assignments.map((a) => [key(a.unit), a.unit]));
      const spellHere = (name: string) => spelledHere.get(key(name)) ?? spell(name);
      compared.expected.push(`${path}: ${line(task.assignments, key)}`);
      shown.expected.push(`${path}: ${line(task.assignments, (name) => name)}`);
      compared.actual.push(`${path}: ${found ? line(found, key) : '(no task with this path)'}`);
      shown.actual.push(`${path}: ${found ? line(found, spellHere) : '(no task with this path)'}`);
    }
    if (JSON.stringify(compared.actual) !== JSON.stringify(compared.expected)) {
      expect(shown.actual, `${seed}: assignments by task path`).toEqual(shown.expected);
      // Same spelling but different keys cannot happen; fail anyway rather than pass silently.
      expect(compared.actual, `${seed}: assignments by task path (department keys)`).toEqual(
        compared.expected,
      );
    }
  });

  it('reads every target and no other', () => {
    const remaining = [...parsed.targets];
    const missing: string[] = [];
    for (const target of golden.targets) {
      const i = remaining.findIndex((p) => matchesTarget(p, target));
      if (i === -1) missing.push(describeTarget(target));
      else remaining.splice(i, 1);
    }
    expect(
      { missing, unexpected: remaining.map(describeParsedTarget) },
      `${seed}: targets (expected ${golden.targets.length}, parsed ${parsed.targets.length})`,
    ).toEqual({ missing: [], unexpected: [] });
  });

  it('attaches each baseline to its target', () => {
    const wrong: string[] = [];
    for (const baseline of golden.baselines) {
      // ParsedPolicy holds a baseline only on a target; those without one are listed in the golden file only.
      if (baseline.forTarget === null) continue;
      const { indicatorIncludes, value } = baseline.forTarget;
      const target = golden.targets.find(
        (t) => t.indicatorIncludes === indicatorIncludes && t.value === value,
      );
      if (!target) throw new Error(`${seed}: golden baseline names an unknown target`);
      const parsedTarget = parsed.targets.find((p) => matchesTarget(p, target));
      const actual = parsedTarget?.baseline?.value;
      if (actual === undefined || !approxEqual(actual, baseline.value)) {
        wrong.push(
          `${describeTarget(target)}: baseline expected ${baseline.value}${baseline.unit ?? ''}, ` +
            `parsed ${parsedTarget ? String(actual ?? 'none') : '(target not found)'}`,
        );
      }
    }
    expect(wrong, `${seed}: baselines`).toEqual([]);
  });

  it('reads the joint meeting', () => {
    const expected = golden.jointMeeting;
    const actual = parsed.jointMeeting;
    if (expected === null) {
      expect(actual?.name ?? null, `${seed}: no joint meeting expected`).toBeNull();
      return;
    }
    expect(actual, `${seed}: joint meeting expected, none parsed`).not.toBeNull();
    if (!actual) return;
    expect(actual.name, `${seed}: joint meeting name`).toContain(expected.nameIncludes);
    const sortedKeys = (names: readonly string[]) => [...new Set(names.map(key))].sort();
    if (JSON.stringify(sortedKeys(actual.members)) !== JSON.stringify(sortedKeys(expected.members))) {
      const expectedKeys = new Set(expected.members.map(key));
      const actualKeys = new Set(actual.members.map(key));
      expect(
        {
          missing: expected.members.filter((m) => !actualKeys.has(key(m))),
          unexpected: actual.members.filter((m) => !expectedKeys.has(key(m))),
        },
        `${seed}: joint meeting members (as a set)`,
      ).toEqual({ missing: [], unexpected: [] });
    }
    const orNull = (name: string | null) => (name === null ? null : key(name));
    expect(
      { convenor: orNull(actual.convenor), office: orNull(actual.office) },
      `${seed}: convenor and office`,
    ).toEqual({ convenor: orNull(expected.convenor), office: orNull(expected.office) });
  });

  it('reads the duty division', () => {
    const remaining = [...parsed.duties];
    const missing: string[] = [];
    for (const duty of golden.duties) {
      const i = remaining.findIndex(
        (d) =>
          key(d.unit) === key(duty.unit) &&
          readable(d.text).replace(/\s+/g, '').slice(0, DUTY_START_WINDOW).includes(duty.textStartsWith),
      );
      if (i === -1) missing.push(`${duty.unit}: ${duty.textStartsWith}…`);
      else remaining.splice(i, 1);
    }
    expect(
      { missing, unexpected: remaining.map((d) => `${spell(d.unit)}: ${d.text.slice(0, 20)}…`) },
      `${seed}: duties (expected ${golden.duties.length}, parsed ${parsed.duties.length})`,
    ).toEqual({ missing: [], unexpected: [] });
  });

  it('raises the expected warnings', () => {
    const codes = new Set(parsed.warnings.map((w) => w.code));
    expect(
      golden.expectedWarnings.filter((code) => !codes.has(code)),
      `${seed}: warning codes missing (parsed: ${[...codes].join(', ') || 'none'})`,
    ).toEqual([]);
  });
});
