import { testEngines } from '@lianxi/db/testing';
import request from 'supertest';
import { describe, expect } from 'vitest';
import { createServer } from '../src/server.js';
import { addUser, apiTest, buildWorld, gql, login, PASSWORD, serverConfig } from './fixtures.js';
import { countStatements } from './shared.js';

interface Body {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}
const body = (response: { body: unknown }) => response.body as Body;
const codeOf = (response: { body: unknown }) => body(response).errors?.[0]?.extensions?.code;

const DEPARTMENT_TASKS = `query($id: ID!, $first: Int) { department(id: $id) { name
  tasks(first: $first) { totalCount nodes { id role light task { path text deadline } latestReport { percent } } } } }`;
const MATRIX = `query($id: ID!) { responsibilityMatrix(documentId: $id) {
  departments { id name } tasks { id path } cells { taskId departmentId role light } violations { code } } }`;
/** What the task list and the matrix view select (the bench's operations): nested fields included. */
const DEPARTMENT_TASK_LIST = `query($id: ID!, $first: Int) { department(id: $id) { id name
  tasks(first: $first) { totalCount nodes { id role
    task { id path heading text deadline document { id title } assignments { id role department { id name } } }
    latestReport { id period status percent narrative reportedAt } } } } }`;
const MATRIX_VIEW = `query($id: ID!) { responsibilityMatrix(documentId: $id) { document { id title }
  departments { id name } tasks { id path heading } cells { taskId departmentId assignmentId role light }
  violations { code message taskId } } }`;
const REPORT = `mutation($input: ReportProgressInput!) { reportProgress(input: $input) {
  report { id percent status supersedesId } errors { code message field } } }`;

describe.each(testEngines)('GraphQL API on %s', (engine) => {
  const test = apiTest.extend({ engine });

  test('login sets an HttpOnly SameSite=Lax cookie; me answers through cookie and Bearer', async ({
    server,
    database,
  }) => {
    await addUser(database.dataSource, 'admin', 'ADMIN');
    const agent = request.agent(server.app);
    const response = await agent.post('/graphql').send({
      query: `mutation { login(input: { username: "admin", password: "${PASSWORD}" }) { token user { role } errors { code } } }`,
    });
    expect(response.headers['set-cookie']?.[0]).toMatch(/^lianxi_session=.+HttpOnly; SameSite=Lax/);
    const me = await agent.post('/graphql').send({ query: '{ me { username role } }' });
    expect(body(me).data).toEqual({ me: { username: 'admin', role: 'ADMIN' } });
    const token = await login(server, 'admin');
    expect(body(await gql(server, '{ me { username } }', {}, token)).data).toEqual({
      me: { username: 'admin' },
    });
    await gql(server, 'mutation { logout { ok } }', {}, token);
    expect(body(await gql(server, '{ me { username } }', {}, token)).data).toEqual({ me: null });
    const stored: { token_hash: string }[] = await database.dataSource.query(
      'SELECT token_hash FROM session',
    );
    expect(stored.every((row) => !row.token_hash.includes(token))).toBe(true);
  });

  test('wrong passwords are rate limited from the database, across server instances', async ({
    server,
    database,
  }) => {
    await addUser(database.dataSource, 'admin', 'ADMIN');
    const other = await createServer(serverConfig(database.dataSource));
    const attempt = (target: typeof server, password: string) =>
      gql(
        target,
        'mutation($p: String!) { login(input: { username: "admin", password: $p }) { token errors { code } } }',
        {
          p: password,
        },
      );
    for (let i = 0; i < 5; i += 1) {
      const response = await attempt(i % 2 === 0 ? server : other, 'wrong');
      expect(body(response).data).toMatchObject({
        login: { token: null, errors: [{ code: 'INVALID_CREDENTIALS' }] },
      });
    }
    expect(body(await attempt(other, PASSWORD)).data).toMatchObject({
      login: { errors: [{ code: 'RATE_LIMITED' }] },
    });
    await other.close();
  });

  test('anonymous reads are UNAUTHENTICATED; a member reads its department tasks', async ({
    server,
    database,
  }) => {
    const world = await buildWorld(database.dataSource, '本溪市', 3);
    const lead = world.departments[0]!;
    expect(codeOf(await gql(server, DEPARTMENT_TASKS, { id: lead.id }))).toBe('UNAUTHENTICATED');
    await addUser(database.dataSource, 'member', 'MEMBER', {
      departmentId: lead.id,
      jurisdictionId: world.jurisdiction.id,
    });
    const token = await login(server, 'member');
    const response = await gql(server, DEPARTMENT_TASKS, { id: lead.id, first: 2 }, token);
    const department = body(response).data?.department as {
      tasks: { totalCount: number; nodes: { light: string }[] };
    };
    expect(department.tasks.totalCount).toBe(3);
    expect(department.tasks.nodes).toHaveLength(2);
    expect(department.tasks.nodes.map((n) => n.light)).toContain('RED');
  });

  test('a whole HTTP request costs 2 statements for department tasks and 2 for the matrix, at 10 and at 200 tasks', async ({
    server,
    database,
  }) => {
    const small = await buildWorld(database.dataSource, '小市', 10);
    const large = await buildWorld(database.dataSource, '大市', 200);
    await addUser(database.dataSource, 'admin', 'ADMIN');
    const token = await login(server, 'admin');
    // Everything the request sends to the database, authentication included.
    const statements = async (query: string, variables: Record<string, unknown>) => {
      const { result, statements } = await countStatements(database.dataSource, () =>
        gql(server, query, variables, token),
      );
      expect(body(result).errors).toBeUndefined();
      return statements.length;
    };
    const lastSeen = async () =>
      (
        await database.dataSource.query<{ lastSeenAt: Date }[]>(
          `SELECT s.last_seen_at AS "lastSeenAt" FROM session s JOIN app_user u ON u.id = s.user_id
           WHERE u.username = 'admin'`,
        )
      )[0]!.lastSeenAt;
    // Authentication: the session joined to its user, touching last_seen_at in the same statement when it
    // is more than a minute old (and only then).
    expect(await statements('{ me { id } }', {})).toBe(1);
    await database.dataSource.query(
      `UPDATE session SET last_seen_at = now() - interval '5 minutes'
       WHERE user_id = (SELECT id FROM app_user WHERE username = 'admin')`,
    );
    const stale = await lastSeen();
    expect(await statements('{ me { id } }', {})).toBe(1);
    const touched = await lastSeen();
    expect(touched.getTime()).toBeGreaterThan(stale.getTime() + 4 * 60_000);
    expect(await statements('{ me { id } }', {})).toBe(1);
    expect((await lastSeen()).getTime()).toBe(touched.getTime());
    // The session; the page with the department's own row (permission), its total, latest reports,
    // documents and units.
    for (const world of [small, large]) {
      expect(await statements(DEPARTMENT_TASK_LIST, { id: world.departments[0]!.id, first: 100 })).toBe(2);
    }
    // Without reading ahead (two `tasks` fields): the department, then each page.
    const twoPages = `query($id: ID!) { department(id: $id) { a: tasks(first: 1) { totalCount } b: tasks(first: 2) { totalCount } } }`;
    expect(await statements(twoPages, { id: small.departments[0]!.id })).toBe(4);
    // The session; the document with its departments' rows, its tasks and its assignments with latest
    // reports, in one statement.
    for (const world of [small, large]) {
      expect(await statements(MATRIX_VIEW, { id: world.document.id })).toBe(2);
    }
  });

  test('what the task list and the matrix prime answers exactly what the loaders read', async ({
    server,
    database,
  }) => {
    const world = await buildWorld(database.dataSource, '预载市', 6);
    // Values of every kind on a department the list shows: aliases, an archive date, a later version.
    await database.dataSource.query(
      `UPDATE department SET aliases = '{卫健委,卫生局}', archived_at = '2025-03-01T08:00:00Z', version = 3
       WHERE id = $1`,
      [world.departments[1]!.id],
    );
    await addUser(database.dataSource, 'admin', 'ADMIN');
    const token = await login(server, 'admin');
    const DEPARTMENT =
      'id name aliases sector { code name } kind archivedAt version jurisdiction { id name }';
    const DOCUMENT =
      'id title docNumber issuer issuedOn status validityNote cites revision importedAt jurisdiction { id }';
    const TASK = `id path heading text deadline recurrence document { ${DOCUMENT} }
      assignments { id role department { ${DEPARTMENT} } }`;
    interface TaskAnswer {
      id: string;
      assignments: { id: string }[];
    }
    const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
    const sorted = (tasks: TaskAnswer[]) =>
      tasks.map((task) => ({ ...task, assignments: [...task.assignments].sort(byId) })).sort(byId);

    // The department's own row from the page statement, and from its loader.
    for (const department of world.departments) {
      const ahead = body(
        await gql(
          server,
          `query($id: ID!) { department(id: $id) { ${DEPARTMENT} tasks(first: 1) { totalCount } } }`,
          { id: department.id },
          token,
        ),
      );
      const alone = body(
        await gql(
          server,
          `query($id: ID!) { department(id: $id) { ${DEPARTMENT} } }`,
          { id: department.id },
          token,
        ),
      );
      expect(ahead.errors).toBeUndefined();
      expect(ahead.data?.department).toEqual({
        ...(alone.data?.department as object),
        tasks: expect.anything() as unknown,
      });
    }

    // Primed from the page statement …
    const list = body(
      await gql(
        server,
        `query($id: ID!) { department(id: $id) { tasks(first: 50) { nodes { task { ${TASK} } } } } }`,
        { id: world.departments[0]!.id },
        token,
      ),
    );
    expect(list.errors).toBeUndefined();
    const listed = (list.data as { department: { tasks: { nodes: { task: TaskAnswer }[] } } }).department
      .tasks.nodes;
    // … and read by the loaders, unprimed.
    const loaded = body(
      await gql(
        server,
        `query($id: ID!) { document(id: $id) { allTasks { ${TASK} } } }`,
        { id: world.document.id },
        token,
      ),
    );
    expect(loaded.errors).toBeUndefined();
    const all = (loaded.data as { document: { allTasks: TaskAnswer[] } }).document.allTasks;
    expect(listed).toHaveLength(6);
    expect(sorted(listed.map((node) => node.task))).toEqual(sorted(all));

    // The matrix primes the document and its departments.
    const matrix = body(
      await gql(
        server,
        `query($id: ID!) { responsibilityMatrix(documentId: $id) { document { ${DOCUMENT} } departments { ${DEPARTMENT} } } }`,
        { id: world.document.id },
        token,
      ),
    );
    expect(matrix.errors).toBeUndefined();
    const answer = (
      matrix.data as { responsibilityMatrix: { document: unknown; departments: { id: string }[] } }
    ).responsibilityMatrix;
    expect(answer.document).toEqual(all[0] && (all[0] as unknown as { document: unknown }).document);
    const departments = all.flatMap((task) =>
      (task.assignments as unknown as { department: { id: string } }[]).map((a) => a.department),
    );
    expect([...answer.departments].sort(byId)).toEqual(
      [...new Map(departments.map((d) => [d.id, d])).values()].sort(byId),
    );
  });

  test('department(id) reads its page of tasks ahead with the same answers, permissions and errors', async ({
    server,
    database,
  }) => {
    const home = await buildWorld(database.dataSource, '本市', 4);
    const away = await buildWorld(database.dataSource, '外市', 4);
    await addUser(database.dataSource, 'admin', 'ADMIN');
    await addUser(database.dataSource, 'member', 'MEMBER', {
      departmentId: home.departments[0]!.id,
      jurisdictionId: home.jurisdiction.id,
    });
    const admin = await login(server, 'admin');
    const member = await login(server, 'member');
    const LIST = 'totalCount nodes { id role light task { path text } latestReport { percent } }';
    const id = home.departments[0]!.id;
    const ask = async (query: string, variables: Record<string, unknown>, token = admin) => {
      const { result, statements } = await countStatements(database.dataSource, () =>
        gql(server, query, variables, token),
      );
      return { ...body(result), statements: statements.length };
    };

    // The same page read ahead (one field), through a fragment, and by the field itself (the first of two).
    const ahead = await ask(`query($id: ID!) { department(id: $id) { name tasks(first: 3) { ${LIST} } } }`, {
      id,
    });
    expect(ahead.errors).toBeUndefined();
    expect(ahead.statements).toBe(2);
    // A member's own department through `me`: read ahead the same way.
    const mine = await ask(`{ me { department { name tasks(first: 3) { ${LIST} } } } }`, {}, member);
    expect(mine.errors).toBeUndefined();
    expect(mine.statements).toBe(2);
    expect((mine.data as { me: unknown }).me).toEqual(ahead.data);
    const mineTwice = await ask(
      `{ me { department { name tasks(first: 3) { ${LIST} } again: tasks(first: 3) { totalCount } } } }`,
      {},
      member,
    );
    expect(mineTwice.statements).toBe(4);
    expect((mineTwice.data as { me: { department: unknown } }).me.department).toMatchObject(
      (ahead.data as { department: Record<string, unknown> }).department,
    );
    const fragment = await ask(
      `query($id: ID!) { department(id: $id) { ...D } } fragment D on Department { name ... on Department { tasks(first: 3) { ${LIST} } } }`,
      { id },
    );
    expect(fragment.statements).toBe(2);
    expect(fragment.data).toEqual(ahead.data);
    const itself = await ask(
      `query($id: ID!) { department(id: $id) { name tasks(first: 3) { ${LIST} } other: tasks(first: 1) { totalCount } } }`,
      { id },
    );
    expect(itself.statements).toBe(4);
    expect((itself.data as { department: Record<string, unknown> }).department).toMatchObject(
      (ahead.data as { department: Record<string, unknown> }).department,
    );
    const conditional = await ask(
      `query($id: ID!, $on: Boolean!) { department(id: $id) { name tasks(first: 3) @include(if: $on) { ${LIST} } } }`,
      { id, on: true },
    );
    expect(conditional.data).toEqual(ahead.data);

    // A department of another jurisdiction: null for a member, as without the page, and nothing of it sent.
    const foreign = await ask(
      `query($id: ID!) { department(id: $id) { name tasks(first: 3) { ${LIST} } } }`,
      { id: away.departments[0]!.id },
      member,
    );
    expect(foreign).toMatchObject({ data: { department: null }, statements: 2 });
    expect(foreign.errors).toBeUndefined();
    const missing = await ask(
      `query($id: ID!) { department(id: $id) { name tasks(first: 3) { totalCount } } }`,
      {
        id: '00000000-0000-4000-8000-000000000000',
      },
    );
    expect(missing).toMatchObject({ data: { department: null } });
    const notAnId = await ask(`query($id: ID!) { department(id: $id) { name tasks { totalCount } } }`, {
      id: 'x',
    });
    const notAnIdAlone = await ask(`query($id: ID!) { department(id: $id) { name } }`, { id: 'x' });
    expect(notAnId.data).toEqual(notAnIdAlone.data);
    expect(notAnId.errors?.map((e) => e.extensions?.code)).toEqual(
      notAnIdAlone.errors?.map((e) => e.extensions?.code),
    );

    // Arguments the page rejects: the error sits on the tasks field, as without reading ahead (the field is
    // non-null, so the department above it is null).
    const badCursor = await ask(
      `query($id: ID!) { department(id: $id) { name tasks(first: 3, after: "nonsense") { totalCount } } }`,
      { id },
    );
    expect(badCursor.data).toEqual({ department: null });
    expect(badCursor.errors?.[0]).toMatchObject({
      path: ['department', 'tasks'],
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });

  test('department tasks page with keyset cursors and filter by role, search, light and overdue', async ({
    server,
    database,
  }) => {
    const world = await buildWorld(database.dataSource, '分页市', 25);
    await addUser(database.dataSource, 'admin', 'ADMIN');
    const token = await login(server, 'admin');
    const query = `query($id: ID!, $first: Int, $after: String, $status: StatusLight, $overdue: Boolean, $search: String) {
      department(id: $id) { tasks(first: $first, after: $after, status: $status, overdue: $overdue, search: $search) {
        totalCount pageInfo { hasNextPage endCursor } nodes { id light task { text } } } } }`;
    interface Page {
      department: {
        tasks: {
          totalCount: number;
          pageInfo: { hasNextPage: boolean; endCursor: string | null };
          nodes: { id: string; light: string; task: { text: string } }[];
        };
      };
    }
    const id = world.departments[0]!.id;
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const response = await gql(server, query, { id, first: 10, after }, token);
      const tasks = (body(response).data as unknown as Page).department.tasks;
      expect(tasks.totalCount).toBe(25);
      seen.push(...tasks.nodes.map((node) => node.id));
      if (!tasks.pageInfo.hasNextPage) break;
      after = tasks.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(25);
    expect(new Set(seen).size).toBe(25);
    const red = (
      body(await gql(server, query, { id, first: 5, status: 'RED' }, token)).data as unknown as Page
    ).department.tasks;
    expect(red.totalCount).toBe(12); // every second task's deadline is in 2020
    expect(red.nodes.every((node) => node.light === 'RED')).toBe(true);
    const overdue = (body(await gql(server, query, { id, overdue: true }, token)).data as unknown as Page)
      .department.tasks;
    expect(overdue.totalCount).toBe(12);
    const found = (body(await gql(server, query, { id, search: '第13项' }, token)).data as unknown as Page)
      .department.tasks;
    expect(found.nodes.map((node) => node.task.text)).toEqual(['第13项任务:完善托育服务体系']);
    expect(codeOf(await gql(server, query, { id, after: 'not-a-cursor' }, token))).toBe('BAD_USER_INPUT');
    expect(codeOf(await gql(server, query, { id, first: 101 }, token))).toBe('BAD_USER_INPUT');

    const search = `query($after: String) { searchTasks(text: "托育服务", first: 10, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } nodes { id } } }`;
    const one = body(await gql(server, search, {}, token)).data as {
      searchTasks: { totalCount: number; pageInfo: { endCursor: string }; nodes: { id: string }[] };
    };
    expect(one.searchTasks.totalCount).toBe(25);
    const two = body(await gql(server, search, { after: one.searchTasks.pageInfo.endCursor }, token))
      .data as {
      searchTasks: { nodes: { id: string }[] };
    };
    expect(two.searchTasks.nodes).toHaveLength(10);
    expect(two.searchTasks.nodes.some((node) => one.searchTasks.nodes.some((n) => n.id === node.id))).toBe(
      false,
    );
  });

  test('reportProgress: own department only, CONFLICT when someone reported in between, idempotent replays', async ({
    server,
    database,
  }) => {
    const world = await buildWorld(database.dataSource, '红旗区', 1);
    const [lead, support] = world.departments as [
      (typeof world.departments)[0] & object,
      (typeof world.departments)[0] & object,
    ];
    const own = world.assignments.find((a) => a.departmentId === lead.id)!;
    const foreign = world.assignments.find((a) => a.departmentId === support.id)!;
    await addUser(database.dataSource, 'member', 'MEMBER', {
      departmentId: lead.id,
      jurisdictionId: world.jurisdiction.id,
    });
    await addUser(database.dataSource, 'viewer', 'VIEWER', { jurisdictionId: world.jurisdiction.id });
    const member = await login(server, 'member');
    const input = {
      assignmentId: own.id,
      status: 'IN_PROGRESS',
      percent: 40,
      narrative: '已开展调研',
      idempotencyKey: 'k-1',
    };

    expect(codeOf(await gql(server, REPORT, { input }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await gql(server, REPORT, { input }, await login(server, 'viewer')))).toBe('FORBIDDEN');
    const missing = await gql(
      server,
      REPORT,
      { input: { ...input, assignmentId: '00000000-0000-4000-8000-000000000000' } },
      member,
    );
    const forbidden = await gql(server, REPORT, { input: { ...input, assignmentId: foreign.id } }, member);
    expect(codeOf(forbidden)).toBe('NOT_FOUND');
    expect(body(forbidden).errors?.[0]?.message).toBe(body(missing).errors?.[0]?.message);

    const first = body(await gql(server, REPORT, { input }, member)).data?.reportProgress as {
      report: { id: string };
    };
    const replay = body(await gql(server, REPORT, { input }, member)).data?.reportProgress as {
      report: { id: string };
    };
    expect(replay.report.id).toBe(first.report.id);
    const rows: { n: number }[] = await database.dataSource.query(
      'SELECT count(*)::int AS n FROM progress_report',
    );
    expect(rows[0]?.n).toBe(1);

    const stale = { ...input, idempotencyKey: 'k-2', expectedLatestReportId: null, percent: 60 };
    expect(codeOf(await gql(server, REPORT, { input: stale }, member))).toBe('CONFLICT');
    const fresh = await gql(
      server,
      REPORT,
      { input: { ...stale, expectedLatestReportId: first.report.id } },
      member,
    );
    expect(body(fresh).data?.reportProgress).toMatchObject({
      report: { percent: 60, supersedesId: first.report.id },
    });

    const invalid = await gql(
      server,
      REPORT,
      { input: { ...input, idempotencyKey: null, status: 'COMPLETED', percent: 50 } },
      member,
    );
    expect(body(invalid).data?.reportProgress).toMatchObject({
      report: null,
      errors: [{ code: 'INVALID_INPUT' }],
    });

    const audit: { action: string }[] = await database.dataSource.query(
      `SELECT action FROM audit_event WHERE action = 'progress.report'`,
    );
    expect(audit).toHaveLength(2);
  });

  test('department edits: admin only, expectedVersion guards, rename keeps the old name as alias', async ({
    server,
    database,
  }) => {
    const world = await buildWorld(database.dataSource, '永安市', 1);
    const department = world.departments[0]!;
    await addUser(database.dataSource, 'admin', 'ADMIN');
    await addUser(database.dataSource, 'member', 'MEMBER', {
      departmentId: department.id,
      jurisdictionId: world.jurisdiction.id,
    });
    const rename = `mutation($input: RenameDepartmentInput!) { renameDepartment(input: $input) {
      department { name aliases version } errors { code field } } }`;
    const input = { departmentId: department.id, name: '永安市卫生健康局', expectedVersion: 1 };
    expect(codeOf(await gql(server, rename, { input }))).toBe('UNAUTHENTICATED');
    expect(codeOf(await gql(server, rename, { input }, await login(server, 'member')))).toBe('FORBIDDEN');
    const admin = await login(server, 'admin');
    expect(body(await gql(server, rename, { input }, admin)).data).toEqual({
      renameDepartment: {
        department: { name: '永安市卫生健康局', aliases: ['永安市卫生健康委'], version: 2 },
        errors: [],
      },
    });
    expect(codeOf(await gql(server, rename, { input }, admin))).toBe('CONFLICT');
    const events = await gql(
      server,
      '{ auditEvents(filter: { action: "department.rename" }) { totalCount nodes { before after actor { username } } } }',
      {},
      admin,
    );
    expect(body(events).data).toMatchObject({
      auditEvents: { totalCount: 1, nodes: [{ actor: { username: 'admin' } }] },
    });
  });

  test('the matrix of a document has cells with roles and lights', async ({ server, database }) => {
    const world = await buildWorld(database.dataSource, '山西省', 2);
    await addUser(database.dataSource, 'viewer', 'VIEWER', { jurisdictionId: world.jurisdiction.id });
    const response = await gql(server, MATRIX, { id: world.document.id }, await login(server, 'viewer'));
    const matrix = body(response).data?.responsibilityMatrix as {
      cells: { role: string }[];
      tasks: unknown[];
    };
    expect(matrix.tasks).toHaveLength(2);
    expect(matrix.cells.map((c) => c.role).sort()).toEqual(['LEAD', 'LEAD', 'SUPPORT', 'SUPPORT']);
  });
});

describe('HTTP surface', () => {
  apiTest('the playground is served for a browser GET with no external URLs', async ({ server }) => {
    const response = await request(server.app).get('/graphql').set('accept', 'text/html');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/text\/html/);
    expect(response.text).not.toMatch(/https?:\/\//);
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    const script = /src="(\/playground\/assets\/[^"]+\.js)"/.exec(response.text)?.[1];
    expect(script).toBeDefined();
    expect((await request(server.app).get(script!)).status).toBe(200);
  });

  apiTest(
    'in production every expected failure keeps its code and Chinese message, hints are dropped',
    async ({ database }) => {
      const server = await createServer(
        serverConfig(database.dataSource, { production: true, introspection: false }),
      );
      await addUser(database.dataSource, 'prod-viewer', 'VIEWER');
      await addUser(database.dataSource, 'prod-admin', 'ADMIN');
      const viewer = await login(server, 'prod-viewer');
      const admin = await login(server, 'prod-admin');
      const alias =
        'mutation($input: AddDepartmentAliasInput!) { addDepartmentAlias(input: $input) { __typename } }';
      const input = { departmentId: '', alias: '别称', expectedVersion: 1 };
      // A resolver that throws (the guard; a malformed id PostgreSQL refuses): the mapped answer, never a 500.
      for (const [token, code] of [
        [viewer, 'FORBIDDEN'],
        [admin, 'NOT_FOUND'],
        [undefined, 'UNAUTHENTICATED'],
      ] as const) {
        const response = await gql(server, alias, { input }, token);
        expect(response.status, code).toBe(200);
        expect(codeOf(response)).toBe(code);
        expect(body(response).errors?.[0]?.message).toMatch(/[\u4e00-\u9fff]/);
        expect(response.text).not.toMatch(/stacktrace|at .*\.ts:/);
      }
      const typo = await gql(server, '{ departmnts { id } }', {}, admin);
      expect(codeOf(typo)).toBe('GRAPHQL_VALIDATION_FAILED');
      expect(typo.text).not.toMatch(/did you mean/i);
      await server.close();
    },
  );

  apiTest('introspection can be switched off', async ({ database }) => {
    const on = await createServer(serverConfig(database.dataSource));
    const off = await createServer(serverConfig(database.dataSource, { introspection: false }));
    const query = '{ __schema { queryType { name } } }';
    expect(body(await gql(on, query)).data).toEqual({ __schema: { queryType: { name: 'Query' } } });
    expect(codeOf(await gql(off, query))).toBe('GRAPHQL_VALIDATION_FAILED');
    await on.close();
    await off.close();
  });

  apiTest(
    'in production an expected error keeps its code and HTTP 200, compiled or interpreted alike',
    async ({ database }) => {
      const world = await buildWorld(database.dataSource, '生产市', 1);
      const answers = [];
      for (const executor of ['graphql-jit', 'graphql-js'] as const) {
        const server = await createServer(serverConfig(database.dataSource, { production: true, executor }));
        const response = await gql(server, DEPARTMENT_TASKS, { id: world.departments[0]!.id });
        expect(response.status).toBe(200);
        expect(codeOf(response)).toBe('UNAUTHENTICATED');
        answers.push(response.body);
        await server.close();
      }
      expect(answers[0]).toEqual(answers[1]);
      expect(answers[0]).toMatchObject({ data: { department: null } });
    },
  );

  apiTest('limit rejections come in Chinese with a stable code each', async ({ database }) => {
    const server = await createServer(
      serverConfig(database.dataSource, {
        limits: { maxDepth: 4, maxAliases: 3, maxTokens: 60, maxCost: 50 },
      }),
    );
    const rejected = async (query: string) => {
      const error = body(await gql(server, query)).errors?.[0];
      expect(error?.message).toMatch(/[\u4e00-\u9fff]/);
      expect(error?.message).not.toMatch(/limit|exceeded|tokens/i);
      return [error?.extensions?.code, error?.message];
    };
    expect(await rejected('{ me { department { jurisdiction { parent { name } } } } }')).toEqual([
      'QUERY_TOO_DEEP',
      '查询嵌套过深:最多 4 层,本查询 5 层,请拆分查询',
    ]);
    expect((await rejected('{ a: health b: health c: health d: health }'))[0]).toBe('TOO_MANY_ALIASES');
    expect(
      (await rejected(`{ ${Array.from({ length: 40 }, (_, i) => `f${i}: health`).join(' ')} }`))[0],
    ).toBe('TOO_MANY_TOKENS');
    const cheap = await createServer(serverConfig(database.dataSource, { limits: { maxCost: 5 } }));
    const expensive = body(await gql(cheap, '{ documents { title allTasks { path text } } }')).errors?.[0];
    expect(expensive?.extensions?.code).toBe('QUERY_TOO_EXPENSIVE');
    expect(expensive?.message).toMatch(/^查询代价过高:上限 5/);
    await cheap.close();
    expect(body(await gql(server, '{ a: health b: health c: health }')).data).toEqual({
      a: true,
      b: true,
      c: true,
    });
    await server.close();
  });

  apiTest('CSRF prevention rejects a simple GET without a preflight header', async ({ server }) => {
    const response = await request(server.app)
      .get('/graphql?query=%7Bhealth%7D')
      .set('accept', 'application/json');
    expect(response.status).toBe(400);
    const ok = await request(server.app)
      .get('/graphql?query=%7Bhealth%7D')
      .set('accept', 'application/json')
      .set('apollo-require-preflight', 'true');
    expect(ok.body).toEqual({ data: { health: true } });
  });

  apiTest('a body over the limit is refused as JSON', async ({ server }) => {
    const response = await request(server.app)
      .post('/graphql')
      .set('content-type', 'application/json')
      .send(JSON.stringify({ query: `{ health } #${'x'.repeat(2_000_000)}` }));
    expect(response.status).toBe(413);
    expect(response.body).toMatchObject({ errors: [{ extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
  });

  apiTest('the committed schema.graphql matches the module files', async () => {
    const { readFileSync } = await import('node:fs');
    const { mergedSchemaPath, mergeSchemaModules } = await import('../scripts/merge-schema.js');
    expect(readFileSync(mergedSchemaPath, 'utf8')).toBe(mergeSchemaModules());
  });
});
