/**
 * The glossary of ../shared/DOMAIN.md as plain TypeScript types: one English name per concept.
 * Identifiers are UUID strings; calendar dates are ISO `YYYY-MM-DD` strings (a deadline has no time zone);
 * instants (when something was reported or sent) are `Date`.
 */

export type Id = string;
/** A calendar date, `YYYY-MM-DD`. */
export type IsoDate = string;

/** 行政区划 — a place with a government. */
export type JurisdictionLevel = 'PROVINCE' | 'CITY' | 'COUNTY' | 'TOWNSHIP';

export interface Jurisdiction {
  id: Id;
  /** Full name, e.g. 本溪市, 新乡市红旗区, 山西省. */
  name: string;
  level: JurisdictionLevel;
  parentId: Id | null;
}

/** 机构 — any organisation. A Department is an institution that can hold duties. */
export type InstitutionKind =
  | 'GOVERNMENT'
  | 'DEPARTMENT'
  | 'PARTY_ORGAN'
  | 'MASS_ORGANIZATION'
  | 'PUBLIC_INSTITUTION'
  | 'ENTERPRISE';

/** 部门 — an institution that holds duties in one jurisdiction. */
export interface Department {
  id: Id;
  jurisdictionId: Id;
  /** The canonical full name in its jurisdiction, e.g. 市卫生健康委. */
  name: string;
  /** 简称 / 别称: other names of the same department in the same jurisdiction (市卫健局, 卫生健康部门). */
  aliases: string[];
  /** 领域 / 条线 code from the sector catalogue, e.g. `HEALTH`; null when unknown. */
  sector: SectorCode | null;
  kind: InstitutionKind;
  /** Archived departments keep their history but take no new assignments. */
  archivedAt: Date | null;
  /** Optimistic-concurrency version: every edit must name the version it read. */
  version: number;
}

/** A code of the sector catalogue (see sector.ts). */
export type SectorCode = string;

/** 政策文件 status. */
export type DocumentStatus = 'EFFECTIVE' | 'REPEALED' | 'DRAFT';

export interface PolicyDocument {
  id: Id;
  jurisdictionId: Id;
  title: string;
  /** 文号, e.g. 本政办发〔2020〕33号; null for drafts and scraped copies without one. */
  docNumber: string | null;
  issuer: string | null;
  issuedOn: IsoDate | null;
  status: DocumentStatus;
  /** A validity note such as "根据…本政规〔2024〕7号…继续有效". */
  validityNote: string | null;
  /** 文号 of the documents it implements or cites, e.g. 国办发〔2019〕15号. */
  cites: string[];
  /** 1 for the first import; a changed text of the same document becomes revision 2, 3, … */
  revision: number;
  /** SHA-256 of the cleaned source text: the same text imported twice is one revision. */
  contentHash: string;
  sourceText: string;
  importedAt: Date;
}

/** A character span in the source text, [start, end). */
export interface Span {
  start: number;
  end: number;
}

export type Recurrence = 'ANNUAL' | 'QUARTERLY' | 'MONTHLY';

/** 条款 / 任务 — one numbered item of a document, in a tree by `path`. */
export interface Task {
  id: Id;
  documentId: Id;
  /** Numbering from the root, e.g. ["三", "(一)", "1"] or ["二", "(一)", "1", "一是"]. */
  path: string[];
  heading: string | null;
  text: string;
  /** 到2025年 → 2025-12-31. */
  deadline: IsoDate | null;
  recurrence: Recurrence | null;
  span: Span | null;
  /** Set when the task was created from a meeting's resolution rather than a document. */
  resolutionId: Id | null;
}

/** 牵头 / 配合 / 属地. */
export type AssignmentRole = 'LEAD' | 'SUPPORT' | 'LOCAL';

/** 责任单位 — one department on one task, with a role. */
export interface Assignment {
  id: Id;
  taskId: Id;
  departmentId: Id;
  role: AssignmentRole;
}

/** 职责分工 — a department's standing duty from a duty-division annex. */
export interface Duty {
  id: Id;
  departmentId: Id;
  documentId: Id;
  text: string;
}

/** ≥, ≤, = */
export type Comparator = 'GTE' | 'LTE' | 'EQ';

/** 指标 — what is measured, e.g. 每千常住人口拥有3岁以下婴幼儿托位数 (个). */
export interface Indicator {
  id: Id;
  jurisdictionId: Id;
  documentId: Id | null;
  name: string;
  unit: string | null;
  /** Who or what the figure covers, e.g. 每千常住人口. */
  scope: string | null;
  baseline: Baseline | null;
}

export interface Baseline {
  value: number;
  year: number | null;
}

/** 目标 — the value an indicator must reach by a year. */
export interface Target {
  id: Id;
  indicatorId: Id;
  comparator: Comparator;
  value: number;
  year: number | null;
}

/** A value of an indicator at a moment, usually reported with progress. */
export interface Measurement {
  id: Id;
  indicatorId: Id;
  value: number;
  measuredOn: IsoDate;
  progressReportId: Id | null;
}

/** 联席会议 — one per jurisdiction and topic. */
export interface JointMeeting {
  id: Id;
  jurisdictionId: Id;
  name: string;
  documentId: Id | null;
}

/** 召集人 / 副召集人 / 办公室 / 成员. */
export type MemberPosition = 'CONVENOR' | 'DEPUTY_CONVENOR' | 'OFFICE' | 'MEMBER';

/** 联络员 — the contact person a member unit names. */
export interface Liaison {
  name: string;
  phone: string | null;
  title: string | null;
}

/** 成员单位 — a department in a joint meeting. */
export interface Member {
  id: Id;
  jointMeetingId: Id;
  departmentId: Id;
  position: MemberPosition;
  representative: string | null;
  liaison: Liaison | null;
}

/** 会议 — a session of the joint meeting. */
export interface Meeting {
  id: Id;
  jointMeetingId: Id;
  title: string;
  heldOn: IsoDate;
  minutes: string | null;
}

/** 议定事项 — an item agreed at a meeting; it becomes a task with assignments. */
export interface Resolution {
  id: Id;
  meetingId: Id;
  text: string;
  taskId: Id;
}

export type ProgressStatus = 'NOT_STARTED' | 'IN_PROGRESS' | 'COMPLETED' | 'BLOCKED';

export interface IndicatorValue {
  indicatorId: Id;
  value: number;
}

/** 进展 — never overwritten: a new report supersedes the previous one. */
export interface ProgressReport {
  id: Id;
  assignmentId: Id;
  /** The reporting period it covers, e.g. 2025-Q3 (see period.ts). */
  period: string;
  status: ProgressStatus;
  /** 0–100. */
  percent: number;
  narrative: string;
  indicatorValues: IndicatorValue[];
  reportedBy: Id;
  reportedAt: Date;
  /** The report this one supersedes (the assignment's latest when it was written), null for the first. */
  supersedesId: Id | null;
}

/** 督办 / 催办 — the office chasing a unit. */
export interface Reminder {
  id: Id;
  assignmentId: Id;
  message: string;
  sentBy: Id;
  sentAt: Date;
  readAt: Date | null;
}

export type UserRole = 'ADMIN' | 'MEMBER' | 'VIEWER';

export interface User {
  id: Id;
  username: string;
  displayName: string;
  role: UserRole;
  /** Required for MEMBER: the one department it reports for. */
  departmentId: Id | null;
  /** The jurisdiction a MEMBER or VIEWER reads; null for an ADMIN of the whole installation. */
  jurisdictionId: Id | null;
  disabledAt: Date | null;
}

/** 红黄绿灯: green on track, yellow due soon or no report this period, red overdue. */
export type StatusLight = 'GREEN' | 'YELLOW' | 'RED';
