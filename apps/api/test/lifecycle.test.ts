import { select } from '@lianxi/db';
import { testEngines } from '@lianxi/db/testing';
import { describe, expect, it } from 'vitest';
import { addUser, buildWorld, gql, login } from './fixtures.js';
import { body, codeOf, sharedServer } from './shared.js';

const ME = '{ me { username role } }';
let places = 0;
const place = () => `生命周期${++places}市`;

describe.each(testEngines)('sessions, edits and reminders on %s', (engine) => {
  const shared = sharedServer(engine);

  it('a session ends after the idle time and at its absolute expiry', async () => {
    const { server, database } = shared();
    await addUser(database.dataSource, 'idle-user', 'VIEWER');
    const idle = await login(server, 'idle-user');
    const expired = await login(server, 'idle-user');
    expect(body(await gql(server, ME, {}, idle)).data).toEqual({
      me: { username: 'idle-user', role: 'VIEWER' },
    });
    // The test server allows 60 idle minutes and 24 hours in all (fixtures.ts): move the clocks of the rows.
    const sessions = await select<{ id: string }>(
      database.dataSource,
      `SELECT s.id FROM session s JOIN app_user u ON u.id = s.user_id WHERE u.username = 'idle-user' ORDER BY s.created_at`,
    );
    await select(
      database.dataSource,
      `UPDATE session SET last_seen_at = now() - interval '61 minutes' WHERE id = $1`,
      [sessions[0]?.id],
    );
    await select(
      database.dataSource,
      `UPDATE session SET expires_at = now() - interval '1 second' WHERE id = $1`,
      [sessions[1]?.id],
    );
    expect(body(await gql(server, ME, {}, idle)).data).toEqual({ me: null });
    expect(body(await gql(server, ME, {}, expired)).data).toEqual({ me: null });
    expect(codeOf(await gql(server, '{ jurisdictions { id } }', {}, idle))).toBe('UNAUTHENTICATED');
  });

  it('changing a role revokes the user’s sessions; bad role changes change nothing', async () => {
    const { server, database } = shared();
    const world = await buildWorld(database.dataSource, place(), 1);
    await addUser(database.dataSource, 'role-admin', 'ADMIN');
    const { id: memberId } = await addUser(database.dataSource, 'role-member', 'MEMBER', {
      departmentId: world.departments[0]!.id,
      jurisdictionId: world.jurisdiction.id,
    });
    const admin = await login(server, 'role-admin');
    const token = await login(server, 'role-member');
    const change = `mutation($input: ChangeUserRoleInput!) { changeUserRole(input: $input) {
      user { username role department { name } jurisdiction { name } } errors { code field } } }`;
    const noDepartment = await gql(server, change, { input: { userId: memberId, role: 'MEMBER' } }, admin);
    expect(body(noDepartment).data).toMatchObject({
      changeUserRole: { user: null, errors: [{ code: 'INVALID_INPUT' }] },
    });
    expect(body(await gql(server, ME, {}, token)).data).toEqual({
      me: { username: 'role-member', role: 'MEMBER' },
    });
    expect(codeOf(await gql(server, change, { input: { userId: memberId, role: 'ADMIN' } }, token))).toBe(
      'FORBIDDEN',
    );

    const changed = await gql(
      server,
      change,
      { input: { userId: memberId, role: 'VIEWER', jurisdictionId: world.jurisdiction.id } },
      admin,
    );
    expect(body(changed).data).toEqual({
      changeUserRole: {
        user: {
          username: 'role-member',
          role: 'VIEWER',
          department: null,
          jurisdiction: { name: world.jurisdiction.name },
        },
        errors: [],
      },
    });
    expect(body(await gql(server, ME, {}, token)).data).toEqual({ me: null });
    expect(body(await gql(server, ME, {}, await login(server, 'role-member'))).data).toEqual({
      me: { username: 'role-member', role: 'VIEWER' },
    });
  });

  it('reassignUnit moves an assignment to the right department in one write, and refuses what it must', async () => {
    const { server, database } = shared();
    const world = await buildWorld(database.dataSource, place(), 2);
    const [lead, support, third] = world.departments as unknown as [{ id: string }, { id: string }, { id: string }];
    await addUser(database.dataSource, `re-admin-${places}`, 'ADMIN');
    await addUser(database.dataSource, `re-member-${places}`, 'MEMBER', {
      departmentId: lead.id,
      jurisdictionId: world.jurisdiction.id,
    });
    const admin = await login(server, `re-admin-${places}`);
    const member = await login(server, `re-member-${places}`);
    const [task1, task2] = world.tasks as unknown as [{ id: string }, { id: string }];
    const at = (taskId: string, departmentId: string) =>
      world.assignments.find((a) => a.taskId === taskId && a.departmentId === departmentId)!;
    const reassign = `mutation($input: ReassignUnitInput!) { reassignUnit(input: $input) {
      assignment { id role department { id } task { id } } errors { code field } } }`;
    const audits = async () =>
      (await select<{ n: number }>(database.dataSource, `SELECT count(*)::int AS n FROM audit_event WHERE action = 'assignment.reassign'`))[0]?.n;

    // The support unit of task 1 was mis-read: it is the third department. The id and role stay.
    const misread = at(task1.id, support.id);
    expect(codeOf(await gql(server, reassign, { input: { assignmentId: misread.id, departmentId: third.id } }, member))).toBe('FORBIDDEN');
    const moved = await gql(server, reassign, { input: { assignmentId: misread.id, departmentId: third.id } }, admin);
    expect(body(moved).data).toEqual({
      reassignUnit: {
        assignment: { id: misread.id, role: 'SUPPORT', department: { id: third.id }, task: { id: task1.id } },
        errors: [],
      },
    });
    expect(await audits()).toBe(1);

    // A department that already holds the task, an assignment with reports: refused, nothing changes.
    const taken = await gql(server, reassign, { input: { assignmentId: at(task2.id, support.id).id, departmentId: lead.id } }, admin);
    expect(body(taken).data).toMatchObject({ reassignUnit: { assignment: null, errors: [{ code: 'ALREADY_EXISTS', field: 'input.departmentId' }] } });
    const reported = at(task2.id, lead.id);
    await gql(
      server,
      'mutation($input: ReportProgressInput!) { reportProgress(input: $input) { errors { code } } }',
      { input: { assignmentId: reported.id, status: 'IN_PROGRESS', percent: 30, narrative: '推进中' } },
      member,
    );
    const kept = await gql(server, reassign, { input: { assignmentId: reported.id, departmentId: third.id } }, admin);
    expect(body(kept).data).toMatchObject({ reassignUnit: { errors: [{ code: 'INVALID_INPUT', field: 'input.assignmentId' }] } });
    const missing = await gql(server, reassign, { input: { assignmentId: reported.id, departmentId: '00000000-0000-4000-8000-000000000000' } }, admin);
    expect(codeOf(missing)).toBe('NOT_FOUND');
    const rows = await select<{ id: string; department_id: string }>(
      database.dataSource,
      'SELECT id, department_id FROM assignment WHERE task_id = ANY($1::uuid[]) ORDER BY id',
      [[task1.id, task2.id]],
    );
    expect(rows.find((r) => r.id === reported.id)?.department_id).toBe(lead.id);
    expect(rows.find((r) => r.id === misread.id)?.department_id).toBe(third.id);
    expect(rows).toHaveLength(4);
    expect(await audits()).toBe(1);
  });

  it('a withdrawn assignment is no duty any more, and assignUnit brings the same one back', async () => {
    const { server, database } = shared();
    const world = await buildWorld(database.dataSource, place(), 1);
    const [lead, support] = world.departments as unknown as [{ id: string }, { id: string }];
    await addUser(database.dataSource, `wd-admin-${places}`, 'ADMIN');
    const admin = await login(server, `wd-admin-${places}`);
    const task = world.tasks[0] as { id: string };
    const withdrawn = world.assignments.find((a) => a.departmentId === support.id)!;
    // As a revised plan that no longer names the unit leaves it (import-policy withdraws, never deletes).
    await select(database.dataSource, 'UPDATE assignment SET withdrawn_at = now() WHERE id = $1', [withdrawn.id]);
    const units = async () =>
      body<{ task: { assignments: { id: string; department: { id: string } }[] } }>(
        await gql(server, 'query($id: ID!) { task(id: $id) { assignments { id department { id } } } }', { id: task.id }, admin),
      ).data?.task.assignments.map((a) => a.department.id);
    expect(await units()).toEqual([lead.id]);
    const ofSupport = body<{ department: { assignments: unknown[] } }>(
      await gql(server, 'query($id: ID!) { department(id: $id) { assignments { id } } }', { id: support.id }, admin),
    ).data?.department.assignments;
    expect(ofSupport).toEqual([]);

    const assign = `mutation($input: AssignUnitInput!) { assignUnit(input: $input) { assignment { id role } errors { code } } }`;
    const restored = await gql(server, assign, { input: { taskId: task.id, departmentId: support.id, role: 'LEAD' } }, admin);
    expect(body(restored).data).toEqual({ assignUnit: { assignment: { id: withdrawn.id, role: 'LEAD' }, errors: [] } });
    expect(await units()).toEqual(expect.arrayContaining([lead.id, support.id]));
    const again = await gql(server, assign, { input: { taskId: task.id, departmentId: support.id, role: 'SUPPORT' } }, admin);
    expect(body(again).data).toMatchObject({ assignUnit: { assignment: null, errors: [{ code: 'ALREADY_EXISTS' }] } });
    const audit = await select<{ action: string }>(
      database.dataSource,
      `SELECT action FROM audit_event WHERE entity_id = $1 ORDER BY at`,
      [withdrawn.id],
    );
    expect(audit.map((a) => a.action)).toEqual(['assignment.restore']);
  });

  it('unassignUnit removes an assignment without reports and keeps one with reports', async () => {
    const { server, database } = shared();
    const world = await buildWorld(database.dataSource, place(), 2);
    const [lead, support] = world.departments as unknown as [{ id: string }, { id: string }];
    await addUser(database.dataSource, `un-admin-${places}`, 'ADMIN');
    await addUser(database.dataSource, `un-member-${places}`, 'MEMBER', {
      departmentId: lead.id,
      jurisdictionId: world.jurisdiction.id,
    });
    const admin = await login(server, `un-admin-${places}`);
    const reported = world.assignments.find(
      (a) => a.departmentId === lead.id && a.taskId === world.tasks[0]!.id,
    )!;
    await gql(
      server,
      'mutation($input: ReportProgressInput!) { reportProgress(input: $input) { errors { code } } }',
      { input: { assignmentId: reported.id, status: 'IN_PROGRESS', percent: 30, narrative: '推进中' } },
      await login(server, `un-member-${places}`),
    );
    const unassign =
      'mutation($id: ID!) { unassignUnit(input: { assignmentId: $id }) { assignment { id } errors { code message } } }';
    const kept = await gql(server, unassign, { id: reported.id }, admin);
    expect(body(kept).data).toMatchObject({ unassignUnit: { errors: [{ code: 'INVALID_INPUT' }] } });
    const free = world.assignments.find((a) => a.departmentId === support.id)!;
    expect(body(await gql(server, unassign, { id: free.id }, admin)).data).toEqual({
      unassignUnit: { assignment: { id: free.id }, errors: [] },
    });
    const left = await select<{ id: string }>(
      database.dataSource,
      'SELECT id FROM assignment WHERE id = ANY($1::uuid[])',
      [[reported.id, free.id]],
    );
    expect(left).toEqual([{ id: reported.id }]);
    expect(codeOf(await gql(server, unassign, { id: free.id }, admin))).toBe('NOT_FOUND');
  });

  it('mergeDepartments moves the assignments and keeps the merged name as an alias', async () => {
    const { server, database } = shared();
    const world = await buildWorld(database.dataSource, place(), 3);
    const [keep, , gone] = world.departments as unknown as [
      { id: string; name: string },
      unknown,
      { id: string; name: string },
    ];
    // The third department takes over the supports of task 1 and 2 so both sides hold assignments.
    await select(
      database.dataSource,
      `INSERT INTO assignment (task_id, department_id, role) VALUES ($1, $2, 'SUPPORT')`,
      [world.tasks[2]!.id, gone.id],
    );
    await addUser(database.dataSource, `merge-admin-${places}`, 'ADMIN');
    const admin = await login(server, `merge-admin-${places}`);
    const merge = `mutation($input: MergeDepartmentsInput!) { mergeDepartments(input: $input) {
      department { name aliases version } errors { code field } } }`;
    const self = await gql(
      server,
      merge,
      { input: { keepId: keep.id, mergeId: keep.id, expectedVersion: 1 } },
      admin,
    );
    expect(body(self).data).toMatchObject({
      mergeDepartments: { department: null, errors: [{ code: 'INVALID_INPUT' }] },
    });
    expect(
      codeOf(
        await gql(server, merge, { input: { keepId: keep.id, mergeId: gone.id, expectedVersion: 7 } }, admin),
      ),
    ).toBe('CONFLICT');
    const merged = await gql(
      server,
      merge,
      { input: { keepId: keep.id, mergeId: gone.id, expectedVersion: 1 } },
      admin,
    );
    expect(body(merged).data).toEqual({
      mergeDepartments: { department: { name: keep.name, aliases: [gone.name], version: 2 }, errors: [] },
    });
    const rows = await select<{ departmentId: string; archived: boolean }>(
      database.dataSource,
      `SELECT a.department_id AS "departmentId", d.archived_at IS NOT NULL AS archived FROM assignment a
       JOIN department d ON d.id = a.department_id WHERE a.task_id = $1 AND a.withdrawn_at IS NULL`,
      [world.tasks[2]!.id],
    );
    expect(rows.map((row) => row.departmentId)).not.toContain(gone.id);
    const [archived] = await select<{ archived: boolean }>(
      database.dataSource,
      'SELECT archived_at IS NOT NULL AS archived FROM department WHERE id = $1',
      [gone.id],
    );
    expect(archived?.archived).toBe(true);
  });

  it('reminders: the office sends, the department sees and marks read, others cannot', async () => {
    const { server, database } = shared();
    const world = await buildWorld(database.dataSource, place(), 1);
    const [lead, support] = world.departments as unknown as [{ id: string }, { id: string }];
    await addUser(database.dataSource, `rem-admin-${places}`, 'ADMIN');
    await addUser(database.dataSource, `rem-lead-${places}`, 'MEMBER', {
      departmentId: lead.id,
      jurisdictionId: world.jurisdiction.id,
    });
    await addUser(database.dataSource, `rem-other-${places}`, 'MEMBER', {
      departmentId: support.id,
      jurisdictionId: world.jurisdiction.id,
    });
    const admin = await login(server, `rem-admin-${places}`);
    const member = await login(server, `rem-lead-${places}`);
    const other = await login(server, `rem-other-${places}`);
    const assignment = world.assignments.find((a) => a.departmentId === lead.id)!;
    const send =
      'mutation($input: SendReminderInput!) { sendReminder(input: $input) { reminder { id message readAt } errors { code field } } }';
    expect(
      body(await gql(server, send, { input: { assignmentId: assignment.id, message: '  ' } }, admin)).data,
    ).toMatchObject({
      sendReminder: { reminder: null, errors: [{ code: 'INVALID_INPUT', field: 'input.message' }] },
    });
    const sent = body<{ sendReminder: { reminder: { id: string } } }>(
      await gql(
        server,
        send,
        { input: { assignmentId: assignment.id, message: '请于本周内填报进展' } },
        admin,
      ),
    ).data?.sendReminder.reminder;
    const mine = '{ myReminders(unreadOnly: true) { id message assignment { id } } }';
    expect(body(await gql(server, mine, {}, member)).data).toEqual({
      myReminders: [{ id: sent?.id, message: '请于本周内填报进展', assignment: { id: assignment.id } }],
    });
    expect(body(await gql(server, mine, {}, other)).data).toEqual({ myReminders: [] });
    const read =
      'mutation($id: ID!) { markReminderRead(input: { reminderId: $id }) { reminder { readAt } errors { code } } }';
    expect(codeOf(await gql(server, read, { id: sent?.id }, other))).toBe('NOT_FOUND');
    const marked = body<{ markReminderRead: { reminder: { readAt: string | null } } }>(
      await gql(server, read, { id: sent?.id }, member),
    ).data;
    expect(marked?.markReminderRead.reminder.readAt).toMatch(/^\d{4}-/);
    expect(body(await gql(server, mine, {}, member)).data).toEqual({ myReminders: [] });
  });

  it('bad input is BAD_USER_INPUT with a Chinese message and changes nothing', async () => {
    const { server, database } = shared();
    const world = await buildWorld(database.dataSource, place(), 1);
    await addUser(database.dataSource, `bad-admin-${places}`, 'ADMIN');
    const admin = await login(server, `bad-admin-${places}`);
    const [jointMeeting] = await select<{ id: string }>(
      database.dataSource,
      `INSERT INTO joint_meeting (jurisdiction_id, name) VALUES ($1, '输入检查联席会议') RETURNING id`,
      [world.jurisdiction.id],
    );
    const meetings = async () =>
      (await select<{ n: number }>(database.dataSource, 'SELECT count(*)::int AS n FROM meeting'))[0]?.n;
    const before = await meetings();
    const cases: [string, Record<string, unknown>][] = [
      [
        'mutation($input: RecordMeetingInput!) { recordMeeting(input: $input) { errors { code } } }',
        { input: { jointMeetingId: jointMeeting?.id, title: '会议', heldOn: '2025-13-45' } },
      ],
      ['query { searchTasks(text: "  ") { totalCount } }', {}],
      [
        'query($after: String) { searchTasks(text: "托育服务", after: $after) { totalCount } }',
        { after: 'eyJ4Ijox' },
      ],
      ['query { auditEvents(first: 1000) { totalCount } }', {}],
      ['query { compareSector(sector: "天文") { sector { name } } }', {}],
    ];
    for (const [query, variables] of cases) {
      const response = await gql(server, query, variables, admin);
      expect(codeOf(response), query).toBe('BAD_USER_INPUT');
      expect(body(response).errors?.[0]?.message, query).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(await meetings()).toBe(before);
  });
});
