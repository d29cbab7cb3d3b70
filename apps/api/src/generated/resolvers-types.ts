import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { UserMapper, JurisdictionMapper, DepartmentMapper, DutyMapper, PolicyDocumentMapper, TaskMapper, AssignmentMapper, ProgressReportMapper, JointMeetingMapper, MemberMapper, MeetingMapper, ResolutionMapper, IndicatorMapper, ReminderMapper, AuditEventMapper, ResponsibilityMatrixMapper, SectorDutyMapper, MergeDepartmentsPreviewMapper, MergeAssignmentChangeMapper, MergeAssignmentGroupMapper, MergeConflictMapper, MergeMembershipChangeMapper, OverviewMapper, LateAssignmentMapper } from '../schema/mappers.js';
import type { Context } from '../context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** 日历日期 YYYY-MM-DD,无时区(期限、会议日期) / A calendar date YYYY-MM-DD without a time zone (deadlines, meeting days). */
  Date: { input: string; output: string; }
  /** 时间点,ISO 8601 带时区,如 2025-03-01T08:00:00.000Z / An instant, ISO 8601 with offset. */
  DateTime: { input: Date; output: Date; }
};

/** 增加别称 / Add an alias. */
export type AddDepartmentAliasInput = {
  /** 别称 / Alias. */
  alias: Scalars['String']['input'];
  /** 部门 / Department. */
  departmentId: Scalars['ID']['input'];
  /** 读取时的版本 / Version read. */
  expectedVersion: Scalars['Int']['input'];
};

/** 增加成员 / Add a member. */
export type AddJointMeetingMemberInput = {
  /** 部门 / Department. */
  departmentId: Scalars['ID']['input'];
  /** 联席会议 / Joint meeting. */
  jointMeetingId: Scalars['ID']['input'];
  /** 职务,默认 MEMBER / Position. */
  position?: InputMaybe<MemberPosition>;
  /** 代表 / Representative. */
  representative?: InputMaybe<Scalars['String']['input']>;
};

/** 归档部门(不删除) / Archive a department (never deletes). */
export type ArchiveDepartmentInput = {
  /** 部门 / Department. */
  departmentId: Scalars['ID']['input'];
  /** 读取时的版本 / Version read. */
  expectedVersion: Scalars['Int']['input'];
};

/** 增加分工 / Assign a unit. */
export type AssignUnitInput = {
  /** 部门 / Department. */
  departmentId: Scalars['ID']['input'];
  /** 角色 / Role. */
  role: AssignmentRole;
  /** 任务 / Task. */
  taskId: Scalars['ID']['input'];
};

/** 分工:一个部门在一个任务上的角色 / One department on one task, with a role. */
export type Assignment = {
  __typename?: 'Assignment';
  /** 部门 / Department. */
  department: Department;
  /** 标识 / Identifier. */
  id: Scalars['ID']['output'];
  /** 最新进展 / Latest report. */
  latestReport?: Maybe<ProgressReport>;
  /** 状态灯 / Status light. */
  light: StatusLight;
  /** 全部进展,新的在前 / Every report, newest first. */
  reports: Array<ProgressReport>;
  /** 角色 / Role. */
  role: AssignmentRole;
  /** 任务 / Task. */
  task: Task;
};

/** 分工变更结果 / Assignment payload. */
export type AssignmentPayload = {
  __typename?: 'AssignmentPayload';
  /** 分工 / The assignment. */
  assignment?: Maybe<Assignment>;
  /** 预期错误 / Expected failures. */
  errors: Array<UserError>;
};

/** 分工角色 / Role of a department on a task. */
export type AssignmentRole =
  /** 牵头 / Leads. */
  | 'LEAD'
  /** 属地 / Carries it locally. */
  | 'LOCAL'
  /** 配合 / Supports. */
  | 'SUPPORT';

/** 审计事件 / An audit event. */
export type AuditEvent = {
  __typename?: 'AuditEvent';
  /** 操作,如 reportProgress / What, e.g. reportProgress. */
  action: Scalars['String']['output'];
  /** 操作者 / Who. */
  actor?: Maybe<User>;
  /** 变更后(JSON) / After, as JSON. */
  after?: Maybe<Scalars['String']['output']>;
  /** 时间 / When. */
  at: Scalars['DateTime']['output'];
  /** 变更前(JSON) / Before, as JSON. */
  before?: Maybe<Scalars['String']['output']>;
  /** 对象标识 / Object id. */
  entityId?: Maybe<Scalars['String']['output']>;
  /** 对象类型 / Kind of object. */
  entityType: Scalars['String']['output'];
  /** 标识 / Identifier. */
  id: Scalars['ID']['output'];
  /** 请求标识 / Request id. */
  requestId?: Maybe<Scalars['String']['output']>;
};

/** 审计事件分页 / Audit events, paginated. */
export type AuditEventConnection = {
  __typename?: 'AuditEventConnection';
  /** 边 / Edges. */
  edges: Array<AuditEventEdge>;
  /** 节点 / Nodes. */
  nodes: Array<AuditEvent>;
  /** 分页信息 / Page info. */
  pageInfo: PageInfo;
  /** 总数 / Total count. */
  totalCount: Scalars['Int']['output'];
};

/** 审计事件边 / Audit event edge. */
export type AuditEventEdge = {
  __typename?: 'AuditEventEdge';
  /** 游标 / Cursor. */
  cursor: Scalars['String']['output'];
  /** 事件 / Event. */
  node: AuditEvent;
};

/** 审计筛选 / Audit filter. */
export type AuditEventFilter = {
  /** 操作 / Action. */
  action?: InputMaybe<Scalars['String']['input']>;
  /** 操作者 / Actor. */
  actorId?: InputMaybe<Scalars['ID']['input']>;
  /** 对象标识 / Object id. */
  entityId?: InputMaybe<Scalars['String']['input']>;
  /** 对象类型 / Kind of object. */
  entityType?: InputMaybe<Scalars['String']['input']>;
};

/** 基线 / Baseline. */
export type Baseline = {
  __typename?: 'Baseline';
  /** 数值 / Value. */
  value: Scalars['Float']['output'];
  /** 年份 / Year. */
  year?: Maybe<Scalars['Int']['output']>;
};

/** 改变角色 / Change the role. */
export type ChangeAssignmentRoleInput = {
  /** 分工 / Assignment. */
  assignmentId: Scalars['ID']['input'];
  /** 新角色 / New role. */
  role: AssignmentRole;
};

/** 变更用户角色 / Change what a user may do. */
export type ChangeUserRoleInput = {
  /** 所属部门(MEMBER 必填) / Department (required for MEMBER). */
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  /** 行政区划;为空且有部门时取部门所在地 / Jurisdiction; defaults to the department's. */
  jurisdictionId?: InputMaybe<Scalars['ID']['input']>;
  /** 新角色 / New role. */
  role: UserRole;
  /** 用户 / User. */
  userId: Scalars['ID']['input'];
};

/** 比较符 / Comparator. */
export type Comparator =
  /** = */
  | 'EQ'
  /** ≥ */
  | 'GTE'
  /** ≤ */
  | 'LTE';

/** 新建部门 / Create a department. */
export type CreateDepartmentInput = {
  /** 别称 / Aliases. */
  aliases?: InputMaybe<Array<Scalars['String']['input']>>;
  /** 行政区划 / Jurisdiction. */
  jurisdictionId: Scalars['ID']['input'];
  /** 类别,默认 DEPARTMENT / Kind, DEPARTMENT by default. */
  kind?: InputMaybe<InstitutionKind>;
  /** 规范全称 / Canonical name. */
  name: Scalars['String']['input'];
  /** 领域代码 / Sector code. */
  sector?: InputMaybe<Scalars['String']['input']>;
};

/** 部门:在一个行政区划承担职责的机构 / A department: an institution that holds duties in one jurisdiction. */
export type Department = {
  __typename?: 'Department';
  /** 简称、别称 / Other names of the same department. */
  aliases: Array<Scalars['String']['output']>;
  /** 归档时间;归档后不再接受新任务 / When it was archived; archived departments take no new assignments. */
  archivedAt?: Maybe<Scalars['DateTime']['output']>;
  /** 该部门的分工,可按角色筛选 / Its assignments, optionally of one role. */
  assignments: Array<Assignment>;
  /** 职责分工 / Standing duties from duty-division annexes. */
  duties: Array<Duty>;
  /** 标识 / Identifier. */
  id: Scalars['ID']['output'];
  /** 所属行政区划 / Jurisdiction. */
  jurisdiction: Jurisdiction;
  /** 机构类别 / Kind. */
  kind: InstitutionKind;
  /** 所属联席会议的成员身份(含职务与联络员),按会议名称排序 / Its memberships of joint meetings (position and liaison), by meeting name. */
  memberships: Array<Member>;
  /** 规范全称,如 市卫生健康委 / Canonical full name, e.g. 市卫生健康委. */
  name: Scalars['String']['output'];
  /** 进展汇总 / Counts by light and percent done. */
  progressSummary: ProgressSummary;
  /** 领域 / Sector. */
  sector?: Maybe<Sector>;
  /** 该部门的任务(分页) / Its tasks, as a connection. */
  tasks: DepartmentTaskConnection;
  /** 版本号,修改时须提交 expectedVersion / Version; every edit names the version it read. */
  version: Scalars['Int']['output'];
};


/** 部门:在一个行政区划承担职责的机构 / A department: an institution that holds duties in one jurisdiction. */
export type DepartmentAssignmentsArgs = {
  role?: InputMaybe<AssignmentRole>;
};


/** 部门:在一个行政区划承担职责的机构 / A department: an institution that holds duties in one jurisdiction. */
export type DepartmentTasksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  role?: InputMaybe<AssignmentRole>;
  search?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<StatusLight>;
};

/** 部门筛选 / Department filter. */
export type DepartmentFilter = {
  /** 是否包含已归档 / Include archived. */
  includeArchived?: InputMaybe<Scalars['Boolean']['input']>;
  /** 行政区划 / Jurisdiction. */
  jurisdictionId?: InputMaybe<Scalars['ID']['input']>;
  /** 名称或别称包含 / Name or alias contains. */
  search?: InputMaybe<Scalars['String']['input']>;
  /** 领域代码 / Sector code. */
  sector?: InputMaybe<Scalars['String']['input']>;
};

/** 部门变更结果 / Result of a department edit. */
export type DepartmentPayload = {
  __typename?: 'DepartmentPayload';
  /** 部门 / The department. */
  department?: Maybe<Department>;
  /** 预期错误 / Expected failures. */
  errors: Array<UserError>;
};

/** 一个部门在总览中的汇总 / One department's line in the overview. */
export type DepartmentProgress = {
  __typename?: 'DepartmentProgress';
  /** 部门 / Department. */
  department: Department;
  /** 该辖区文件中该部门分工的汇总 / Its assignments on the jurisdiction's documents, summarised. */
  summary: ProgressSummary;
};

/** 部门任务的分页列表 / A department's tasks, paginated. */
export type DepartmentTaskConnection = {
  __typename?: 'DepartmentTaskConnection';
  /** 边 / Edges. */
  edges: Array<DepartmentTaskEdge>;
  /** 节点 / Nodes. */
  nodes: Array<Assignment>;
  /** 分页信息 / Page info. */
  pageInfo: PageInfo;
  /** 总数 / Total count. */
  totalCount: Scalars['Int']['output'];
};

/** 部门的一项任务及其角色 / One task of a department, with its role. */
export type DepartmentTaskEdge = {
  __typename?: 'DepartmentTaskEdge';
  /** 游标 / Cursor. */
  cursor: Scalars['String']['output'];
  /** 分工 / The assignment. */
  node: Assignment;
};

/** 文件状态 / Status of a policy document. */
export type DocumentStatus =
  /** 征求意见稿 / Draft for comment. */
  | 'DRAFT'
  /** 有效 / In force. */
  | 'EFFECTIVE'
  /** 废止 / Repealed. */
  | 'REPEALED';

/** 职责分工条目 / A standing duty. */
export type Duty = {
  __typename?: 'Duty';
  /** 部门 / Department. */
  department: Department;
  /** 出自文件 / Source document. */
  document: PolicyDocument;
  /** 标识 / Identifier. */
  id: Scalars['ID']['output'];
  /** 职责文字 / Text. */
  text: Scalars['String']['output'];
};

/** 用户可以改正的错误 / A failure the user can fix. */
export type Error = {
  /** 机器可读的错误码 / Machine-readable code. */
  code: UserErrorCode;
  /** 出错的输入字段路径,如 input.name / The input field at fault, e.g. `input.name`; null when not one field. */
  field?: Maybe<Scalars['String']['output']>;
  /** 中文说明 / Explanation in Chinese. */
  message: Scalars['String']['output'];
};

/** 更正的类型 / What a correction does. */
export type ImportCorrectionAction =
  /** 新增:解析遗漏的单位(按 unitName 或 departmentId),须给出角色 / A unit the reader missed, by unitName or departmentId; role required. */
  | 'ADD'
  /** 修改:改为已有部门(departmentId)或新名称(newUnitName),和/或修改角色(role) / Point the unit at an existing department or give it its right name, and/or change its role. */
  | 'CHANGE'
  /** 移除:该单位不负责此任务 / The unit is not responsible for the task after all. */
  | 'REMOVE';

/** 导入前对一个任务中一个责任单位的更正,按顺序在导入的同一事务中执行 / The office's correction of one unit on one task, applied in order inside the import's transaction before anything is written. */
export type ImportCorrectionInput = {
  /** 更正类型 / What the correction does. */
  action: ImportCorrectionAction;
  /** 修改、新增:改为本行政区划的某个在用部门;不可与 newUnitName 同用 / CHANGE, ADD: an active department of the jurisdiction the unit is; not with newUnitName. */
  departmentId?: InputMaybe<Scalars['ID']['input']>;
  /** 修改:单位的正确名称,按名称或别称匹配已有部门,否则新建 / CHANGE: the unit's right name, matched to a department by name or alias, else created. */
  newUnitName?: InputMaybe<Scalars['String']['input']>;
  /** 修改:新的角色;新增:角色(必填) / CHANGE: the new role. ADD: its role (required). */
  role?: InputMaybe<AssignmentRole>;
  /** 任务编号路径,同 ParsedTask.path;重复编号的第二项写作 1#2 / The task's path as in ParsedTask.path; a repeated number's second item is 1#2. */
  taskPath: Array<Scalars['String']['input']>;
  /** 修改、移除:任务中的单位(ParsedAssignment.unit 或 asWritten);新增:要加入的单位名称 / CHANGE, REMOVE: the unit on the task (ParsedAssignment.unit or asWritten). ADD: the name of the unit to add. */
  unitName: Scalars['String']['input'];
};

/** 导入文件 / Import a document. */
export type ImportDocumentInput = {
  /**
   * 对解析结果的更正;与文本一起决定是否为同一次导入(同文本同更正为 UNCHANGED)。不匹配任何任务或单位的更正返回 BAD_USER_INPUT,不写入任何内容 /
   * Corrections of what the reader found. With the text they decide whether an import repeats an earlier one (same text, same corrections: UNCHANGED). One that matches no task or unit is BAD_USER_INPUT and nothing is written.
   */
  corrections?: InputMaybe<Array<ImportCorrectionInput>>;
  /** 只解析不写入 / Parse without writing. */
  dryRun?: InputMaybe<Scalars['Boolean']['input']>;
  /** 幂等键:同一键重复提交返回第一次的结果 / Idempotency key: a repeat with the same key returns the first answer. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** 覆盖文件中读出的行政区划名称 / Overrides the jurisdiction read from the text. */
  jurisdiction?: InputMaybe<Scalars['String']['input']>;
  /** 纯文本 / Plain text (give text or upload). */
  text?: InputMaybe<Scalars['String']['input']>;
  /** 上传的文件 / An uploaded file (give text or upload). */
  upload?: InputMaybe<UploadInput>;
};

/** 导入结果 / Import payload. */
export type ImportDocumentPayload = {
  __typename?: 'ImportDocumentPayload';
  /** 预期错误 / Expected failures. */
  errors: Array<UserError>;
  /** 解析报告 / The parse report. */
  report?: Maybe<ParseReport>;
  /** 导入结果;dryRun 时为空 / The import result; null on dryRun. */
  result?: Maybe<ImportResult>;
};

/** 导入对文件的影响 / What an import did to the document. */
export type ImportOutcome =
  /** 新文件 / A new document. */
  | 'CREATED'
  /** 已有文件的新修订 / A new revision of a known document. */
  | 'REVISED'
  /** 内容未变,未写入 / The same text again; nothing written. */
  | 'UNCHANGED';

/** 导入结果 / Result of an import. */
export type ImportResult = {
  __typename?: 'ImportResult';
  /** 是否新建修订 / Whether a new revision was written. */
  created: Scalars['Boolean']['output'];
  /** 文件 / The document. */
  document: PolicyDocument;
  /** 结果 / Outcome. */
  outcome: ImportOutcome;
  /** 修订号 / Revision. */
  revision: Scalars['Int']['output'];
};

/** 指标 / An indicator. */
export type Indicator = {
  __typename?: 'Indicator';
  /** 基线 / Baseline. */
  baseline?: Maybe<Baseline>;
  /** 标识 / Identifier. */
  id: Scalars['ID']['output'];
  /** 最新值日期 / Day of the latest value. */
  latestMeasuredOn?: Maybe<Scalars['Date']['output']>;
  /** 最新值 / Latest measured value. */
  latestValue?: Maybe<Scalars['Float']['output']>;
  /** 最新值是否已达到最终目标 / Whether the latest value meets the last target. */
  met?: Maybe<Scalars['Boolean']['output']>;
  /** 名称 / Name. */
  name: Scalars['String']['output'];
  /** 距目标的进度 0–100 / Progress from baseline to target, 0–100. */
  progress?: Maybe<Scalars['Float']['output']>;
  /** 口径 / Scope. */
  scope?: Maybe<Scalars['String']['output']>;
  /** 目标 / Targets. */
  targets: Array<Target>;
  /** 单位 / Unit. */
  unit?: Maybe<Scalars['String']['output']>;
};

/** 指标值 / A value of an indicator. */
export type IndicatorValue = {
  __typename?: 'IndicatorValue';
  /** 指标 / Indicator. */
  indicatorId: Scalars['ID']['output'];
  /** 数值 / Value. */
  value: Scalars['Float']['output'];
};

/** 指标值输入 / Indicator value input. */
export type IndicatorValueInput = {
  /** 指标 / Indicator. */
  indicatorId: Scalars['ID']['input'];
  /** 数值 / Value. */
  value: Scalars['Float']['input'];
};

/** 机构类别 / Kind of institution. */
export type InstitutionKind =
  /** 政府部门 / A government department. */
  | 'DEPARTMENT'
  /** 企业 / An enterprise. */
  | 'ENTERPRISE'
  /** 政府 / A government. */
  | 'GOVERNMENT'
  /** 群团组织 / A mass organisation. */
  | 'MASS_ORGANIZATION'
  /** 党委机关 / A party organ. */
  | 'PARTY_ORGAN'
  /** 事业单位 / A public institution. */
  | 'PUBLIC_INSTITUTION';

/** 联席会议 / A joint meeting. */
export type JointMeeting = {
  __typename?: 'JointMeeting';
  /** 依据文件 / Founding document. */
  document?: Maybe<PolicyDocument>;
  /** 标识 / Identifier. */
  id: Scalars['ID']['output'];
  /** 行政区划 / Jurisdiction. */
  jurisdiction: Jurisdiction;
  /** 联络员名单 / Liaisons. */
  liaisons: Array<Liaison>;
  /** 会议 / Meetings, newest first. */
  meetings: Array<Meeting>;
  /** 成员单位 / Members. */
  members: Array<Member>;
  /** 名称 / Name. */
  name: Scalars['String']['output'];
};

/** 行政区划:有政府的地方 / A place with a government. */
export type Jurisdiction = {
  __typename?: 'Jurisdiction';
  /** 本辖区文件中有效分工的条数 / Active assignments on this jurisdiction's documents. */
  assignmentCount: Scalars['Int']['output'];
  /** 本辖区的政策文件数(导入时顺带建立的上级辖区为 0) / Policy documents of this jurisdiction (0 for a parent made by an import). */
  documentCount: Scalars['Int']['output'];
  /** 标识 / Identifier. */
  id: Scalars['ID']['output'];
  /** 层级 / Level. */
  level: JurisdictionLevel;
  /** 全称,如 本溪市 / Full name, e.g. 本溪市. */
  name: Scalars['String']['output'];
  /** 上级行政区划 / The parent jurisdiction. */
  parent?: Maybe<Jurisdiction>;
};

/** 行政区划层级 / Level of a jurisdiction. */
export type JurisdictionLevel =
  /** 市 / City. */
  | 'CITY'
  /** 县、区、县级市 / County level. */
  | 'COUNTY'
  /** 省 / Province. */
  | 'PROVINCE'
  /** 乡、镇、街道 / Township level. */
  | 'TOWNSHIP';

/** 逾期事项:红灯分工 / A late item: an assignment whose light is red. */
export type LateAssignment = {
  __typename?: 'LateAssignment';
  /** 分工(含部门、任务、最新进展) / The assignment (with department, task and latest report). */
  assignment: Assignment;
  /** 逾期天数(中国时间) / Days past the deadline, in China time. */
  daysOverdue: Scalars['Int']['output'];
  /** 期限 / Deadline. */
  deadline?: Maybe<Scalars['Date']['output']>;
  /** 部门 / Department. */
  department: Department;
  /** 最新进展;从未填报为 null / The latest report; null when it never reported. */
  latestReport?: Maybe<ProgressReport>;
  /** 任务 / Task. */
  task: Task;
};

/** 联络员 / Liaison. */
export type Liaison = {
  __typename?: 'Liaison';
  /** 姓名 / Name. */
  name: Scalars['String']['output'];
  /** 电话 / Phone. */
  phone?: Maybe<Scalars['String']['output']>;
  /** 职务 / Title. */
  title?: Maybe<Scalars['String']['output']>;
};

/** 联络员输入 / Liaison input. */
export type LiaisonInput = {
  /** 姓名 / Name. */
  name: Scalars['String']['input'];
  /** 电话 / Phone. */
  phone?: InputMaybe<Scalars['String']['input']>;
  /** 职务 / Title. */
  title?: InputMaybe<Scalars['String']['input']>;
};

/** 登录输入 / Login input. */
export type LoginInput = {
  /** 密码 / Password. */
  password: Scalars['String']['input'];
  /** 登录名 / Login name. */
  username: Scalars['String']['input'];
};

/** 登录结果:成功时设置 HttpOnly Cookie,并返回供脚本使用的令牌 / Login result: sets an HttpOnly cookie and returns a token for scripts (`Authorization: Bearer`). */
export type LoginPayload = {
  __typename?: 'LoginPayload';
  /** 预期错误 / Expected failures. */
  errors: Array<UserError>;
  /** 会话过期时间(绝对) / When the session ends at the latest. */
  expiresAt?: Maybe<Scalars['DateTime']['output']>;
  /** 会话令牌,仅此一次返回 / The session token, returned only here. */
  token?: Maybe<Scalars['String']['output']>;
  /** 登录的用户 / The user now logged in. */
  user?: Maybe<User>;
};

/** 退出输入 / Logout input. */
export type LogoutInput = {
  /** 为 true 时注销该用户的所有会话 / When true, ends every session of the user. */
  everywhere?: InputMaybe<Scalars['Boolean']['input']>;
};

/** 退出结果 / Logout result. */
export type LogoutPayload = {
  __typename?: 'LogoutPayload';
  /** 预期错误 / Expected failures. */
  errors: Array<UserError>;
  /** 是否注销了会话 / Whether a session was ended. */
  ok: Scalars['Boolean']['output'];
};

/** 标记已读 / Mark read. */
export type MarkReminderReadInput = {
  /** 提醒 / Reminder. */
  reminderId: Scalars['ID']['input'];
};

/** 责任矩阵的一格 / One cell of the responsibility matrix. */
export type MatrixCell = {
  __typename?: 'MatrixCell';
  /** 分工 / The assignment. */
  assignmentId: Scalars['ID']['output'];
  /** 部门 / Department id. */
  departmentId: Scalars['ID']['output'];
  /** 状态灯 / Status light. */
  light: StatusLight;
  /** 角色 / Role. */
  role: AssignmentRole;
  /** 任务 / Task id. */
  taskId: Scalars['ID']['output'];
};

/** 矩阵规则违反,如无牵头单位 / A rule the matrix breaks, e.g. a task without a lead. */
export type MatrixViolation = {
  __typename?: 'MatrixViolation';
  /** 代码,如 NO_LEAD / Code, e.g. NO_LEAD. */
  code: Scalars['String']['output'];
  /** 中文说明 / Explanation in Chinese. */
  message: Scalars['String']['output'];
  /** 相关任务 / The task concerned. */
  taskId?: Maybe<Scalars['ID']['output']>;
};

/** 会议 / A meeting. */
export type Meeting = {
  __typename?: 'Meeting';
  /** 会议日期 / Day held. */
  heldOn: Scalars['Date']['output'];
  /** 标识 / Identifier. */
  id: Scalars['ID']['output'];
  /** 纪要 / Minutes. */
  minutes?: Maybe<Scalars['String']['output']>;
  /** 议定事项 / Resolutions. */
  resolutions: Array<Resolution>;
  /** 标题 / Title. */
  title: Scalars['String']['output'];
};

/** 成员单位 / A member unit. */
export type Member = {
  __typename?: 'Member';
  /** 部门 / Department. */
  department: Department;
  /** 标识 / Identifier. */
  id: Scalars['ID']['output'];
  /** 所属联席会议 / The joint meeting this membership is in. */
  jointMeeting: JointMeeting;
  /** 联络员 / Liaison. */
  liaison?: Maybe<Liaison>;
  /** 职务 / Position. */
  position: MemberPosition;
  /** 代表 / Representative. */
  representative?: Maybe<Scalars['String']['output']>;
};

/** 成员变更结果 / Member payload. */
export type MemberPayload = {
  __typename?: 'MemberPayload';
  /** 预期错误 / Expected failures. */
  errors: Array<UserError>;
  /** 成员 / Member. */
  member?: Maybe<Member>;
};

/** 成员职务 / Position in a joint meeting. */
export type MemberPosition =
  /** 召集人 / Convenor. */
  | 'CONVENOR'
  /** 副召集人 / Deputy convenor. */
  | 'DEPUTY_CONVENOR'
  /** 成员 / Member. */
  | 'MEMBER'
  /** 办公室 / Office. */
  | 'OFFICE';

/** 被合并部门的一项分工及其去向 / One assignment of the merged department and what the merge does to it. */
export type MergeAssignmentChange = {
  __typename?: 'MergeAssignmentChange';
  /** 是否有效(已撤销的分工作为历史随之移动) / Whether it is active (withdrawn ones move as history). */
  active: Scalars['Boolean']['output'];
  /** 分工 / The assignment (as it is now). */
  assignment: Assignment;
  /** 去向 / Outcome. */
  outcome: MergeAssignmentOutcome;
  /** 该分工的进展填报条数 / Its number of progress reports. */
  reports: Scalars['Int']['output'];
  /** 合并前的角色 / Its role before. */
  role: AssignmentRole;
  /** 任务 / Task. */
  task: Task;
};

/** 按文件与角色汇总的移动分工 / Moved active assignments, counted per document and role. */
export type MergeAssignmentGroup = {
  __typename?: 'MergeAssignmentGroup';
  /** 移动的有效分工数 / Active assignments that move. */
  count: Scalars['Int']['output'];
  /** 文件 / Document. */
  document: PolicyDocument;
  /** 角色 / Role. */
  role: AssignmentRole;
};

/** 合并对一项分工的处理 / What a merge does to one assignment of the merged department. */
export type MergeAssignmentOutcome =
  /** 移到保留部门,角色与进展记录随之移动 / Moves to the kept department with its role and progress reports. */
  | 'MOVED'
  /** 保留部门已承担该任务:撤销此分工,进展记录留在已归档的被合并部门下 / The kept department holds the task already: this assignment is withdrawn, its reports stay with the archived department. */
  | 'WITHDRAWN';

/** 两个部门承担同一任务时合并的处理 / A task both departments hold, and how the merge resolves it. */
export type MergeConflict = {
  __typename?: 'MergeConflict';
  /** 保留部门原来的角色 / The kept department's role before. */
  keepRole: AssignmentRole;
  /** 被合并部门的角色 / The merged department's role. */
  mergeRole: AssignmentRole;
  /** 中文说明 / The resolution in Chinese. */
  message: Scalars['String']['output'];
  /** 合并后保留部门的角色(较强者:牵头 > 配合 > 属地;有效者优先) / The kept department's role after: the stronger (LEAD > SUPPORT > LOCAL; an active one beats a withdrawn one). */
  resultRole: AssignmentRole;
  /** 任务 / Task. */
  task: Task;
  /** 被撤销分工的进展条数,留在已归档部门下 / Reports of the withdrawn assignment, kept with the archived department. */
  withdrawnReports: Scalars['Int']['output'];
};

/** 合并部门:分工与成员身份移到保留部门,被合并者名称成为别称 / Merge: assignments and memberships move to the kept department; the merged one's names become aliases. */
export type MergeDepartmentsInput = {
  /** 保留部门读取时的版本 / Version of the kept department. */
  expectedVersion: Scalars['Int']['input'];
  /** 保留的部门 / The department that stays. */
  keepId: Scalars['ID']['input'];
  /** 被合并的部门 / The department merged into it. */
  mergeId: Scalars['ID']['input'];
};

/**
 * 合并预览:在事务中执行与 mergeDepartments 相同的合并,读取结果后回滚,因此预览与实际合并一致 / What a merge would do,
 * found by running the very merge `mergeDepartments` runs inside a transaction, reading its effects and rolling
 * it back: the preview and the merge cannot disagree (unless someone changes the data in between).
 */
export type MergeDepartmentsPreview = {
  __typename?: 'MergeDepartmentsPreview';
  /** 保留部门新增的别称 / Aliases the kept department gains. */
  aliasesAdded: Array<Scalars['String']['output']>;
  /** 合并后保留部门的全部别称 / The kept department's aliases after the merge. */
  aliasesAfter: Array<Scalars['String']['output']>;
  /** 按文件与角色汇总的移动分工 / Moved active assignments per document and role. */
  assignmentGroups: Array<MergeAssignmentGroup>;
  /** 被合并部门的每项分工及其去向,按文件与任务顺序 / Each assignment of the merged department and its outcome, in document and task order. */
  assignments: Array<MergeAssignmentChange>;
  /** 两个部门承担同一任务的情况及处理 / Tasks both hold, and how each is resolved. */
  conflicts: Array<MergeConflict>;
  /** 移动的职责分工条数 / Standing duties that move. */
  dutiesMoved: Scalars['Int']['output'];
  /** 保留的部门(合并前) / The department that stays, as it is now. */
  keep: Department;
  /** 成员身份与联络员 / Memberships and liaisons. */
  memberships: Array<MergeMembershipChange>;
  /** 被合并的部门(合并前) / The department merged into it, as it is now. */
  merge: Department;
  /** 留在已归档部门下的进展条数(被撤销分工的) / Reports that stay with the archived department (those of withdrawn assignments). */
  reportsKept: Scalars['Int']['output'];
  /** 随分工移动的进展填报条数 / Progress reports that move with their assignments. */
  reportsMoved: Scalars['Int']['output'];
  /** 合并后保留部门的领域 / The kept department's sector after the merge. */
  sectorAfter?: Maybe<Sector>;
  /** 绑定到被合并部门、将改绑到保留部门的用户 / Users bound to the merged department, who move to the kept one. */
  users: Array<User>;
};

/** 合并预览的输入 / Which merge to preview. */
export type MergeDepartmentsPreviewInput = {
  /** 保留的部门 / The department that stays. */
  keepId: Scalars['ID']['input'];
  /** 被合并的部门 / The department merged into it. */
  mergeId: Scalars['ID']['input'];
};

/** 合并预览结果 / Result of a merge preview. */
export type MergeDepartmentsPreviewPayload = {
  __typename?: 'MergeDepartmentsPreviewPayload';
  /** 合并会被拒绝的原因(与 mergeDepartments 相同) / Why the merge would be refused (as `mergeDepartments` would say). */
  errors: Array<UserError>;
  /** 预览;输入不合法时为 null / The preview; null when the merge would be refused. */
  preview?: Maybe<MergeDepartmentsPreview>;
};

/** 被合并部门的一项成员身份及其去向 / One membership of the merged department and its outcome. */
export type MergeMembershipChange = {
  __typename?: 'MergeMembershipChange';
  /** 联席会议 / Joint meeting. */
  jointMeeting: JointMeeting;
  /** 被合并部门的联络员 / The merged department's liaison. */
  liaison?: Maybe<Liaison>;
  /** 合并后保留部门在该会议的联络员 / The kept department's liaison in that meeting after the merge. */
  liaisonAfter?: Maybe<Liaison>;
  /** 去向 / Outcome. */
  outcome: MergeMembershipOutcome;
  /** 被合并部门的职务 / The merged department's position. */
  position: MemberPosition;
  /** 合并后保留部门在该会议的职务 / The kept department's position in that meeting after the merge. */
  positionAfter: MemberPosition;
};

/** 合并对成员身份的处理 / What a merge does to a membership. */
export type MergeMembershipOutcome =
  /** 保留部门已是该会议成员:保留其成员身份(取较高职务)与联络员,被合并部门的成员身份删除 / The kept department is a member already: its membership stays (with the higher position) and its liaison; the merged one's is removed. */
  | 'MERGED'
  /** 成员身份移到保留部门,联络员不变 / The membership moves to the kept department, liaison and all. */
  | 'MOVED';

/** 变更入口:每个变更接受一个 input 并返回一个 payload / The root of every write: each mutation takes one `input` and returns one payload. */
export type Mutation = {
  __typename?: 'Mutation';
  /** 增加别称(管理员) / Adds an alias (ADMIN). */
  addDepartmentAlias: DepartmentPayload;
  /** 增加成员单位(管理员) / Adds a member (ADMIN). */
  addJointMeetingMember: MemberPayload;
  /** 归档部门(管理员) / Archives a department (ADMIN). */
  archiveDepartment: DepartmentPayload;
  /** 增加分工(管理员) / Assigns a unit to a task (ADMIN). */
  assignUnit: AssignmentPayload;
  /** 改变角色(管理员) / Changes an assignment's role (ADMIN). */
  changeAssignmentRole: AssignmentPayload;
  /** 变更用户角色并注销其全部会话(管理员) / Changes a user's role and ends all the user's sessions (ADMIN). */
  changeUserRole: UserPayload;
  /** 新建部门(管理员) / Creates a department (ADMIN). */
  createDepartment: DepartmentPayload;
  /** 导入政策文件(管理员) / Imports a policy document (ADMIN). */
  importDocument: ImportDocumentPayload;
  /** 用用户名和密码登录 / Logs in with user name and password. */
  login: LoginPayload;
  /** 退出当前会话 / Ends the current session. */
  logout: LogoutPayload;
  /** 标记提醒已读(收件部门成员) / Marks a reminder read (the department's MEMBER). */
  markReminderRead: ReminderPayload;
  /** 合并两个部门(管理员) / Merges two departments (ADMIN). */
  mergeDepartments: DepartmentPayload;
  /** 无操作,返回 true;用于检查写入通道 / Does nothing and returns true; checks the write path. */
  ping: Scalars['Boolean']['output'];
  /**
   * 更正责任单位(管理员):把分工连同角色与督办记录移到正确的部门,一步完成;已有进展填报的分工不能移动。
   * Corrects a mis-read unit (ADMIN): moves the assignment, with its role and reminders, to the right department in
   * one write. An assignment with progress reports is not moved (INVALID_INPUT); a department that already holds the
   * task is ALREADY_EXISTS.
   */
  reassignUnit: AssignmentPayload;
  /** 记录会议及议定事项(管理员) / Records a meeting with its resolutions (ADMIN). */
  recordMeeting: RecordMeetingPayload;
  /** 移除成员单位(管理员) / Removes a member (ADMIN). */
  removeJointMeetingMember: MemberPayload;
  /** 部门改名(管理员) / Renames a department (ADMIN). */
  renameDepartment: DepartmentPayload;
  /** 填报进展(管理员或本单位成员) / Reports progress (ADMIN or the department's MEMBER). */
  reportProgress: ReportProgressPayload;
  /** 发送督办提醒(管理员) / Sends a reminder (ADMIN). */
  sendReminder: ReminderPayload;
  /** 设置联络员(管理员) / Sets a member's liaison (ADMIN). */
  setLiaison: MemberPayload;
  /** 取消分工(管理员;有进展的保留历史) / Removes an assignment (ADMIN). */
  unassignUnit: AssignmentPayload;
};


/** 变更入口:每个变更接受一个 input 并返回一个 payload / The root of every write: each mutation takes one `input` and returns one payload. */
export type MutationAddDepartmentAliasArgs = {
  input: AddDepartmentAliasInput;
};


/** 变更入口:每个变更接受一个 input 并返回一个 payload / The root of every write: each mutation takes one `input` and returns one payload. */
export type MutationAddJointMeetingMemberArgs = {
  input: AddJointMeetingMemberInput;
};


/** 变更入口:每个变更接受一个 input 并返回一个 payload / The root of every write: each mutation takes one `input` and returns one payload. */
export type MutationArchiveDepartmentArgs = {
  input: ArchiveDepartmentInput;
};


/** 变更入口:每个变更接受一个 input 并返回一个 payload / The root of every write: each mutation takes one `input` and returns one payload. */
export type MutationAssignUnitArgs = {
  input: AssignUnitInput;
};


/** 变更入口:每个变更接受一个 input 并返回一个 payload / The root of every write: each mutation takes one `input` and returns one payload. */
export type MutationChangeAssignmentRoleArgs = {
  input: ChangeAssignmentRoleInput;
};


/** 变更入口:每个变更接受一个 input 并返回一个 payload / The root of every write: each mutation takes one `input` and returns one payload. */
export type MutationChangeUserRoleArgs = {
  input: ChangeUserRoleInput;
};


/** 变更入口:每个变更接受一个 input 并返回一个 payload / The root of every write: each mutation takes one `input` and returns one payload. */
export type MutationCreateDepartmentArgs = {
  input: CreateDepartmentInput;
};


/** 变更入口:每个变更接受一个 input 并返回一个 payload / The root of every write: each mutation takes one `input` and returns one payload. */
export type MutationImportDocumentArgs = {
  input: ImportDocumentInput;
};


/** 变更入口:每个变更接受一个 input 并返回一个 payload / The root of every write: each mutation takes one `input` and returns one payload. */
export type MutationLoginArgs = {
  input: LoginInput;
};


/** 变更入口:每个变更接受一个 input 并返回一个 payload / The root of every write: each mutation takes one `input` and returns one payload. */
export type MutationLogoutArgs = {
  input?: InputMaybe<LogoutInput>;
};


/** 变更入口:每个变更接受一个 input 并返回一个 payload / The root of every write: each mutation takes one `input` and returns one payload. */
export type MutationMarkReminderReadArgs = {
  input: MarkReminderReadInput;
};


/** 变更入口:每个变更接受一个 input 并返回一个 payload / The root of every write: each mutation takes one `input` and returns one payload. */
export type MutationMergeDepartmentsArgs = {
  input: MergeDepartmentsInput;
};


/** 变更入口:每个变更接受一个 input 并返回一个 payload / The root of every write: each mutation takes one `input` and returns one payload. */
export type MutationReassignUnitArgs = {
  input: ReassignUnitInput;
};


/** 变更入口:每个变更接受一个 input 并返回一个 payload / The root of every write: each mutation takes one `input` and returns one payload. */
export type MutationRecordMeetingArgs = {
  input: RecordMeetingInput;
};


/** 变更入口:每个变更接受一个 input 并返回一个 payload / The root of every write: each mutation takes one `input` and returns one payload. */
export type MutationRemoveJointMeetingMemberArgs = {
  input: RemoveJointMeetingMemberInput;
};


/** 变更入口:每个变更接受一个 input 并返回一个 payload / The root of every write: each mutation takes one `input` and returns one payload. */
export type MutationRenameDepartmentArgs = {
  input: RenameDepartmentInput;
};


/** 变更入口:每个变更接受一个 input 并返回一个 payload / The root of every write: each mutation takes one `input` and returns one payload. */
export type MutationReportProgressArgs = {
  input: ReportProgressInput;
};


/** 变更入口:每个变更接受一个 input 并返回一个 payload / The root of every write: each mutation takes one `input` and returns one payload. */
export type MutationSendReminderArgs = {
  input: SendReminderInput;
};


/** 变更入口:每个变更接受一个 input 并返回一个 payload / The root of every write: each mutation takes one `input` and returns one payload. */
export type MutationSetLiaisonArgs = {
  input: SetLiaisonInput;
};


/** 变更入口:每个变更接受一个 input 并返回一个 payload / The root of every write: each mutation takes one `input` and returns one payload. */
export type MutationUnassignUnitArgs = {
  input: UnassignUnitInput;
};

/** 清洗规则 / A cleaning rule of the reader. */
export type NoiseRule =
  /** 控制字符与零宽字符 / Control and zero-width characters. */
  | 'CONTROL_CHARACTER'
  /** 紧接着重复的行 / A line repeated right after itself. */
  | 'DUPLICATE_LINE'
  /** 页脚行(版权、备案号、打印本页) / Footer lines (copyright, ICP number, print this page). */
  | 'FOOTER'
  /** 网页导航行 / Navigation lines of a web page. */
  | 'NAVIGATION'
  /** 插入句中的重复字词(站点水印、广告语) / Short tokens injected into sentences (site marks, advertising). */
  | 'REPEATED_TOKEN'
  /** 装饰符号串(★✿◈) / Runs of decorative symbols. */
  | 'SYMBOL_RUN'
  /** 多余的空白 / Surplus whitespace. */
  | 'WHITESPACE';

/** 领导总览:一个辖区的进展、逾期事项和目标指标,一次查询取得 / The leader's page for one jurisdiction, in one query. */
export type Overview = {
  __typename?: 'Overview';
  /** 各部门汇总,红灯多的在前 / Per department (those with assignments), most red lights first, then by name. */
  departments: Array<DepartmentProgress>;
  /** 目标指标 / The jurisdiction's indicators. */
  indicators: Array<Indicator>;
  /** 行政区划 / Jurisdiction. */
  jurisdiction: Jurisdiction;
  /** 逾期事项,逾期久的在前 / Late items, longest overdue first. */
  late: Array<LateAssignment>;
  /** 逾期事项总数 / Number of late items. */
  lateCount: Scalars['Int']['output'];
  /** 当前填报周期 / The current reporting period. */
  period: ReportingPeriod;
  /** 该辖区文件中全部有效分工的汇总 / Every active assignment on the jurisdiction's documents, summarised. */
  totals: ProgressSummary;
};


/** 领导总览:一个辖区的进展、逾期事项和目标指标,一次查询取得 / The leader's page for one jurisdiction, in one query. */
export type OverviewLateArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** 分页信息(Relay 规范) / Pagination state of a connection (Relay). */
export type PageInfo = {
  __typename?: 'PageInfo';
  /** 本页最后一条的游标,传给 after 取下一页 / Cursor of the last item; pass it as `after` for the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** 是否还有下一页 / Whether more items follow. */
  hasNextPage: Scalars['Boolean']['output'];
  /** 是否有上一页 / Whether items precede this page. */
  hasPreviousPage: Scalars['Boolean']['output'];
  /** 本页第一条的游标 / Cursor of the first item of this page. */
  startCursor?: Maybe<Scalars['String']['output']>;
};

/** 解析报告 / What the reader found. */
export type ParseReport = {
  __typename?: 'ParseReport';
  /** 分工数 / Number of assignments. */
  assignmentCount: Scalars['Int']['output'];
  /** 已应用的更正条数 / How many corrections were applied. */
  correctionCount: Scalars['Int']['output'];
  /** 文号 / Document number. */
  docNumber?: Maybe<Scalars['String']['output']>;
  /** 识别的行政区划 / Jurisdiction read. */
  jurisdiction?: Maybe<Scalars['String']['output']>;
  /** 已有行政区划的标识;将新建时为空 / The jurisdiction's id when it exists already; null when the import creates it. */
  jurisdictionId?: Maybe<Scalars['ID']['output']>;
  /** 清洗删除的字符数 / Characters cleaning removed. */
  removedChars: Scalars['Int']['output'];
  /** 清洗时删除的内容,按规则和内容分组 / What cleaning removed, by rule and token. */
  removedNoise: Array<RemovedNoise>;
  /** 清洗后的原文,所有 span 都指向它 / The cleaned text every span points into. */
  sourceText: Scalars['String']['output'];
  /** 目标 / Targets. */
  targets: Array<ParsedTarget>;
  /** 任务数 / Number of tasks. */
  taskCount: Scalars['Int']['output'];
  /** 任务及其责任单位 / Tasks with their units. */
  tasks: Array<ParsedTask>;
  /** 标题 / Title. */
  title: Scalars['String']['output'];
  /** 已有部门的名称 / Units matched to existing departments. */
  unitsMatched: Array<Scalars['String']['output']>;
  /** 将新建的部门 / Units that will be new departments. */
  unitsNew: Array<Scalars['String']['output']>;
  /** 警告 / Warnings. */
  warnings: Array<ParseWarning>;
};

/** 解析警告 / A parse warning. */
export type ParseWarning = {
  __typename?: 'ParseWarning';
  /** 代码 / Code. */
  code: Scalars['String']['output'];
  /** 中文说明 / Explanation in Chinese. */
  message: Scalars['String']['output'];
  /** 警告在原文中的位置 / Where in sourceText the warning is about. */
  span?: Maybe<TextSpan>;
};

/** 解析出的一个责任单位 / One unit the reader found on a task. */
export type ParsedAssignment = {
  __typename?: 'ParsedAssignment';
  /** 原文写法,如 人社局 / As written in the clause. */
  asWritten: Scalars['String']['output'];
  /** 是否经过更正 / Whether a correction changed or added it. */
  corrected: Scalars['Boolean']['output'];
  /** 已有部门的标识(按名称匹配或更正所选);将新建时为空 / The existing department it goes to (matched by name, or chosen by a correction); null when it will be created. */
  departmentId?: Maybe<Scalars['ID']['output']>;
  /** 角色 / Role. */
  role: AssignmentRole;
  /** 单位在原文中的位置;更正新增的单位为空 / Where sourceText writes the unit; null for a unit a correction added. */
  span?: Maybe<TextSpan>;
  /** 规范全称,如 市人力资源社会保障局 / Canonical name. */
  unit: Scalars['String']['output'];
};

/** 解析出的一个目标 / One target the reader found. */
export type ParsedTarget = {
  __typename?: 'ParsedTarget';
  /** 基线 / Baseline. */
  baseline?: Maybe<Baseline>;
  /** 比较符 / Comparator. */
  comparator: Comparator;
  /** 指标名称 / Indicator. */
  indicator: Scalars['String']['output'];
  /** 单位 / Unit. */
  unit?: Maybe<Scalars['String']['output']>;
  /** 目标值 / Value. */
  value: Scalars['Float']['output'];
  /** 年份 / Year. */
  year?: Maybe<Scalars['Int']['output']>;
};

/** 解析出的一项任务 / One task the reader found. */
export type ParsedTask = {
  __typename?: 'ParsedTask';
  /** 责任单位(已应用更正) / Units with their roles, corrections applied. */
  assignments: Array<ParsedAssignment>;
  /** 期限 / Deadline. */
  deadline?: Maybe<Scalars['Date']['output']>;
  /** 标题 / Heading. */
  heading?: Maybe<Scalars['String']['output']>;
  /** 编号路径,如 [三, (一), 1] / Numbering path. */
  path: Array<Scalars['String']['output']>;
  /** 任务在原文中的位置 / Where sourceText holds the task. */
  span: TextSpan;
  /** 正文 / Text. */
  text: Scalars['String']['output'];
};

/** 周期类别 / Kind of reporting period. */
export type PeriodKind =
  /** 季度 / A quarter. */
  | 'QUARTER'
  /** 年度 / A year. */
  | 'YEAR';

/** 政策文件(实施意见、实施方案、规划) / A policy document: an implementation plan. */
export type PolicyDocument = {
  __typename?: 'PolicyDocument';
  /** 全部任务,按文件顺序 / Every task in document order. */
  allTasks: Array<Task>;
  /** 所落实或引用的文号 / Document numbers it implements or cites. */
  cites: Array<Scalars['String']['output']>;
  /** 文号 / Document number, e.g. 本政办发〔2020〕33号. */
  docNumber?: Maybe<Scalars['String']['output']>;
  /** 标识 / Identifier. */
  id: Scalars['ID']['output'];
  /** 导入时间 / When it was imported. */
  importedAt: Scalars['DateTime']['output'];
  /** 成文日期 / Date issued. */
  issuedOn?: Maybe<Scalars['Date']['output']>;
  /** 发文机关 / Issuer. */
  issuer?: Maybe<Scalars['String']['output']>;
  /** 所属行政区划 / Jurisdiction. */
  jurisdiction: Jurisdiction;
  /** 修订号 / Revision. */
  revision: Scalars['Int']['output'];
  /** 状态 / Status. */
  status: DocumentStatus;
  /** 任务树的根节点 / Top-level tasks; children via Task.children. */
  tasks: Array<Task>;
  /** 标题 / Title. */
  title: Scalars['String']['output'];
  /** 有效期说明 / Validity note. */
  validityNote?: Maybe<Scalars['String']['output']>;
};

/** 进展填报:只追加,新的取代旧的 / A progress report; append-only, a new one supersedes. */
export type ProgressReport = {
  __typename?: 'ProgressReport';
  /** 标识 / Identifier. */
  id: Scalars['ID']['output'];
  /** 指标值 / Indicator values. */
  indicatorValues: Array<IndicatorValue>;
  /** 进展说明 / Narrative. */
  narrative: Scalars['String']['output'];
  /** 完成百分比 / Percent done. */
  percent: Scalars['Int']['output'];
  /** 周期,如 2025-Q3 / Period. */
  period: Scalars['String']['output'];
  /** 填报时间 / Reported at. */
  reportedAt: Scalars['DateTime']['output'];
  /** 填报人 / Reported by. */
  reportedBy?: Maybe<User>;
  /** 状态 / Status. */
  status: ProgressStatus;
  /** 被取代的上一条 / The report it supersedes. */
  supersedesId?: Maybe<Scalars['ID']['output']>;
};

/** 进展状态 / Progress status. */
export type ProgressStatus =
  /** 受阻 / Blocked. */
  | 'BLOCKED'
  /** 已完成 / Completed. */
  | 'COMPLETED'
  /** 推进中 / In progress. */
  | 'IN_PROGRESS'
  /** 未开始 / Not started. */
  | 'NOT_STARTED';

/** 进展汇总 / Progress summary. */
export type ProgressSummary = {
  __typename?: 'ProgressSummary';
  /** 已完成数 / Completed. */
  completed: Scalars['Int']['output'];
  /** 绿灯数 / Green. */
  green: Scalars['Int']['output'];
  /** 完成百分比 0–100 / Percent done, 0–100. */
  percentDone: Scalars['Float']['output'];
  /** 红灯数 / Red. */
  red: Scalars['Int']['output'];
  /** 分工总数 / Number of assignments. */
  total: Scalars['Int']['output'];
  /** 黄灯数 / Yellow. */
  yellow: Scalars['Int']['output'];
};

/** 查询入口 / The root of every read. */
export type Query = {
  __typename?: 'Query';
  /** 按标识取分工;不存在或无权读取时为 null(与 task 相同) / One assignment; null when it does not exist or may not be read (as for `task`). */
  assignment?: Maybe<Assignment>;
  /** 审计事件,新的在前(管理员) / Audit events, newest first (ADMIN). */
  auditEvents: AuditEventConnection;
  /** 比较各辖区交给某领域部门的任务 / Which tasks each jurisdiction gives one sector's department, and in which role. */
  compareSector?: Maybe<SectorComparison>;
  /** 当前填报周期 / The reporting period a report submitted now belongs to. */
  currentPeriod: ReportingPeriod;
  /** 按标识取部门 / One department. */
  department?: Maybe<Department>;
  /** 部门列表 / Departments. */
  departments: Array<Department>;
  /** 按标识取文件 / One document. */
  document?: Maybe<PolicyDocument>;
  /** 文件列表 / Policy documents. */
  documents: Array<PolicyDocument>;
  /** 服务是否可用,总是 true / Always true while the service is up; a cheap liveness probe. */
  health: Scalars['Boolean']['output'];
  /** 某辖区的指标 / Indicators of a jurisdiction. */
  indicators: Array<Indicator>;
  /** 按标识取联席会议 / One joint meeting. */
  jointMeeting?: Maybe<JointMeeting>;
  /** 联席会议列表 / Joint meetings. */
  jointMeetings: Array<JointMeeting>;
  /** 所有可见的行政区划 / Every jurisdiction the user may read. */
  jurisdictions: Array<Jurisdiction>;
  /** 当前登录用户;未登录为 null / The user of this session; null when not logged in. */
  me?: Maybe<User>;
  /** 预览合并两个部门会移动什么,不做任何修改(管理员) / What merging two departments would move, changing nothing (ADMIN). */
  mergeDepartmentsPreview: MergeDepartmentsPreviewPayload;
  /** 我的督办提醒(成员单位) / Reminders for my department. */
  myReminders: Array<Reminder>;
  /** 领导总览;无权读取或不存在的辖区为 null / The overview of a jurisdiction; null when it does not exist or may not be read. */
  overview?: Maybe<Overview>;
  /** 文件的责任矩阵 / The responsibility matrix of a document. */
  responsibilityMatrix?: Maybe<ResponsibilityMatrix>;
  /** 中文全文检索任务 / Searches tasks by Chinese text. */
  searchTasks: TaskConnection;
  /** 领域目录 / The sector catalogue. */
  sectors: Array<Sector>;
  /** 按标识取任务 / One task. */
  task?: Maybe<Task>;
};


/** 查询入口 / The root of every read. */
export type QueryAssignmentArgs = {
  id: Scalars['ID']['input'];
};


/** 查询入口 / The root of every read. */
export type QueryAuditEventsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<AuditEventFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** 查询入口 / The root of every read. */
export type QueryCompareSectorArgs = {
  sector: Scalars['String']['input'];
};


/** 查询入口 / The root of every read. */
export type QueryDepartmentArgs = {
  id: Scalars['ID']['input'];
};


/** 查询入口 / The root of every read. */
export type QueryDepartmentsArgs = {
  filter?: InputMaybe<DepartmentFilter>;
};


/** 查询入口 / The root of every read. */
export type QueryDocumentArgs = {
  id: Scalars['ID']['input'];
};


/** 查询入口 / The root of every read. */
export type QueryDocumentsArgs = {
  jurisdictionId?: InputMaybe<Scalars['ID']['input']>;
};


/** 查询入口 / The root of every read. */
export type QueryIndicatorsArgs = {
  jurisdictionId: Scalars['ID']['input'];
};


/** 查询入口 / The root of every read. */
export type QueryJointMeetingArgs = {
  id: Scalars['ID']['input'];
};


/** 查询入口 / The root of every read. */
export type QueryJointMeetingsArgs = {
  jurisdictionId?: InputMaybe<Scalars['ID']['input']>;
};


/** 查询入口 / The root of every read. */
export type QueryMergeDepartmentsPreviewArgs = {
  input: MergeDepartmentsPreviewInput;
};


/** 查询入口 / The root of every read. */
export type QueryMyRemindersArgs = {
  unreadOnly?: InputMaybe<Scalars['Boolean']['input']>;
};


/** 查询入口 / The root of every read. */
export type QueryOverviewArgs = {
  jurisdictionId: Scalars['ID']['input'];
};


/** 查询入口 / The root of every read. */
export type QueryResponsibilityMatrixArgs = {
  documentId: Scalars['ID']['input'];
};


/** 查询入口 / The root of every read. */
export type QuerySearchTasksArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  text: Scalars['String']['input'];
};


/** 查询入口 / The root of every read. */
export type QueryTaskArgs = {
  id: Scalars['ID']['input'];
};

/** 更正责任单位 / Correct the unit of an assignment. */
export type ReassignUnitInput = {
  /** 分工 / Assignment. */
  assignmentId: Scalars['ID']['input'];
  /** 正确的部门 / The right department. */
  departmentId: Scalars['ID']['input'];
};

/** 记录会议 / Record a meeting. */
export type RecordMeetingInput = {
  /** 日期 / Day held. */
  heldOn: Scalars['Date']['input'];
  /** 联席会议 / Joint meeting. */
  jointMeetingId: Scalars['ID']['input'];
  /** 纪要 / Minutes. */
  minutes?: InputMaybe<Scalars['String']['input']>;
  /** 议定事项,各成为一项任务 / Resolutions; each becomes a task with assignments. */
  resolutions?: InputMaybe<Array<ResolutionInput>>;
  /** 标题 / Title. */
  title: Scalars['String']['input'];
};

/** 会议记录结果 / Meeting payload. */
export type RecordMeetingPayload = {
  __typename?: 'RecordMeetingPayload';
  /** 预期错误 / Expected failures. */
  errors: Array<UserError>;
  /** 会议 / Meeting. */
  meeting?: Maybe<Meeting>;
};

/** 周期 / Recurrence. */
export type Recurrence =
  /** 每年 / Every year. */
  | 'ANNUAL'
  /** 每月 / Every month. */
  | 'MONTHLY'
  /** 每季度 / Every quarter. */
  | 'QUARTERLY';

/** 督办提醒 / A reminder from the office. */
export type Reminder = {
  __typename?: 'Reminder';
  /** 分工 / Assignment. */
  assignment: Assignment;
  /** 标识 / Identifier. */
  id: Scalars['ID']['output'];
  /** 内容 / Message. */
  message: Scalars['String']['output'];
  /** 阅读时间 / Read at. */
  readAt?: Maybe<Scalars['DateTime']['output']>;
  /** 发送时间 / Sent at. */
  sentAt: Scalars['DateTime']['output'];
  /** 发送人 / Sent by. */
  sentBy?: Maybe<User>;
};

/** 提醒结果 / Reminder payload. */
export type ReminderPayload = {
  __typename?: 'ReminderPayload';
  /** 预期错误 / Expected failures. */
  errors: Array<UserError>;
  /** 提醒 / Reminder. */
  reminder?: Maybe<Reminder>;
};

/** 移除成员 / Remove a member. */
export type RemoveJointMeetingMemberInput = {
  /** 成员 / Member. */
  memberId: Scalars['ID']['input'];
};

/** 清洗时删除的一类内容 / What cleaning removed, grouped by rule and token. */
export type RemovedNoise = {
  __typename?: 'RemovedNoise';
  /** 次数 / How often. */
  count: Scalars['Int']['output'];
  /** 规则 / Rule. */
  rule: NoiseRule;
  /** 删除的内容,如 ★ 或某个水印词 / What was removed, e.g. ★ or a watermark. */
  token: Scalars['String']['output'];
};

/** 改名:旧名保留为别称 / Rename; the old name stays as an alias. */
export type RenameDepartmentInput = {
  /** 部门 / Department. */
  departmentId: Scalars['ID']['input'];
  /** 读取时的版本 / Version read. */
  expectedVersion: Scalars['Int']['input'];
  /** 新名称 / New name. */
  name: Scalars['String']['input'];
};

/** 填报进展 / Report progress. */
export type ReportProgressInput = {
  /** 分工 / Assignment. */
  assignmentId: Scalars['ID']['input'];
  /** 读到的最新进展标识;期间有人填报则返回 CONFLICT / The latest report id you read; CONFLICT if someone reported since. */
  expectedLatestReportId?: InputMaybe<Scalars['ID']['input']>;
  /** 幂等键:同一键重复提交返回同一结果 / Idempotency key: the same key returns the same answer. */
  idempotencyKey?: InputMaybe<Scalars['String']['input']>;
  /** 指标值 / Indicator values. */
  indicatorValues?: InputMaybe<Array<IndicatorValueInput>>;
  /** 进展说明 / Narrative. */
  narrative: Scalars['String']['input'];
  /** 完成百分比 0–100 / Percent 0–100. */
  percent: Scalars['Int']['input'];
  /** 状态 / Status. */
  status: ProgressStatus;
};

/** 填报结果 / Report payload. */
export type ReportProgressPayload = {
  __typename?: 'ReportProgressPayload';
  /** 分工 / The assignment. */
  assignment?: Maybe<Assignment>;
  /** 预期错误 / Expected failures. */
  errors: Array<UserError>;
  /** 新进展 / The new report. */
  report?: Maybe<ProgressReport>;
};

/** 填报周期:此刻提交的进展归入的周期 / A reporting period: the one a report submitted now is stamped with. */
export type ReportingPeriod = {
  __typename?: 'ReportingPeriod';
  /** 距最后一天的天数(中国时间,当天为 0) / Days until the last day, in China time (0 on the last day). */
  daysLeft: Scalars['Int']['output'];
  /** 最后一天(含) / Last day, inclusive. */
  endsOn: Scalars['Date']['output'];
  /** 存储形式,与 ProgressReport.period 相同,如 2025-Q3 / Stored form, as in `ProgressReport.period`, e.g. 2025-Q3. */
  key: Scalars['String']['output'];
  /** 类别 / Kind. */
  kind: PeriodKind;
  /** 中文名称,如 2025年第三季度 / Chinese label, e.g. 2025年第三季度. */
  label: Scalars['String']['output'];
  /** 第一天 / First day. */
  startsOn: Scalars['Date']['output'];
};

/** 议定事项 / A resolution. */
export type Resolution = {
  __typename?: 'Resolution';
  /** 标识 / Identifier. */
  id: Scalars['ID']['output'];
  /** 对应任务 / Its task. */
  task: Task;
  /** 内容 / Text. */
  text: Scalars['String']['output'];
};

/** 议定事项输入 / Resolution input. */
export type ResolutionInput = {
  /** 期限 / Deadline. */
  deadline?: InputMaybe<Scalars['Date']['input']>;
  /** 牵头部门 / Lead department. */
  leadDepartmentId: Scalars['ID']['input'];
  /** 配合部门 / Supporting departments. */
  supportDepartmentIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** 内容 / Text. */
  text: Scalars['String']['input'];
};

/** 责任矩阵:部门 × 任务 / The responsibility matrix: departments × tasks. */
export type ResponsibilityMatrix = {
  __typename?: 'ResponsibilityMatrix';
  /** 格 / Cells. */
  cells: Array<MatrixCell>;
  /** 列:部门 / Departments (columns). */
  departments: Array<Department>;
  /** 文件 / Document. */
  document: PolicyDocument;
  /** 行:任务 / Tasks (rows). */
  tasks: Array<Task>;
  /** 违反的规则 / Violations. */
  violations: Array<MatrixViolation>;
};

/** 领域(条线):跨行政区划的部门类别 / A sector: the line of work a department belongs to across jurisdictions. */
export type Sector = {
  __typename?: 'Sector';
  /** 代码,如 HEALTH / Code, e.g. HEALTH. */
  code: Scalars['String']['output'];
  /** 中文名,如 卫生健康 / Chinese name, e.g. 卫生健康. */
  name: Scalars['String']['output'];
};

/** 某领域在各辖区的任务对比 / One sector compared across jurisdictions. */
export type SectorComparison = {
  __typename?: 'SectorComparison';
  /** 各辖区的任务与角色 / Tasks and roles in each jurisdiction. */
  duties: Array<SectorDuty>;
  /** 领域 / The sector. */
  sector: Sector;
};

/** 某辖区里某领域部门承担的一项任务 / One task a jurisdiction gives a sector's department. */
export type SectorDuty = {
  __typename?: 'SectorDuty';
  /** 该领域的部门 / The sector's department there. */
  department: Department;
  /** 行政区划 / The jurisdiction. */
  jurisdiction: Jurisdiction;
  /** 角色 / The department's role. */
  role: AssignmentRole;
  /** 任务 / The task. */
  task: Task;
};

/** 发送提醒 / Send a reminder. */
export type SendReminderInput = {
  /** 分工 / Assignment. */
  assignmentId: Scalars['ID']['input'];
  /** 内容 / Message. */
  message: Scalars['String']['input'];
};

/** 设置联络员 / Set a liaison. */
export type SetLiaisonInput = {
  /** 联络员;为空则清除 / Liaison; null clears it. */
  liaison?: InputMaybe<LiaisonInput>;
  /** 成员 / Member. */
  memberId: Scalars['ID']['input'];
};

/** 红黄绿灯 / Status light. */
export type StatusLight =
  /** 绿:正常 / On track. */
  | 'GREEN'
  /** 红:逾期 / Overdue. */
  | 'RED'
  /** 黄:临近期限或本期未报 / Due soon or no report this period. */
  | 'YELLOW';

/** 目标 / Target. */
export type Target = {
  __typename?: 'Target';
  /** 比较符 / Comparator. */
  comparator: Comparator;
  /** 目标值 / Value. */
  value: Scalars['Float']['output'];
  /** 年份 / Year. */
  year?: Maybe<Scalars['Int']['output']>;
};

/** 任务(条款) / A numbered item of a document. */
export type Task = {
  __typename?: 'Task';
  /** 分工 / Assignments. */
  assignments: Array<Assignment>;
  /** 子任务 / Child tasks. */
  children: Array<Task>;
  /** 期限 / Deadline. */
  deadline?: Maybe<Scalars['Date']['output']>;
  /** 所属文件;会议议定事项产生的任务为空 / Its document; null for a task made from a meeting's resolution. */
  document?: Maybe<PolicyDocument>;
  /** 标题 / Heading. */
  heading?: Maybe<Scalars['String']['output']>;
  /** 标识 / Identifier. */
  id: Scalars['ID']['output'];
  /**
   * 与任务相关的指标:所属文件的全部指标,任务正文提到名称的排在前面。解析器不把目标与任务相连——规划把目标写在"发展目标"一节,
   * 该节不写责任单位,分工任务的正文也很少写出指标名称——所以这里列出文件的全部指标,而不是猜测的子集。会议议定事项所在的文件没有指标,其任务为空。
   * / The indicators relevant to this task: every indicator of its document, those whose name occurs in the task's text
   * first. The policy reader does not link targets to tasks — a plan states its targets in its 发展目标 section, which
   * names no responsible unit, and the tasks units carry rarely name an indicator — so this lists the document's
   * indicators rather than a guessed subset. Empty for a resolution's task (the resolutions' document has no indicators).
   */
  indicators: Array<Indicator>;
  /** 编号路径,如 [三, (一), 1] / Numbering path. */
  path: Array<Scalars['String']['output']>;
  /** 周期 / Recurrence. */
  recurrence?: Maybe<Recurrence>;
  /** 正文 / Text. */
  text: Scalars['String']['output'];
};

/** 任务分页列表 / Tasks, paginated. */
export type TaskConnection = {
  __typename?: 'TaskConnection';
  /** 边 / Edges. */
  edges: Array<TaskEdge>;
  /** 节点 / Nodes. */
  nodes: Array<Task>;
  /** 分页信息 / Page info. */
  pageInfo: PageInfo;
  /** 总数 / Total count. */
  totalCount: Scalars['Int']['output'];
};

/** 任务分页边 / Task edge. */
export type TaskEdge = {
  __typename?: 'TaskEdge';
  /** 游标 / Cursor. */
  cursor: Scalars['String']['output'];
  /** 任务 / Task. */
  node: Task;
};

/** ParseReport.sourceText 中的一段:UTF-16 码元下标,从 0 起,不含 end(与 JavaScript 的 String.slice 相同) / A stretch of ParseReport.sourceText: UTF-16 code-unit offsets from 0, end exclusive (as JavaScript's String.slice). */
export type TextSpan = {
  __typename?: 'TextSpan';
  /** 终点(不含) / Offset after the last. */
  end: Scalars['Int']['output'];
  /** 起点 / First offset. */
  start: Scalars['Int']['output'];
};

/** 取消分工 / Unassign. */
export type UnassignUnitInput = {
  /** 分工 / Assignment. */
  assignmentId: Scalars['ID']['input'];
};

/** 上传的文件(base64) / An uploaded file, base64-encoded. */
export type UploadInput = {
  /** base64 内容 / Base64 content. */
  content: Scalars['String']['input'];
  /** 文件名,如 plan.txt / File name. */
  fileName: Scalars['String']['input'];
};

/** 登录用户 / A person who logs in. */
export type User = {
  __typename?: 'User';
  /** 成员单位用户所属部门 / The department a MEMBER reports for. */
  department?: Maybe<Department>;
  /** 显示名 / Name shown in the interface. */
  displayName: Scalars['String']['output'];
  /** 标识 / Identifier. */
  id: Scalars['ID']['output'];
  /** 可读的行政区划;管理员为空表示全部 / The jurisdiction the user reads; null for an installation-wide ADMIN. */
  jurisdiction?: Maybe<Jurisdiction>;
  /** 角色 / Role. */
  role: UserRole;
  /** 登录名 / Login name. */
  username: Scalars['String']['output'];
};

/** 作为数据返回的预期错误 / An expected failure, returned as data in a payload. */
export type UserError = Error & {
  __typename?: 'UserError';
  /** 机器可读的错误码 / Machine-readable code. */
  code: UserErrorCode;
  /** 出错的输入字段路径 / The input field at fault. */
  field?: Maybe<Scalars['String']['output']>;
  /** 中文说明 / Explanation in Chinese. */
  message: Scalars['String']['output'];
};

/** 预期错误的错误码 / Codes of expected failures. */
export type UserErrorCode =
  /** 已存在 / It already exists. */
  | 'ALREADY_EXISTS'
  /** 对象已归档,不能再改 / The object is archived and takes no changes. */
  | 'ARCHIVED'
  /** 用户名或密码错误 / Wrong user name or password. */
  | 'INVALID_CREDENTIALS'
  /** 输入不合法 / The input is not valid. */
  | 'INVALID_INPUT'
  /** 名称已被占用 / The name is already taken. */
  | 'NAME_TAKEN'
  /** 尝试过多,请稍后再试 / Too many attempts; try again later. */
  | 'RATE_LIMITED'
  /** 文件无法解析 / The document could not be read. */
  | 'UNPARSABLE_DOCUMENT';

/** 用户变更结果 / User payload. */
export type UserPayload = {
  __typename?: 'UserPayload';
  /** 预期错误 / Expected failures. */
  errors: Array<UserError>;
  /** 用户 / User. */
  user?: Maybe<User>;
};

/** 用户角色 / What a user may do. */
export type UserRole =
  /** 管理员(联席办):可做一切 / The office: may do everything. */
  | 'ADMIN'
  /** 成员单位用户:读本辖区,只填报本单位进展 / A member unit's user: reads its jurisdiction, reports progress of its own department only. */
  | 'MEMBER'
  /** 只读用户 / Reads only. */
  | 'VIEWER';

export type WithIndex<TObject> = TObject & Record<string, any>;
export type ResolversObject<TObject> = WithIndex<TObject>;

export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;




/** Mapping of interface types */
export type ResolversInterfaceTypes<_RefType extends Record<string, unknown>> = ResolversObject<{
  Error: ( UserError );
}>;

/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = ResolversObject<{
  AddDepartmentAliasInput: AddDepartmentAliasInput;
  AddJointMeetingMemberInput: AddJointMeetingMemberInput;
  ArchiveDepartmentInput: ArchiveDepartmentInput;
  AssignUnitInput: AssignUnitInput;
  Assignment: ResolverTypeWrapper<AssignmentMapper>;
  AssignmentPayload: ResolverTypeWrapper<Omit<AssignmentPayload, 'assignment'> & { assignment?: Maybe<ResolversTypes['Assignment']> }>;
  AssignmentRole: AssignmentRole;
  AuditEvent: ResolverTypeWrapper<AuditEventMapper>;
  AuditEventConnection: ResolverTypeWrapper<Omit<AuditEventConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['AuditEventEdge']>, nodes: Array<ResolversTypes['AuditEvent']> }>;
  AuditEventEdge: ResolverTypeWrapper<Omit<AuditEventEdge, 'node'> & { node: ResolversTypes['AuditEvent'] }>;
  AuditEventFilter: AuditEventFilter;
  Baseline: ResolverTypeWrapper<Baseline>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ChangeAssignmentRoleInput: ChangeAssignmentRoleInput;
  ChangeUserRoleInput: ChangeUserRoleInput;
  Comparator: Comparator;
  CreateDepartmentInput: CreateDepartmentInput;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DateTime: ResolverTypeWrapper<Scalars['DateTime']['output']>;
  Department: ResolverTypeWrapper<DepartmentMapper>;
  DepartmentFilter: DepartmentFilter;
  DepartmentPayload: ResolverTypeWrapper<Omit<DepartmentPayload, 'department'> & { department?: Maybe<ResolversTypes['Department']> }>;
  DepartmentProgress: ResolverTypeWrapper<Omit<DepartmentProgress, 'department'> & { department: ResolversTypes['Department'] }>;
  DepartmentTaskConnection: ResolverTypeWrapper<Omit<DepartmentTaskConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['DepartmentTaskEdge']>, nodes: Array<ResolversTypes['Assignment']> }>;
  DepartmentTaskEdge: ResolverTypeWrapper<Omit<DepartmentTaskEdge, 'node'> & { node: ResolversTypes['Assignment'] }>;
  DocumentStatus: DocumentStatus;
  Duty: ResolverTypeWrapper<DutyMapper>;
  Error: ResolverTypeWrapper<ResolversInterfaceTypes<ResolversTypes>['Error']>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ImportCorrectionAction: ImportCorrectionAction;
  ImportCorrectionInput: ImportCorrectionInput;
  ImportDocumentInput: ImportDocumentInput;
  ImportDocumentPayload: ResolverTypeWrapper<Omit<ImportDocumentPayload, 'result'> & { result?: Maybe<ResolversTypes['ImportResult']> }>;
  ImportOutcome: ImportOutcome;
  ImportResult: ResolverTypeWrapper<Omit<ImportResult, 'document'> & { document: ResolversTypes['PolicyDocument'] }>;
  Indicator: ResolverTypeWrapper<IndicatorMapper>;
  IndicatorValue: ResolverTypeWrapper<IndicatorValue>;
  IndicatorValueInput: IndicatorValueInput;
  InstitutionKind: InstitutionKind;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  JointMeeting: ResolverTypeWrapper<JointMeetingMapper>;
  Jurisdiction: ResolverTypeWrapper<JurisdictionMapper>;
  JurisdictionLevel: JurisdictionLevel;
  LateAssignment: ResolverTypeWrapper<LateAssignmentMapper>;
  Liaison: ResolverTypeWrapper<Liaison>;
  LiaisonInput: LiaisonInput;
  LoginInput: LoginInput;
  LoginPayload: ResolverTypeWrapper<Omit<LoginPayload, 'user'> & { user?: Maybe<ResolversTypes['User']> }>;
  LogoutInput: LogoutInput;
  LogoutPayload: ResolverTypeWrapper<LogoutPayload>;
  MarkReminderReadInput: MarkReminderReadInput;
  MatrixCell: ResolverTypeWrapper<MatrixCell>;
  MatrixViolation: ResolverTypeWrapper<MatrixViolation>;
  Meeting: ResolverTypeWrapper<MeetingMapper>;
  Member: ResolverTypeWrapper<MemberMapper>;
  MemberPayload: ResolverTypeWrapper<Omit<MemberPayload, 'member'> & { member?: Maybe<ResolversTypes['Member']> }>;
  MemberPosition: MemberPosition;
  MergeAssignmentChange: ResolverTypeWrapper<MergeAssignmentChangeMapper>;
  MergeAssignmentGroup: ResolverTypeWrapper<MergeAssignmentGroupMapper>;
  MergeAssignmentOutcome: MergeAssignmentOutcome;
  MergeConflict: ResolverTypeWrapper<MergeConflictMapper>;
  MergeDepartmentsInput: MergeDepartmentsInput;
  MergeDepartmentsPreview: ResolverTypeWrapper<MergeDepartmentsPreviewMapper>;
  MergeDepartmentsPreviewInput: MergeDepartmentsPreviewInput;
  MergeDepartmentsPreviewPayload: ResolverTypeWrapper<Omit<MergeDepartmentsPreviewPayload, 'preview'> & { preview?: Maybe<ResolversTypes['MergeDepartmentsPreview']> }>;
  MergeMembershipChange: ResolverTypeWrapper<MergeMembershipChangeMapper>;
  MergeMembershipOutcome: MergeMembershipOutcome;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  NoiseRule: NoiseRule;
  Overview: ResolverTypeWrapper<OverviewMapper>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  ParseReport: ResolverTypeWrapper<ParseReport>;
  ParseWarning: ResolverTypeWrapper<ParseWarning>;
  ParsedAssignment: ResolverTypeWrapper<ParsedAssignment>;
  ParsedTarget: ResolverTypeWrapper<ParsedTarget>;
  ParsedTask: ResolverTypeWrapper<ParsedTask>;
  PeriodKind: PeriodKind;
  PolicyDocument: ResolverTypeWrapper<PolicyDocumentMapper>;
  ProgressReport: ResolverTypeWrapper<ProgressReportMapper>;
  ProgressStatus: ProgressStatus;
  ProgressSummary: ResolverTypeWrapper<ProgressSummary>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ReassignUnitInput: ReassignUnitInput;
  RecordMeetingInput: RecordMeetingInput;
  RecordMeetingPayload: ResolverTypeWrapper<Omit<RecordMeetingPayload, 'meeting'> & { meeting?: Maybe<ResolversTypes['Meeting']> }>;
  Recurrence: Recurrence;
  Reminder: ResolverTypeWrapper<ReminderMapper>;
  ReminderPayload: ResolverTypeWrapper<Omit<ReminderPayload, 'reminder'> & { reminder?: Maybe<ResolversTypes['Reminder']> }>;
  RemoveJointMeetingMemberInput: RemoveJointMeetingMemberInput;
  RemovedNoise: ResolverTypeWrapper<RemovedNoise>;
  RenameDepartmentInput: RenameDepartmentInput;
  ReportProgressInput: ReportProgressInput;
  ReportProgressPayload: ResolverTypeWrapper<Omit<ReportProgressPayload, 'assignment' | 'report'> & { assignment?: Maybe<ResolversTypes['Assignment']>, report?: Maybe<ResolversTypes['ProgressReport']> }>;
  ReportingPeriod: ResolverTypeWrapper<ReportingPeriod>;
  Resolution: ResolverTypeWrapper<ResolutionMapper>;
  ResolutionInput: ResolutionInput;
  ResponsibilityMatrix: ResolverTypeWrapper<ResponsibilityMatrixMapper>;
  Sector: ResolverTypeWrapper<Sector>;
  SectorComparison: ResolverTypeWrapper<Omit<SectorComparison, 'duties'> & { duties: Array<ResolversTypes['SectorDuty']> }>;
  SectorDuty: ResolverTypeWrapper<SectorDutyMapper>;
  SendReminderInput: SendReminderInput;
  SetLiaisonInput: SetLiaisonInput;
  StatusLight: StatusLight;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Target: ResolverTypeWrapper<Target>;
  Task: ResolverTypeWrapper<TaskMapper>;
  TaskConnection: ResolverTypeWrapper<Omit<TaskConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['TaskEdge']>, nodes: Array<ResolversTypes['Task']> }>;
  TaskEdge: ResolverTypeWrapper<Omit<TaskEdge, 'node'> & { node: ResolversTypes['Task'] }>;
  TextSpan: ResolverTypeWrapper<TextSpan>;
  UnassignUnitInput: UnassignUnitInput;
  UploadInput: UploadInput;
  User: ResolverTypeWrapper<UserMapper>;
  UserError: ResolverTypeWrapper<UserError>;
  UserErrorCode: UserErrorCode;
  UserPayload: ResolverTypeWrapper<Omit<UserPayload, 'user'> & { user?: Maybe<ResolversTypes['User']> }>;
  UserRole: UserRole;
}>;

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = ResolversObject<{
  AddDepartmentAliasInput: AddDepartmentAliasInput;
  AddJointMeetingMemberInput: AddJointMeetingMemberInput;
  ArchiveDepartmentInput: ArchiveDepartmentInput;
  AssignUnitInput: AssignUnitInput;
  Assignment: AssignmentMapper;
  AssignmentPayload: Omit<AssignmentPayload, 'assignment'> & { assignment?: Maybe<ResolversParentTypes['Assignment']> };
  AuditEvent: AuditEventMapper;
  AuditEventConnection: Omit<AuditEventConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['AuditEventEdge']>, nodes: Array<ResolversParentTypes['AuditEvent']> };
  AuditEventEdge: Omit<AuditEventEdge, 'node'> & { node: ResolversParentTypes['AuditEvent'] };
  AuditEventFilter: AuditEventFilter;
  Baseline: Baseline;
  Boolean: Scalars['Boolean']['output'];
  ChangeAssignmentRoleInput: ChangeAssignmentRoleInput;
  ChangeUserRoleInput: ChangeUserRoleInput;
  CreateDepartmentInput: CreateDepartmentInput;
  Date: Scalars['Date']['output'];
  DateTime: Scalars['DateTime']['output'];
  Department: DepartmentMapper;
  DepartmentFilter: DepartmentFilter;
  DepartmentPayload: Omit<DepartmentPayload, 'department'> & { department?: Maybe<ResolversParentTypes['Department']> };
  DepartmentProgress: Omit<DepartmentProgress, 'department'> & { department: ResolversParentTypes['Department'] };
  DepartmentTaskConnection: Omit<DepartmentTaskConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['DepartmentTaskEdge']>, nodes: Array<ResolversParentTypes['Assignment']> };
  DepartmentTaskEdge: Omit<DepartmentTaskEdge, 'node'> & { node: ResolversParentTypes['Assignment'] };
  Duty: DutyMapper;
  Error: ResolversInterfaceTypes<ResolversParentTypes>['Error'];
  Float: Scalars['Float']['output'];
  ID: Scalars['ID']['output'];
  ImportCorrectionInput: ImportCorrectionInput;
  ImportDocumentInput: ImportDocumentInput;
  ImportDocumentPayload: Omit<ImportDocumentPayload, 'result'> & { result?: Maybe<ResolversParentTypes['ImportResult']> };
  ImportResult: Omit<ImportResult, 'document'> & { document: ResolversParentTypes['PolicyDocument'] };
  Indicator: IndicatorMapper;
  IndicatorValue: IndicatorValue;
  IndicatorValueInput: IndicatorValueInput;
  Int: Scalars['Int']['output'];
  JointMeeting: JointMeetingMapper;
  Jurisdiction: JurisdictionMapper;
  LateAssignment: LateAssignmentMapper;
  Liaison: Liaison;
  LiaisonInput: LiaisonInput;
  LoginInput: LoginInput;
  LoginPayload: Omit<LoginPayload, 'user'> & { user?: Maybe<ResolversParentTypes['User']> };
  LogoutInput: LogoutInput;
  LogoutPayload: LogoutPayload;
  MarkReminderReadInput: MarkReminderReadInput;
  MatrixCell: MatrixCell;
  MatrixViolation: MatrixViolation;
  Meeting: MeetingMapper;
  Member: MemberMapper;
  MemberPayload: Omit<MemberPayload, 'member'> & { member?: Maybe<ResolversParentTypes['Member']> };
  MergeAssignmentChange: MergeAssignmentChangeMapper;
  MergeAssignmentGroup: MergeAssignmentGroupMapper;
  MergeConflict: MergeConflictMapper;
  MergeDepartmentsInput: MergeDepartmentsInput;
  MergeDepartmentsPreview: MergeDepartmentsPreviewMapper;
  MergeDepartmentsPreviewInput: MergeDepartmentsPreviewInput;
  MergeDepartmentsPreviewPayload: Omit<MergeDepartmentsPreviewPayload, 'preview'> & { preview?: Maybe<ResolversParentTypes['MergeDepartmentsPreview']> };
  MergeMembershipChange: MergeMembershipChangeMapper;
  Mutation: Record<PropertyKey, never>;
  Overview: OverviewMapper;
  PageInfo: PageInfo;
  ParseReport: ParseReport;
  ParseWarning: ParseWarning;
  ParsedAssignment: ParsedAssignment;
  ParsedTarget: ParsedTarget;
  ParsedTask: ParsedTask;
  PolicyDocument: PolicyDocumentMapper;
  ProgressReport: ProgressReportMapper;
  ProgressSummary: ProgressSummary;
  Query: Record<PropertyKey, never>;
  ReassignUnitInput: ReassignUnitInput;
  RecordMeetingInput: RecordMeetingInput;
  RecordMeetingPayload: Omit<RecordMeetingPayload, 'meeting'> & { meeting?: Maybe<ResolversParentTypes['Meeting']> };
  Reminder: ReminderMapper;
  ReminderPayload: Omit<ReminderPayload, 'reminder'> & { reminder?: Maybe<ResolversParentTypes['Reminder']> };
  RemoveJointMeetingMemberInput: RemoveJointMeetingMemberInput;
  RemovedNoise: RemovedNoise;
  RenameDepartmentInput: RenameDepartmentInput;
  ReportProgressInput: ReportProgressInput;
  ReportProgressPayload: Omit<ReportProgressPayload, 'assignment' | 'report'> & { assignment?: Maybe<ResolversParentTypes['Assignment']>, report?: Maybe<ResolversParentTypes['ProgressReport']> };
  ReportingPeriod: ReportingPeriod;
  Resolution: ResolutionMapper;
  ResolutionInput: ResolutionInput;
  ResponsibilityMatrix: ResponsibilityMatrixMapper;
  Sector: Sector;
  SectorComparison: Omit<SectorComparison, 'duties'> & { duties: Array<ResolversParentTypes['SectorDuty']> };
  SectorDuty: SectorDutyMapper;
  SendReminderInput: SendReminderInput;
  SetLiaisonInput: SetLiaisonInput;
  String: Scalars['String']['output'];
  Target: Target;
  Task: TaskMapper;
  TaskConnection: Omit<TaskConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['TaskEdge']>, nodes: Array<ResolversParentTypes['Task']> };
  TaskEdge: Omit<TaskEdge, 'node'> & { node: ResolversParentTypes['Task'] };
  TextSpan: TextSpan;
  UnassignUnitInput: UnassignUnitInput;
  UploadInput: UploadInput;
  User: UserMapper;
  UserError: UserError;
  UserPayload: Omit<UserPayload, 'user'> & { user?: Maybe<ResolversParentTypes['User']> };
}>;

export type AssignmentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Assignment'] = ResolversParentTypes['Assignment']> = ResolversObject<{
  department?: Resolver<ResolversTypes['Department'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  latestReport?: Resolver<Maybe<ResolversTypes['ProgressReport']>, ParentType, ContextType>;
  light?: Resolver<ResolversTypes['StatusLight'], ParentType, ContextType>;
  reports?: Resolver<Array<ResolversTypes['ProgressReport']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['AssignmentRole'], ParentType, ContextType>;
  task?: Resolver<ResolversTypes['Task'], ParentType, ContextType>;
}>;

export type AssignmentPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AssignmentPayload'] = ResolversParentTypes['AssignmentPayload']> = ResolversObject<{
  assignment?: Resolver<Maybe<ResolversTypes['Assignment']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type AuditEventResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuditEvent'] = ResolversParentTypes['AuditEvent']> = ResolversObject<{
  action?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  actor?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  after?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  before?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  entityId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  entityType?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  requestId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type AuditEventConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuditEventConnection'] = ResolversParentTypes['AuditEventConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['AuditEventEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['AuditEvent']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type AuditEventEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AuditEventEdge'] = ResolversParentTypes['AuditEventEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['AuditEvent'], ParentType, ContextType>;
}>;

export type BaselineResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Baseline'] = ResolversParentTypes['Baseline']> = ResolversObject<{
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  year?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export interface DateTimeScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['DateTime'], any> {
  name: 'DateTime';
}

export type DepartmentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Department'] = ResolversParentTypes['Department']> = ResolversObject<{
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  archivedAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  assignments?: Resolver<Array<ResolversTypes['Assignment']>, ParentType, ContextType, Partial<DepartmentAssignmentsArgs>>;
  duties?: Resolver<Array<ResolversTypes['Duty']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  jurisdiction?: Resolver<ResolversTypes['Jurisdiction'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['InstitutionKind'], ParentType, ContextType>;
  memberships?: Resolver<Array<ResolversTypes['Member']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  progressSummary?: Resolver<ResolversTypes['ProgressSummary'], ParentType, ContextType>;
  sector?: Resolver<Maybe<ResolversTypes['Sector']>, ParentType, ContextType>;
  tasks?: Resolver<ResolversTypes['DepartmentTaskConnection'], ParentType, ContextType, Partial<DepartmentTasksArgs>>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type DepartmentPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DepartmentPayload'] = ResolversParentTypes['DepartmentPayload']> = ResolversObject<{
  department?: Resolver<Maybe<ResolversTypes['Department']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
}>;

export type DepartmentProgressResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DepartmentProgress'] = ResolversParentTypes['DepartmentProgress']> = ResolversObject<{
  department?: Resolver<ResolversTypes['Department'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['ProgressSummary'], ParentType, ContextType>;
}>;

export type DepartmentTaskConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DepartmentTaskConnection'] = ResolversParentTypes['DepartmentTaskConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['DepartmentTaskEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Assignment']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type DepartmentTaskEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['DepartmentTaskEdge'] = ResolversParentTypes['DepartmentTaskEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Assignment'], ParentType, ContextType>;
}>;

export type DutyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Duty'] = ResolversParentTypes['Duty']> = ResolversObject<{
  department?: Resolver<ResolversTypes['Department'], ParentType, ContextType>;
  document?: Resolver<ResolversTypes['PolicyDocument'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ErrorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Error'] = ResolversParentTypes['Error']> = ResolversObject<{
  __resolveType: TypeResolveFn<'UserError', ParentType, ContextType>;
}>;

export type ImportDocumentPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImportDocumentPayload'] = ResolversParentTypes['ImportDocumentPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  report?: Resolver<Maybe<ResolversTypes['ParseReport']>, ParentType, ContextType>;
  result?: Resolver<Maybe<ResolversTypes['ImportResult']>, ParentType, ContextType>;
}>;

export type ImportResultResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ImportResult'] = ResolversParentTypes['ImportResult']> = ResolversObject<{
  created?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  document?: Resolver<ResolversTypes['PolicyDocument'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['ImportOutcome'], ParentType, ContextType>;
  revision?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type IndicatorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Indicator'] = ResolversParentTypes['Indicator']> = ResolversObject<{
  baseline?: Resolver<Maybe<ResolversTypes['Baseline']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  latestMeasuredOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  latestValue?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  met?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  progress?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  scope?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  targets?: Resolver<Array<ResolversTypes['Target']>, ParentType, ContextType>;
  unit?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type IndicatorValueResolvers<ContextType = Context, ParentType extends ResolversParentTypes['IndicatorValue'] = ResolversParentTypes['IndicatorValue']> = ResolversObject<{
  indicatorId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
}>;

export type JointMeetingResolvers<ContextType = Context, ParentType extends ResolversParentTypes['JointMeeting'] = ResolversParentTypes['JointMeeting']> = ResolversObject<{
  document?: Resolver<Maybe<ResolversTypes['PolicyDocument']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  jurisdiction?: Resolver<ResolversTypes['Jurisdiction'], ParentType, ContextType>;
  liaisons?: Resolver<Array<ResolversTypes['Liaison']>, ParentType, ContextType>;
  meetings?: Resolver<Array<ResolversTypes['Meeting']>, ParentType, ContextType>;
  members?: Resolver<Array<ResolversTypes['Member']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type JurisdictionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Jurisdiction'] = ResolversParentTypes['Jurisdiction']> = ResolversObject<{
  assignmentCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  documentCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['JurisdictionLevel'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  parent?: Resolver<Maybe<ResolversTypes['Jurisdiction']>, ParentType, ContextType>;
}>;

export type LateAssignmentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LateAssignment'] = ResolversParentTypes['LateAssignment']> = ResolversObject<{
  assignment?: Resolver<ResolversTypes['Assignment'], ParentType, ContextType>;
  daysOverdue?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  deadline?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  department?: Resolver<ResolversTypes['Department'], ParentType, ContextType>;
  latestReport?: Resolver<Maybe<ResolversTypes['ProgressReport']>, ParentType, ContextType>;
  task?: Resolver<ResolversTypes['Task'], ParentType, ContextType>;
}>;

export type LiaisonResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Liaison'] = ResolversParentTypes['Liaison']> = ResolversObject<{
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  phone?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type LoginPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LoginPayload'] = ResolversParentTypes['LoginPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  expiresAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  token?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
}>;

export type LogoutPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['LogoutPayload'] = ResolversParentTypes['LogoutPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  ok?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
}>;

export type MatrixCellResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MatrixCell'] = ResolversParentTypes['MatrixCell']> = ResolversObject<{
  assignmentId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  departmentId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  light?: Resolver<ResolversTypes['StatusLight'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['AssignmentRole'], ParentType, ContextType>;
  taskId?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
}>;

export type MatrixViolationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MatrixViolation'] = ResolversParentTypes['MatrixViolation']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  taskId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
}>;

export type MeetingResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Meeting'] = ResolversParentTypes['Meeting']> = ResolversObject<{
  heldOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  minutes?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  resolutions?: Resolver<Array<ResolversTypes['Resolution']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type MemberResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Member'] = ResolversParentTypes['Member']> = ResolversObject<{
  department?: Resolver<ResolversTypes['Department'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  jointMeeting?: Resolver<ResolversTypes['JointMeeting'], ParentType, ContextType>;
  liaison?: Resolver<Maybe<ResolversTypes['Liaison']>, ParentType, ContextType>;
  position?: Resolver<ResolversTypes['MemberPosition'], ParentType, ContextType>;
  representative?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type MemberPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MemberPayload'] = ResolversParentTypes['MemberPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  member?: Resolver<Maybe<ResolversTypes['Member']>, ParentType, ContextType>;
}>;

export type MergeAssignmentChangeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MergeAssignmentChange'] = ResolversParentTypes['MergeAssignmentChange']> = ResolversObject<{
  active?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  assignment?: Resolver<ResolversTypes['Assignment'], ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['MergeAssignmentOutcome'], ParentType, ContextType>;
  reports?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['AssignmentRole'], ParentType, ContextType>;
  task?: Resolver<ResolversTypes['Task'], ParentType, ContextType>;
}>;

export type MergeAssignmentGroupResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MergeAssignmentGroup'] = ResolversParentTypes['MergeAssignmentGroup']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  document?: Resolver<ResolversTypes['PolicyDocument'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['AssignmentRole'], ParentType, ContextType>;
}>;

export type MergeConflictResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MergeConflict'] = ResolversParentTypes['MergeConflict']> = ResolversObject<{
  keepRole?: Resolver<ResolversTypes['AssignmentRole'], ParentType, ContextType>;
  mergeRole?: Resolver<ResolversTypes['AssignmentRole'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  resultRole?: Resolver<ResolversTypes['AssignmentRole'], ParentType, ContextType>;
  task?: Resolver<ResolversTypes['Task'], ParentType, ContextType>;
  withdrawnReports?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type MergeDepartmentsPreviewResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MergeDepartmentsPreview'] = ResolversParentTypes['MergeDepartmentsPreview']> = ResolversObject<{
  aliasesAdded?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  aliasesAfter?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  assignmentGroups?: Resolver<Array<ResolversTypes['MergeAssignmentGroup']>, ParentType, ContextType>;
  assignments?: Resolver<Array<ResolversTypes['MergeAssignmentChange']>, ParentType, ContextType>;
  conflicts?: Resolver<Array<ResolversTypes['MergeConflict']>, ParentType, ContextType>;
  dutiesMoved?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  keep?: Resolver<ResolversTypes['Department'], ParentType, ContextType>;
  memberships?: Resolver<Array<ResolversTypes['MergeMembershipChange']>, ParentType, ContextType>;
  merge?: Resolver<ResolversTypes['Department'], ParentType, ContextType>;
  reportsKept?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reportsMoved?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sectorAfter?: Resolver<Maybe<ResolversTypes['Sector']>, ParentType, ContextType>;
  users?: Resolver<Array<ResolversTypes['User']>, ParentType, ContextType>;
}>;

export type MergeDepartmentsPreviewPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MergeDepartmentsPreviewPayload'] = ResolversParentTypes['MergeDepartmentsPreviewPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  preview?: Resolver<Maybe<ResolversTypes['MergeDepartmentsPreview']>, ParentType, ContextType>;
}>;

export type MergeMembershipChangeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MergeMembershipChange'] = ResolversParentTypes['MergeMembershipChange']> = ResolversObject<{
  jointMeeting?: Resolver<ResolversTypes['JointMeeting'], ParentType, ContextType>;
  liaison?: Resolver<Maybe<ResolversTypes['Liaison']>, ParentType, ContextType>;
  liaisonAfter?: Resolver<Maybe<ResolversTypes['Liaison']>, ParentType, ContextType>;
  outcome?: Resolver<ResolversTypes['MergeMembershipOutcome'], ParentType, ContextType>;
  position?: Resolver<ResolversTypes['MemberPosition'], ParentType, ContextType>;
  positionAfter?: Resolver<ResolversTypes['MemberPosition'], ParentType, ContextType>;
}>;

export type MutationResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = ResolversObject<{
  addDepartmentAlias?: Resolver<ResolversTypes['DepartmentPayload'], ParentType, ContextType, RequireFields<MutationAddDepartmentAliasArgs, 'input'>>;
  addJointMeetingMember?: Resolver<ResolversTypes['MemberPayload'], ParentType, ContextType, RequireFields<MutationAddJointMeetingMemberArgs, 'input'>>;
  archiveDepartment?: Resolver<ResolversTypes['DepartmentPayload'], ParentType, ContextType, RequireFields<MutationArchiveDepartmentArgs, 'input'>>;
  assignUnit?: Resolver<ResolversTypes['AssignmentPayload'], ParentType, ContextType, RequireFields<MutationAssignUnitArgs, 'input'>>;
  changeAssignmentRole?: Resolver<ResolversTypes['AssignmentPayload'], ParentType, ContextType, RequireFields<MutationChangeAssignmentRoleArgs, 'input'>>;
  changeUserRole?: Resolver<ResolversTypes['UserPayload'], ParentType, ContextType, RequireFields<MutationChangeUserRoleArgs, 'input'>>;
  createDepartment?: Resolver<ResolversTypes['DepartmentPayload'], ParentType, ContextType, RequireFields<MutationCreateDepartmentArgs, 'input'>>;
  importDocument?: Resolver<ResolversTypes['ImportDocumentPayload'], ParentType, ContextType, RequireFields<MutationImportDocumentArgs, 'input'>>;
  login?: Resolver<ResolversTypes['LoginPayload'], ParentType, ContextType, RequireFields<MutationLoginArgs, 'input'>>;
  logout?: Resolver<ResolversTypes['LogoutPayload'], ParentType, ContextType, Partial<MutationLogoutArgs>>;
  markReminderRead?: Resolver<ResolversTypes['ReminderPayload'], ParentType, ContextType, RequireFields<MutationMarkReminderReadArgs, 'input'>>;
  mergeDepartments?: Resolver<ResolversTypes['DepartmentPayload'], ParentType, ContextType, RequireFields<MutationMergeDepartmentsArgs, 'input'>>;
  ping?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  reassignUnit?: Resolver<ResolversTypes['AssignmentPayload'], ParentType, ContextType, RequireFields<MutationReassignUnitArgs, 'input'>>;
  recordMeeting?: Resolver<ResolversTypes['RecordMeetingPayload'], ParentType, ContextType, RequireFields<MutationRecordMeetingArgs, 'input'>>;
  removeJointMeetingMember?: Resolver<ResolversTypes['MemberPayload'], ParentType, ContextType, RequireFields<MutationRemoveJointMeetingMemberArgs, 'input'>>;
  renameDepartment?: Resolver<ResolversTypes['DepartmentPayload'], ParentType, ContextType, RequireFields<MutationRenameDepartmentArgs, 'input'>>;
  reportProgress?: Resolver<ResolversTypes['ReportProgressPayload'], ParentType, ContextType, RequireFields<MutationReportProgressArgs, 'input'>>;
  sendReminder?: Resolver<ResolversTypes['ReminderPayload'], ParentType, ContextType, RequireFields<MutationSendReminderArgs, 'input'>>;
  setLiaison?: Resolver<ResolversTypes['MemberPayload'], ParentType, ContextType, RequireFields<MutationSetLiaisonArgs, 'input'>>;
  unassignUnit?: Resolver<ResolversTypes['AssignmentPayload'], ParentType, ContextType, RequireFields<MutationUnassignUnitArgs, 'input'>>;
}>;

export type OverviewResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Overview'] = ResolversParentTypes['Overview']> = ResolversObject<{
  departments?: Resolver<Array<ResolversTypes['DepartmentProgress']>, ParentType, ContextType>;
  indicators?: Resolver<Array<ResolversTypes['Indicator']>, ParentType, ContextType>;
  jurisdiction?: Resolver<ResolversTypes['Jurisdiction'], ParentType, ContextType>;
  late?: Resolver<Array<ResolversTypes['LateAssignment']>, ParentType, ContextType, Partial<OverviewLateArgs>>;
  lateCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  period?: Resolver<ResolversTypes['ReportingPeriod'], ParentType, ContextType>;
  totals?: Resolver<ResolversTypes['ProgressSummary'], ParentType, ContextType>;
}>;

export type PageInfoResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = ResolversObject<{
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  hasPreviousPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  startCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ParseReportResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ParseReport'] = ResolversParentTypes['ParseReport']> = ResolversObject<{
  assignmentCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  correctionCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  docNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  jurisdiction?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  jurisdictionId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  removedChars?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  removedNoise?: Resolver<Array<ResolversTypes['RemovedNoise']>, ParentType, ContextType>;
  sourceText?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  targets?: Resolver<Array<ResolversTypes['ParsedTarget']>, ParentType, ContextType>;
  taskCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  tasks?: Resolver<Array<ResolversTypes['ParsedTask']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unitsMatched?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  unitsNew?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  warnings?: Resolver<Array<ResolversTypes['ParseWarning']>, ParentType, ContextType>;
}>;

export type ParseWarningResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ParseWarning'] = ResolversParentTypes['ParseWarning']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  span?: Resolver<Maybe<ResolversTypes['TextSpan']>, ParentType, ContextType>;
}>;

export type ParsedAssignmentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ParsedAssignment'] = ResolversParentTypes['ParsedAssignment']> = ResolversObject<{
  asWritten?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  corrected?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  departmentId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['AssignmentRole'], ParentType, ContextType>;
  span?: Resolver<Maybe<ResolversTypes['TextSpan']>, ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ParsedTargetResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ParsedTarget'] = ResolversParentTypes['ParsedTarget']> = ResolversObject<{
  baseline?: Resolver<Maybe<ResolversTypes['Baseline']>, ParentType, ContextType>;
  comparator?: Resolver<ResolversTypes['Comparator'], ParentType, ContextType>;
  indicator?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unit?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  year?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type ParsedTaskResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ParsedTask'] = ResolversParentTypes['ParsedTask']> = ResolversObject<{
  assignments?: Resolver<Array<ResolversTypes['ParsedAssignment']>, ParentType, ContextType>;
  deadline?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  heading?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  path?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  span?: Resolver<ResolversTypes['TextSpan'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type PolicyDocumentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['PolicyDocument'] = ResolversParentTypes['PolicyDocument']> = ResolversObject<{
  allTasks?: Resolver<Array<ResolversTypes['Task']>, ParentType, ContextType>;
  cites?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  docNumber?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  importedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  issuedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  issuer?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  jurisdiction?: Resolver<ResolversTypes['Jurisdiction'], ParentType, ContextType>;
  revision?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['DocumentStatus'], ParentType, ContextType>;
  tasks?: Resolver<Array<ResolversTypes['Task']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  validityNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
}>;

export type ProgressReportResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProgressReport'] = ResolversParentTypes['ProgressReport']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  indicatorValues?: Resolver<Array<ResolversTypes['IndicatorValue']>, ParentType, ContextType>;
  narrative?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  percent?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  period?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reportedAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  reportedBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ProgressStatus'], ParentType, ContextType>;
  supersedesId?: Resolver<Maybe<ResolversTypes['ID']>, ParentType, ContextType>;
}>;

export type ProgressSummaryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ProgressSummary'] = ResolversParentTypes['ProgressSummary']> = ResolversObject<{
  completed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  green?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  percentDone?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  red?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  yellow?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = ResolversObject<{
  assignment?: Resolver<Maybe<ResolversTypes['Assignment']>, ParentType, ContextType, RequireFields<QueryAssignmentArgs, 'id'>>;
  auditEvents?: Resolver<ResolversTypes['AuditEventConnection'], ParentType, ContextType, Partial<QueryAuditEventsArgs>>;
  compareSector?: Resolver<Maybe<ResolversTypes['SectorComparison']>, ParentType, ContextType, RequireFields<QueryCompareSectorArgs, 'sector'>>;
  currentPeriod?: Resolver<ResolversTypes['ReportingPeriod'], ParentType, ContextType>;
  department?: Resolver<Maybe<ResolversTypes['Department']>, ParentType, ContextType, RequireFields<QueryDepartmentArgs, 'id'>>;
  departments?: Resolver<Array<ResolversTypes['Department']>, ParentType, ContextType, Partial<QueryDepartmentsArgs>>;
  document?: Resolver<Maybe<ResolversTypes['PolicyDocument']>, ParentType, ContextType, RequireFields<QueryDocumentArgs, 'id'>>;
  documents?: Resolver<Array<ResolversTypes['PolicyDocument']>, ParentType, ContextType, Partial<QueryDocumentsArgs>>;
  health?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  indicators?: Resolver<Array<ResolversTypes['Indicator']>, ParentType, ContextType, RequireFields<QueryIndicatorsArgs, 'jurisdictionId'>>;
  jointMeeting?: Resolver<Maybe<ResolversTypes['JointMeeting']>, ParentType, ContextType, RequireFields<QueryJointMeetingArgs, 'id'>>;
  jointMeetings?: Resolver<Array<ResolversTypes['JointMeeting']>, ParentType, ContextType, Partial<QueryJointMeetingsArgs>>;
  jurisdictions?: Resolver<Array<ResolversTypes['Jurisdiction']>, ParentType, ContextType>;
  me?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
  mergeDepartmentsPreview?: Resolver<ResolversTypes['MergeDepartmentsPreviewPayload'], ParentType, ContextType, RequireFields<QueryMergeDepartmentsPreviewArgs, 'input'>>;
  myReminders?: Resolver<Array<ResolversTypes['Reminder']>, ParentType, ContextType, Partial<QueryMyRemindersArgs>>;
  overview?: Resolver<Maybe<ResolversTypes['Overview']>, ParentType, ContextType, RequireFields<QueryOverviewArgs, 'jurisdictionId'>>;
  responsibilityMatrix?: Resolver<Maybe<ResolversTypes['ResponsibilityMatrix']>, ParentType, ContextType, RequireFields<QueryResponsibilityMatrixArgs, 'documentId'>>;
  searchTasks?: Resolver<ResolversTypes['TaskConnection'], ParentType, ContextType, RequireFields<QuerySearchTasksArgs, 'text'>>;
  sectors?: Resolver<Array<ResolversTypes['Sector']>, ParentType, ContextType>;
  task?: Resolver<Maybe<ResolversTypes['Task']>, ParentType, ContextType, RequireFields<QueryTaskArgs, 'id'>>;
}>;

export type RecordMeetingPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RecordMeetingPayload'] = ResolversParentTypes['RecordMeetingPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  meeting?: Resolver<Maybe<ResolversTypes['Meeting']>, ParentType, ContextType>;
}>;

export type ReminderResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Reminder'] = ResolversParentTypes['Reminder']> = ResolversObject<{
  assignment?: Resolver<ResolversTypes['Assignment'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  readAt?: Resolver<Maybe<ResolversTypes['DateTime']>, ParentType, ContextType>;
  sentAt?: Resolver<ResolversTypes['DateTime'], ParentType, ContextType>;
  sentBy?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
}>;

export type ReminderPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReminderPayload'] = ResolversParentTypes['ReminderPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  reminder?: Resolver<Maybe<ResolversTypes['Reminder']>, ParentType, ContextType>;
}>;

export type RemovedNoiseResolvers<ContextType = Context, ParentType extends ResolversParentTypes['RemovedNoise'] = ResolversParentTypes['RemovedNoise']> = ResolversObject<{
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rule?: Resolver<ResolversTypes['NoiseRule'], ParentType, ContextType>;
  token?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ReportProgressPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReportProgressPayload'] = ResolversParentTypes['ReportProgressPayload']> = ResolversObject<{
  assignment?: Resolver<Maybe<ResolversTypes['Assignment']>, ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  report?: Resolver<Maybe<ResolversTypes['ProgressReport']>, ParentType, ContextType>;
}>;

export type ReportingPeriodResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ReportingPeriod'] = ResolversParentTypes['ReportingPeriod']> = ResolversObject<{
  daysLeft?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  endsOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['PeriodKind'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  startsOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
}>;

export type ResolutionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Resolution'] = ResolversParentTypes['Resolution']> = ResolversObject<{
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  task?: Resolver<ResolversTypes['Task'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type ResponsibilityMatrixResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ResponsibilityMatrix'] = ResolversParentTypes['ResponsibilityMatrix']> = ResolversObject<{
  cells?: Resolver<Array<ResolversTypes['MatrixCell']>, ParentType, ContextType>;
  departments?: Resolver<Array<ResolversTypes['Department']>, ParentType, ContextType>;
  document?: Resolver<ResolversTypes['PolicyDocument'], ParentType, ContextType>;
  tasks?: Resolver<Array<ResolversTypes['Task']>, ParentType, ContextType>;
  violations?: Resolver<Array<ResolversTypes['MatrixViolation']>, ParentType, ContextType>;
}>;

export type SectorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Sector'] = ResolversParentTypes['Sector']> = ResolversObject<{
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type SectorComparisonResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SectorComparison'] = ResolversParentTypes['SectorComparison']> = ResolversObject<{
  duties?: Resolver<Array<ResolversTypes['SectorDuty']>, ParentType, ContextType>;
  sector?: Resolver<ResolversTypes['Sector'], ParentType, ContextType>;
}>;

export type SectorDutyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SectorDuty'] = ResolversParentTypes['SectorDuty']> = ResolversObject<{
  department?: Resolver<ResolversTypes['Department'], ParentType, ContextType>;
  jurisdiction?: Resolver<ResolversTypes['Jurisdiction'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['AssignmentRole'], ParentType, ContextType>;
  task?: Resolver<ResolversTypes['Task'], ParentType, ContextType>;
}>;

export type TargetResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Target'] = ResolversParentTypes['Target']> = ResolversObject<{
  comparator?: Resolver<ResolversTypes['Comparator'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  year?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
}>;

export type TaskResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Task'] = ResolversParentTypes['Task']> = ResolversObject<{
  assignments?: Resolver<Array<ResolversTypes['Assignment']>, ParentType, ContextType>;
  children?: Resolver<Array<ResolversTypes['Task']>, ParentType, ContextType>;
  deadline?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  document?: Resolver<Maybe<ResolversTypes['PolicyDocument']>, ParentType, ContextType>;
  heading?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  indicators?: Resolver<Array<ResolversTypes['Indicator']>, ParentType, ContextType>;
  path?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  recurrence?: Resolver<Maybe<ResolversTypes['Recurrence']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type TaskConnectionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TaskConnection'] = ResolversParentTypes['TaskConnection']> = ResolversObject<{
  edges?: Resolver<Array<ResolversTypes['TaskEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Task']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type TaskEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TaskEdge'] = ResolversParentTypes['TaskEdge']> = ResolversObject<{
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Task'], ParentType, ContextType>;
}>;

export type TextSpanResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TextSpan'] = ResolversParentTypes['TextSpan']> = ResolversObject<{
  end?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  start?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
}>;

export type UserResolvers<ContextType = Context, ParentType extends ResolversParentTypes['User'] = ResolversParentTypes['User']> = ResolversObject<{
  department?: Resolver<Maybe<ResolversTypes['Department']>, ParentType, ContextType>;
  displayName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  jurisdiction?: Resolver<Maybe<ResolversTypes['Jurisdiction']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['UserRole'], ParentType, ContextType>;
  username?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
}>;

export type UserErrorResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UserError'] = ResolversParentTypes['UserError']> = ResolversObject<{
  code?: Resolver<ResolversTypes['UserErrorCode'], ParentType, ContextType>;
  field?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  message?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  __isTypeOf?: IsTypeOfResolverFn<ParentType, ContextType>;
}>;

export type UserPayloadResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UserPayload'] = ResolversParentTypes['UserPayload']> = ResolversObject<{
  errors?: Resolver<Array<ResolversTypes['UserError']>, ParentType, ContextType>;
  user?: Resolver<Maybe<ResolversTypes['User']>, ParentType, ContextType>;
}>;

export type Resolvers<ContextType = Context> = ResolversObject<{
  Assignment?: AssignmentResolvers<ContextType>;
  AssignmentPayload?: AssignmentPayloadResolvers<ContextType>;
  AuditEvent?: AuditEventResolvers<ContextType>;
  AuditEventConnection?: AuditEventConnectionResolvers<ContextType>;
  AuditEventEdge?: AuditEventEdgeResolvers<ContextType>;
  Baseline?: BaselineResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DateTime?: GraphQLScalarType;
  Department?: DepartmentResolvers<ContextType>;
  DepartmentPayload?: DepartmentPayloadResolvers<ContextType>;
  DepartmentProgress?: DepartmentProgressResolvers<ContextType>;
  DepartmentTaskConnection?: DepartmentTaskConnectionResolvers<ContextType>;
  DepartmentTaskEdge?: DepartmentTaskEdgeResolvers<ContextType>;
  Duty?: DutyResolvers<ContextType>;
  Error?: ErrorResolvers<ContextType>;
  ImportDocumentPayload?: ImportDocumentPayloadResolvers<ContextType>;
  ImportResult?: ImportResultResolvers<ContextType>;
  Indicator?: IndicatorResolvers<ContextType>;
  IndicatorValue?: IndicatorValueResolvers<ContextType>;
  JointMeeting?: JointMeetingResolvers<ContextType>;
  Jurisdiction?: JurisdictionResolvers<ContextType>;
  LateAssignment?: LateAssignmentResolvers<ContextType>;
  Liaison?: LiaisonResolvers<ContextType>;
  LoginPayload?: LoginPayloadResolvers<ContextType>;
  LogoutPayload?: LogoutPayloadResolvers<ContextType>;
  MatrixCell?: MatrixCellResolvers<ContextType>;
  MatrixViolation?: MatrixViolationResolvers<ContextType>;
  Meeting?: MeetingResolvers<ContextType>;
  Member?: MemberResolvers<ContextType>;
  MemberPayload?: MemberPayloadResolvers<ContextType>;
  MergeAssignmentChange?: MergeAssignmentChangeResolvers<ContextType>;
  MergeAssignmentGroup?: MergeAssignmentGroupResolvers<ContextType>;
  MergeConflict?: MergeConflictResolvers<ContextType>;
  MergeDepartmentsPreview?: MergeDepartmentsPreviewResolvers<ContextType>;
  MergeDepartmentsPreviewPayload?: MergeDepartmentsPreviewPayloadResolvers<ContextType>;
  MergeMembershipChange?: MergeMembershipChangeResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  Overview?: OverviewResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  ParseReport?: ParseReportResolvers<ContextType>;
  ParseWarning?: ParseWarningResolvers<ContextType>;
  ParsedAssignment?: ParsedAssignmentResolvers<ContextType>;
  ParsedTarget?: ParsedTargetResolvers<ContextType>;
  ParsedTask?: ParsedTaskResolvers<ContextType>;
  PolicyDocument?: PolicyDocumentResolvers<ContextType>;
  ProgressReport?: ProgressReportResolvers<ContextType>;
  ProgressSummary?: ProgressSummaryResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  RecordMeetingPayload?: RecordMeetingPayloadResolvers<ContextType>;
  Reminder?: ReminderResolvers<ContextType>;
  ReminderPayload?: ReminderPayloadResolvers<ContextType>;
  RemovedNoise?: RemovedNoiseResolvers<ContextType>;
  ReportProgressPayload?: ReportProgressPayloadResolvers<ContextType>;
  ReportingPeriod?: ReportingPeriodResolvers<ContextType>;
  Resolution?: ResolutionResolvers<ContextType>;
  ResponsibilityMatrix?: ResponsibilityMatrixResolvers<ContextType>;
  Sector?: SectorResolvers<ContextType>;
  SectorComparison?: SectorComparisonResolvers<ContextType>;
  SectorDuty?: SectorDutyResolvers<ContextType>;
  Target?: TargetResolvers<ContextType>;
  Task?: TaskResolvers<ContextType>;
  TaskConnection?: TaskConnectionResolvers<ContextType>;
  TaskEdge?: TaskEdgeResolvers<ContextType>;
  TextSpan?: TextSpanResolvers<ContextType>;
  User?: UserResolvers<ContextType>;
  UserError?: UserErrorResolvers<ContextType>;
  UserPayload?: UserPayloadResolvers<ContextType>;
}>;

