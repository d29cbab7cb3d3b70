import { randomBytes } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  appendProgressReport,
  createUser,
  importPolicy,
  select,
  transaction,
  type ImportReport,
} from '@lianxi/db';
import { calendarDateOf, formatPeriod, periodOf, type UserRole } from '@lianxi/domain';
import { parsePolicy, readPolicyFile } from '@lianxi/policy-parser';
import type { DataSource, EntityManager } from 'typeorm';
import { hashPassword, type ScryptCost } from '../auth/password.js';

export interface FirstStartOptions {
  /** The seed plans (data/seeds/*.txt), imported on the first start. */
  seedsDir: string;
  /** The admin's password; without it a random one is made and returned (to be printed once). */
  adminPassword?: string | undefined;
  /** Import the seeds and create the demo users and reports. */
  seedDemo: boolean;
  scrypt?: ScryptCost;
}

export interface DemoLogin {
  username: string;
  password: string;
  role: UserRole;
  /** Department (MEMBER) or jurisdiction (VIEWER) the login belongs to. */
  scope: string;
}

export interface StartReport {
  /** Whether this start found an empty database and set it up. */
  initialised: boolean;
  /** The admin's generated password: only on the start that made it, never stored in clear. */
  generatedAdminPassword: string | null;
  imported: { file: string; title: string; tasks: number; assignments: number; outcome: string }[];
  /** The demo logins that exist in the database (their passwords are the fixed demo ones). */
  demoLogins: DemoLogin[];
}

export const ADMIN_USERNAME = 'admin';

/**
 * Demo passwords are fixed and published in the README: the demo exists so a newcomer can log in at once.
 * `SEED_DEMO=false` creates none of them.
 */
export const DEMO_PASSWORD = 'lianxi-demo';
const DEMO_USERS = { lead: 'demo-lead', support: 'demo-support', viewer: 'demo-viewer' } as const;

/** Serialises first starts of several processes on one PostgreSQL database. */
const FIRST_START_LOCK = 0x6c69616e; // "lian"

/**
 * Runs on every start after the migrations. On an empty database (no user yet) it creates the admin and,
 * unless the demo is off, imports the five seed plans through the same importer as `importDocument`, adds
 * demo users of the department that leads the most tasks, of another department and a viewer, and a few
 * progress reports so the lights differ. All of it in one transaction: a failed first start leaves the
 * database empty and the next start tries again. Later starts change nothing and only list the demo logins.
 */
export async function firstStart(db: DataSource, options: FirstStartOptions): Promise<StartReport> {
  const result = await transaction(db, async (tx) => {
    if (db.driver.options.type === 'postgres') {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [FIRST_START_LOCK]);
    }
    const [users] = await select<{ n: number }>(tx, 'SELECT count(*)::int AS n FROM app_user');
    if ((users?.n ?? 0) > 0) return null;
    return initialise(tx, options);
  });
  const demoLogins = await existingDemoLogins(db);
  return result
    ? { initialised: true, ...result, demoLogins }
    : { initialised: false, generatedAdminPassword: null, imported: [], demoLogins };
}

async function initialise(tx: EntityManager, options: FirstStartOptions) {
  const generated = options.adminPassword ? null : randomBytes(12).toString('base64url');
  const admin = await createUser(tx, {
    username: ADMIN_USERNAME,
    displayName: '管理员',
    passwordHash: await hashPassword(options.adminPassword ?? generated ?? '', options.scrypt),
    role: 'ADMIN',
  });
  if (!options.seedDemo) return { generatedAdminPassword: generated, imported: [] };

  const imported: StartReport['imported'] = [];
  const files = (await readdir(options.seedsDir)).filter((file) => file.endsWith('.txt')).sort();
  for (const file of files) {
    const { text } = await readPolicyFile(await readFile(join(options.seedsDir, file)), file);
    const report: ImportReport = await importPolicy(tx, parsePolicy(text));
    imported.push({
      file,
      title: report.document.title,
      tasks: report.counts.tasks,
      assignments: report.counts.assignments,
      outcome: report.document.outcome,
    });
  }
  await createDemo(tx, admin.id, options.scrypt);
  return { generatedAdminPassword: generated, imported };
}

async function createDemo(tx: EntityManager, adminId: string, scrypt: ScryptCost | undefined) {
  // 本溪's 市卫生健康委 (the office of its joint meeting and the lead of most of its tasks) when the seeds hold
  // it, else the department leading the most tasks; then the one on most tasks beside it in its jurisdiction.
  const [lead] = await select<{ id: string; jurisdictionId: string }>(
    tx,
    `SELECT d.id, d.jurisdiction_id AS "jurisdictionId"
     FROM assignment a JOIN department d ON d.id = a.department_id JOIN jurisdiction j ON j.id = d.jurisdiction_id
     WHERE a.role = 'LEAD' AND a.withdrawn_at IS NULL AND NOT d.collective
     GROUP BY d.id, j.name
     ORDER BY (j.name = '本溪市' AND d.name = '市卫生健康委') DESC, count(*) DESC, d.name LIMIT 1`,
  );
  if (!lead) return;
  const [support] = await select<{ id: string }>(
    tx,
    `SELECT d.id FROM assignment a JOIN department d ON d.id = a.department_id
     WHERE d.jurisdiction_id = $1 AND d.id <> $2 AND a.withdrawn_at IS NULL AND NOT d.collective
     GROUP BY d.id ORDER BY count(*) DESC, d.name LIMIT 1`,
    [lead.jurisdictionId, lead.id],
  );
  const passwordHash = await hashPassword(DEMO_PASSWORD, scrypt);
  const leadUser = await createUser(tx, {
    username: DEMO_USERS.lead,
    displayName: '演示:牵头单位联络员',
    passwordHash,
    role: 'MEMBER',
    departmentId: lead.id,
  });
  const supportUser = support
    ? await createUser(tx, {
        username: DEMO_USERS.support,
        displayName: '演示:配合单位联络员',
        passwordHash,
        role: 'MEMBER',
        departmentId: support.id,
      })
    : null;
  await createUser(tx, {
    username: DEMO_USERS.viewer,
    displayName: '演示:领导(只读)',
    passwordHash,
    role: 'VIEWER',
    jurisdictionId: lead.jurisdictionId,
  });

  // A few reports so the lights are not all alike: one task done, two under way, one blocked.
  const period = formatPeriod(periodOf(calendarDateOf(new Date()), 'QUARTER'));
  const demo: { departmentId: string; userId: string; reports: [string, number, string][] }[] = [
    {
      departmentId: lead.id,
      userId: leadUser.id,
      reports: [
        ['COMPLETED', 100, '已印发实施细则并组织培训,任务完成。'],
        ['IN_PROGRESS', 60, '已完成摸底调查,正在起草工作方案。'],
        ['BLOCKED', 20, '场地尚未落实,已报请市政府协调。'],
      ],
    },
    ...(support && supportUser
      ? [
          {
            departmentId: support.id,
            userId: supportUser.id,
            reports: [['IN_PROGRESS', 40, '已配合开展调研,形成初步意见。']] as [string, number, string][],
          },
        ]
      : []),
  ];
  for (const { departmentId, userId, reports } of demo) {
    const assignments = await select<{ id: string }>(
      tx,
      `SELECT a.id FROM assignment a JOIN task t ON t.id = a.task_id
       WHERE a.department_id = $1 AND a.withdrawn_at IS NULL
       ORDER BY CASE a.role WHEN 'LEAD' THEN 0 ELSE 1 END, t.sort_order LIMIT $2`,
      [departmentId, reports.length],
    );
    for (const [i, assignment] of assignments.entries()) {
      const [status, percent, narrative] = reports[i] ?? ['IN_PROGRESS', 10, '已启动。'];
      await appendProgressReport(
        tx,
        {
          assignmentId: assignment.id,
          period,
          status: status as 'COMPLETED' | 'IN_PROGRESS' | 'BLOCKED',
          percent,
          narrative,
          reportedBy: userId,
        },
        null,
      );
    }
  }
  await tx.getRepository('audit_event').insert({
    actorId: adminId,
    action: 'demo.seed',
    entity: 'app_user',
    entityId: null,
    before: null,
    after: { users: Object.values(DEMO_USERS) },
    requestId: null,
  });
}

async function existingDemoLogins(db: DataSource): Promise<DemoLogin[]> {
  const rows = await select<{ username: string; role: UserRole; scope: string | null }>(
    db,
    `SELECT u.username, u.role, concat_ws(' ', j.name, d.name) AS scope
     FROM app_user u LEFT JOIN department d ON d.id = u.department_id
     LEFT JOIN jurisdiction j ON j.id = coalesce(d.jurisdiction_id, u.jurisdiction_id)
     WHERE u.username = ANY($1::text[]) AND u.disabled_at IS NULL ORDER BY u.username`,
    [Object.values(DEMO_USERS)],
  );
  return rows.map((row) => ({
    username: row.username,
    password: DEMO_PASSWORD,
    role: row.role,
    scope: row.scope ?? '',
  }));
}
