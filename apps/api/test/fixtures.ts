import type { Assignment, Department, Jurisdiction, PolicyDocument, Task, UserRole } from '@lianxi/domain';
import { createTestDatabase, type TestDatabase } from '@lianxi/db/testing';
import type { Engine } from '@lianxi/db';
import request from 'supertest';
import { test as base } from 'vitest';
import { hashPassword } from '../src/auth/password.js';
import { createServer, type ApiServer, type ServerConfig } from '../src/server.js';

/** Test users hash with a small scrypt cost: the production cost (2^17) is for real passwords. */
export const TEST_SCRYPT = { log2N: 10, r: 8, p: 1 };
export const PASSWORD = 'correct horse battery';

export function serverConfig(
  db: TestDatabase['dataSource'],
  overrides: Partial<ServerConfig> = {},
): ServerConfig {
  return {
    db,
    production: false,
    introspection: true,
    trustProxy: 0,
    bodyLimit: '1mb',
    auth: { idleMinutes: 60, absoluteHours: 24, maxFailures: 5, windowMinutes: 15, scrypt: TEST_SCRYPT },
    log: () => undefined,
    ...overrides,
  };
}

export interface World {
  jurisdiction: Jurisdiction;
  departments: Department[];
  document: PolicyDocument;
  tasks: Task[];
  assignments: Assignment[];
}

/** Builds jurisdiction → departments → document → tasks → assignments (each task: a LEAD and a SUPPORT). */
export async function buildWorld(
  db: TestDatabase['dataSource'],
  name: string,
  taskCount: number,
): Promise<World> {
  const jurisdiction = await db
    .getRepository<Jurisdiction>('jurisdiction')
    .save({ name, level: 'CITY', parentId: null });
  const departments = await db.getRepository<Department>('department').save(
    ['卫生健康委', '民政局', '消防救援支队'].map((unit, i) => ({
      jurisdictionId: jurisdiction.id,
      name: `${name}${unit}`,
      aliases: [],
      sector: ['HEALTH', 'CIVIL_AFFAIRS', 'FIRE_RESCUE'][i] ?? null,
      kind: 'DEPARTMENT' as const,
      archivedAt: null,
    })),
  );
  const document = await db.getRepository<PolicyDocument & { documentKey: string }>('policy_document').save({
    jurisdictionId: jurisdiction.id,
    documentKey: `标题:${name}实施方案`,
    title: `${name}实施方案`,
    docNumber: null,
    issuer: null,
    issuedOn: '2024-01-01',
    status: 'EFFECTIVE',
    validityNote: null,
    cites: [],
    revision: 1,
    contentHash: name,
    sourceText: '…',
  });
  const tasks = await db.getRepository<Task & { pathKey: string; sortOrder: number }>('task').save(
    Array.from({ length: taskCount }, (_, i) => ({
      documentId: document.id,
      path: ['一', String(i + 1)],
      pathKey: `一/${i + 1}`,
      heading: null,
      text: `第${i + 1}项任务:完善托育服务体系`,
      deadline: i % 2 === 0 ? '2099-12-31' : '2020-12-31',
      recurrence: null,
      resolutionId: null,
      sortOrder: i,
    })),
  );
  const [lead, support] = departments as unknown as [Department, Department, Department];
  const assignments = await db.getRepository<Assignment>('assignment').save(
    tasks.flatMap((task) => [
      { taskId: task.id, departmentId: lead.id, role: 'LEAD' as const },
      { taskId: task.id, departmentId: support.id, role: 'SUPPORT' as const },
    ]),
  );
  return { jurisdiction, departments, document, tasks, assignments };
}

export async function addUser(
  db: TestDatabase['dataSource'],
  username: string,
  role: UserRole,
  scope: { departmentId?: string | null; jurisdictionId?: string | null } = {},
) {
  const saved = await db.getRepository('app_user').save({
    username,
    displayName: username,
    role,
    departmentId: scope.departmentId ?? null,
    jurisdictionId: scope.jurisdictionId ?? null,
    passwordHash: await hashPassword(PASSWORD, TEST_SCRYPT),
  });
  return saved as typeof saved & { id: string };
}

/** POSTs one operation; `token` logs in as a Bearer. */
export function gql(
  server: ApiServer,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
) {
  const call = request(server.app).post('/graphql').set('content-type', 'application/json');
  if (token) call.set('authorization', `Bearer ${token}`);
  return call.send({ query, variables });
}

export async function login(server: ApiServer, username: string): Promise<string> {
  const response = await gql(
    server,
    'mutation($u: String!, $p: String!) { login(input: { username: $u, password: $p }) { token errors { code } } }',
    { u: username, p: PASSWORD },
  );
  const token = (response.body as { data?: { login?: { token?: string } } }).data?.login?.token;
  if (!token) throw new Error(`login failed: ${JSON.stringify(response.body)}`);
  return token;
}

interface Fixtures {
  engine: Engine;
  database: TestDatabase;
  server: ApiServer;
}

/** A fresh database and server per test, on the engine the suite chooses. */
export const apiTest = base.extend<Fixtures>({
  engine: 'pglite',
  database: async ({ engine }, use) => {
    const database = await createTestDatabase(engine);
    await use(database);
    await database.drop();
  },
  server: async ({ database }, use) => {
    const server = await createServer(serverConfig(database.dataSource));
    await use(server);
    await server.close();
  },
});
