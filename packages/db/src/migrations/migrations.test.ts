import { describe, expect, it } from 'vitest';
import { select } from '../db.js';
import { testEngines, withTestDatabase } from '../testing/index.js';
import { migrations } from './index.js';

// The tests of a block run in order on one database: empty, then migrated.
describe.each(testEngines)('migrations on %s', (engine) => {
  const db = withTestDatabase(engine, { migrate: false });

  it('bring an empty database to exactly the entities: the schema builder has nothing left to do', async () => {
    expect((await db().driver.createSchemaBuilder().log()).upQueries.length).toBeGreaterThan(0);

    const applied = await db().runMigrations();
    expect(applied.map((migration) => migration.name)).toEqual(migrations.map((migration) => migration.name));

    const pending = await db().driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((query) => query.query)).toEqual([]);
  });

  it('are applied once: a migrated database has none pending', async () => {
    expect(await db().showMigrations()).toBe(false);
    expect(await db().runMigrations()).toEqual([]);
  });

  it('create the hand-written indexes and the pg_trgm extension', async () => {
    const indexes = await select<{ indexname: string; indexdef: string }>(
      db(),
      `SELECT indexname, indexdef FROM pg_indexes WHERE indexname = ANY($1) ORDER BY indexname`,
      [['ix_task_text_trgm', 'ix_progress_report_latest', 'uq_progress_report_first']],
    );
    expect(indexes.map((index) => index.indexname)).toEqual([
      'ix_progress_report_latest',
      'ix_task_text_trgm',
      'uq_progress_report_first',
    ]);
    expect(indexes[0]?.indexdef).toContain('reported_at DESC, id DESC');
    expect(indexes[1]?.indexdef).toContain('gin_trgm_ops');
    expect(indexes[2]?.indexdef).toContain('WHERE (supersedes_id IS NULL)');
    expect(await select(db(), `SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'`)).toHaveLength(1);
  });

  it('can be reverted to an empty schema and applied again', async () => {
    for (const _ of migrations) await db().undoLastMigration();
    const tables = await select(
      db(),
      `SELECT 1 FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'migration'`,
    );
    expect(tables).toEqual([]);
    await db().runMigrations();
    expect((await db().driver.createSchemaBuilder().log()).upQueries).toEqual([]);
  });
});
