import { describe, expect, it } from 'vitest';
import { select, transaction } from '../db.js';
import { isDbError } from '../errors.js';
import {
  aLargeParsedPolicy,
  aParsedPolicy,
  importTestPlan,
  testEngines,
  withTestDatabase,
} from '../testing/index.js';
import { documentTasks, searchTasks } from './tasks.js';

let places = 0;
const place = () => `检索测试${++places}县`;

describe.each(testEngines)('tasks on %s', (engine) => {
  const db = withTestDatabase(engine);

  it("lists a document's tasks in order, each with its units LEAD first", async () => {
    const fixture = await importTestPlan(
      db(),
      aParsedPolicy({
        jurisdiction: place(),
        tasks: [
          { path: '一', heading: '总体要求', text: '坚持政府引导。' },
          {
            path: '二/(一)',
            text: '加强用地保障。',
            units: ['各乡镇人民政府', ['县自然资源局', 'LEAD'], ['县发改局', 'SUPPORT']],
          },
        ],
      }),
    );
    const tasks = await documentTasks(db(), fixture.documentId);
    expect(
      tasks.map((task) => [
        task.path,
        task.heading,
        task.assignments.map((a) => `${a.departmentName}:${a.role}`),
      ]),
    ).toEqual([
      [['一'], '总体要求', []],
      [['二', '(一)'], null, ['县自然资源局:LEAD', '县发改局:SUPPORT', '各乡镇人民政府:LOCAL']],
    ]);
    expect(tasks[1]?.span?.end).toBeGreaterThan(tasks[1]?.span?.start ?? Infinity);
  });

  it('finds tasks by a Chinese substring, within a jurisdiction, with wildcards taken literally', async () => {
    const a = await importTestPlan(
      db(),
      aParsedPolicy({
        jurisdiction: place(),
        tasks: [
          { path: '一', text: '大力发展普惠托育服务，新增托位。' },
          { path: '二', text: '加强医育结合，提升覆盖率达到100%。' },
        ],
      }),
    );
    const b = await importTestPlan(
      db(),
      aParsedPolicy({ jurisdiction: place(), tasks: [{ path: '一', text: '完善普惠托育服务体系。' }] }),
    );

    const everywhere = await searchTasks(db(), '普惠托育');
    expect(everywhere.map((hit) => hit.document.jurisdictionId).sort()).toEqual(
      expect.arrayContaining([a.jurisdictionId, b.jurisdictionId].sort()),
    );
    const inA = await searchTasks(db(), '托育', { jurisdictionId: a.jurisdictionId });
    expect(inA.map((hit) => hit.task.text)).toEqual(['大力发展普惠托育服务，新增托位。']);
    expect(
      (await searchTasks(db(), '100%', { jurisdictionId: a.jurisdictionId })).map((hit) => hit.task.path),
    ).toEqual([['二']]);
    expect(await searchTasks(db(), '0_%', { jurisdictionId: a.jurisdictionId })).toEqual([]);
    const empty: unknown = await searchTasks(db(), '  ').catch((caught: unknown) => caught);
    expect(isDbError(empty, 'BAD_USER_INPUT')).toBe(true);
  });

  it('can use the trigram index for a substring of three characters or more', async () => {
    await importTestPlan(db(), aLargeParsedPolicy(60, { jurisdiction: place() }));
    const plan = await transaction(db(), async (tx) => {
      await select(tx, `SET LOCAL enable_seqscan = off`);
      const rows = await select<{ 'QUERY PLAN': string }>(
        tx,
        `EXPLAIN SELECT id FROM task WHERE text ILIKE $1`,
        ['%托育服务%'],
      );
      return rows.map((row) => row['QUERY PLAN']).join('\n');
    });
    expect(plan).toContain('ix_task_text_trgm');
  });
});
