import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { appendProgressReport, type Engine, importPolicy, openDatabase, select } from '@lianxi/db';
import { parsePolicy } from '@lianxi/policy-parser';
import { testEngines } from '@lianxi/db/testing';
import type { DataSource } from 'typeorm';
import { afterAll, expect, it } from 'vitest';
import { spawnScript } from '../src/child.js';
import { mode } from '../src/env.js';
import { FigureCollector } from '../src/figures.js';
import { createServerDatabase } from '../src/server-db.js';

/**
 * `pnpm cli backup` / `pnpm cli restore` round trips between every pair of engines: identical row counts and
 * checksums, computed here independently of the CLI. On PostgreSQL the backup is taken while a writer appends
 * reports: the file must still be one consistent snapshot (restore verifies it against its own header).
 */
const SEEDS = fileURLToPath(new URL('../../../data/seeds/', import.meta.url));
const figures = new FigureCollector('70-backup-restore', 'Backup and restore', mode.name);
const directory = mkdtempSync(join(tmpdir(), 'lianxi-backup-'));
const drops: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const drop of drops) await drop();
  rmSync(directory, { recursive: true, force: true });
  figures.flush();
});

interface Target {
  engine: Engine;
  env: Record<string, string>;
  config: { databaseUrl: string } | { dataDir: string };
}

let made = 0;
async function target(engine: Engine): Promise<Target> {
  made += 1;
  if (engine === 'postgres') {
    const server = await createServerDatabase();
    drops.push(() => server.drop());
    return { engine, env: { DATABASE_URL: server.url, DATA_DIR: '' }, config: { databaseUrl: server.url } };
  }
  const dataDir = join(directory, `pglite-${made}`);
  return { engine, env: { DATA_DIR: dataDir, DATABASE_URL: '' }, config: { dataDir } };
}

function cli(args: string[], env: Record<string, string>): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawnScript('../cli/src/main.ts', args, env);
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('exit', (code) => {
      resolve({ code, stdout, stderr });
    });
  });
}

/** Per table: rows and an md5 of the sorted rows as text (UTC, ISO dates), from a query of the test's own. */
async function fingerprint(db: DataSource): Promise<Record<string, { rows: number; md5: string }>> {
  return db.transaction(async (tx) => {
    await tx.query(`SET LOCAL TimeZone = 'UTC'`);
    await tx.query(`SET LOCAL DateStyle = 'ISO, YMD'`);
    const tables = await select<{ name: string }>(tx, `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'migration' ORDER BY 1`);
    const result: Record<string, { rows: number; md5: string }> = {};
    for (const { name } of tables) {
      const [row] = await select<{ rows: number; md5: string | null }>(tx, `SELECT count(*)::int AS rows, md5(string_agg(t::text, '|' ORDER BY t::text)) AS md5 FROM "${name}" t`);
      result[name] = { rows: row?.rows ?? 0, md5: row?.md5 ?? '' };
    }
    return result;
  });
}

/** Imports the five seed plans, then adds a user, reports with odd text, an audit row with JSON. */
async function populate(source: Target): Promise<void> {
  const db = await openDatabase(source.config);
  try {
    for (const file of readdirSync(SEEDS).filter((name) => name.endsWith('.txt'))) {
      await importPolicy(db, parsePolicy(readFileSync(join(SEEDS, file), 'utf8')));
    }
    const [user] = await select<{ id: string }>(db, `INSERT INTO app_user (username, display_name, password_hash, role) VALUES ('backup-admin', '备份 “管理员” \\ ✓', 'scrypt$17$8$1$x$y', 'ADMIN') RETURNING id`);
    const assignments = await select<{ id: string }>(db, `SELECT id FROM assignment ORDER BY id LIMIT 20`);
    for (const [index, assignment] of assignments.entries()) {
      let latest: string | null = null;
      for (let n = 0; n < 3; n += 1) {
        latest = (
          await appendProgressReport(
            db,
            { assignmentId: assignment.id, period: '2025-Q3', status: 'IN_PROGRESS', percent: n * 30, narrative: `第${index}项第${n}次：已完成𠀀字、"引号"与\n换行`, reportedBy: user?.id ?? '' },
            latest,
          )
        ).id;
      }
    }
    await select(db, `INSERT INTO audit_event (action, entity, before, after, request_id) VALUES ('backup.test', 'app_user', NULL, '{"k": [1, 2.5, "三"]}'::jsonb, 'r-1')`);
  } finally {
    await db.destroy();
  }
}

async function fingerprintOf(where: Target) {
  const db = await openDatabase(where.config);
  try {
    return await fingerprint(db);
  } finally {
    await db.destroy();
  }
}

const pairs: [Engine, Engine][] = testEngines.flatMap((from) => testEngines.map((to): [Engine, Engine] => [from, to]));
/** One populated source and one backup file per engine, shared by the pairs (seeding is the slow part). */
const sources = new Map<Engine, Promise<{ source: Target; file: string; backupMs: number }>>();
function sourceOf(engine: Engine) {
  let made = sources.get(engine);
  if (!made) {
    made = (async () => {
      const source = await target(engine);
      await populate(source);
      const file = join(directory, `${engine}.ndjson.gz`);
      const started = performance.now();
      const backup = await cli(['backup', file], source.env);
      expect(backup.code, backup.stderr).toBe(0);
      return { source, file, backupMs: performance.now() - started };
    })();
    sources.set(engine, made);
  }
  return made;
}

it.each(pairs)('backup on %s, restore on %s: identical row counts and checksums', async (fromEngine, toEngine) => {
  const { source, file, backupMs } = await sourceOf(fromEngine);
  const destination = await target(toEngine);
  const restoreStarted = performance.now();
  const restore = await cli(['restore', file], destination.env);
  const restoreMs = performance.now() - restoreStarted;
  expect(restore.code, restore.stderr).toBe(0);
  const before = await fingerprintOf(source);
  const after = await fingerprintOf(destination);
  expect(after).toEqual(before);
  const again = await cli(['restore', file], destination.env);
  expect(again.code).toBe(1);
  expect(again.stderr).toMatch(/不是空的/);
  const rows = Object.values(before).reduce((sum, table) => sum + table.rows, 0);
  figures.add(`${fromEngine} → ${toEngine}`, {
    tables: Object.keys(before).length,
    rows,
    checksumsEqual: true,
    fileBytes: statSync(file).size,
    backupMs: Math.round(backupMs),
    restoreMs: Math.round(restoreMs),
    secondRestoreIntoNonEmpty: 'refused (exit 1)',
  });
});

it.skipIf(!testEngines.includes('postgres'))('a backup taken on PostgreSQL while reports are being written is one consistent snapshot', async () => {
  const { source } = await sourceOf('postgres');
  const db = await openDatabase(source.config);
  let writing = true;
  let written = 0;
  const [assignment] = await select<{ id: string }>(db, `SELECT id FROM assignment ORDER BY id DESC LIMIT 1`);
  const [user] = await select<{ id: string }>(db, `SELECT id FROM app_user LIMIT 1`);
  const writer = (async () => {
    let latest: string | null = null;
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- set to false by the other task
    while (writing) {
      latest = (await appendProgressReport(db, { assignmentId: assignment?.id ?? '', period: '2025', status: 'IN_PROGRESS', percent: 1, narrative: '备份期间写入', reportedBy: user?.id ?? '' }, latest)).id;
      written += 1;
    }
  })();
  const file = join(directory, 'during-writes.ndjson');
  const backup = await cli(['backup', file], source.env);
  writing = false;
  await writer;
  await db.destroy();
  expect(backup.code, backup.stderr).toBe(0);
  const destination = await target('postgres');
  const restore = await cli(['restore', file], destination.env);
  // restore checks every table against the header the backup computed in the same snapshot.
  expect(restore.code, restore.stderr).toBe(0);
  figures.add('postgres, backup during writes', { reportsWrittenDuringBackup: written, restoredAndVerified: true });
});
