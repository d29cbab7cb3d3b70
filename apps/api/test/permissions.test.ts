import { select } from '@lianxi/db';
import { testEngines } from '@lianxi/db/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { addUser, buildWorld, gql, login, PASSWORD, type World } from './fixtures.js';
import { body, codeOf, sharedServer } from './shared.js';

type Role = 'ANONYMOUS' | 'VIEWER' | 'MEMBER' | 'ADMIN';
/** OK: the call succeeds with no error of any kind; otherwise the GraphQL error code expected. */
type Outcome = 'OK' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND';

interface Ids {
  world: World;
  jointMeetingId: string;
  memberId: string;
  reminderId: string;
  viewerId: string;
  extra: Record<'keep' | 'gone' | 'archive' | 'alias' | 'rename', { id: string }>;
}

const ADMIN_ONLY: Record<Role, Outcome> = {
  ANONYMOUS: 'UNAUTHENTICATED',
  VIEWER: 'FORBIDDEN',
  MEMBER: 'FORBIDDEN',
  ADMIN: 'OK',
};
const ANY_USER: Record<Role, Outcome> = {
  ANONYMOUS: 'UNAUTHENTICATED',
  VIEWER: 'OK',
  MEMBER: 'OK',
  ADMIN: 'OK',
};
const EVERYONE: Record<Role, Outcome> = { ANONYMOUS: 'OK', VIEWER: 'OK', MEMBER: 'OK', ADMIN: 'OK' };

/** Every mutation of the schema, with an input valid for the world, and who may run it. */
function mutations(
  ids: Ids,
  role: Role,
): { name: string; input?: Record<string, unknown>; expect: Record<Role, Outcome> }[] {
  const [lead, support, fire] = ids.world.departments as unknown as [
    { id: string },
    { id: string },
    { id: string },
  ];
  const task = ids.world.tasks[0] as { id: string };
  const own = ids.world.assignments.find((a) => a.departmentId === lead.id)!;
  const fresh = `${role}-${Date.now()}`;
  return [
    { name: 'ping', expect: EVERYONE },
    { name: 'login', input: { username: 'perm-viewer', password: PASSWORD }, expect: EVERYONE },
    {
      name: 'createDepartment',
      input: { jurisdictionId: ids.world.jurisdiction.id, name: `新部门${fresh}` },
      expect: ADMIN_ONLY,
    },
    {
      name: 'renameDepartment',
      input: { departmentId: ids.extra.rename.id, name: `改名${fresh}`, expectedVersion: 1 },
      expect: ADMIN_ONLY,
    },
    {
      name: 'addDepartmentAlias',
      input: { departmentId: ids.extra.alias.id, alias: `别称${fresh}`, expectedVersion: 1 },
      expect: ADMIN_ONLY,
    },
    {
      name: 'archiveDepartment',
      input: { departmentId: ids.extra.archive.id, expectedVersion: 1 },
      expect: ADMIN_ONLY,
    },
    {
      name: 'mergeDepartments',
      input: { keepId: ids.extra.keep.id, mergeId: ids.extra.gone.id, expectedVersion: 1 },
      expect: ADMIN_ONLY,
    },
    {
      name: 'assignUnit',
      input: { taskId: task.id, departmentId: fire.id, role: 'SUPPORT' },
      expect: ADMIN_ONLY,
    },
    {
      name: 'changeAssignmentRole',
      input: {
        assignmentId: ids.world.assignments.find((a) => a.departmentId === support.id)?.id,
        role: 'SUPPORT',
      },
      expect: ADMIN_ONLY,
    },
    {
      name: 'reassignUnit',
      input: {
        assignmentId: ids.world.assignments.find((a) => a.departmentId === support.id)?.id,
        departmentId: support.id,
      },
      expect: ADMIN_ONLY,
    },
    { name: 'sendReminder', input: { assignmentId: own.id, message: '请尽快填报' }, expect: ADMIN_ONLY },
    {
      name: 'markReminderRead',
      input: { reminderId: ids.reminderId },
      expect: { ...ANY_USER, VIEWER: 'NOT_FOUND' },
    },
    {
      name: 'reportProgress',
      input: { assignmentId: own.id, status: 'IN_PROGRESS', percent: 10, narrative: `进展${fresh}` },
      expect: { ...ANY_USER, VIEWER: 'FORBIDDEN' },
    },
    {
      name: 'importDocument',
      input: {
        text: `${fresh}实施方案\n一、总体要求\n(一)完善政策。(责任单位:市卫健局)`,
        dryRun: true,
        jurisdiction: ids.world.jurisdiction.name,
      },
      expect: ADMIN_ONLY,
    },
    {
      name: 'addJointMeetingMember',
      input: { jointMeetingId: ids.jointMeetingId, departmentId: support.id },
      expect: ADMIN_ONLY,
    },
    { name: 'setLiaison', input: { memberId: ids.memberId, liaison: { name: '李明' } }, expect: ADMIN_ONLY },
    {
      name: 'recordMeeting',
      input: { jointMeetingId: ids.jointMeetingId, title: `会议${fresh}`, heldOn: '2025-06-01' },
      expect: ADMIN_ONLY,
    },
    { name: 'removeJointMeetingMember', input: { memberId: ids.memberId }, expect: ADMIN_ONLY },
    {
      name: 'changeUserRole',
      input: { userId: ids.viewerId, role: 'VIEWER', jurisdictionId: ids.world.jurisdiction.id },
      expect: ADMIN_ONLY,
    },
    {
      name: 'unassignUnit',
      input: { assignmentId: ids.world.assignments.find((a) => a.departmentId === support.id)?.id },
      expect: ADMIN_ONLY,
    },
    // Last: it ends the session the other rows used.
    { name: 'logout', expect: ANY_USER },
  ];
}

/** The root queries added for the admin client, with who may run them (the older ones: reliability's table). */
function queries(
  ids: Ids,
): { name: string; query: string; variables: Record<string, unknown>; expect: Record<Role, Outcome> }[] {
  const [lead, support] = ids.world.departments as unknown as [{ id: string }, { id: string }];
  return [
    {
      name: 'assignment',
      query: 'query($id: ID!) { assignment(id: $id) { id role } }',
      variables: { id: ids.world.assignments.find((a) => a.departmentId === support.id)?.id },
      expect: ANY_USER,
    },
    { name: 'currentPeriod', query: '{ currentPeriod { key label } }', variables: {}, expect: ANY_USER },
    {
      name: 'overview',
      query: 'query($j: ID!) { overview(jurisdictionId: $j) { lateCount } }',
      variables: { j: ids.world.jurisdiction.id },
      expect: ANY_USER,
    },
    {
      name: 'mergeDepartmentsPreview',
      query: `query($input: MergeDepartmentsPreviewInput!) { mergeDepartmentsPreview(input: $input) {
        preview { reportsMoved } errors { code } } }`,
      variables: { input: { keepId: lead.id, mergeId: support.id } },
      expect: ADMIN_ONLY,
    },
  ];
}

describe.each(testEngines)('permissions on %s', (engine) => {
  const shared = sharedServer(engine);
  let ids: Ids;

  beforeAll(async () => {
    const { database } = shared();
    const db = database.dataSource;
    const world = await buildWorld(db, '权限市', 1);
    const lead = world.departments[0] as { id: string };
    const extra = Object.fromEntries(
      await Promise.all(
        (['keep', 'gone', 'archive', 'alias', 'rename'] as const).map(async (key) => {
          const [row] = await select<{ id: string }>(
            db,
            `INSERT INTO department (jurisdiction_id, name, kind) VALUES ($1, $2, 'DEPARTMENT') RETURNING id`,
            [world.jurisdiction.id, `权限市${key}办`],
          );
          return [key, row] as const;
        }),
      ),
    ) as Ids['extra'];
    const [jointMeeting] = await select<{ id: string }>(
      db,
      `INSERT INTO joint_meeting (jurisdiction_id, name) VALUES ($1, '权限联席会议') RETURNING id`,
      [world.jurisdiction.id],
    );
    const [member] = await select<{ id: string }>(
      db,
      `INSERT INTO member (joint_meeting_id, department_id) VALUES ($1, $2) RETURNING id`,
      [jointMeeting?.id, lead.id],
    );
    const admin = await addUser(db, 'perm-admin', 'ADMIN');
    await addUser(db, 'perm-member', 'MEMBER', {
      departmentId: lead.id,
      jurisdictionId: world.jurisdiction.id,
    });
    const viewer = await addUser(db, 'perm-viewer', 'VIEWER', { jurisdictionId: world.jurisdiction.id });
    const [reminder] = await select<{ id: string }>(
      db,
      `INSERT INTO reminder (assignment_id, message, sent_by) VALUES ($1, '请填报', $2) RETURNING id`,
      [world.assignments.find((a) => a.departmentId === lead.id)?.id, admin.id],
    );
    ids = {
      world,
      jointMeetingId: jointMeeting?.id ?? '',
      memberId: member?.id ?? '',
      reminderId: reminder?.id ?? '',
      viewerId: viewer.id,
      extra,
    };
  });

  it.each(['ANONYMOUS', 'VIEWER', 'MEMBER', 'ADMIN'] as const)(
    'every new root query as %s (before the mutations change the world)',
    async (role) => {
      const { server } = shared();
      const token =
        role === 'ANONYMOUS'
          ? undefined
          : await login(server, { VIEWER: 'perm-viewer', MEMBER: 'perm-member', ADMIN: 'perm-admin' }[role]);
      for (const row of queries(ids)) {
        const response = await gql(server, row.query, row.variables, token);
        const expected = row.expect[role];
        if (expected === 'OK') {
          expect(body(response).errors, `${row.name} as ${role}`).toBeUndefined();
          const value = body<Record<string, { errors?: unknown[] } | null>>(response).data?.[row.name];
          expect(value, `${row.name} as ${role}`).not.toBeNull();
          if (value && 'errors' in value) expect(value.errors, `${row.name} as ${role}`).toEqual([]);
        } else {
          expect(codeOf(response), `${row.name} as ${role}`).toBe(expected);
          expect(body(response).errors?.[0]?.message, `${row.name} as ${role}`).toMatch(/[\u4e00-\u9fff]/);
        }
      }
    },
  );

  it.each(['ANONYMOUS', 'VIEWER', 'MEMBER', 'ADMIN'] as const)('every mutation as %s', async (role) => {
    const { server } = shared();
    const token =
      role === 'ANONYMOUS'
        ? undefined
        : await login(server, { VIEWER: 'perm-viewer', MEMBER: 'perm-member', ADMIN: 'perm-admin' }[role]);
    const rows = mutations(ids, role);
    for (const row of rows) {
      const query =
        row.name === 'ping'
          ? 'mutation { ping }'
          : row.input
            ? `mutation($input: ${row.name[0]?.toUpperCase()}${row.name.slice(1)}Input!) { ${row.name}(input: $input) { errors { code message } } }`
            : `mutation { ${row.name} { errors { code } } }`;
      const response = await gql(server, query, row.input ? { input: row.input } : {}, token);
      const expected = row.expect[role];
      if (expected === 'OK') {
        expect(body(response).errors, `${row.name} as ${role}`).toBeUndefined();
        const payload = body<Record<string, { errors?: unknown[] } | boolean>>(response).data?.[row.name];
        if (typeof payload === 'object') expect(payload.errors, `${row.name} as ${role}`).toEqual([]);
      } else {
        expect(codeOf(response), `${row.name} as ${role}`).toBe(expected);
        expect(body(response).errors?.[0]?.message, `${row.name} as ${role}`).toMatch(/[\u4e00-\u9fff]/);
      }
    }
  });

  it('a member writing to another department’s assignment is NOT_FOUND, like a missing one, and writes nothing', async () => {
    const { server, database } = shared();
    const support = ids.world.departments[1] as { id: string };
    const foreign = ids.world.assignments.find((a) => a.departmentId === support.id)!;
    const token = await login(server, 'perm-member');
    const count = async () =>
      (
        await select<{ n: number }>(
          database.dataSource,
          'SELECT count(*)::int AS n FROM progress_report WHERE assignment_id = $1',
          [foreign.id],
        )
      )[0]?.n;
    const before = await count();
    const report = `mutation($input: ReportProgressInput!) { reportProgress(input: $input) { errors { code } } }`;
    const response = await gql(
      server,
      report,
      { input: { assignmentId: foreign.id, status: 'IN_PROGRESS', percent: 10, narrative: '越权' } },
      token,
    );
    expect(codeOf(response)).toBe('NOT_FOUND');
    expect(await count()).toBe(before);
  });
});
