import type { AssignmentRole, JurisdictionLevel, MemberPosition, Recurrence } from '@lianxi/domain';
import type {
  ParsedAssignment,
  ParsedPolicy,
  ParsedTarget,
  ParsedTask,
  ParsedUnit,
  ParseWarning,
} from '@lianxi/policy-parser';

/** A unit on a task: a name (first listed leads, 各… is LOCAL, the rest support) or a name with a role. */
export type UnitSketch = string | [name: string, role: AssignmentRole];

export interface TaskSketch {
  /** `三/(一)/1` or ["三", "(一)", "1"]. */
  path: string | string[];
  text: string;
  heading?: string | null;
  deadline?: string | null;
  recurrence?: Recurrence | null;
  units?: UnitSketch[];
}

export interface PolicySketch {
  title?: string;
  docNumber?: string | null;
  issuer?: string | null;
  issuedOn?: string | null;
  /** The jurisdiction the text names; null for a text that names none. */
  jurisdiction?: string | null;
  level?: JurisdictionLevel;
  parentJurisdiction?: string | null;
  tasks?: TaskSketch[];
  /** Details of units (aliases, sector, kind); every unit named anywhere is listed, these override. */
  units?: (Partial<ParsedUnit> & { name: string })[];
  duties?: { unit: string; text: string }[];
  targets?: Partial<ParsedTarget>[];
  jointMeeting?: {
    name: string;
    members: string[];
    convenor?: string | null;
    deputyConvenors?: string[];
    office?: string | null;
  } | null;
  warnings?: ParseWarning[];
  /** Appended to the generated text: a different value makes a different content hash (a new revision). */
  revisionNote?: string;
}

function roleOf(name: string, index: number): AssignmentRole {
  if (name.startsWith('各')) return 'LOCAL';
  return index === 0 ? 'LEAD' : 'SUPPORT';
}

/**
 * A ParsedPolicy built by hand, the shape `parsePolicy` returns: for importer and data-access tests that
 * must not depend on the parser. Spans point into the generated `text`.
 *
 *   aParsedPolicy({
 *     tasks: [{ path: '一/(一)', text: '发展普惠托育服务', units: ['市卫生健康委', '市发展改革委', '各县区政府'] }],
 *   })
 */
export function aParsedPolicy(sketch: PolicySketch = {}): ParsedPolicy {
  const title = sketch.title ?? '本溪市促进3岁以下婴幼儿照护服务发展实施方案';
  let text = `${title}\n`;
  const spanOf = (line: string) => {
    const start = text.length;
    text += `${line}\n`;
    return { start, end: start + line.length };
  };

  const tasks = (sketch.tasks ?? []).map((task): ParsedTask => {
    const path = typeof task.path === 'string' ? task.path.split('/') : task.path;
    const unitNames = (task.units ?? []).map((unit) => (typeof unit === 'string' ? unit : unit[0]));
    const clause = unitNames.length ? `（责任单位：${unitNames.join('、')}）` : '';
    const span = spanOf(`${path.at(-1) ?? ''}${task.heading ?? ''}${task.text}${clause}`);
    const assignments = (task.units ?? []).map((unit, index): ParsedAssignment => {
      const [name, role] = typeof unit === 'string' ? [unit, roleOf(unit, index)] : unit;
      return { unit: name, role, asWritten: name, span };
    });
    return {
      path,
      heading: task.heading ?? null,
      text: task.text,
      span,
      deadline: task.deadline ?? null,
      recurrence: task.recurrence ?? null,
      assignments,
    };
  });
  const duties = (sketch.duties ?? []).map((duty) => ({ ...duty, span: spanOf(duty.text) }));
  const targets = (sketch.targets ?? []).map((target): ParsedTarget => ({
    indicator: '每千常住人口拥有3岁以下婴幼儿托位数',
    comparator: 'GTE',
    value: 4.5,
    unit: '个',
    year: 2025,
    scope: null,
    baseline: null,
    span: spanOf(target.indicator ?? '每千常住人口拥有3岁以下婴幼儿托位数'),
    ...target,
  }));
  const meeting = sketch.jointMeeting;
  const jointMeeting = meeting
    ? {
        name: meeting.name,
        members: meeting.members,
        convenor: meeting.convenor ?? null,
        deputyConvenors: meeting.deputyConvenors ?? [],
        office: meeting.office ?? null,
        positions: [] as { unit: string; position: MemberPosition }[],
        span: spanOf(`建立${meeting.name}制度，成员单位：${meeting.members.join('、')}`),
      }
    : null;
  if (sketch.revisionNote) spanOf(sketch.revisionNote);

  const named = new Set<string>([
    ...tasks.flatMap((task) => task.assignments.map((assignment) => assignment.unit)),
    ...duties.map((duty) => duty.unit),
    ...(jointMeeting ? jointMeeting.members : []),
  ]);
  const details = new Map((sketch.units ?? []).map((unit) => [unit.name, unit]));
  const units = [...new Set([...named, ...details.keys()])].map((name): ParsedUnit => {
    const collective = name.startsWith('各');
    return {
      name,
      aliases: [],
      sector: null,
      sectors: [],
      kind: collective ? 'GOVERNMENT' : 'DEPARTMENT',
      collective,
      known: true,
      ...details.get(name),
    };
  });

  const jurisdiction = sketch.jurisdiction === undefined ? '本溪市' : sketch.jurisdiction;
  return {
    document: {
      title,
      docNumber: sketch.docNumber === undefined ? '本政办发〔2020〕33号' : sketch.docNumber,
      issuer: sketch.issuer === undefined ? '本溪市人民政府办公室' : sketch.issuer,
      issuedOn: sketch.issuedOn === undefined ? '2020-09-30' : sketch.issuedOn,
      status: 'EFFECTIVE',
      validityNote: null,
      cites: ['国办发〔2019〕15号'],
    },
    jurisdiction: jurisdiction
      ? { name: jurisdiction, level: sketch.level ?? 'CITY', parentName: sketch.parentJurisdiction ?? null }
      : null,
    tasks,
    targets,
    jointMeeting,
    duties,
    units,
    cleaning: { removedChars: 0, removed: [] },
    warnings: sketch.warnings ?? [],
    text,
  };
}

/** Departments the generated plans rotate through. */
export const SAMPLE_UNITS = [
  '市卫生健康委',
  '市发展改革委',
  '市教育局',
  '市民政局',
  '市财政局',
  '市人力资源社会保障局',
  '市自然资源局',
  '市住房城乡建设局',
  '市市场监管局',
  '市妇联',
] as const;

/**
 * A plan with `count` tasks under three headings, each with a lead, a supporting unit and 各县区政府 —
 * for tests whose point is the number of rows (e.g. that a query's statement count does not grow).
 */
export function aLargeParsedPolicy(count: number, sketch: PolicySketch = {}): ParsedPolicy {
  const headings = ['一', '二', '三'];
  const tasks = Array.from({ length: count }, (_, index): TaskSketch => {
    const lead = SAMPLE_UNITS[index % SAMPLE_UNITS.length] ?? SAMPLE_UNITS[0];
    const support = SAMPLE_UNITS[(index + 3) % SAMPLE_UNITS.length] ?? SAMPLE_UNITS[1];
    return {
      path: [headings[index % headings.length] ?? '一', String(Math.floor(index / headings.length) + 1)],
      text: `第${index + 1}项：推进托育服务体系建设，完善普惠托育服务供给`,
      deadline: index % 2 === 0 ? '2025-12-31' : null,
      units: [lead, support, '各县区政府'],
    };
  });
  return aParsedPolicy({ ...sketch, tasks });
}
