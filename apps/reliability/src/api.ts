import type { Id, UserRole } from '@lianxi/domain';
import { select } from '@lianxi/db';
import { aParsedPolicy, importTestPlan, type TestPlan } from '@lianxi/db/testing';
import request from 'supertest';
import type { DataSource } from 'typeorm';
// The API package exports only its listening entry point; the suite builds servers the way its own tests do.
import { hashPassword } from '../../api/src/auth/password.js';
import { createServer, type ApiServer, type ServerConfig } from '../../api/src/server.js';

export type { ApiServer, ServerConfig };
export { createServer };

/** Test users hash with a small scrypt cost; the production cost is asserted separately (auth.test.ts). */
export const TEST_SCRYPT = { log2N: 10, r: 8, p: 1 };
export const PASSWORD = 'correct horse battery';

export function serverConfig(db: DataSource, overrides: Partial<ServerConfig> = {}): ServerConfig {
  return {
    db,
    production: true,
    introspection: false,
    trustProxy: 0,
    bodyLimit: '1mb',
    auth: { idleMinutes: 60, absoluteHours: 24, maxFailures: 5, windowMinutes: 15, scrypt: TEST_SCRYPT },
    log: () => undefined,
    ...overrides,
  };
}

export interface GqlBody {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: Record<string, unknown> & { code?: string } }[];
}

export interface GqlResponse {
  status: number;
  body: GqlBody;
  text: string;
  headers: Record<string, string | string[] | undefined>;
}

/** POSTs one operation in-process (no port); `token` logs in as a Bearer. */
export async function gql(
  server: ApiServer,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<GqlResponse> {
  const call = request(server.app).post('/graphql').set('content-type', 'application/json');
  if (token) call.set('authorization', `Bearer ${token}`);
  const response = await call.send({ query, variables });
  return {
    status: response.status,
    body: response.body as GqlBody,
    text: response.text,
    headers: response.headers,
  };
}

export const codeOf = (response: { body: GqlBody }): string | undefined => response.body.errors?.[0]?.extensions?.code;

export async function addUser(
  db: DataSource,
  username: string,
  role: UserRole,
  scope: { departmentId?: Id | null; jurisdictionId?: Id | null } = {},
  cost = TEST_SCRYPT,
): Promise<Id> {
  const [row] = await select<{ id: Id }>(
    db,
    `INSERT INTO app_user (username, display_name, password_hash, role, department_id, jurisdiction_id)
     VALUES ($1, $1, $2, $3, $4, $5) RETURNING id`,
    [username, await hashPassword(PASSWORD, cost), role, scope.departmentId ?? null, scope.jurisdictionId ?? null],
  );
  if (!row) throw new Error('addUser: no row');
  return row.id;
}

const LOGIN = `mutation($u: String!, $p: String!) { login(input: { username: $u, password: $p }) { token errors { code message } } }`;

export async function login(server: ApiServer, username: string, password = PASSWORD): Promise<string> {
  const response = await gql(server, LOGIN, { u: username, p: password });
  const token = (response.body.data?.login as { token?: string } | undefined)?.token;
  if (!token) throw new Error(`login failed: ${response.text}`);
  return token;
}

export const LEAD = '市卫生健康委';
export const OTHER = '市民政局';

/**
 * A plan in one city with two departments on every task: 市卫生健康委 leads, 市民政局 supports; users of every
 * role (admin, viewer of the city, a member of each department), all with PASSWORD.
 */
export interface World {
  plan: TestPlan;
  jurisdictionId: Id;
  departmentA: Id;
  departmentB: Id;
  /** Assignments of department A and of department B, one per task, same order. */
  assignmentsA: Id[];
  assignmentsB: Id[];
  users: { admin: Id; viewer: Id; memberA: Id; memberB: Id };
}

export async function buildWorld(db: DataSource, tasks = 3, prefix = 'w'): Promise<World> {
  const paths = Array.from({ length: tasks }, (_, index) => `一/${index + 1}`);
  const plan = await importTestPlan(
    db,
    aParsedPolicy({
      title: `${prefix}市托育服务实施方案`,
      docNumber: `${prefix}政发〔2024〕1号`,
      tasks: paths.map((path, index) => ({ path, text: `第${index + 1}项：完善托育服务体系。`, units: [LEAD, OTHER] })),
    }),
  );
  const departmentA = plan.department(LEAD);
  const departmentB = plan.department(OTHER);
  const jurisdictionId = plan.jurisdictionId;
  const users = {
    admin: await addUser(db, `${prefix}-admin`, 'ADMIN'),
    viewer: await addUser(db, `${prefix}-viewer`, 'VIEWER', { jurisdictionId }),
    memberA: await addUser(db, `${prefix}-member-a`, 'MEMBER', { departmentId: departmentA, jurisdictionId }),
    memberB: await addUser(db, `${prefix}-member-b`, 'MEMBER', { departmentId: departmentB, jurisdictionId }),
  };
  return {
    plan,
    jurisdictionId,
    departmentA,
    departmentB,
    assignmentsA: paths.map((path) => plan.assignment(path, LEAD)),
    assignmentsB: paths.map((path) => plan.assignment(path, OTHER)),
    users,
  };
}

/** Listens on a free loopback port: for concurrent clients (supertest starts a server per request). */
export async function listen(server: ApiServer): Promise<{ url: string; close(): Promise<void> }> {
  const { createServer: createHttpServer } = await import('node:http');
  const http = createHttpServer(server.app);
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const address = http.address();
  if (address === null || typeof address === 'string') throw new Error('listen: no port');
  return {
    url: `http://127.0.0.1:${address.port}/graphql`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        http.closeAllConnections();
        http.close((error) => {
          if (error) reject(error);
          else resolve();
        });
      }),
  };
}

/** POSTs one operation over real HTTP. */
export async function post(url: string, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<GqlResponse> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  let body: GqlBody;
  try {
    body = JSON.parse(text) as GqlBody;
  } catch {
    body = {};
  }
  return { status: response.status, body, text, headers: Object.fromEntries(response.headers) };
}
