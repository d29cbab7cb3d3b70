import type {
  Assignment,
  AssignmentRole,
  Department,
  Duty,
  Indicator,
  JointMeeting,
  Jurisdiction,
  Meeting,
  Member,
  PolicyDocument,
  ProgressReport,
  Reminder,
  Resolution,
  StatusLight,
  Task,
  User,
} from '@lianxi/domain';
import type {
  MergeConflictEffect,
  MergedAssignment,
  MergedMembership,
  MergeEffects,
} from '../features/department/merge-effects.js';
import type { LateItem, OverviewData } from '../features/progress/overview.query.js';

/** GraphQL object types are backed by the domain's plain types; relations resolve through DataLoaders. */
export type UserMapper = User;
export type JurisdictionMapper = Jurisdiction;
export type DepartmentMapper = Department;
export type DutyMapper = Duty;
/** Without the source text: no field returns it (see DocumentHeader in loaders.ts). */
export type PolicyDocumentMapper = Omit<PolicyDocument, 'sourceText'>;
export type TaskMapper = Task;
/** An assignment; lists that computed its light and latest report in their own statement carry them. */
export interface AssignmentMapper extends Assignment {
  state?: { light: StatusLight; latestReport: ProgressReport | null };
}
export type ProgressReportMapper = ProgressReport;
export type JointMeetingMapper = JointMeeting;
export type MemberMapper = Member;
export type MeetingMapper = Meeting;
export type ResolutionMapper = Resolution;
/** An indicator with its targets and where its latest measurement stands (computed in one query batch). */
export interface IndicatorMapper extends Indicator {
  targets: { comparator: 'GTE' | 'LTE' | 'EQ'; value: number; year: number | null }[];
  latestValue: number | null;
  latestMeasuredOn: string | null;
  progress: number | null;
  met: boolean | null;
}
export type ReminderMapper = Reminder;

/** An audit event as stored: who did what to which object, with JSON snapshots. */
export interface AuditEventMapper {
  id: string;
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
  at: Date;
  requestId: string | null;
}

export interface MatrixCellMapper {
  taskId: string;
  departmentId: string;
  assignmentId: string;
  role: AssignmentRole;
  light: StatusLight;
}

export interface ResponsibilityMatrixMapper {
  /** The document is resolved only when asked for (the matrix query reads only what the matrix needs). */
  documentId: string;
  departments: Department[];
  tasks: Task[];
  cells: MatrixCellMapper[];
  violations: { code: string; message: string; taskId: string | null }[];
}

export interface SectorDutyMapper {
  jurisdictionId: string;
  department: Department;
  task: Task;
  role: AssignmentRole;
}

/** A merge preview: what `mergeWithEffects` read before rolling the merge back. */
export type MergeDepartmentsPreviewMapper = MergeEffects;
export type MergeAssignmentChangeMapper = MergedAssignment;
export interface MergeAssignmentGroupMapper {
  documentId: string;
  role: AssignmentRole;
  count: number;
}
export type MergeConflictMapper = MergeConflictEffect;
export type MergeMembershipChangeMapper = MergedMembership;
/** The overview's rows, read in one statement; nested fields resolve from them and primed DataLoaders. */
export type OverviewMapper = OverviewData;
export type LateAssignmentMapper = LateItem;
