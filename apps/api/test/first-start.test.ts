import { fileURLToPath } from 'node:url';
import { select } from '@lianxi/db';
import { createTestDatabase, testEngines } from '@lianxi/db/testing';
import { describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, firstStart } from '../src/bootstrap/first-start.js';
import { verifyPassword } from '../src/auth/password.js';
import { createServer } from '../src/server.js';
import { gql, serverConfig, TEST_SCRYPT } from './fixtures.js';

const seedsDir = fileURLToPath(new URL('../../../data/seeds/', import.meta.url));

describe.each(testEngines)('first start on %s', (engine) => {
  it('imports the five seeds, creates the admin and the demo, and changes nothing on the second start', async () => {
    const database = await createTestDatabase(engine);
    const db = database.dataSource;
    try {
      const first = await firstStart(db, { seedsDir, seedDemo: true, scrypt: TEST_SCRYPT });
      expect(first.initialised).toBe(true);
      expect(first.imported).toHaveLength(5);
      expect(first.imported.every((plan) => plan.outcome === 'CREATED' && plan.tasks > 0)).toBe(true);
      expect(first.generatedAdminPassword).toMatch(/^[\w-]{16}$/);
      const [admin] = await select<{ passwordHash: string; role: string }>(
        db,
        `SELECT password_hash AS "passwordHash", role FROM app_user WHERE username = 'admin'`,
      );
      expect(admin?.role).toBe('ADMIN');
      expect(await verifyPassword(first.generatedAdminPassword ?? '', admin?.passwordHash ?? '')).toBe(true);
      expect(first.demoLogins.map((login) => [login.username, login.role])).toEqual([
        ['demo-lead', 'MEMBER'],
        ['demo-support', 'MEMBER'],
        ['demo-viewer', 'VIEWER'],
      ]);
      expect(first.demoLogins[0]?.scope).toBe('本溪市 市卫生健康委');
      expect(first.demoLogins[2]?.scope).toBe('本溪市');

      const counts = async () =>
        (
          await select<{ documents: number; users: number; reports: number; departments: number }>(
            db,
            `SELECT (SELECT count(*)::int FROM policy_document) AS documents,
                    (SELECT count(*)::int FROM app_user) AS users,
                    (SELECT count(*)::int FROM progress_report) AS reports,
                    (SELECT count(*)::int FROM department) AS departments`,
          )
        )[0];
      const after = await counts();
      expect(after).toMatchObject({ documents: 5, users: 4, reports: 4 });

      // The demo member logs in with the published password and sees lights that differ.
      const server = await createServer(serverConfig(db));
      const login = await gql(
        server,
        'mutation($p: String!) { login(input: { username: "demo-lead", password: $p }) { token } }',
        { p: DEMO_PASSWORD },
      );
      const token = (login.body as { data: { login: { token: string } } }).data.login.token;
      const me = await gql(
        server,
        '{ me { department { name tasks(first: 50) { totalCount nodes { light latestReport { status } } } } } }',
        {},
        token,
      );
      const department = (
        me.body as {
          data: {
            me: { department: { name: string; tasks: { totalCount: number; nodes: { light: string }[] } } };
          };
        }
      ).data.me.department;
      expect(department.name).toBe('市卫生健康委');
      expect(department.tasks.totalCount).toBeGreaterThan(3);
      expect(new Set(department.tasks.nodes.map((node) => node.light)).size).toBeGreaterThan(1);
      await server.close();

      const second = await firstStart(db, { seedsDir, seedDemo: true, scrypt: TEST_SCRYPT });
      expect(second).toMatchObject({ initialised: false, generatedAdminPassword: null, imported: [] });
      expect(second.demoLogins).toHaveLength(3);
      expect(await counts()).toEqual(after);
    } finally {
      await database.drop();
    }
  });

  it('SEED_DEMO=false creates only the admin, with the given password', async () => {
    const database = await createTestDatabase(engine);
    try {
      const report = await firstStart(database.dataSource, {
        seedsDir,
        seedDemo: false,
        adminPassword: 'a-long-admin-password',
        scrypt: TEST_SCRYPT,
      });
      expect(report).toMatchObject({
        initialised: true,
        generatedAdminPassword: null,
        imported: [],
        demoLogins: [],
      });
      const rows = await select<{ username: string }>(database.dataSource, 'SELECT username FROM app_user');
      expect(rows).toEqual([{ username: 'admin' }]);
      expect(await select(database.dataSource, 'SELECT 1 FROM policy_document')).toEqual([]);
    } finally {
      await database.drop();
    }
  });
});
