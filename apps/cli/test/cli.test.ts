import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '@lianxi/db';
import { createTestDatabase, type TestDatabase, testEngines } from '@lianxi/db/testing';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { SEEDS_DIR } from '../src/env.js';
import { run } from '../src/main.js';

/** Runs `lianxi <argv>` in this process and captures what it prints. */
async function cli(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const out = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    stdout += String(chunk);
    return true;
  });
  const err = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    stderr += String(chunk);
    return true;
  });
  try {
    const code = await run(argv);
    return { code, stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}

function restore(key: 'DATA_DIR' | 'DATABASE_URL', value: string | undefined): void {
  if (value !== undefined) process.env[key] = value;
  else if (key === 'DATA_DIR') delete process.env.DATA_DIR;
  else delete process.env.DATABASE_URL;
}

const benxi = join(SEEDS_DIR, 'benxi-city-2020.txt');

/** Reads what the CLI wrote, through the database it wrote to (the CLI has closed it by then). */
async function query<T>(sql: string, parameters: unknown[]): Promise<T[]> {
  const url = process.env.DATABASE_URL;
  const db = await openDatabase(url ? { databaseUrl: url } : { dataDir: process.env.DATA_DIR ?? '' });
  try {
    return await db.query<T[]>(sql, parameters);
  } finally {
    await db.destroy();
  }
}

const jurisdictionCount = async (name: string) =>
  (await query<{ n: number }>('SELECT count(*)::int AS n FROM jurisdiction WHERE name = $1', [name]))[0]?.n;

/** The active units on a task of a jurisdiction's plans, as "name ROLE", sorted. */
const unitsOn = async (jurisdiction: string, path: string[]) =>
  (
    await query<{ unit: string }>(
      `SELECT d.name || ' ' || a.role AS unit
       FROM assignment a
       JOIN task t ON t.id = a.task_id
       JOIN policy_document p ON p.id = t.document_id
       JOIN jurisdiction j ON j.id = p.jurisdiction_id
       JOIN department d ON d.id = a.department_id
       WHERE j.name = $1 AND t.path = $2::text[] AND a.withdrawn_at IS NULL AND t.withdrawn_at IS NULL`,
      [jurisdiction, path],
    )
  )
    .map((row) => row.unit)
    .sort();

describe.each(testEngines)('pnpm cli start / import / seed on %s', (engine) => {
  let work: string;
  let server: TestDatabase | undefined;
  const saved = { DATA_DIR: process.env.DATA_DIR, DATABASE_URL: process.env.DATABASE_URL };

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'lianxi-cli-'));
    if (engine === 'postgres') {
      server = await createTestDatabase('postgres', { migrate: false });
      await server.dataSource.destroy();
      process.env.DATABASE_URL = server.databaseUrl;
      delete process.env.DATA_DIR;
    } else {
      process.env.DATA_DIR = join(work, 'data');
      delete process.env.DATABASE_URL;
    }
  });
  afterAll(async () => {
    restore('DATA_DIR', saved.DATA_DIR);
    restore('DATABASE_URL', saved.DATABASE_URL);
    await server?.drop();
    await rm(work, { recursive: true, force: true });
  });

  it('start: migrates, imports the five seeds into an empty database once, and says what it holds', async () => {
    const first = await cli('start');
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('结构已是最新');
    expect(first.stdout).toContain('已导入示例文件 5 份');
    expect(first.stdout).toMatch(
      /共有行政区划 \d+ 个、政策文件 5 份、任务 \d+ 项、责任分工 \d+ 条、部门 \d+ 个/,
    );
    expect(first.stdout).toContain('本溪市：政策文件 1 份');

    const second = await cli('start');
    expect(second.code).toBe(0);
    expect(second.stdout).not.toContain('已导入示例文件');
    expect(second.stdout.split('\n').slice(1)).toEqual(first.stdout.split('\n').slice(2));
  });

  it('seed: importing the seeds again changes nothing', async () => {
    const { code, stdout } = await cli('seed');
    expect(code).toBe(0);
    expect(stdout.match(/未变化/g)).toHaveLength(5);
  });

  it('import: a changed text is a new revision; --dry-run reports it without writing', async () => {
    const changed = join(work, 'benxi-revised.txt');
    await writeFile(changed, `${await readFile(benxi, 'utf8')}\n（本溪市人民政府办公室2021年修订）\n`);

    const dry = await cli('import', changed, '--dry-run');
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('试导入（未写入数据库）');
    expect(dry.stdout).toContain('新版本，第2版');

    const real = await cli('import', changed);
    expect(real.stdout).toContain('新版本，第2版');
    expect(real.stdout).not.toContain('试导入');
    const again = await cli('import', changed, '--json');
    const report = JSON.parse(again.stdout) as { document: { outcome: string; revision: number } };
    expect(report.document).toMatchObject({ outcome: 'UNCHANGED', revision: 2 });
  });

  it('import --jurisdiction puts a plan into the named jurisdiction', async () => {
    const { code, stdout } = await cli('import', benxi, '--dry-run', '--jurisdiction', '测试市');
    expect(code).toBe(0);
    expect(stdout).toContain('行政区划：测试市（新建）');
    expect(stdout).toContain('— 新建，第1版');
  });

  it('import --corrections applies the office corrections in the import, and refuses a bad file writing nothing', async () => {
    const file = join(work, 'corrections.json');
    await writeFile(
      file,
      JSON.stringify([
        { action: 'REMOVE', taskPath: ['三', '(一)', '1'], unitName: '市发展改革委' },
        { action: 'ADD', taskPath: ['三', '(一)', '1'], unitName: '市消防救援支队', role: 'SUPPORT' },
        {
          action: 'CHANGE',
          taskPath: ['三', '(二)', '1'],
          unitName: '市总工会',
          newUnitName: '市总工会女职工委员会',
        },
      ]),
    );
    const text = await cli('import', benxi, '--dry-run', '--jurisdiction', '更正市', '--corrections', file);
    expect(text.stderr).toBe('');
    expect(text.stdout).toContain('更正 3 条：');
    expect(text.stdout).toContain('任务 三/(一)/1：移除 市发展改革委');
    expect(text.stdout).toContain('任务 三/(一)/1：新增 市消防救援支队，配合');
    expect(text.stdout).toContain('任务 三/(二)/1：市总工会 → 市总工会女职工委员会');
    expect(await jurisdictionCount('更正市')).toBe(0);

    const real = await cli('import', benxi, '--jurisdiction', '更正市', '--corrections', file, '--json');
    expect(real.code).toBe(0);
    expect(JSON.parse(real.stdout)).toMatchObject({ document: { outcome: 'CREATED' } });
    expect(await unitsOn('更正市', ['三', '(一)', '1'])).toEqual(
      [
        '市自然资源局 LEAD',
        '市民政局 SUPPORT',
        '市住房城乡建设局 SUPPORT',
        '市消防救援支队 SUPPORT',
        '各县区政府 LOCAL',
      ].sort(),
    );
    expect(await unitsOn('更正市', ['三', '(二)', '1'])).toContain('市总工会女职工委员会 SUPPORT');
    // The same text with the same corrections changes nothing.
    const again = await cli('import', benxi, '--jurisdiction', '更正市', '--corrections', file, '--json');
    expect(JSON.parse(again.stdout)).toMatchObject({ document: { outcome: 'UNCHANGED' } });

    const bad = async (content: string) => {
      await writeFile(file, content);
      const result = await cli('import', benxi, '--jurisdiction', '坏更正市', '--corrections', file);
      expect(result).toMatchObject({ code: 1, stdout: '' });
      return result.stderr;
    };
    expect(await bad('[{"action": "REMOVE", "taskPath": ["九", "(九)"], "unitName": "市财政局"}]')).toContain(
      '九/(九)',
    );
    expect(
      await bad('[{"action": "ADD", "taskPath": ["三"], "unitName": "市财政局", "role": "BOSS"}]'),
    ).toContain('第 1 条更正的 role');
    expect(await bad('{"action": "REMOVE"}')).toContain('数组');
    expect(await bad('[{"action": ')).toContain('不是有效的 JSON');
    expect(await jurisdictionCount('坏更正市')).toBe(0);
    const missing = await cli('import', benxi, '--corrections', join(work, 'none.json'));
    expect(missing).toMatchObject({ code: 1, stdout: '' });
    expect(missing.stderr).toContain('更正文件不存在');
  });

  it('exits 1 on bad input (message on stderr) and 2 on a bad command line', async () => {
    const missing = await cli('import', join(work, 'nope.txt'));
    expect(missing).toMatchObject({ code: 1, stdout: '' });
    expect(missing.stderr).toContain('文件不存在');

    const unsupported = join(work, 'plan.pdf');
    await writeFile(unsupported, '%PDF-1.4');
    const pdf = await cli('import', unsupported);
    expect(pdf.code).toBe(1);
    expect(pdf.stderr).toContain('plan.pdf');

    expect((await cli('import')).code).toBe(2);
    expect((await cli('import', benxi, '--bogus')).code).toBe(2);

    const url = process.env.DATABASE_URL;
    process.env.DATABASE_URL = 'mysql://somewhere';
    try {
      const bad = await cli('start');
      expect(bad.code).toBe(1);
      expect(bad.stderr).toContain('DATABASE_URL');
    } finally {
      restore('DATABASE_URL', url);
    }
  });
});
