/**
 * The crash loop's child (test/crash-loop.test.ts). Opens the database, checks everything the previous
 * children acknowledged, then imports documents and appends progress reports without pause, appending one
 * line to the acknowledgement log only after each COMMIT returned. The parent kills it with SIGKILL.
 *
 *   tsx --conditions=@lianxi/source scripts/crash-child.ts <dataDir | postgres://…> <ack log> <child number>
 */
import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { appendProgressReport, importPolicy, openDatabase, select } from '@lianxi/db';
import { aParsedPolicy } from '@lianxi/db/testing';

const [target = '', ackLog = '', childText = '0'] = process.argv.slice(2);
const child = Number(childText);
const TASKS = 5;
const db = await openDatabase(target.startsWith('postgres') ? { databaseUrl: target } : { dataDir: target });

// 1. Everything acknowledged before is there; no document is half imported.
const acks = existsSync(ackLog) ? readFileSync(ackLog, 'utf8').split('\n').filter((line) => line.endsWith(' .')) : [];
const docs = acks.filter((line) => line.startsWith('doc ')).map((line) => line.split(' ')[1] ?? '');
const reports = acks.filter((line) => line.startsWith('report ')).map((line) => line.split(' ')[1] ?? '');
const [presentDocs] = await select<{ n: number }>(db, 'SELECT count(*) AS n FROM policy_document WHERE id = ANY($1::uuid[])', [docs]);
const [presentReports] = await select<{ n: number }>(db, 'SELECT count(*) AS n FROM progress_report WHERE id = ANY($1::uuid[])', [reports]);
const shapes = await select<{ tasks: number; assignments: number }>(
  db,
  // One pass over the three tables: per-document subqueries took 17 s at 7,000 documents (long mode).
  `SELECT count(DISTINCT t.id) AS tasks, count(a.id) AS assignments
   FROM policy_document d
   LEFT JOIN task t ON t.document_id = d.id
   LEFT JOIN assignment a ON a.task_id = t.id
   GROUP BY d.id`,
);
const half = shapes.filter((shape) => shape.tasks !== TASKS || shape.assignments !== TASKS * 2).length;
process.stdout.write(
  `VERIFIED ${JSON.stringify({ ackedDocs: docs.length, ackedReports: reports.length, missingDocs: docs.length - (presentDocs?.n ?? 0), missingReports: reports.length - (presentReports?.n ?? 0), documents: shapes.length, halfImported: half })}\n`,
);

// 2. Work until killed. The line ends in " ." so a line torn by the kill is not counted as acknowledged.
process.stdout.write('READY\n');
let latest: string | null = null;
let assignment: string | null = null;
for (let n = 0; ; n += 1) {
  if (n % 3 === 0 || assignment === null) {
    const report = await importPolicy(
      db,
      aParsedPolicy({
        title: `崩溃测试市第${child}-${n}号实施方案`,
        docNumber: `崩测〔${child}〕${n}号`,
        jurisdiction: '崩溃测试市',
        tasks: Array.from({ length: TASKS }, (_, i) => ({ path: `一/${i + 1}`, text: `第${i + 1}项任务。`, units: ['市卫生健康委', '市民政局'] })),
      }),
    );
    appendFileSync(ackLog, `doc ${report.document.id} .\n`);
    const [row] = await select<{ id: string }>(
      db,
      `SELECT a.id FROM assignment a JOIN task t ON t.id = a.task_id WHERE t.document_id = $1 ORDER BY t.sort_order LIMIT 1`,
      [report.document.id],
    );
    assignment = row?.id ?? null;
    latest = null;
    continue;
  }
  const [user] = await select<{ id: string }>(
    db,
    `INSERT INTO app_user (username, display_name, password_hash, role) VALUES ('crash-admin', '崩溃测试', 'x', 'ADMIN')
     ON CONFLICT (username) DO UPDATE SET display_name = excluded.display_name RETURNING id`,
  );
  const stored = await appendProgressReport(
    db,
    { assignmentId: assignment, period: '2025-Q3', status: 'IN_PROGRESS', percent: n % 100, narrative: `第${child}号进程第${n}次填报`, reportedBy: user?.id ?? '' },
    latest,
  );
  latest = stored.id;
  appendFileSync(ackLog, `report ${stored.id} .\n`);
}
