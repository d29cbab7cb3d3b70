import { entityJson, reviveInstants, select, type Db } from '@lianxi/db';
import {
  assignmentLight,
  daysBetween,
  type Assignment,
  type Department,
  type IsoDate,
  type ProgressReport,
  type StatusLight,
  type Task,
} from '@lianxi/domain';

/** The numbers of a ProgressSummary (as `Department.progressSummary` gives them). */
export interface SummaryCounts {
  total: number;
  green: number;
  yellow: number;
  red: number;
  completed: number;
  /** The mean of the latest reports' percent (a completed one counts 100), one decimal. */
  percentDone: number;
}

/** An assignment of the overview with what its fields show, all read in the overview's one statement. */
export interface OverviewAssignment extends Assignment {
  state: { light: StatusLight; latestReport: ProgressReport | null };
  task: Task;
  department: Department;
}

export interface LateItem {
  assignment: OverviewAssignment;
  daysOverdue: number;
}

export interface OverviewData {
  jurisdictionId: string;
  today: IsoDate;
  totals: SummaryCounts;
  departments: { department: Department; summary: SummaryCounts }[];
  late: LateItem[];
}

interface Row {
  id: string;
  taskId: string;
  departmentId: string;
  role: Assignment['role'];
  issuedOn: IsoDate | null;
  task: Record<string, unknown>;
  department: Record<string, unknown>;
  latest: Record<string, unknown> | null;
}

export function summarise(items: readonly { light: StatusLight; latestReport: ProgressReport | null }[]) {
  const summary: SummaryCounts = {
    total: items.length,
    green: 0,
    yellow: 0,
    red: 0,
    completed: 0,
    percentDone: 0,
  };
  let percentSum = 0;
  for (const { light, latestReport } of items) {
    summary[light === 'GREEN' ? 'green' : light === 'YELLOW' ? 'yellow' : 'red'] += 1;
    const completed = latestReport?.status === 'COMPLETED';
    if (completed) summary.completed += 1;
    percentSum += completed ? 100 : (latestReport?.percent ?? 0);
  }
  summary.percentDone = items.length === 0 ? 0 : Math.round((percentSum / items.length) * 10) / 10;
  return summary;
}

/** Which active assignments `assignmentStates` reads: a jurisdiction's (its documents') or some departments'. */
export type AssignmentScope = { jurisdictionId: string } | { departmentIds: readonly string[] };

/**
 * Every active assignment in `scope` (withdrawn tasks and assignments left out) with its task, department,
 * latest report and light, in ONE statement whatever their number. Lights are the domain's `assignmentLight`
 * with the document's issue date as the start of reporting, as in the matrix and the department's task list —
 * so 总览 and a department's progress summary count the same things the same way.
 */
export async function assignmentStates(db: Db, scope: AssignmentScope, today: IsoDate): Promise<OverviewAssignment[]> {
  const [filter, parameter] =
    'jurisdictionId' in scope
      ? ['d.jurisdiction_id = $1', scope.jurisdictionId]
      : ['a.department_id = ANY($1::uuid[])', [...scope.departmentIds]];
  const rows = await select<Row>(
    db,
    `SELECT a.id, a.task_id AS "taskId", a.department_id AS "departmentId", a.role, d.issued_on AS "issuedOn",
            ${entityJson(db, 'task', 't')} AS task,
            ${entityJson(db, 'department', 'dep')} AS department,
            CASE WHEN latest.id IS NULL THEN NULL ELSE ${entityJson(db, 'progress_report', 'latest')} END AS latest
     FROM assignment a
     JOIN task t ON t.id = a.task_id
     JOIN policy_document d ON d.id = t.document_id
     JOIN department dep ON dep.id = a.department_id
     LEFT JOIN LATERAL (
       SELECT p.* FROM progress_report p WHERE p.assignment_id = a.id
       ORDER BY p.reported_at DESC, p.id DESC LIMIT 1
     ) latest ON true
     WHERE ${filter} AND a.withdrawn_at IS NULL AND t.withdrawn_at IS NULL
     ORDER BY d.title, t.sort_order, a.id`,
    [parameter],
  );
  const tasks = new Map<string, Task>();
  const departments = new Map<string, Department>();
  return rows.map((row): OverviewAssignment => {
    const task = tasks.get(row.taskId) ?? reviveInstants<Task>(db, 'task', row.task);
    tasks.set(task.id, task);
    const department =
      departments.get(row.departmentId) ?? reviveInstants<Department>(db, 'department', row.department);
    departments.set(department.id, department);
    const latestReport = row.latest ? reviveInstants<ProgressReport>(db, 'progress_report', row.latest) : null;
    const light = assignmentLight({
      deadline: task.deadline,
      latestReport,
      today,
      startedOn: row.issuedOn,
      recurring: task.recurrence != null,
    }).light;
    return {
      id: row.id,
      taskId: row.taskId,
      departmentId: row.departmentId,
      role: row.role,
      state: { light, latestReport },
      task,
      department,
    };
  });
}

/**
 * 总览 of a jurisdiction from `assignmentStates` (one statement): summaries per department (most red first,
 * then by name), the totals, and the late list — red assignments, longest overdue first.
 */
export async function overviewOf(db: Db, jurisdictionId: string, today: IsoDate): Promise<OverviewData> {
  const assignments = await assignmentStates(db, { jurisdictionId }, today);

  const byDepartment = new Map<string, { department: Department; states: OverviewAssignment['state'][] }>();
  for (const assignment of assignments) {
    const entry = byDepartment.get(assignment.departmentId) ?? {
      department: assignment.department,
      states: [],
    };
    entry.states.push(assignment.state);
    byDepartment.set(assignment.departmentId, entry);
  }
  const perDepartment = [...byDepartment.values()]
    .map(({ department, states }) => ({ department, summary: summarise(states) }))
    .sort(
      (a, b) =>
        b.summary.red - a.summary.red || a.department.name.localeCompare(b.department.name, 'zh-Hans-CN'),
    );

  const late = assignments
    .filter((a) => a.state.light === 'RED')
    .map((assignment) => ({
      assignment,
      // Red means overdue (the domain's rule), so a red assignment has a deadline before today.
      daysOverdue: assignment.task.deadline ? daysBetween(assignment.task.deadline, today) : 0,
    }))
    .sort((a, b) => b.daysOverdue - a.daysOverdue);

  return {
    jurisdictionId,
    today,
    totals: summarise(assignments.map((a) => a.state)),
    departments: perDepartment,
    late,
  };
}
