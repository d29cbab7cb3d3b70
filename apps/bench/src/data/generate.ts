import { createHash, scryptSync } from 'node:crypto';
import { formatChineseNumeral, pathKey, type AssignmentRole } from '@lianxi/domain';
import { Random } from './prng.js';
import type { Templates, UnitTemplate } from './templates.js';

/**
 * The deterministic province: the same seed and templates give the same rows, ids included.
 *
 * Per jurisdiction (province, city, county): ~20 member departments (sectors and names from the seeds'
 * units, with the level's place prefix), the collective lower governments (各县区政府), a joint meeting,
 * one five-year plan of 60–120 tasks and yearly work plans (年度工作要点) of 60–120 tasks each, all made of
 * the seeds' tasks and clause shapes; 2–5 assignments per task; quarterly progress reports, a chain per
 * assignment: 20 quarters for the plan (2021-Q1 … 2025-Q4), the quarters of its year for a yearly plan.
 * That is ≈100k tasks, ≈300k assignments and ≈2M reports at province scale.
 *
 * The top jurisdiction also gets three fixture documents of exactly 10, 120 and 1,000 tasks, each led
 * throughout by its own fixture department, so statement counts can be read at three sizes.
 */

export type ScaleName = 'province' | 'city' | 'tiny';

export interface Scale {
  name: ScaleName;
  /** Whether a province sits on top (otherwise the one city is the top). */
  province: boolean;
  cities: number;
  countiesPerCity: [number, number];
  tasksPerDocument: [number, number];
  /** Yearly work plans per jurisdiction, the latest ending this year. */
  yearlyPlans: number;
  membersPerMeeting: [number, number];
  fixtures: readonly number[];
}

export const SCALES: Readonly<Record<ScaleName, Scale>> = {
  province: {
    name: 'province',
    province: true,
    cities: 16,
    countiesPerCity: [6, 10],
    tasksPerDocument: [60, 120],
    yearlyPlans: 6,
    membersPerMeeting: [18, 22],
    fixtures: [10, 120, 1000],
  },
  city: {
    name: 'city',
    province: false,
    cities: 1,
    countiesPerCity: [8, 8],
    tasksPerDocument: [60, 120],
    yearlyPlans: 6,
    membersPerMeeting: [18, 22],
    fixtures: [10, 120, 1000],
  },
  tiny: {
    name: 'tiny',
    province: false,
    cities: 1,
    countiesPerCity: [2, 2],
    tasksPerDocument: [6, 10],
    yearlyPlans: 1,
    membersPerMeeting: [6, 8],
    fixtures: [10],
  },
};

/** Column order of every table the generator writes (the COPY column lists). */
export const COLUMNS = {
  jurisdiction: ['id', 'name', 'level', 'parent_id'],
  department: ['id', 'jurisdiction_id', 'name', 'aliases', 'sector', 'kind', 'collective'],
  app_user: ['id', 'username', 'display_name', 'password_hash', 'role', 'department_id', 'jurisdiction_id'],
  policy_document: [
    'id',
    'jurisdiction_id',
    'document_key',
    'title',
    'doc_number',
    'issuer',
    'issued_on',
    'status',
    'content_hash',
    'source_text',
  ],
  joint_meeting: ['id', 'jurisdiction_id', 'name', 'document_id'],
  member: ['id', 'joint_meeting_id', 'department_id', 'position', 'sort_order'],
  task: ['id', 'document_id', 'path', 'path_key', 'heading', 'text', 'deadline', 'recurrence', 'sort_order'],
  assignment: ['id', 'task_id', 'department_id', 'role'],
  progress_report: [
    'id',
    'assignment_id',
    'period',
    'status',
    'percent',
    'narrative',
    'indicator_values',
    'reported_by',
    'reported_at',
    'supersedes_id',
  ],
} as const;

export type Table = keyof typeof COLUMNS;
/** Load order: parents before children (foreign keys). */
export const TABLES = Object.keys(COLUMNS) as Table[];

export type Cell = string | number | boolean | null | readonly string[];
export type Row = readonly Cell[];
/** The rows of one jurisdiction, per table. */
export type Batch = Record<Table, Row[]>;

export const BENCH_ADMIN = 'bench-admin';
export const BENCH_PASSWORD = 'bench-password-2026';
export const FIXTURE_KEY_PREFIX = 'bench-fixture-';

/** The last quarter reports exist for (today is in 2026-Q4). */
const LAST_REPORTED = { year: 2026, quarter: 3 };
const PLAN_YEARS = [2021, 2025] as const;

const CITY_CHARS = Array.from('平安临江清远云川东阳南山北湖西林金河宁泉丰源长青桂华兴明新和德昌盛泰嘉通汇定宜');

const NARRATIVES = [
  '已召开专题会议研究部署，制定工作方案',
  '按计划推进，完成阶段性目标',
  '会同相关部门开展督导检查',
  '完成摸底调查，建立工作台账',
  '印发配套政策文件，明确责任分工',
  '开展业务培训，覆盖各县区',
  '推进试点建设，总结经验做法',
  '受资金安排影响进度滞后，正在协调',
];

const ROLE_ORDER: Readonly<Record<AssignmentRole, number>> = { LEAD: 0, SUPPORT: 1, LOCAL: 2 };

function emptyBatch(): Batch {
  return Object.fromEntries(TABLES.map((table) => [table, []])) as unknown as Batch;
}

interface Place {
  id: string;
  name: string;
  level: 'PROVINCE' | 'CITY' | 'COUNTY';
  parentId: string | null;
  /** The prefix its departments are written with: 省, 市, 县 or 区. */
  prefix: string;
  /** The collective lower governments, as its plans write them. */
  collective: string | null;
}

interface Dept {
  id: string;
  sector: string | null;
  userId: string;
}

/** A password hash in the API's format (`scrypt$log2N$r$p$salt$hash`), cheap on purpose: a bench login. */
export function benchPasswordHash(seed: number): string {
  const salt = createHash('sha256').update(`lianxi-bench-${seed}`).digest().subarray(0, 16);
  const log2N = 14;
  const key = scryptSync(BENCH_PASSWORD.normalize('NFKC'), salt, 32, { N: 2 ** log2N, r: 8, p: 1 });
  return ['scrypt', log2N, 8, 1, salt.toString('base64url'), key.toString('base64url')].join('$');
}

function quarterEnd(year: number, quarter: number): Date {
  return new Date(Date.UTC(year, quarter * 3, 0, 9, 0, 0));
}

/**
 * Yields the province jurisdiction by jurisdiction (each batch is small enough to COPY at once); the
 * first batch also holds the bench admin.
 */
export function* generate(scale: Scale, templates: Templates, seed = 20_260_101): Generator<Batch> {
  const random = new Random(seed);
  const passwordHash = benchPasswordHash(seed);
  const usedNames = new Set<string>();
  const placeName = (suffix: string) => {
    for (;;) {
      const first = random.pick(CITY_CHARS);
      const second = random.pick(CITY_CHARS);
      const name = `${first}${second}${suffix}`;
      if (first !== second && !usedNames.has(name)) {
        usedNames.add(name);
        return name;
      }
    }
  };

  const places: Place[] = [];
  let top: Place | null = null;
  if (scale.province) {
    top = { id: random.uuid(), name: placeName('省'), level: 'PROVINCE', parentId: null, prefix: '省', collective: '各市人民政府' };
    places.push(top);
  }
  for (let c = 0; c < scale.cities; c++) {
    const city: Place = {
      id: random.uuid(),
      name: placeName('市'),
      level: 'CITY',
      parentId: top?.id ?? null,
      prefix: '市',
      collective: '各县区政府',
    };
    places.push(city);
    top ??= city;
    const counties = random.int(...scale.countiesPerCity);
    for (let k = 0; k < counties; k++) {
      const district = random.chance(0.4);
      places.push({
        id: random.uuid(),
        name: placeName(district ? '区' : '县'),
        level: 'COUNTY',
        parentId: city.id,
        prefix: district ? '区' : '县',
        collective: '各乡镇人民政府、街道办事处',
      });
    }
  }

  for (const [index, place] of places.entries()) {
    const batch = emptyBatch();
    if (index === 0) {
      batch.app_user.push([random.uuid(), BENCH_ADMIN, '基准测试管理员', passwordHash, 'ADMIN', null, null]);
    }
    batch.jurisdiction.push([place.id, place.name, place.level, place.parentId]);
    const { departments, members } = generateDepartments(random, scale, templates, place, batch, passwordHash);
    const meetingId = random.uuid();

    const documents: { key: string; title: string; year: number | null; tasks: number }[] = [
      { key: 'plan', title: `${place.name}关于促进3岁以下婴幼儿照护服务发展的实施方案`, year: null, tasks: random.int(...scale.tasksPerDocument) },
    ];
    for (let y = 0; y < scale.yearlyPlans; y++) {
      const year = LAST_REPORTED.year - scale.yearlyPlans + 1 + y;
      documents.push({
        key: `work-${year}`,
        title: `${place.name}${year}年婴幼儿照护服务工作要点`,
        year,
        tasks: random.int(...scale.tasksPerDocument),
      });
    }
    let planId: string | null = null;
    for (const document of documents) {
      const id = generateDocument(random, templates, place, document, members, departments, batch);
      planId ??= id;
    }
    batch.joint_meeting.push([meetingId, place.id, `${place.name}婴幼儿照护服务发展工作联席会议`, planId]);
    members.forEach((member, order) => {
      const position = order === 0 ? 'OFFICE' : 'MEMBER';
      batch.member.push([random.uuid(), meetingId, member.id, position, order]);
    });

    if (index === 0) {
      for (const size of scale.fixtures) {
        const fixture: Dept = { id: random.uuid(), sector: null, userId: random.uuid() };
        const name = `${place.prefix}基准测试单位${size}`;
        batch.department.push([fixture.id, place.id, name, [], null, 'PUBLIC_INSTITUTION', false]);
        batch.app_user.push([fixture.userId, `fixture-${size}`, name, passwordHash, 'MEMBER', fixture.id, place.id]);
        generateDocument(
          random,
          templates,
          place,
          { key: `${FIXTURE_KEY_PREFIX}${size}`, title: `基准测试文件(${size}项任务)`, year: LAST_REPORTED.year, tasks: size },
          members,
          departments,
          batch,
          fixture,
        );
      }
    }
    yield batch;
  }
}

function generateDepartments(
  random: Random,
  scale: Scale,
  templates: Templates,
  place: Place,
  batch: Batch,
  passwordHash: string,
): { departments: Map<string | null, Dept>; members: Dept[] } {
  const health = templates.units.find((unit) => unit.sector === 'HEALTH');
  const others = templates.units.filter((unit) => unit !== health);
  const count = random.int(...scale.membersPerMeeting);
  const chosen: UnitTemplate[] = [...(health ? [health] : []), ...random.sample(others, count - (health ? 1 : 0))];
  const departments = new Map<string | null, Dept>();
  const members: Dept[] = [];
  chosen.forEach((unit, i) => {
    const dept: Dept = { id: random.uuid(), sector: unit.sector, userId: random.uuid() };
    const name = `${place.prefix}${unit.stem}`;
    batch.department.push([dept.id, place.id, name, [unit.stem], unit.sector, unit.kind, false]);
    batch.app_user.push([dept.userId, `u-${place.id.slice(0, 8)}-${i}`, name, passwordHash, 'MEMBER', dept.id, place.id]);
    departments.set(unit.sector, dept);
    members.push(dept);
  });
  if (place.collective) {
    const dept: Dept = { id: random.uuid(), sector: null, userId: random.uuid() };
    batch.department.push([dept.id, place.id, place.collective, [], null, 'GOVERNMENT', true]);
    batch.app_user.push([dept.userId, `u-${place.id.slice(0, 8)}-local`, place.collective, passwordHash, 'MEMBER', dept.id, place.id]);
    departments.set(null, dept);
  }
  return { departments, members };
}

/** One document: sections of 4–10 tasks, each task a seed task with its clause mapped onto this place. */
function generateDocument(
  random: Random,
  templates: Templates,
  place: Place,
  document: { key: string; title: string; year: number | null; tasks: number },
  members: Dept[],
  departments: Map<string | null, Dept>,
  batch: Batch,
  fixtureLead?: Dept,
): string {
  const id = random.uuid();
  const issuedYear = document.year ?? PLAN_YEARS[0];
  const issuedOn = `${issuedYear}-0${random.int(1, 3)}-${String(random.int(10, 28))}`;
  const lines: string[] = [document.title];
  const deadline = document.year === null ? `${PLAN_YEARS[1]}-12-31` : `${document.year}-12-31`;
  let section = 0;
  let inSection = 0;
  let sectionSize = 0;
  let sortOrder = 0;
  const taskRows: Row[] = [];
  for (let t = 0; t < document.tasks; t++) {
    if (inSection === sectionSize) {
      section++;
      inSection = 0;
      sectionSize = random.int(4, 10);
      const heading = random.pick(templates.sections);
      const path = [formatChineseNumeral(section) ?? String(section)];
      taskRows.push([random.uuid(), id, path, pathKey(path), heading, heading, null, null, sortOrder++]);
      lines.push(`${path[0] ?? ''}、${heading}`);
    }
    inSection++;
    const template = random.pick(templates.tasks);
    const path = [formatChineseNumeral(section) ?? String(section), String(inSection)];
    const taskId = random.uuid();
    const recurrence = document.year === null && random.chance(0.15) ? 'ANNUAL' : null;
    taskRows.push([taskId, id, path, pathKey(path), template.heading, template.text, deadline, recurrence, sortOrder++]);
    lines.push(`${String(inSection)}.${template.text}`);

    // The clause: the template's (or one seen in the seeds), its sectors mapped to this place's departments,
    // topped up with other members to 2–5 units; the first listed leads.
    const clause = template.clause.length > 0 ? template.clause : random.pick(templates.clauses);
    const units: { dept: Dept; role: AssignmentRole }[] = [];
    const taken = new Set<string>();
    const add = (dept: Dept | undefined, role: AssignmentRole) => {
      if (!dept || taken.has(dept.id)) return;
      taken.add(dept.id);
      units.push({ dept, role });
    };
    if (fixtureLead) add(fixtureLead, 'LEAD');
    for (const unit of clause) {
      if (unit.role === 'LOCAL') add(departments.get(null), 'LOCAL');
      else add(unit.sector ? departments.get(unit.sector) : undefined, units.length === 0 ? 'LEAD' : 'SUPPORT');
    }
    const wanted = random.int(2, 5);
    // A LEAD first even when the clause is cut to `wanted` units.
    units.sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role]);
    while (units.filter((u) => u.role !== 'LOCAL').length < 1 || units.length < wanted) {
      add(random.pick(members), units.length === 0 ? 'LEAD' : 'SUPPORT');
    }
    if (!units.some((u) => u.role === 'LEAD')) {
      const first = units.find((u) => u.role === 'SUPPORT');
      if (first) first.role = 'LEAD';
    }
    units.sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role]);
    for (const unit of units.slice(0, Math.max(wanted, 2))) {
      const assignmentId = random.uuid();
      batch.assignment.push([assignmentId, taskId, unit.dept.id, unit.role]);
      generateReports(random, batch, assignmentId, unit.dept.userId, template.heading ?? '', document.year);
    }
  }
  batch.task.push(...taskRows);
  const sourceText = lines.join('\n');
  batch.policy_document.push([
    id,
    place.id,
    document.key,
    document.title,
    null,
    `${place.name}人民政府办公室`,
    issuedOn,
    'EFFECTIVE',
    createHash('sha256').update(sourceText).digest('hex'),
    sourceText,
  ]);
  return id;
}

/** A chain of quarterly reports, each superseding the previous; some units stop reporting (yellow/red lights). */
function generateReports(
  random: Random,
  batch: Batch,
  assignmentId: string,
  reportedBy: string,
  heading: string,
  year: number | null,
): void {
  const quarters: [number, number][] = [];
  const [from, to] = year === null ? [PLAN_YEARS[0], PLAN_YEARS[1]] : [year, year];
  for (let y = from; y <= to; y++) {
    for (let q = 1; q <= 4; q++) {
      if (y > LAST_REPORTED.year || (y === LAST_REPORTED.year && q > LAST_REPORTED.quarter)) continue;
      quarters.push([y, q]);
    }
  }
  const stopAfter = random.chance(0.1) ? random.int(0, quarters.length) : quarters.length;
  let previous: string | null = null;
  let percent = 0;
  const step = Math.ceil(100 / Math.max(quarters.length, 1));
  for (const [y, q] of quarters.slice(0, stopAfter)) {
    const id = random.uuid();
    percent = Math.min(100, percent + random.int(Math.max(1, step - 3), step + 3));
    const status = percent >= 100 ? 'COMPLETED' : random.chance(0.03) ? 'BLOCKED' : 'IN_PROGRESS';
    const at = quarterEnd(y, q);
    at.setUTCDate(at.getUTCDate() + random.int(1, 12));
    at.setUTCHours(random.int(1, 9), random.int(0, 59), random.int(0, 59));
    batch.progress_report.push([
      id,
      assignmentId,
      `${String(y)}-Q${String(q)}`,
      status,
      percent,
      `${heading}：${random.pick(NARRATIVES)}`,
      '[]',
      reportedBy,
      at.toISOString(),
      previous,
    ]);
    previous = id;
  }
}

/** Rows per table over all batches. */
export function countRows(batches: Iterable<Batch>): Record<Table, number> {
  const counts = Object.fromEntries(TABLES.map((table) => [table, 0])) as Record<Table, number>;
  for (const batch of batches) for (const table of TABLES) counts[table] += batch[table].length;
  return counts;
}
