import { select, type Db } from '@lianxi/db';
import { testEngines } from '@lianxi/db/testing';
import { calendarDateOf, currentReportingPeriod, daysBetween } from '@lianxi/domain';
import { describe, expect, it } from 'vitest';
import { addUser, buildWorld, gql, login } from './fixtures.js';
import { body, codeOf, countStatements, sharedServer } from './shared.js';

/**
 * The reads the admin client asked for (apps/admin/SCHEMA-REQUESTS.md 3, 5–9): assignment(id),
 * mergeDepartmentsPreview, Department.memberships, Task.indicators, currentPeriod and overview. Each over
 * HTTP: the happy path, who may not, and bad input.
 */
let places = 0;
const place = () => `读取${++places}市`;
const today = () => calendarDateOf(new Date());

async function reportOn(
  world: { db: Db },
  assignmentId: string,
  by: string,
  status: string,
  percent: number,
) {
  const [previous] = await select<{ id: string }>(
    world.db,
    `SELECT id FROM progress_report WHERE assignment_id = $1 ORDER BY reported_at DESC, id DESC LIMIT 1`,
    [assignmentId],
  );
  const [row] = await select<{ id: string }>(
    world.db,
    `INSERT INTO progress_report (assignment_id, period, status, percent, narrative, reported_by, supersedes_id)
     VALUES ($1, '2025-Q1', $2, $3, '按计划推进', $4, $5) RETURNING id`,
    [assignmentId, status, percent, by, previous?.id ?? null],
  );
  return row?.id ?? '';
}

describe.each(testEngines)('reads for the admin client on %s', (engine) => {
  const shared = sharedServer(engine);

  /** A world, its admin, a member of its lead department, and a viewer of another jurisdiction. */
  async function setup(tasks = 3) {
    const { server, database } = shared();
    const name = place();
    const world = Object.assign(await buildWorld(database.dataSource, name, tasks), {
      db: database.dataSource,
    });
    const elsewhere = await buildWorld(database.dataSource, `${name}外`, 1);
    const admin = await addUser(database.dataSource, `${name}-admin`, 'ADMIN');
    await addUser(database.dataSource, `${name}-member`, 'MEMBER', {
      departmentId: world.departments[0]!.id,
      jurisdictionId: world.jurisdiction.id,
    });
    await addUser(database.dataSource, `${name}-viewer`, 'VIEWER', { jurisdictionId: world.jurisdiction.id });
    await addUser(database.dataSource, `${name}-stranger`, 'VIEWER', {
      jurisdictionId: elsewhere.jurisdiction.id,
    });
    return {
      server,
      world,
      elsewhere,
      adminId: admin.id,
      admin: await login(server, `${name}-admin`),
      member: await login(server, `${name}-member`),
      viewer: await login(server, `${name}-viewer`),
      stranger: await login(server, `${name}-stranger`),
    };
  }

  it('assignment(id): any reader of its jurisdiction, null otherwise (as task), bad ids are BAD_USER_INPUT', async () => {
    const { server, world, member, stranger, adminId } = await setup();
    // Task 2 is overdue (buildWorld: even tasks are due in 2099, odd ones were due 2020-12-31).
    const support = world.assignments.find(
      (a) => a.departmentId === world.departments[1]!.id && a.taskId === world.tasks[1]!.id,
    )!;
    await reportOn(world, support.id, adminId, 'IN_PROGRESS', 30);
    const query = `query($id: ID!) { assignment(id: $id) { id role light department { name }
      task { id path } latestReport { percent } reports { id } } }`;
    // Another department's assignment: a member reads everything of its jurisdiction.
    expect(body(await gql(server, query, { id: support.id }, member)).data).toEqual({
      assignment: {
        id: support.id,
        role: 'SUPPORT',
        light: 'RED',
        department: { name: world.departments[1]!.name },
        task: { id: world.tasks[1]!.id, path: ['一', '2'] },
        latestReport: { percent: 30 },
        reports: [{ id: expect.any(String) as string }],
      },
    });
    // Another jurisdiction's assignment answers exactly like a missing one.
    const foreign = await gql(server, query, { id: support.id }, stranger);
    const missing = await gql(server, query, { id: crypto.randomUUID() }, stranger);
    expect(body(foreign)).toEqual({ data: { assignment: null } });
    expect(body(missing)).toEqual(body(foreign));
    const task = await gql(
      server,
      'query($id: ID!) { task(id: $id) { id } }',
      { id: support.taskId },
      stranger,
    );
    expect(body(task)).toEqual({ data: { task: null } });
    expect(codeOf(await gql(server, query, { id: support.id }))).toBe('UNAUTHENTICATED');
    const bad = await gql(server, query, { id: 'not-an-id' }, member);
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect(body(bad).errors?.[0]?.message).toMatch(/[\u4e00-\u9fff]/);
  });

  it('currentPeriod: the quarter a report gets stamped with, for logged-in users', async () => {
    const { server, world, member } = await setup(1);
    const query = '{ currentPeriod { key kind label startsOn endsOn daysLeft } }';
    const before = currentReportingPeriod(today());
    const response = await gql(server, query, {}, member);
    const after = currentReportingPeriod(today());
    expect([before, after]).toContainEqual(body<{ currentPeriod: unknown }>(response).data?.currentPeriod);
    expect(before.label).toMatch(/^\d{4}年第[一二三四]季度$/);
    // A report made now carries that key.
    const report = await gql(
      server,
      `mutation($input: ReportProgressInput!) { reportProgress(input: $input) { report { period } errors { code } } }`,
      {
        input: {
          assignmentId: world.assignments[0]!.id,
          status: 'IN_PROGRESS',
          percent: 10,
          narrative: '已启动',
        },
      },
      member,
    );
    const period = body<{ reportProgress: { report: { period: string } } }>(report).data?.reportProgress
      .report.period;
    expect([before.key, after.key]).toContain(period);
    expect(codeOf(await gql(server, query))).toBe('UNAUTHENTICATED');
    expect(codeOf(await gql(server, '{ currentPeriod(kind: YEAR) { key } }', {}, member))).toBe(
      'GRAPHQL_VALIDATION_FAILED',
    );
  });

  it('Task.indicators: the document’s indicators, those the task names first; none of another document', async () => {
    const { server, world, elsewhere, member, stranger } = await setup(1);
    const db = world.db;
    await select(db, `UPDATE task SET text = '到2025年,每千人口托位数达到4.5个,推进普惠托育' WHERE id = $1`, [
      world.tasks[0]!.id,
    ]);
    const indicator = async (documentId: string, jurisdictionId: string, name: string) => {
      const [row] = await select<{ id: string }>(
        db,
        `INSERT INTO indicator (jurisdiction_id, document_id, name, unit) VALUES ($1, $2, $3, '个') RETURNING id`,
        [jurisdictionId, documentId, name],
      );
      await select(
        db,
        `INSERT INTO target (indicator_id, comparator, value, year) VALUES ($1, 'GTE', 4.5, 2025)`,
        [row?.id],
      );
    };
    await indicator(world.document.id, world.jurisdiction.id, '婴幼儿健康管理率');
    await indicator(world.document.id, world.jurisdiction.id, '每千人口托位数');
    await indicator(elsewhere.document.id, elsewhere.jurisdiction.id, '别处的指标');
    const query = `query($id: ID!) { assignment(id: $id) { task { indicators { name unit targets { value year } } } } }`;
    const response = await gql(server, query, { id: world.assignments[0]!.id }, member);
    expect(body(response).data).toEqual({
      assignment: {
        task: {
          indicators: [
            { name: '每千人口托位数', unit: '个', targets: [{ value: 4.5, year: 2025 }] },
            { name: '婴幼儿健康管理率', unit: '个', targets: [{ value: 4.5, year: 2025 }] },
          ],
        },
      },
    });
    const none = await gql(
      server,
      `query($id: ID!) { task(id: $id) { indicators { name } } }`,
      { id: elsewhere.tasks[0]!.id },
      member,
    );
    expect(body(none)).toEqual({ data: { task: null } });
    const theirs = await gql(
      server,
      `query($id: ID!) { task(id: $id) { indicators { name } } }`,
      { id: elsewhere.tasks[0]!.id },
      stranger,
    );
    expect(body(theirs).data).toEqual({ task: { indicators: [{ name: '别处的指标' }] } });
  });

  it('Department.memberships: each joint meeting with position and liaison, no client-side join', async () => {
    const { server, world, viewer } = await setup(1);
    const [lead, support] = world.departments as unknown as [{ id: string }, { id: string }];
    const meeting = async (name: string) =>
      (
        await select<{ id: string }>(
          world.db,
          `INSERT INTO joint_meeting (jurisdiction_id, name) VALUES ($1, $2) RETURNING id`,
          [world.jurisdiction.id, name],
        )
      )[0]?.id;
    const childcare = await meeting('托育服务联席会议');
    const elderly = await meeting('养老服务联席会议');
    await select(
      world.db,
      `INSERT INTO member (joint_meeting_id, department_id, position, liaison_name, liaison_phone, liaison_title)
       VALUES ($1, $3, 'OFFICE', '张三', '0414-1234567', '科长'), ($2, $3, 'MEMBER', NULL, NULL, NULL),
              ($1, $4, 'MEMBER', NULL, NULL, NULL)`,
      [childcare, elderly, lead.id, support.id],
    );
    const query = `query($j: ID) { departments(filter: { jurisdictionId: $j }) { id
      memberships { position liaison { name phone title } jointMeeting { id name } } } }`;
    const response = await gql(server, query, { j: world.jurisdiction.id }, viewer);
    const departments = body<{ departments: { id: string; memberships: unknown[] }[] }>(response).data
      ?.departments;
    expect(departments?.find((d) => d.id === lead.id)?.memberships).toEqual([
      { position: 'MEMBER', liaison: null, jointMeeting: { id: elderly, name: '养老服务联席会议' } },
      {
        position: 'OFFICE',
        liaison: { name: '张三', phone: '0414-1234567', title: '科长' },
        jointMeeting: { id: childcare, name: '托育服务联席会议' },
      },
    ]);
    expect(departments?.find((d) => d.id === support.id)?.memberships).toHaveLength(1);
    expect(departments?.find((d) => d.id === world.departments[2]!.id)?.memberships).toEqual([]);
    expect(codeOf(await gql(server, query, { j: world.jurisdiction.id }))).toBe('UNAUTHENTICATED');
  });

  it('mergeDepartmentsPreview lists exactly what mergeDepartments then does, and changes nothing', async () => {
    const { server, world, admin, member, viewer, adminId } = await setup(3);
    const db = world.db;
    const [, gone, keep] = world.departments as unknown as [
      unknown,
      { id: string; name: string },
      { id: string; name: string },
    ];
    const goneOn = (i: number) =>
      world.assignments.find((a) => a.departmentId === gone.id && a.taskId === world.tasks[i]!.id)!;
    await select(db, `UPDATE department SET aliases = '{旧称}' WHERE id = $1`, [gone.id]);
    // Task 1: the kept department is LOCAL there already; the merged one SUPPORTs it with one report.
    await select(db, `INSERT INTO assignment (task_id, department_id, role) VALUES ($1, $2, 'LOCAL')`, [
      world.tasks[0]!.id,
      keep.id,
    ]);
    await reportOn(world, goneOn(0).id, adminId, 'IN_PROGRESS', 20);
    // Task 2: two reports that move with the assignment.
    await reportOn(world, goneOn(1).id, adminId, 'IN_PROGRESS', 20);
    await reportOn(world, goneOn(1).id, adminId, 'IN_PROGRESS', 40);
    const [childcare, elderly] = await select<{ id: string }>(
      db,
      `INSERT INTO joint_meeting (jurisdiction_id, name) VALUES ($1, '托育服务联席会议'), ($1, '养老服务联席会议') RETURNING id`,
      [world.jurisdiction.id],
    );
    await select(
      db,
      `INSERT INTO member (joint_meeting_id, department_id, position, liaison_name) VALUES
         ($1, $3, 'MEMBER', '张三'), ($2, $3, 'DEPUTY_CONVENOR', '李四'), ($2, $4, 'MEMBER', '王五')`,
      [childcare?.id, elderly?.id, gone.id, keep.id],
    );
    await select(
      db,
      `INSERT INTO duty (department_id, document_id, text) VALUES ($1, $2, '负责托育机构登记')`,
      [gone.id, world.document.id],
    );
    await addUser(db, `${world.jurisdiction.name}-gone-member`, 'MEMBER', {
      departmentId: gone.id,
      jurisdictionId: world.jurisdiction.id,
    });

    const PREVIEW = `query($input: MergeDepartmentsPreviewInput!) { mergeDepartmentsPreview(input: $input) {
      preview { keep { name version } merge { name } aliasesAdded aliasesAfter sectorAfter { code }
        assignments { assignment { id } task { path } role active outcome reports }
        assignmentGroups { document { title } role count }
        reportsMoved reportsKept
        conflicts { task { path } keepRole mergeRole resultRole withdrawnReports message }
        memberships { jointMeeting { name } position liaison { name } outcome positionAfter liaisonAfter { name } }
        users { username } dutiesMoved }
      errors { code message field } } }`;
    const state = async () =>
      select(
        db,
        `SELECT (SELECT json_agg(a ORDER BY a.id) FROM assignment a) AS assignments,
                (SELECT json_agg(m ORDER BY m.id) FROM member m) AS members,
                (SELECT json_agg(json_build_object('id', d.id, 'version', d.version, 'aliases', d.aliases,
                   'archived', d.archived_at) ORDER BY d.id) FROM department d) AS departments,
                (SELECT json_agg(u.department_id ORDER BY u.id) FROM app_user u) AS users,
                (SELECT count(*) FROM audit_event) AS audit`,
      );
    const before = await state();
    const response = await gql(server, PREVIEW, { input: { keepId: keep.id, mergeId: gone.id } }, admin);
    expect(body(response).errors).toBeUndefined();
    expect(await state()).toEqual(before);
    const payload = body<{
      mergeDepartmentsPreview: { preview: Record<string, unknown>; errors: unknown[] };
    }>(response).data?.mergeDepartmentsPreview;
    expect(payload?.errors).toEqual([]);
    expect(payload?.preview).toEqual({
      keep: { name: keep.name, version: 1 },
      merge: { name: gone.name },
      aliasesAdded: expect.arrayContaining([gone.name, '旧称']) as string[],
      aliasesAfter: expect.arrayContaining([gone.name, '旧称']) as string[],
      sectorAfter: { code: 'FIRE_RESCUE' },
      assignments: [
        {
          assignment: { id: goneOn(0).id },
          task: { path: ['一', '1'] },
          role: 'SUPPORT',
          active: true,
          outcome: 'WITHDRAWN',
          reports: 1,
        },
        {
          assignment: { id: goneOn(1).id },
          task: { path: ['一', '2'] },
          role: 'SUPPORT',
          active: true,
          outcome: 'MOVED',
          reports: 2,
        },
        {
          assignment: { id: goneOn(2).id },
          task: { path: ['一', '3'] },
          role: 'SUPPORT',
          active: true,
          outcome: 'MOVED',
          reports: 0,
        },
      ],
      assignmentGroups: [{ document: { title: world.document.title }, role: 'SUPPORT', count: 2 }],
      reportsMoved: 2,
      reportsKept: 1,
      conflicts: [
        {
          task: { path: ['一', '1'] },
          keepRole: 'LOCAL',
          mergeRole: 'SUPPORT',
          resultRole: 'SUPPORT',
          withdrawnReports: 1,
          message: expect.stringContaining('保留部门由属地改为配合') as string,
        },
      ],
      memberships: [
        {
          jointMeeting: { name: '养老服务联席会议' },
          position: 'DEPUTY_CONVENOR',
          liaison: { name: '李四' },
          outcome: 'MERGED',
          positionAfter: 'DEPUTY_CONVENOR',
          liaisonAfter: { name: '王五' },
        },
        {
          jointMeeting: { name: '托育服务联席会议' },
          position: 'MEMBER',
          liaison: { name: '张三' },
          outcome: 'MOVED',
          positionAfter: 'MEMBER',
          liaisonAfter: { name: '张三' },
        },
      ],
      users: [{ username: `${world.jurisdiction.name}-gone-member` }],
      dutiesMoved: 1,
    });
    expect((payload?.preview.aliasesAdded as string[]).length).toBe(2);

    // The merge itself does what the preview said.
    const merged = await gql(
      server,
      `mutation($input: MergeDepartmentsInput!) { mergeDepartments(input: $input) { department { aliases } errors { code } } }`,
      { input: { keepId: keep.id, mergeId: gone.id, expectedVersion: 1 } },
      admin,
    );
    expect(body(merged).data).toMatchObject({ mergeDepartments: { errors: [] } });
    const rows = await select<{ id: string; departmentId: string; role: string; withdrawn: boolean }>(
      db,
      `SELECT id, department_id AS "departmentId", role, withdrawn_at IS NOT NULL AS withdrawn FROM assignment
       WHERE id = ANY($1::uuid[]) OR (department_id = $2 AND task_id = $3)`,
      [[goneOn(0).id, goneOn(1).id, goneOn(2).id], keep.id, world.tasks[0]!.id],
    );
    const find = (id: string) => rows.find((r) => r.id === id);
    expect(find(goneOn(0).id)).toMatchObject({ departmentId: gone.id, withdrawn: true });
    expect(find(goneOn(1).id)).toMatchObject({ departmentId: keep.id, withdrawn: false });
    expect(find(goneOn(2).id)).toMatchObject({ departmentId: keep.id, withdrawn: false });
    expect(rows.find((r) => r.departmentId === keep.id && r.role !== 'SUPPORT')).toBeUndefined();
    expect(rows.filter((r) => r.departmentId === keep.id && !r.withdrawn)).toHaveLength(3);
    const members = await select<{ name: string; position: string; liaison: string | null }>(
      db,
      `SELECT jm.name, m.position, m.liaison_name AS liaison FROM member m JOIN joint_meeting jm ON jm.id = m.joint_meeting_id
       WHERE m.department_id = $1 ORDER BY jm.name`,
      [keep.id],
    );
    expect(members).toEqual([
      { name: '养老服务联席会议', position: 'DEPUTY_CONVENOR', liaison: '王五' },
      { name: '托育服务联席会议', position: 'MEMBER', liaison: '张三' },
    ]);

    // Who may ask, and bad input.
    const input = { keepId: world.departments[0]!.id, mergeId: world.departments[1]!.id };
    expect(codeOf(await gql(server, PREVIEW, { input }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await gql(server, PREVIEW, { input }, member))).toBe('FORBIDDEN');
    expect(codeOf(await gql(server, PREVIEW, { input }, viewer))).toBe('FORBIDDEN');
    const self = await gql(server, PREVIEW, { input: { keepId: keep.id, mergeId: keep.id } }, admin);
    expect(body(self).data).toMatchObject({
      mergeDepartmentsPreview: { preview: null, errors: [{ code: 'INVALID_INPUT', field: 'input.mergeId' }] },
    });
    // The merged department is archived now: the merge would refuse, and so does the preview.
    const archived = await gql(server, PREVIEW, { input: { keepId: keep.id, mergeId: gone.id } }, admin);
    expect(body(archived).data).toMatchObject({
      mergeDepartmentsPreview: {
        preview: null,
        errors: [{ code: 'INVALID_INPUT', message: '已归档的部门不能合并' }],
      },
    });
    expect(
      codeOf(await gql(server, PREVIEW, { input: { keepId: keep.id, mergeId: crypto.randomUUID() } }, admin)),
    ).toBe('NOT_FOUND');
    expect(codeOf(await gql(server, PREVIEW, { input: { keepId: keep.id, mergeId: 'x' } }, admin))).toBe(
      'BAD_USER_INPUT',
    );
  });

  it('overview: per-department summaries, the late list and the targets of one jurisdiction', async () => {
    const { server, world, member, viewer, stranger, adminId } = await setup(4);
    const [lead, support] = world.departments as unknown as [
      { id: string; name: string },
      { id: string; name: string },
    ];
    // Tasks 2 and 4 are overdue (deadline 2020-12-31); the lead completes task 2 late, so it turns green.
    const leadOn = (i: number) =>
      world.assignments.find((a) => a.departmentId === lead.id && a.taskId === world.tasks[i]!.id)!;
    await reportOn(world, leadOn(1).id, adminId, 'COMPLETED', 100);
    await reportOn(world, leadOn(3).id, adminId, 'BLOCKED', 40);
    await select(
      world.db,
      `INSERT INTO indicator (jurisdiction_id, document_id, name, unit, baseline_value) VALUES ($1, $2, '托位数', '个', 1) RETURNING id`,
      [world.jurisdiction.id, world.document.id],
    );
    const OVERVIEW = `query($j: ID!, $first: Int) { overview(jurisdictionId: $j) {
      jurisdiction { name } period { key label }
      totals { total red completed }
      departments { department { id name } summary { total green yellow red completed percentDone } }
      lateCount
      late(first: $first) { assignment { id role } department { name } task { path document { title } } deadline daysOverdue
        latestReport { status percent reportedBy { displayName } } }
      indicators { name unit } } }`;
    const daysBefore = daysBetween('2020-12-31', today());
    const response = await gql(server, OVERVIEW, { j: world.jurisdiction.id }, viewer);
    const daysAfter = daysBetween('2020-12-31', today());
    expect(body(response).errors).toBeUndefined();
    const overview = body<{ overview: Record<string, unknown> & { late: { daysOverdue: number }[] } }>(
      response,
    ).data?.overview;
    expect(overview).toMatchObject({
      jurisdiction: { name: world.jurisdiction.name },
      period: { key: currentReportingPeriod(today()).key },
      totals: { total: 8, red: 3, completed: 1 },
      departments: [
        {
          department: { id: support.id, name: support.name },
          summary: { total: 4, red: 2, completed: 0, percentDone: 0 },
        },
        {
          department: { id: lead.id, name: lead.name },
          summary: { total: 4, red: 1, completed: 1, percentDone: 35 },
        },
      ],
      lateCount: 3,
      indicators: [{ name: '托位数', unit: '个' }],
    });
    const late = overview?.late ?? [];
    expect(late).toHaveLength(3);
    expect(late.map((item) => item.daysOverdue).every((d) => d === daysBefore || d === daysAfter)).toBe(true);
    expect(late).toContainEqual({
      assignment: { id: leadOn(3).id, role: 'LEAD' },
      department: { name: lead.name },
      task: { path: ['一', '4'], document: { title: world.document.title } },
      deadline: '2020-12-31',
      daysOverdue: late[0]?.daysOverdue,
      latestReport: {
        status: 'BLOCKED',
        percent: 40,
        reportedBy: { displayName: `${world.jurisdiction.name}-admin` },
      },
    });
    // A department's own progress summary counts exactly what 总览 counts for it, also after a withdrawal.
    await select(world.db, 'UPDATE assignment SET withdrawn_at = now() WHERE id = $1', [leadOn(0).id]);
    const again = body<{ overview: { departments: { department: { id: string }; summary: unknown }[] } }>(
      await gql(server, OVERVIEW, { j: world.jurisdiction.id }, viewer),
    ).data?.overview.departments;
    for (const { department, summary } of again ?? []) {
      const own = await gql(
        server,
        'query($id: ID!) { department(id: $id) { progressSummary { total green yellow red completed percentDone } } }',
        { id: department.id },
        viewer,
      );
      expect(body<{ department: { progressSummary: unknown } }>(own).data?.department.progressSummary).toEqual(summary);
    }
    expect(again?.find((d) => d.department.id === lead.id)?.summary).toMatchObject({ total: 3 });

    // A member reads it too; `first` cuts the list, not the count.
    const cut = await gql(server, OVERVIEW, { j: world.jurisdiction.id, first: 1 }, member);
    expect(body<{ overview: { lateCount: number; late: unknown[] } }>(cut).data?.overview).toMatchObject({
      lateCount: 3,
    });
    expect(body<{ overview: { late: unknown[] } }>(cut).data?.overview.late).toHaveLength(1);

    // Another jurisdiction's overview answers like a missing one; anonymous is UNAUTHENTICATED; bad input.
    expect(body(await gql(server, OVERVIEW, { j: world.jurisdiction.id }, stranger))).toEqual({
      data: { overview: null },
    });
    expect(body(await gql(server, OVERVIEW, { j: crypto.randomUUID() }, stranger))).toEqual({
      data: { overview: null },
    });
    expect(codeOf(await gql(server, OVERVIEW, { j: world.jurisdiction.id }))).toBe('UNAUTHENTICATED');
    const negative = await gql(server, OVERVIEW, { j: world.jurisdiction.id, first: -1 }, viewer);
    expect(codeOf(negative)).toBe('BAD_USER_INPUT');
    expect(body(negative).errors?.[0]?.message).toContain('逾期事项条数');
    expect(codeOf(await gql(server, OVERVIEW, { j: 'nope' }, viewer))).toBe('BAD_USER_INPUT');
  });

  it('overview costs the same number of statements at 10 and at 200 tasks', async () => {
    const { server, database } = shared();
    const small = await buildWorld(database.dataSource, place(), 10);
    const large = await buildWorld(database.dataSource, place(), 200);
    const admin = await addUser(database.dataSource, `${place()}-admin`, 'ADMIN');
    const token = await login(server, admin.username);
    for (const world of [small, large]) {
      for (const [i, a] of world.assignments.entries()) {
        if (i % 3 === 0)
          await reportOn({ ...world, db: database.dataSource }, a.id, admin.id, 'IN_PROGRESS', 10);
      }
      await select(
        database.dataSource,
        `INSERT INTO indicator (jurisdiction_id, document_id, name) VALUES ($1, $2, '托位数'), ($1, $2, '覆盖率')`,
        [world.jurisdiction.id, world.document.id],
      );
    }
    // What the 总览 page asks (apps/admin/src/features/overview/graphql/overview.ts), and the reporters.
    const OVERVIEW = `query($j: ID!, $late: Int) { overview(jurisdictionId: $j) {
      period { key label endsOn } totals { total green yellow red completed percentDone }
      departments { department { id name } summary { total green yellow red completed percentDone } }
      lateCount
      late(first: $late) { assignment { id role } department { id name } task { id path heading document { id title } }
        deadline daysOverdue latestReport { id status percent narrative reportedAt reportedBy { displayName } } }
      indicators { id name unit scope baseline { value year } targets { comparator value year }
        latestValue latestMeasuredOn progress } } }`;
    const counts: number[] = [];
    for (const world of [small, large]) {
      const { result, statements } = await countStatements(database.dataSource, () =>
        gql(server, OVERVIEW, { j: world.jurisdiction.id, late: 500 }, token),
      );
      expect(body(result).errors).toBeUndefined();
      const lateCount = body<{ overview: { lateCount: number } }>(result).data?.overview.lateCount;
      expect(lateCount).toBe(world.tasks.length);
      counts.push(statements.length);
    }
    // The session; the jurisdiction; the assignments with tasks, departments and latest reports; the
    // indicators; the late list's documents; its reporters.
    expect(counts).toEqual([6, 6]);
  });
});
