import type {
  Assignment,
  Department,
  Duty,
  Id,
  Indicator,
  JointMeeting,
  Jurisdiction,
  Measurement,
  Meeting,
  Member,
  PolicyDocument,
  ProgressReport,
  Reminder,
  Resolution,
  Target,
  Task,
  User,
} from '../model.js';

/**
 * Test builders, `@lianxi/domain/testing`: each returns a complete, valid object with realistic Chinese
 * defaults (本溪市, 市卫生健康委 …) and takes a partial override. Ids are UUIDs from one counter, so a
 * test's data is the same on every run; `resetTestIds()` (e.g. in `beforeEach`) starts the counter and the
 * rotating names again. References to other entities default to fresh ids: pass the related object's id
 * (`aTask({ documentId: document.id })`) when the relation matters.
 */

let counter = 0;
const sequences = new Map<string, number>();

/** Starts ids and rotating names from the beginning again. */
export function resetTestIds(): void {
  counter = 0;
  sequences.clear();
}

/** The next id: 00000000-0000-4000-8000-000000000001, …002, … (valid UUID v4 syntax). */
export function nextTestId(): Id {
  counter++;
  return `00000000-0000-4000-8000-${counter.toString(16).padStart(12, '0')}`;
}

/** The next item of a list, per list name, wrapping around. */
function rotate<V>(name: string, values: readonly V[]): V {
  const index = sequences.get(name) ?? 0;
  sequences.set(name, index + 1);
  return values[index % values.length] as V;
}

/** A fixed instant (2025-07-10 09:00 in 本溪) so that no test depends on the clock. */
export const TEST_NOW = new Date('2025-07-10T01:00:00Z');

export function aJurisdiction(overrides: Partial<Jurisdiction> = {}): Jurisdiction {
  return { id: nextTestId(), name: '本溪市', level: 'CITY', parentId: null, ...overrides };
}

/** Departments of 本溪市 as its plan names them, with their sector codes. */
const DEPARTMENTS = [
  { name: '市卫生健康委', aliases: ['市卫健委', '市卫健局', '卫生健康部门'], sector: 'HEALTH' },
  { name: '市发展改革委', aliases: ['市发改委', '发展改革部门'], sector: 'DEVELOPMENT_REFORM' },
  { name: '市民政局', aliases: ['民政局', '民政部门'], sector: 'CIVIL_AFFAIRS' },
  {
    name: '市住房城乡建设局',
    aliases: ['市住建局', '住房城乡建设部门'],
    sector: 'HOUSING_URBAN_RURAL_DEVELOPMENT',
  },
  { name: '市教育局', aliases: ['教育局', '教育部门'], sector: 'EDUCATION' },
  {
    name: '市人力资源社会保障局',
    aliases: ['市人社局', '人社局'],
    sector: 'HUMAN_RESOURCES_SOCIAL_SECURITY',
  },
  { name: '市总工会', aliases: ['总工会'], sector: 'TRADE_UNION' },
  { name: '市妇联', aliases: ['妇联'], sector: 'WOMENS_FEDERATION' },
] as const;

/** Rotates through 市卫生健康委, 市发展改革委, 市民政局, … so that departments of one test differ. */
export function aDepartment(overrides: Partial<Department> = {}): Department {
  const template = rotate('department', DEPARTMENTS);
  return {
    id: nextTestId(),
    jurisdictionId: nextTestId(),
    name: template.name,
    aliases: [...template.aliases],
    sector: template.sector,
    kind:
      template.name.endsWith('总工会') || template.name.endsWith('妇联') ? 'MASS_ORGANIZATION' : 'DEPARTMENT',
    archivedAt: null,
    version: 1,
    ...overrides,
  };
}

export function aDocument(overrides: Partial<PolicyDocument> = {}): PolicyDocument {
  const id = nextTestId();
  return {
    id,
    jurisdictionId: nextTestId(),
    title: '本溪市人民政府办公室关于促进3岁以下婴幼儿照护服务发展的实施意见',
    docNumber: '本政办发〔2020〕33号',
    issuer: '本溪市人民政府办公室',
    issuedOn: '2020-07-31',
    status: 'EFFECTIVE',
    validityNote: null,
    cites: ['国办发〔2019〕15号', '辽政办发〔2020〕12号'],
    revision: 1,
    contentHash: id.replace(/-/g, '').padStart(64, '0'),
    sourceText:
      '三、主要任务\n(一)科学规划建设婴幼儿照护服务机构\n1.城乡统筹,科学布局。各县(区)政府要制定托育服务专项布点规划。' +
      '(责任单位:市自然资源局、市发展改革委、市民政局、市住房城乡建设局等部门按照职责分工负责,各县区政府。列第一位为牵头单位,下同)',
    importedAt: TEST_NOW,
    ...overrides,
  };
}

export function aTask(overrides: Partial<Task> = {}): Task {
  return {
    id: nextTestId(),
    documentId: nextTestId(),
    path: ['三', '(一)', '1'],
    heading: '城乡统筹,科学布局',
    text: '各县(区)政府要制定托育服务专项布点规划,在新建居住区时要建设与常住人口规模相适应的婴幼儿照护服务设施。',
    deadline: '2025-12-31',
    recurrence: null,
    span: null,
    resolutionId: null,
    ...overrides,
  };
}

export function anAssignment(overrides: Partial<Assignment> = {}): Assignment {
  return { id: nextTestId(), taskId: nextTestId(), departmentId: nextTestId(), role: 'LEAD', ...overrides };
}

export function aDuty(overrides: Partial<Duty> = {}): Duty {
  return {
    id: nextTestId(),
    departmentId: nextTestId(),
    documentId: nextTestId(),
    text: '区民政局负责社会服务性质托育机构法人的注册登记,并及时将有关信息推送至卫生健康部门。',
    ...overrides,
  };
}

export function anIndicator(overrides: Partial<Indicator> = {}): Indicator {
  return {
    id: nextTestId(),
    jurisdictionId: nextTestId(),
    documentId: null,
    name: '每千常住人口拥有3岁以下婴幼儿托位数',
    unit: '个',
    scope: '每千常住人口',
    baseline: { value: 0.9, year: 2021 },
    ...overrides,
  };
}

export function aTarget(overrides: Partial<Target> = {}): Target {
  return {
    id: nextTestId(),
    indicatorId: nextTestId(),
    comparator: 'GTE',
    value: 4.5,
    year: 2025,
    ...overrides,
  };
}

export function aMeasurement(overrides: Partial<Measurement> = {}): Measurement {
  return {
    id: nextTestId(),
    indicatorId: nextTestId(),
    value: 2.7,
    measuredOn: '2025-06-30',
    progressReportId: null,
    ...overrides,
  };
}

export function aJointMeeting(overrides: Partial<JointMeeting> = {}): JointMeeting {
  return {
    id: nextTestId(),
    jurisdictionId: nextTestId(),
    name: '本溪市婴幼儿照护服务工作联席会议',
    documentId: null,
    ...overrides,
  };
}

const PEOPLE = ['王芳', '李娜', '张伟', '刘洋', '陈静', '杨帆'] as const;

/** 成员单位: a department in a joint meeting, with a liaison (联络员). */
export function aMember(overrides: Partial<Member> = {}): Member {
  return {
    id: nextTestId(),
    jointMeetingId: nextTestId(),
    departmentId: nextTestId(),
    position: 'MEMBER',
    representative: '分管副局长',
    liaison: { name: rotate('person', PEOPLE), phone: '0414-0000000', title: '科长' },
    ...overrides,
  };
}

export function aMeeting(overrides: Partial<Meeting> = {}): Meeting {
  return {
    id: nextTestId(),
    jointMeetingId: nextTestId(),
    title: '2025年第一次联席会议',
    heldOn: '2025-03-20',
    minutes: '会议听取了各成员单位婴幼儿照护服务工作进展情况汇报,研究部署下一阶段工作。',
    ...overrides,
  };
}

export function aResolution(overrides: Partial<Resolution> = {}): Resolution {
  return {
    id: nextTestId(),
    meetingId: nextTestId(),
    text: '由市卫生健康委牵头,6月底前完成全市托育机构备案情况摸底。',
    taskId: nextTestId(),
    ...overrides,
  };
}

export function aProgressReport(overrides: Partial<ProgressReport> = {}): ProgressReport {
  return {
    id: nextTestId(),
    assignmentId: nextTestId(),
    period: '2025-Q3',
    status: 'IN_PROGRESS',
    percent: 50,
    narrative: '已完成全市托育服务专项布点规划初稿,正在征求各县区意见。',
    indicatorValues: [],
    reportedBy: nextTestId(),
    reportedAt: TEST_NOW,
    supersedesId: null,
    ...overrides,
  };
}

export function aReminder(overrides: Partial<Reminder> = {}): Reminder {
  return {
    id: nextTestId(),
    assignmentId: nextTestId(),
    message: '请于本周五前报送本季度工作进展。',
    sentBy: nextTestId(),
    sentAt: TEST_NOW,
    readAt: null,
    ...overrides,
  };
}

/** A MEMBER of a department by default (the app's main user); override `role` for ADMIN or VIEWER. */
export function aUser(overrides: Partial<User> = {}): User {
  const id = nextTestId();
  return {
    id,
    username: `user${counter}`,
    displayName: rotate('person', PEOPLE),
    role: 'MEMBER',
    departmentId: nextTestId(),
    jurisdictionId: nextTestId(),
    disabledAt: null,
    ...overrides,
  };
}
