/**
 * `lianxi parse <file> [--json]` as a real process: the JSON contract on a seed, the Chinese summary, and the exit
 * codes (0 success, 1 bad input with a message on stderr, 2 usage). No database is touched.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEEDS_DIR } from '../src/env.js';

const main = fileURLToPath(new URL('../src/main.ts', import.meta.url));

function cli(...argv: string[]) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve, reject) => {
    const child = spawn(process.execPath, ['--conditions=@lianxi/source', '--import', 'tsx', main, ...argv], {
      env: { ...process.env, DATA_DIR: '', DATABASE_URL: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      resolve({ code, stdout, stderr });
    });
  });
}

const seed = (name: string) => join(SEEDS_DIR, `${name}.txt`);

describe('pnpm cli parse', () => {
  let work: string;
  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), 'lianxi-parse-'));
  });
  afterAll(async () => {
    await rm(work, { recursive: true, force: true });
  });

  it('prints one JSON object in the contract’s shape with --json', async () => {
    const { code, stdout, stderr } = await cli('parse', seed('yongan-city-scraped'), '--json');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const json = JSON.parse(stdout) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(['document', 'tasks', 'targets', 'jointMeeting', 'duties', 'warnings']);
    expect(json.document).toEqual({
      title: '关于做好3岁以下婴幼儿照护服务发展工作的实施意见',
      docNumber: null,
      issuer: '永安市人民政府办公室',
      issuedOn: null,
    });
    const tasks = json.tasks as {
      path: string[];
      heading: string | null;
      text: string;
      assignments: { unit: string; role: string }[];
    }[];
    expect(tasks).toHaveLength(16);
    expect(Object.keys(tasks[0] ?? {})).toEqual(['path', 'heading', 'text', 'assignments']);
    expect(tasks[0]?.path).toEqual(['二', '(一)', '1']);
    expect(tasks[0]?.assignments).toEqual([
      { unit: '市卫健局', role: 'LEAD' },
      { unit: '市人社局', role: 'SUPPORT' },
      { unit: '市妇联', role: 'SUPPORT' },
      { unit: '市总工会', role: 'SUPPORT' },
      { unit: '各乡镇人民政府、街道办事处', role: 'LOCAL' },
    ]);
    const targets = json.targets as Record<string, unknown>[];
    expect(Object.keys(targets[0] ?? {})).toEqual(['indicator', 'comparator', 'value', 'unit', 'year']);
    const meeting = json.jointMeeting as { name: string; members: string[] };
    expect(Object.keys(meeting)).toEqual(['name', 'members']);
    expect(meeting.members).toContain('市人社局');
    const duties = json.duties as Record<string, unknown>[];
    expect(Object.keys(duties[0] ?? {})).toEqual(['unit', 'text']);
    const warnings = json.warnings as { code: string; message: string }[];
    expect(warnings.map((warning) => warning.code)).toContain('NOISE_REMOVED');
    expect(Object.keys(warnings[0] ?? {})).toEqual(['code', 'message']);
  });

  it('prints a readable Chinese summary without --json', async () => {
    const { code, stdout } = await cli('parse', seed('benxi-city-2020'));
    expect(code).toBe(0);
    expect(stdout).toContain('文号：本政办发〔2020〕33号');
    expect(stdout).toContain('三/(一)/1 城乡统筹,科学布局');
    expect(stdout).toContain('牵头：市自然资源局');
    expect(stdout).toContain('[TRUNCATED_TEXT]');
  });

  it('takes --jurisdiction', async () => {
    const { code, stdout } = await cli('parse', seed('shanxi-province-2020'), '--jurisdiction', '山西省');
    expect(code).toBe(0);
    expect(stdout).toContain('行政区划：山西省（省级）');
  });

  it('exits 1 with a message on stderr for a missing file', async () => {
    const { code, stdout, stderr } = await cli('parse', join(work, 'no-such-plan.txt'), '--json');
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('文件不存在');
  });

  it('exits 1 for a binary file and for an unsupported format', async () => {
    const binary = join(work, 'picture.txt');
    await writeFile(
      binary,
      Buffer.from([
        0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 1, 2, 3,
      ]),
    );
    const binaryRun = await cli('parse', binary);
    expect(binaryRun.code).toBe(1);
    expect(binaryRun.stderr).toContain('picture.txt');

    const pdf = join(work, 'plan.pdf');
    await writeFile(pdf, '%PDF-1.4');
    const pdfRun = await cli('parse', pdf);
    expect(pdfRun.code).toBe(1);
    expect(pdfRun.stderr).toContain('plan.pdf');
  });

  it('exits 2 for a bad flag or a missing argument', async () => {
    expect((await cli('parse', seed('benxi-city-2020'), '--no-such-flag')).code).toBe(2);
    expect((await cli('parse')).code).toBe(2);
  });
});
