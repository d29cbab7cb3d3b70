import type { Id, UserRole } from '@lianxi/domain';
import type { ParsedPolicy } from '@lianxi/policy-parser';
import { type Db, select } from '../db.js';
import { type ImportReport, importPolicy } from '../import/import-policy.js';

let users = 0;

/** An app_user row (progress reports and reminders need one). */
export async function insertTestUser(
  db: Db,
  options: { role?: UserRole; departmentId?: Id | null; jurisdictionId?: Id | null; username?: string } = {},
): Promise<Id> {
  users++;
  const [user] = await select<{ id: Id }>(
    db,
    `INSERT INTO app_user (username, display_name, password_hash, role, department_id, jurisdiction_id)
     VALUES ($1, $2, 'not-a-hash', $3, $4, $5) RETURNING id`,
    [
      options.username ?? `user${users}-${Date.now()}`,
      `测试用户${users}`,
      options.role ?? (options.departmentId ? 'MEMBER' : 'ADMIN'),
      options.departmentId ?? null,
      options.jurisdictionId ?? null,
    ],
  );
  if (!user) throw new Error('insertTestUser: no row');
  return user.id;
}

export interface TestPlan {
  report: ImportReport;
  documentId: Id;
  jurisdictionId: Id;
  /** The id of a department of the plan's jurisdiction, by name. */
  department(name: string): Id;
  /** The id of the assignment of department `name` on the task at `path` (`二/(一)`). */
  assignment(path: string, name: string): Id;
}

/** Imports a hand-built plan (see aParsedPolicy) and returns lookups of the ids it created. */
export async function importTestPlan(db: Db, parsed: ParsedPolicy): Promise<TestPlan> {
  const report = await importPolicy(db, parsed);
  const [departments, assignments] = await Promise.all([
    select<{ id: Id; name: string }>(db, `SELECT id, name FROM department WHERE jurisdiction_id = $1`, [
      report.jurisdiction.id,
    ]),
    select<{ id: Id; path: string; name: string }>(
      db,
      `SELECT a.id, t.path_key AS path, d.name FROM assignment a
       JOIN task t ON t.id = a.task_id JOIN department d ON d.id = a.department_id
       WHERE t.document_id = $1`,
      [report.document.id],
    ),
  ]);
  const find = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`importTestPlan: no ${what}`);
    return value;
  };
  return {
    report,
    documentId: report.document.id,
    jurisdictionId: report.jurisdiction.id,
    department: (name) => find(departments.find((row) => row.name === name)?.id, `department ${name}`),
    assignment: (path, name) =>
      find(
        assignments.find((row) => row.path === path && row.name === name)?.id,
        `assignment ${path} ${name}`,
      ),
  };
}
