import { readFileSync } from 'node:fs';
import { select } from '@lianxi/db';
import { aLargeParsedPolicy, createTestDatabase, importTestPlan, SAMPLE_UNITS, type TestDatabase } from '@lianxi/db/testing';
import fc from 'fast-check';
import { buildSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolvers } from '../../api/src/resolvers.js';
import { addUser, type ApiServer, buildWorld, createServer, gql, type GqlResponse, login, serverConfig, type World } from '../src/api.js';
import { mode } from '../src/env.js';
import { FigureCollector } from '../src/figures.js';
import { PERMISSIONS, type Role, ROLES } from './permissions.table.js';

const figures = new FigureCollector('30-permissions', 'Permissions', mode.name);
const schema = buildSchema(readFileSync(new URL('../../api/schema.graphql', import.meta.url), 'utf8'));
const rootFields = {
  Query: Object.keys(schema.getQueryType()?.getFields() ?? {}).sort(),
  Mutation: Object.keys(schema.getMutationType()?.getFields() ?? {}).sort(),
};
const implemented = (type: 'Query' | 'Mutation', field: string) =>
  Object.hasOwn((resolvers as Record<string, Record<string, unknown> | undefined>)[type] ?? {}, field);
const DENIED = new Set(['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND']);

describe('the permission table', () => {
  it('has a row for every root field of the schema, and no row for a field that does not exist', () => {
    for (const type of ['Query', 'Mutation'] as const) {
      expect(Object.keys(PERMISSIONS[type]).sort(), `${type} fields without a decision`).toEqual(rootFields[type]);
    }
  });
});

describe('every root field × role', () => {
  let database: TestDatabase;
  let server: ApiServer;
  let world: World;
  const tokens = {} as Record<Role, string | undefined>;
  let seq = 0;

  beforeAll(async () => {
    database = await createTestDatabase('pglite');
    world = await buildWorld(database.dataSource, 8, 'perm');
    server = await createServer(serverConfig(database.dataSource));
    tokens.anonymous = undefined;
    tokens.viewer = await login(server, 'perm-viewer');
    tokens.own = await login(server, 'perm-member-a');
    tokens.other = await login(server, 'perm-member-b');
    tokens.admin = await login(server, 'perm-admin');
  });
  afterAll(async () => {
    await server.close();
    await database.drop();
  });

  const db = () => database.dataSource;
  const one = async <T>(text: string, parameters: unknown[] = []) => {
    const [row] = await select<T>(db(), text, parameters);
    if (!row) throw new Error(`no row: ${text}`);
    return row;
  };
  const version = async (id: string) => (await one<{ version: number }>('SELECT version FROM department WHERE id = $1', [id])).version;
  /** A department of the world's jurisdiction made for one destructive call. */
  const throwaway = async () => {
    seq += 1;
    return (
      await one<{ id: string }>(`INSERT INTO department (jurisdiction_id, name, kind) VALUES ($1, $2, 'DEPARTMENT') RETURNING id`, [
        world.jurisdictionId,
        `临时部门${seq}`,
      ])
    ).id;
  };
  const taskOf = async (assignmentId: string) => (await one<{ taskId: string }>('SELECT task_id AS "taskId" FROM assignment WHERE id = $1', [assignmentId])).taskId;
  let unassignIndex = 3;
  /** A joint meeting of the world's jurisdiction, and a fresh membership (department A) for each call. */
  let jointMeetingId = '';
  const jointMeeting = async () =>
    (jointMeetingId ||= (
      await one<{ id: string }>(`INSERT INTO joint_meeting (jurisdiction_id, name) VALUES ($1, '托育服务联席会议') RETURNING id`, [world.jurisdictionId])
    ).id);
  const membership = async () =>
    (
      await one<{ id: string }>(`INSERT INTO member (joint_meeting_id, department_id) VALUES ($1, $2) RETURNING id`, [
        await jointMeeting(),
        await throwaway(),
      ])
    ).id;

  type Probe = (role: Role) => Promise<{ query: string; variables?: Record<string, unknown> }>;
  const probes: Record<string, Probe> = {
    assignment: () =>
      Promise.resolve({ query: 'query($id: ID!) { assignment(id: $id) { id } }', variables: { id: world.assignmentsA[0] } }),
    auditEvents: () => Promise.resolve({ query: '{ auditEvents(first: 5) { totalCount } }' }),
    compareSector: () => Promise.resolve({ query: '{ compareSector(sector: "HEALTH") { __typename } }' }),
    currentPeriod: () => Promise.resolve({ query: '{ currentPeriod { key label } }' }),
    department: () => Promise.resolve({ query: 'query($id: ID!) { department(id: $id) { id name } }', variables: { id: world.departmentA } }),
    departments: () => Promise.resolve({ query: '{ departments { id } }' }),
    document: () => Promise.resolve({ query: 'query($id: ID!) { document(id: $id) { id } }', variables: { id: world.plan.documentId } }),
    documents: () => Promise.resolve({ query: '{ documents { id } }' }),
    health: () => Promise.resolve({ query: '{ health }' }),
    indicators: () => Promise.resolve({ query: 'query($id: ID!) { indicators(jurisdictionId: $id) { __typename } }', variables: { id: world.jurisdictionId } }),
    jointMeeting: async () => ({ query: 'query($id: ID!) { jointMeeting(id: $id) { __typename } }', variables: { id: await jointMeeting() } }),
    jointMeetings: () => Promise.resolve({ query: '{ jointMeetings { __typename } }' }),
    jurisdictions: () => Promise.resolve({ query: '{ jurisdictions { id } }' }),
    me: () => Promise.resolve({ query: '{ me { id } }' }),
    mergeDepartmentsPreview: async () => ({
      query: 'query($input: MergeDepartmentsPreviewInput!) { mergeDepartmentsPreview(input: $input) { preview { reportsMoved } errors { code } } }',
      variables: { input: { keepId: await throwaway(), mergeId: await throwaway() } },
    }),
    myReminders: () => Promise.resolve({ query: '{ myReminders { id } }' }),
    overview: () =>
      Promise.resolve({ query: 'query($id: ID!) { overview(jurisdictionId: $id) { lateCount } }', variables: { id: world.jurisdictionId } }),
    responsibilityMatrix: () =>
      Promise.resolve({ query: 'query($id: ID!) { responsibilityMatrix(documentId: $id) { cells { role } } }', variables: { id: world.plan.documentId } }),
    searchTasks: () => Promise.resolve({ query: '{ searchTasks(text: "托育") { totalCount } }' }),
    sectors: () => Promise.resolve({ query: '{ sectors { __typename } }' }),
    task: async () => ({ query: 'query($id: ID!) { task(id: $id) { id } }', variables: { id: await taskOf(world.assignmentsA[0]!) } }),

    addDepartmentAlias: async () => ({
      query: 'mutation($input: AddDepartmentAliasInput!) { addDepartmentAlias(input: $input) { __typename } }',
      variables: { input: { departmentId: world.departmentA, alias: `别称${++seq}`, expectedVersion: await version(world.departmentA) } },
    }),
    addJointMeetingMember: async () => ({
      query: 'mutation($input: AddJointMeetingMemberInput!) { addJointMeetingMember(input: $input) { __typename } }',
      variables: { input: { jointMeetingId: await jointMeeting(), departmentId: await throwaway() } },
    }),
    archiveDepartment: async () => {
      const id = await throwaway();
      return {
        query: 'mutation($input: ArchiveDepartmentInput!) { archiveDepartment(input: $input) { __typename } }',
        variables: { input: { departmentId: id, expectedVersion: await version(id) } },
      };
    },
    assignUnit: async () => ({
      query: 'mutation($input: AssignUnitInput!) { assignUnit(input: $input) { __typename } }',
      variables: { input: { taskId: await taskOf(world.assignmentsA[0]!), departmentId: await throwaway(), role: 'SUPPORT' } },
    }),
    changeAssignmentRole: () =>
      Promise.resolve({
        query: 'mutation($input: ChangeAssignmentRoleInput!) { changeAssignmentRole(input: $input) { __typename } }',
        variables: { input: { assignmentId: world.assignmentsA[2], role: 'LEAD' } },
      }),
    createDepartment: () =>
      Promise.resolve({
        query: 'mutation($input: CreateDepartmentInput!) { createDepartment(input: $input) { __typename } }',
        variables: { input: { jurisdictionId: world.jurisdictionId, name: `新部门${++seq}` } },
      }),
    importDocument: () =>
      Promise.resolve({
        query: 'mutation($input: ImportDocumentInput!) { importDocument(input: $input) { __typename } }',
        variables: { input: { text: '某市托育服务实施方案\n一、发展托育服务（责任单位：市卫健局）', dryRun: true } },
      }),
    login: () =>
      Promise.resolve({
        query: 'mutation { login(input: { username: "nobody-here", password: "wrong password" }) { token errors { code } } }',
      }),
    logout: async (role) => ({
      query: 'mutation { logout { ok } }',
      // Its own session, so the role's main token survives for the other rows.
      variables: { __token: role === 'anonymous' ? undefined : await login(server, { viewer: 'perm-viewer', own: 'perm-member-a', other: 'perm-member-b', admin: 'perm-admin' }[role]) },
    }),
    markReminderRead: async () => {
      const reminder = await one<{ id: string }>(
        `INSERT INTO reminder (assignment_id, message, sent_by) VALUES ($1, '请尽快填报', $2) RETURNING id`,
        [world.assignmentsA[1], world.users.admin],
      );
      return { query: 'mutation($input: MarkReminderReadInput!) { markReminderRead(input: $input) { __typename } }', variables: { input: { reminderId: reminder.id } } };
    },
    mergeDepartments: async () => {
      const keep = await throwaway();
      const merge = await throwaway();
      return {
        query: 'mutation($input: MergeDepartmentsInput!) { mergeDepartments(input: $input) { __typename } }',
        variables: { input: { keepId: keep, mergeId: merge, expectedVersion: await version(keep) } },
      };
    },
    ping: () => Promise.resolve({ query: 'mutation { ping }' }),
    recordMeeting: async () => ({
      query: 'mutation($input: RecordMeetingInput!) { recordMeeting(input: $input) { __typename } }',
      variables: { input: { jointMeetingId: await jointMeeting(), title: `第${++seq}次会议`, heldOn: '2025-01-01' } },
    }),
    removeJointMeetingMember: async () => ({
      query: 'mutation($input: RemoveJointMeetingMemberInput!) { removeJointMeetingMember(input: $input) { __typename } }',
      variables: { input: { memberId: await membership() } },
    }),
    renameDepartment: async () => ({
      query: 'mutation($input: RenameDepartmentInput!) { renameDepartment(input: $input) { __typename } }',
      variables: { input: { departmentId: world.departmentA, name: `市卫生健康委${++seq}`, expectedVersion: await version(world.departmentA) } },
    }),
    reportProgress: () =>
      Promise.resolve({
        query: 'mutation($input: ReportProgressInput!) { reportProgress(input: $input) { report { id } errors { code } } }',
        variables: { input: { assignmentId: world.assignmentsA[0], status: 'IN_PROGRESS', percent: 10, narrative: '推进中' } },
      }),
    sendReminder: () =>
      Promise.resolve({
        query: 'mutation($input: SendReminderInput!) { sendReminder(input: $input) { __typename } }',
        variables: { input: { assignmentId: world.assignmentsA[1], message: '请尽快填报' } },
      }),
    setLiaison: async () => ({
      query: 'mutation($input: SetLiaisonInput!) { setLiaison(input: $input) { __typename } }',
      variables: { input: { memberId: await membership(), liaison: { name: '张三', phone: '0414-0000000' } } },
    }),
    changeUserRole: async () => ({
      query: 'mutation($input: ChangeUserRoleInput!) { changeUserRole(input: $input) { __typename } }',
      variables: { input: { userId: await addUser(db(), `role-change-${++seq}`, 'VIEWER'), role: 'VIEWER', jurisdictionId: world.jurisdictionId } },
    }),
    reassignUnit: async () => {
      // A fresh assignment of a throwaway department on one of A's tasks, corrected to another throwaway.
      const assignment = await one<{ id: string }>(
        `INSERT INTO assignment (task_id, department_id, role) VALUES ($1, $2, 'SUPPORT') RETURNING id`,
        [await taskOf(world.assignmentsA[0]!), await throwaway()],
      );
      return {
        query: 'mutation($input: ReassignUnitInput!) { reassignUnit(input: $input) { __typename } }',
        variables: { input: { assignmentId: assignment.id, departmentId: await throwaway() } },
      };
    },
    unassignUnit: () =>
      Promise.resolve({
        query: 'mutation($input: UnassignUnitInput!) { unassignUnit(input: $input) { __typename } }',
        variables: { input: { assignmentId: world.assignmentsA[unassignIndex++] } },
      }),
  };

  function outcome(field: string, response: GqlResponse): 'allow' | 'deny' | `error: ${string}` {
    const errors = response.body.errors ?? [];
    const code = errors[0]?.extensions?.code;
    if (response.status >= 500 || (code !== undefined && !DENIED.has(code) && !['BAD_USER_INPUT', 'CONFLICT'].includes(code))) {
      return `error: ${response.status} ${code ?? ''} ${errors[0]?.message ?? ''}`;
    }
    if (code && DENIED.has(code)) return 'deny';
    const value = response.body.data?.[field];
    if (value === null && field !== 'me') return 'deny';
    return 'allow';
  }

  const cells: { type: string; field: string; role: Role; expected: string; actual: string }[] = [];
  afterAll(() => {
    const checked = cells.length;
    const skipped = Object.entries(PERMISSIONS).flatMap(([type, fields]) => Object.keys(fields).filter((field) => !implemented(type as 'Query', field)));
    figures.add('root field × role cells', {
      cells: Object.values(PERMISSIONS).reduce((sum, fields) => sum + Object.keys(fields).length * ROLES.length, 0),
      checked,
      matching: cells.filter((cell) => cell.expected === cell.actual).length,
      fieldsWithoutResolver: skipped.length,
    });
    if (skipped.length > 0) figures.note(`root fields in the schema without a resolver yet (their rows wait): ${skipped.join(', ')}`);
    const wrong = cells.filter((cell) => cell.expected !== cell.actual);
    if (wrong.length > 0) figures.note(`cells that differ: ${wrong.map((c) => `${c.field}/${c.role}: expected ${c.expected}, got ${c.actual}`).join('; ')}`);
  });

  for (const type of ['Query', 'Mutation'] as const) {
    for (const [field, rule] of Object.entries(PERMISSIONS[type])) {
      it.skipIf(!implemented(type, field))(`${type}.${field}: ${ROLES.map((role) => `${role} ${rule[role]}`).join(', ')}`, async () => {
        const actual = {} as Record<Role, string>;
        // The admin last: its call may change what the others would see (archive, unassign).
        for (const role of ROLES) {
          const probe = probes[field];
          if (!probe) throw new Error(`no probe for ${field}`);
          const { query, variables = {} } = await probe(role);
          const { __token, ...rest } = variables as { __token?: string };
          const token = '__token' in variables ? __token : tokens[role];
          const response = await gql(server, query, rest, token);
          actual[role] = outcome(field, response);
          cells.push({ type, field, role, expected: rule[role], actual: actual[role] });
        }
        expect(actual).toEqual(rule);
      });
    }
  }
});

describe('random pairs: a member of one department against an assignment of another', () => {
  let database: TestDatabase;
  let server: ApiServer;

  beforeAll(async () => {
    database = await createTestDatabase('pglite');
    server = await createServer(serverConfig(database.dataSource));
  });
  afterAll(async () => {
    await server.close();
    await database.drop();
  });

  it('≥1,000 pairs: every report is denied with exactly the answer a missing id gets; nothing is written', async () => {
    const plan = await importTestPlan(database.dataSource, aLargeParsedPolicy(30, { title: '随机配对市实施方案', jurisdiction: '配对市' }));
    const members: { departmentId: string; token: string }[] = [];
    for (const [index, name] of SAMPLE_UNITS.entries()) {
      const departmentId = plan.department(name);
      await addUser(database.dataSource, `pair-${index}`, 'MEMBER', { departmentId, jurisdictionId: plan.jurisdictionId });
      members.push({ departmentId, token: await login(server, `pair-${index}`) });
    }
    const assignments = await select<{ id: string; departmentId: string }>(
      database.dataSource,
      `SELECT a.id, a.department_id AS "departmentId" FROM assignment a JOIN task t ON t.id = a.task_id WHERE t.document_id = $1`,
      [plan.documentId],
    );
    const report = (assignmentId: string) =>
      `mutation { reportProgress(input: { assignmentId: "${assignmentId}", status: IN_PROGRESS, percent: 50, narrative: "越权填报" }) { report { id } errors { code } } }`;
    const normalize = (response: GqlResponse) =>
      JSON.stringify({
        status: response.status,
        errors: response.body.errors?.map(({ message, extensions }) => ({ message, code: extensions?.code })),
        data: response.body.data,
      });
    // The answer to an id that does not exist, per member: a foreign assignment must get exactly this.
    const absent = await Promise.all(members.map(async (member) => normalize(await gql(server, report(crypto.randomUUID()), {}, member.token))));
    const pairsOf = members.flatMap((member, m) => assignments.filter((a) => a.departmentId !== member.departmentId).map((a) => [m, a.id] as const));
    let pairs = 0;
    const answers = new Set<string>();
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...pairsOf), async ([m, assignmentId]) => {
        pairs += 1;
        const forbidden = await gql(server, report(assignmentId), {}, members[m]!.token);
        expect(forbidden.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
        expect(normalize(forbidden)).toBe(absent[m]);
        answers.add(normalize(forbidden));
      }),
      { numRuns: Math.max(mode.propertyRuns, 1_000), seed: mode.seed },
    );
    const [written] = await select<{ n: number }>(database.dataSource, 'SELECT count(*) AS n FROM progress_report');
    expect(written?.n).toBe(0);
    expect(pairs).toBeGreaterThanOrEqual(1_000);
    figures.add('random (member, foreign assignment) pairs', { pairs, allowed: 0, reportsWritten: written?.n ?? -1, distinctAnswers: answers.size });
    figures.flush();
  });
});
