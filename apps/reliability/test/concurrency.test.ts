import { appendProgressReport, isDbError, select, updateDepartment } from '@lianxi/db';
import { createTestDatabase, type TestDatabase, testEngines } from '@lianxi/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiServer, buildWorld, createServer, listen, login, post, serverConfig, type World } from '../src/api.js';
import { mode } from '../src/env.js';
import { FigureCollector } from '../src/figures.js';

/**
 * Nothing lost under concurrency: 2–50 concurrent writers on one assignment and on one department, over real
 * HTTP, on each engine. Every acknowledged report is stored and none overwritten (the supersedes chain is one
 * line); stale department versions get CONFLICT; audit rows equal successful writes exactly; one idempotency key
 * replayed 100 times at once makes one row and one answer.
 */
const figures = new FigureCollector('50-concurrency', 'Concurrency', mode.name);
afterAll(() => {
  figures.flush();
});
const WRITERS = [2, 10, 50];
/** Reports per writer: with retries on CONFLICT the work grows with writers²; the long mode does 3. */
const PER_WRITER = mode.long ? 3 : 1;
const REPORT = `mutation($input: ReportProgressInput!) { reportProgress(input: $input) { report { id narrative supersedesId } errors { code } } }`;
const RENAME = `mutation($input: RenameDepartmentInput!) { renameDepartment(input: $input) { department { version } errors { code } } }`;

interface Report {
  id: string;
  narrative: string;
  supersedesId: string | null;
}

describe.each(testEngines)('on %s', (engine) => {
  let database: TestDatabase;
  let server: ApiServer;
  let http: Awaited<ReturnType<typeof listen>>;
  let world: World;
  let member: string;
  let admin: string;
  const count = async (sql: string, parameters: unknown[] = []) => (await select<{ n: number }>(database.dataSource, sql, parameters))[0]?.n ?? -1;

  beforeAll(async () => {
    database = await createTestDatabase(engine);
    world = await buildWorld(database.dataSource, WRITERS.length + 2, `conc-${engine}`);
    server = await createServer(serverConfig(database.dataSource));
    http = await listen(server);
    member = await login(server, `conc-${engine}-member-a`);
    admin = await login(server, `conc-${engine}-admin`);
  });
  afterAll(async () => {
    await http.close();
    await server.close();
    await database.drop();
  });

  it.each(WRITERS.map((writers, index) => [writers, index] as const))(
    'progress reports: %i concurrent writers (each reporting until acknowledged) on one assignment — every acknowledged report stored, none overwritten',
    async (writers, index) => {
      const assignmentId = world.assignmentsA[index]!;
      const auditBefore = await count(`SELECT count(*) AS n FROM audit_event WHERE action = 'progress.report'`);
      const acknowledged: Report[] = [];
      let conflicts = 0;
      // Each writer reports PER_WRITER times; on CONFLICT it takes the latest id from the answer and tries again.
      await Promise.all(
        Array.from({ length: writers }, async (_, writer) => {
          let expected: string | null = null;
          for (let n = 0; n < PER_WRITER; n += 1) {
            for (let attempt = 0; attempt < 200; attempt += 1) {
              const response = await post(
                http.url,
                REPORT,
                { input: { assignmentId, status: 'IN_PROGRESS', percent: n * 10, narrative: `writer ${writer} report ${n}`, expectedLatestReportId: expected } },
                member,
              );
              const error = response.body.errors?.[0];
              if (error?.extensions?.code === 'CONFLICT') {
                conflicts += 1;
                expected = (error.extensions.latestReportId as string | null | undefined) ?? null;
                continue;
              }
              expect(response.status, response.text).toBe(200);
              const report = (response.body.data?.reportProgress as { report: Report | null }).report;
              expect(report, response.text).not.toBeNull();
              if (report) {
                acknowledged.push(report);
                expected = report.id;
              }
              break;
            }
          }
        }),
      );
      const stored = await select<Report>(
        database.dataSource,
        `SELECT id, narrative, supersedes_id AS "supersedesId" FROM progress_report WHERE assignment_id = $1`,
        [assignmentId],
      );
      expect(acknowledged).toHaveLength(writers * PER_WRITER);
      expect(new Set(stored.map((r) => r.id))).toEqual(new Set(acknowledged.map((r) => r.id)));
      for (const report of acknowledged) expect(stored.find((r) => r.id === report.id)?.narrative).toBe(report.narrative);
      // One line: one first report, and no report superseded twice (a fork would be a lost update).
      expect(stored.filter((r) => r.supersedesId === null)).toHaveLength(1);
      const superseded = stored.map((r) => r.supersedesId).filter((id) => id !== null);
      expect(new Set(superseded).size).toBe(superseded.length);
      const audit = (await count(`SELECT count(*) AS n FROM audit_event WHERE action = 'progress.report'`)) - auditBefore;
      expect(audit).toBe(acknowledged.length);
      figures.add(`${engine}: ${writers} writers × ${PER_WRITER} report(s) on one assignment`, {
        acknowledged: acknowledged.length,
        stored: stored.length,
        missing: 0,
        forks: 0,
        conflictsRetried: conflicts,
        auditRows: audit,
      });
    },
  );

  it.each(WRITERS)('department edits: %i concurrent renames of one version — one wins, the rest CONFLICT, 0 silent overwrites', async (writers) => {
    const departmentId = world.departmentB;
    const [current] = await select<{ version: number }>(database.dataSource, 'SELECT version FROM department WHERE id = $1', [departmentId]);
    const version = current?.version ?? 0;
    const auditBefore = await count(`SELECT count(*) AS n FROM audit_event WHERE action = 'department.rename' AND entity_id = $1`, [departmentId]);
    const answers = await Promise.all(
      Array.from({ length: writers }, (_, writer) =>
        post(http.url, RENAME, { input: { departmentId, name: `市民政局-${writers}-${writer}`, expectedVersion: version } }, admin),
      ),
    );
    const won = answers.filter((r) => (r.body.data?.renameDepartment as { department: unknown } | null)?.department);
    const conflicted = answers.filter((r) => r.body.errors?.[0]?.extensions?.code === 'CONFLICT');
    expect(won).toHaveLength(1);
    expect(conflicted).toHaveLength(writers - 1);
    const [after] = await select<{ version: number; name: string }>(database.dataSource, 'SELECT version, name FROM department WHERE id = $1', [departmentId]);
    expect(after?.version).toBe(version + 1);
    const winner = JSON.parse(won[0]?.text ?? '{}') as { data: { renameDepartment: { department: { version: number } } } };
    expect(winner.data.renameDepartment.department.version).toBe(version + 1);
    const audit = (await count(`SELECT count(*) AS n FROM audit_event WHERE action = 'department.rename' AND entity_id = $1`, [departmentId])) - auditBefore;
    expect(audit).toBe(1);
    figures.add(`${engine}: ${writers} concurrent renames of version ${version}`, { succeeded: won.length, conflict: conflicted.length, silentOverwrites: 0, auditRows: audit });
  });

  it('DAL updateDepartment: 50 concurrent edits of one version on the engine — exactly one applies', async () => {
    const departmentId = world.departmentA;
    const [current] = await select<{ version: number }>(database.dataSource, 'SELECT version FROM department WHERE id = $1', [departmentId]);
    const results = await Promise.allSettled(
      Array.from({ length: 50 }, (_, i) => updateDepartment(database.dataSource, departmentId, current?.version ?? 0, { aliases: [`别称${i}`] })),
    );
    const ok = results.filter((r) => r.status === 'fulfilled');
    const conflict = results.filter((r) => r.status === 'rejected' && isDbError(r.reason, 'CONFLICT'));
    expect(ok).toHaveLength(1);
    expect(conflict).toHaveLength(49);
    figures.add(`${engine}: DAL updateDepartment ×50 on one version`, { applied: ok.length, conflict: conflict.length });
  });

  it('DAL appendProgressReport: 50 concurrent appends expecting the same latest — exactly one stored', async () => {
    const assignmentId = world.assignmentsB[0]!;
    const results = await Promise.allSettled(
      Array.from({ length: 50 }, (_, i) =>
        appendProgressReport(
          database.dataSource,
          { assignmentId, period: '2025-Q3', status: 'IN_PROGRESS', percent: i, narrative: `并发 ${i}`, reportedBy: world.users.memberB },
          null,
        ),
      ),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(results.filter((r) => r.status === 'rejected' && isDbError(r.reason, 'CONFLICT'))).toHaveLength(49);
    expect(await count('SELECT count(*) AS n FROM progress_report WHERE assignment_id = $1', [assignmentId])).toBe(1);
    figures.add(`${engine}: DAL appendProgressReport ×50 expecting none`, { stored: 1, conflict: 49 });
  });

  it('idempotency: one reportProgress key replayed 100 times at once — one row, one answer', async () => {
    const assignmentId = world.assignmentsA[WRITERS.length]!;
    const input = { assignmentId, status: 'COMPLETED', percent: 100, narrative: '已完成', idempotencyKey: `key-${engine}` };
    const answers = await Promise.all(Array.from({ length: 100 }, () => post(http.url, REPORT, { input }, member)));
    for (const answer of answers) expect(answer.status, answer.text).toBe(200);
    const ids = new Set(answers.map((a) => (a.body.data?.reportProgress as { report: { id: string } | null } | null)?.report?.id));
    expect(ids.size).toBe(1);
    expect([...ids][0]).toBeTruthy();
    expect(await count('SELECT count(*) AS n FROM progress_report WHERE assignment_id = $1', [assignmentId])).toBe(1);
    expect(await count(`SELECT count(*) AS n FROM idempotency_key WHERE key = $1`, [`key-${engine}`])).toBe(1);
    figures.add(`${engine}: reportProgress, one key ×100 concurrent`, { rows: 1, distinctAnswers: ids.size });
  });

  it('idempotency: one importDocument key replayed 100 times at once — one document, one answer, one audit row', async () => {
    const text = `幂等市托育服务实施方案（${engine}）\n幂等政发〔2025〕${engine === 'pglite' ? 1 : 2}号\n一、发展普惠托育服务（责任单位：市卫生健康委、市民政局）\n二、加强托育机构监管（责任单位：市市场监管局）\n`;
    const input = { text, jurisdiction: '幂等市', idempotencyKey: `import-${engine}` };
    const IMPORT = `mutation($input: ImportDocumentInput!) { importDocument(input: $input) { result { document { id } created outcome revision } errors { code message } } }`;
    const answers = await Promise.all(Array.from({ length: 100 }, () => post(http.url, IMPORT, { input }, admin)));
    const statuses = new Set(answers.map((a) => a.status));
    const bodies = new Set(answers.map((a) => JSON.stringify(a.body)));
    const documents = await count(`SELECT count(*) AS n FROM policy_document WHERE title LIKE $1`, [`幂等市托育服务实施方案（${engine}）%`]);
    const audits = await count(`SELECT count(*) AS n FROM audit_event WHERE action = 'document.import' AND entity_id IN (SELECT id FROM policy_document WHERE title LIKE $1)`, [`幂等市托育服务实施方案（${engine}）%`]);
    figures.add(`${engine}: importDocument, one key ×100 concurrent`, { documents, distinctAnswers: bodies.size, auditRows: audits, statuses: [...statuses].join(' ') });
    if (bodies.size > 1) figures.note(`${engine}: importDocument answers for one key: ${[...bodies].slice(0, 3).join(' ≠ ').slice(0, 400)}`);
    expect([...statuses]).toEqual([200]);
    expect(documents).toBe(1);
    expect(bodies.size, [...bodies].slice(0, 3).join('\n')).toBe(1);
    expect(audits).toBe(1);
  });
});

