import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { verifyPassword } from '@lianxi/api/password';
import { type DatabaseConfig, openDatabase, select } from '@lianxi/db';
import { aParsedPolicy, createTestDatabase, importTestPlan, type TestDatabase, testEngines } from '@lianxi/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const main = fileURLToPath(new URL('../main.ts', import.meta.url));

/** Spawns `lianxi <argv>` as a real process (tsx on the sources), with `stdin` piped in. */
function cli(env: Record<string, string>, stdin: string, ...argv: string[]) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn(process.execPath, ['--conditions=@lianxi/source', '--import', 'tsx', main, ...argv], {
      env: { ...process.env, DATA_DIR: '', DATABASE_URL: '', ...env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      resolve({ code, stdout, stderr });
    });
    child.stdin.end(stdin);
  });
}

describe.each(testEngines)('pnpm cli user add on %s', (engine) => {
  let env: Record<string, string>;
  let config: DatabaseConfig;
  let work: string | undefined;
  let server: TestDatabase | undefined;

  beforeAll(async () => {
    if (engine === 'postgres') {
      server = await createTestDatabase('postgres');
      await server.dataSource.destroy();
      env = { DATABASE_URL: server.databaseUrl ?? '' };
      config = { databaseUrl: server.databaseUrl ?? '' };
    } else {
      work = await mkdtemp(join(tmpdir(), 'lianxi-user-'));
      env = { DATA_DIR: work };
      config = { dataDir: work };
    }
    // Two jurisdictions with a 市卫健局 each: the name alone is ambiguous.
    const db = await openDatabase(config);
    for (const jurisdiction of ['用户甲市', '用户乙市']) {
      await importTestPlan(
        db,
        aParsedPolicy({ jurisdiction, tasks: [{ path: '一', text: '完善政策。', units: ['市卫健局', '市民政局'] }] }),
      );
    }
    await db.destroy();
  });

  afterAll(async () => {
    await server?.drop();
    if (work) await rm(work, { recursive: true, force: true, maxRetries: 5 });
  });

  it('adds a member with a password from stdin, hashed so the API verifies it; refuses bad input with exit 1', async () => {
    const added = await cli(
      env,
      'a long password\n',
      'user', 'add', 'weijian', '--role', 'MEMBER', '--department', '市卫健局', '--jurisdiction', '用户甲市', '--password-stdin',
    );
    expect(added.stderr).toBe('');
    expect(added.code).toBe(0);
    expect(added.stdout).toContain('已新增用户 weijian(MEMBER)');
    expect(added.stdout).not.toContain('password:');

    const again = await cli(env, 'a long password\n', 'user', 'add', 'weijian', '--role', 'VIEWER', '--password-stdin');
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('已被占用');

    const ambiguous = await cli(env, '', 'user', 'add', 'mz', '--role', 'MEMBER', '--department', '市卫健局');
    expect(ambiguous.code).toBe(1);
    expect(ambiguous.stderr).toContain('--jurisdiction');

    const noDepartment = await cli(env, '', 'user', 'add', 'nobody', '--role', 'MEMBER');
    expect(noDepartment.code).toBe(1);
    const badRole = await cli(env, '', 'user', 'add', 'boss', '--role', 'KING');
    expect(badRole.code).toBe(2);

    const viewer = await cli(env, '', 'user', 'add', 'leader', '--role', 'VIEWER', '--jurisdiction', '用户乙市');
    expect(viewer.code).toBe(0);
    const generated = /password: (\S+)/.exec(viewer.stdout)?.[1];
    expect(generated).toBeDefined();

    const db = await openDatabase(config);
    try {
      const rows = await select<{ username: string; role: string; hash: string; department: string | null; jurisdiction: string }>(
        db,
        `SELECT u.username, u.role, u.password_hash AS hash, d.name AS department, j.name AS jurisdiction
         FROM app_user u LEFT JOIN department d ON d.id = u.department_id JOIN jurisdiction j ON j.id = u.jurisdiction_id
         ORDER BY u.username`,
      );
      expect(rows.map(({ hash: _, ...row }) => row)).toEqual([
        { username: 'leader', role: 'VIEWER', department: null, jurisdiction: '用户乙市' },
        { username: 'weijian', role: 'MEMBER', department: '市卫健局', jurisdiction: '用户甲市' },
      ]);
      expect(await verifyPassword('a long password', rows[1]?.hash ?? '')).toBe(true);
      expect(await verifyPassword(generated ?? '', rows[0]?.hash ?? '')).toBe(true);
    } finally {
      await db.destroy();
    }
    // Each spawn starts tsx, opens the database and hashes with the production scrypt cost.
  }, 300_000);
});
