import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../testing/test-database.js';
import { PGliteThread } from './pglite-thread.js';

const PACKAGE_DIR = fileURLToPath(new URL('../../', import.meta.url));

describe('PGliteThread in memory', () => {
  let db: PGliteThread;
  beforeAll(async () => {
    db = await PGliteThread.open({ dataDir: 'memory://' });
  });
  afterAll(async () => {
    await db.close();
  });

  it('runs a statement on its own thread: the caller’s event loop turns while PostgreSQL works', async () => {
    let settled = false;
    const running = db.query('SELECT pg_sleep(0.5)').then(() => {
      settled = true;
    });
    // On the calling thread, PGlite's WebAssembly would finish the whole statement before this callback.
    await new Promise((resolve) => setImmediate(resolve));
    expect(settled).toBe(false);
    await running;
    expect(settled).toBe(true);
  });

  it('keeps the values the parsers make: numbers for bigint and numeric, the date as text, Dates, jsonb', async () => {
    const { rows } = await db.query(
      `SELECT 12::int8 AS n, 1.5::numeric AS x, DATE '2025-03-01' AS d, TIMESTAMPTZ '2025-03-01 08:00Z' AS t, $1::jsonb AS j`,
      [JSON.stringify({ a: [1, '二'] })],
    );
    expect(rows).toEqual([
      { n: 12, x: 1.5, d: '2025-03-01', t: new Date('2025-03-01T08:00:00Z'), j: { a: [1, '二'] } },
    ]);
  });

  it('rejects with PostgreSQL’s SQLSTATE and fields, as pg does', async () => {
    await db.exec(`CREATE TABLE unit (id int CONSTRAINT pk_unit PRIMARY KEY, name text NOT NULL)`);
    await db.query('INSERT INTO unit VALUES ($1, $2)', [1, '市民政局']);
    await expect(db.query('INSERT INTO unit VALUES ($1, $2)', [1, '市财政局'])).rejects.toMatchObject({
      code: '23505',
      constraint: 'pk_unit',
      table: 'unit',
      detail: 'Key (id)=(1) already exists.',
      message: 'duplicate key value violates unique constraint "pk_unit"',
    });
    await expect(db.query('SELECT $1::uuid', ['not-a-uuid'])).rejects.toMatchObject({ code: '22P02' });
    await expect(db.query('SELECT $1::text', ['a\u0000b'])).rejects.toMatchObject({ code: '22021' });
    // The session is usable after an error.
    expect((await db.query('SELECT count(*) AS n FROM unit')).rows).toEqual([{ n: 1 }]);
  });

  it('copies from and to /dev/blob', async () => {
    await db.exec('CREATE TABLE copied (id int, name text)');
    const copied = await db.query(`COPY copied FROM '/dev/blob'`, [], {
      blob: new Blob(['1\t民政\n2\t财政\n']),
    });
    expect(copied.affectedRows).toBe(2);
    const out = await db.query(`COPY (SELECT * FROM copied ORDER BY id) TO '/dev/blob'`);
    expect(await out.blob?.text()).toBe('1\t民政\n2\t财政\n');
  });

  it('answers the last statement of a multi-statement exec', async () => {
    const result = await db.exec(
      'CREATE TEMP TABLE t (x int); INSERT INTO t VALUES (1), (2); SELECT sum(x)::int AS s FROM t',
    );
    expect(result.rows).toEqual([{ s: 3 }]);
  });
});

describe('PGliteThread on disk', () => {
  let directory: string;
  beforeAll(() => {
    directory = mkdtempSync(join(tmpdir(), 'lianxi-pglite-thread-'));
  });
  afterAll(() => {
    rmSync(directory, { recursive: true, force: true });
  });

  it('syncs the WAL of every statement that wrote before answering, and keeps the rows across a reopen', async () => {
    const dataDir = join(directory, 'durable');
    const db = await PGliteThread.open({ dataDir });
    await db.exec('CREATE TABLE report (id int PRIMARY KEY, note text)');
    const before = await db.syncStats();
    for (let id = 1; id <= 5; id += 1)
      await db.query('INSERT INTO report VALUES ($1, $2)', [id, `第${String(id)}次`]);
    const afterInserts = await db.syncStats();
    expect(afterInserts.walSyncs - before.walSyncs).toBeGreaterThanOrEqual(5);
    await db.query('SELECT * FROM report');
    expect((await db.syncStats()).walSyncs).toBe(afterInserts.walSyncs);
    await db.exec('CHECKPOINT');
    const afterCheckpoint = await db.syncStats();
    expect(afterCheckpoint.fileSyncs).toBeGreaterThan(afterInserts.fileSyncs);
    await db.close();
    await expect(db.query('SELECT 1')).rejects.toThrow(/closed/);

    const reopened = await PGliteThread.open({ dataDir });
    expect((await reopened.query('SELECT count(*) AS n FROM report')).rows).toEqual([{ n: 5 }]);
    await reopened.close();
  });

  it('does not sync with durable: false', async () => {
    const db = await PGliteThread.open({ dataDir: join(directory, 'relaxed'), durable: false });
    await db.exec('CREATE TABLE t (x int); INSERT INTO t VALUES (1)');
    expect(await db.syncStats()).toEqual({ walSyncs: 0, fileSyncs: 0, directorySyncs: 0 });
    await db.close();
  });
});

describe('through a TypeORM data source', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase('pglite');
  });
  afterAll(async () => {
    await database.drop();
  });

  it('wraps the worker’s error in QueryFailedError with the driver error’s code and constraint', async () => {
    const db = database.dataSource;
    const [jurisdiction] = await db.query<{ id: string }[]>(
      `INSERT INTO jurisdiction (name, level) VALUES ('测试市', 'CITY') RETURNING id`,
    );
    const insert = () =>
      db.query(`INSERT INTO department (jurisdiction_id, name, kind) VALUES ($1, '市民政局', 'DEPARTMENT')`, [
        jurisdiction?.id,
      ]);
    await insert();
    await expect(insert()).rejects.toMatchObject({
      name: 'QueryFailedError',
      driverError: { code: '23505', constraint: 'uq_department_jurisdiction_name' },
    });
  });
});

it('does not keep the process alive when a data source is never destroyed', () => {
  const script = `
    import { openDatabase } from './src/index.ts';
    const db = await openDatabase({ dataDir: 'memory://' });
    await db.query('SELECT 1');
    process.stdout.write('queried');
  `;
  const child = spawnSync(
    process.execPath,
    ['--import', 'tsx', '--conditions=@lianxi/source', '--input-type=module', '-e', script],
    // The timeout is a hang guard: the process must end by itself, long before it.
    { cwd: PACKAGE_DIR, encoding: 'utf8', timeout: 110_000 },
  );
  expect(child.stdout).toBe('queried');
  expect(child.signal).toBeNull();
  expect(child.status).toBe(0);
});
