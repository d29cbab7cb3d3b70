import { describe, expect, it } from 'vitest';
import { select } from '../db.js';
import { type DbError, isDbError } from '../errors.js';
import {
  aParsedPolicy,
  importTestPlan,
  insertTestUser,
  testEngines,
  withTestDatabase,
} from '../testing/index.js';
import { findDepartmentByName, mergeDepartments, updateDepartment } from './departments.js';
import { jointMeetingMembers } from './joint-meetings.js';
import { appendProgressReport, progressHistory } from './progress.js';

let places = 0;
const place = () => `部门测试${++places}市`;
const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => error as DbError,
  );

describe.each(testEngines)('departments on %s', (engine) => {
  const db = withTestDatabase(engine);

  async function plan() {
    return importTestPlan(
      db(),
      aParsedPolicy({
        jurisdiction: place(),
        tasks: [
          { path: '一', text: '完善政策。', units: ['市卫健局', '市民政局'] },
          { path: '二', text: '发展托育。', units: ['市卫生健康委', '市卫健局'] },
          { path: '三', text: '培训人员。', units: ['市人社局', '市卫健局'] },
        ],
        units: [
          { name: '市卫生健康委', aliases: ['卫生健康部门'], sector: 'HEALTH' },
          { name: '市卫健局', sector: 'HEALTH' },
        ],
        duties: [{ unit: '市卫健局', text: '市卫健局负责托育机构的业务指导。' }],
        jointMeeting: {
          name: '托育工作联席会议',
          members: ['市卫生健康委', '市卫健局', '市民政局'],
          convenor: '市卫健局',
        },
      }),
    );
  }

  it('finds a department by its name or an alias', async () => {
    const fixture = await plan();
    const health = fixture.department('市卫生健康委');
    expect((await findDepartmentByName(db(), fixture.jurisdictionId, '市卫生健康委'))?.id).toBe(health);
    expect((await findDepartmentByName(db(), fixture.jurisdictionId, ' 卫生健康部门 '))?.id).toBe(health);
    expect(await findDepartmentByName(db(), fixture.jurisdictionId, '市公安局')).toBeNull();
  });

  it('updates a department only at the version it was read at', async () => {
    const fixture = await plan();
    const id = fixture.department('市民政局');
    const before = await findDepartmentByName(db(), fixture.jurisdictionId, '市民政局');
    expect(before?.version).toBe(1);

    const after = await updateDepartment(db(), id, 1, {
      aliases: ['民政局', '市民政局', ' '],
      sector: 'CIVIL_AFFAIRS',
    });
    expect(after).toMatchObject({ id, version: 2, aliases: ['民政局'], sector: 'CIVIL_AFFAIRS' });

    const stale = await failure(updateDepartment(db(), id, 1, { name: '市民政局（新）' }));
    expect(isDbError(stale, 'CONFLICT')).toBe(true);
    expect(stale?.details).toMatchObject({ expectedVersion: 1, currentVersion: 2 });
    const missing = await failure(
      updateDepartment(db(), '00000000-0000-4000-8000-000000000000', 1, { name: 'x' }),
    );
    expect(isDbError(missing, 'NOT_FOUND')).toBe(true);
    const taken = await failure(updateDepartment(db(), id, 2, { name: '市卫生健康委' }));
    expect(isDbError(taken, 'CONFLICT')).toBe(true);
  });

  it('lets exactly one of two concurrent edits of the same version win', async () => {
    const fixture = await plan();
    const id = fixture.department('市人社局');
    const results = await Promise.allSettled([
      updateDepartment(db(), id, 1, { name: '市人力资源社会保障局' }),
      updateDepartment(db(), id, 1, { aliases: ['人社局'] }),
    ]);
    expect(results.filter((result) => result.status === 'fulfilled')).toHaveLength(1);
    const lost = results.flatMap((result) =>
      result.status === 'rejected' ? [result.reason as unknown] : [],
    );
    expect(isDbError(lost[0], 'CONFLICT')).toBe(true);
    const [row] = await select<{ version: number }>(db(), `SELECT version FROM department WHERE id = $1`, [
      id,
    ]);
    expect(row?.version).toBe(2);
  });

  it('merges two names of one department: moves everything, keeps the stronger role on a shared task', async () => {
    const fixture = await plan();
    const from = fixture.department('市卫健局');
    const into = fixture.department('市卫生健康委');
    // Task 二 has both: 市卫生健康委 LEAD, 市卫健局 SUPPORT with a report that must stay readable.
    const user = await insertTestUser(db(), { departmentId: from });
    const shared = fixture.assignment('二', '市卫健局');
    const report = await appendProgressReport(
      db(),
      {
        assignmentId: shared,
        period: '2025-Q1',
        status: 'IN_PROGRESS',
        percent: 10,
        narrative: '配合推进',
        reportedBy: user,
      },
      null,
    );

    const merged = await mergeDepartments(db(), from, into);

    expect(merged.movedAssignments).toBe(2);
    expect(merged.clashes).toEqual([
      {
        taskId: expect.any(String) as unknown,
        keptAssignmentId: fixture.assignment('二', '市卫生健康委'),
        keptRole: 'LEAD',
        withdrawnAssignmentId: shared,
        withdrawnRole: 'SUPPORT',
      },
    ]);
    expect(merged).toMatchObject({ movedDuties: 1, movedUsers: 1, movedMembers: 0, mergedMembers: 1 });
    expect(merged.into.aliases.sort()).toEqual(['卫生健康部门', '市卫健局']);
    expect(merged.into.version).toBe(2);
    expect(merged.from.archivedAt).toBeInstanceOf(Date);

    const roles = await select<{ path: string; role: string }>(
      db(),
      `SELECT t.path_key AS path, a.role FROM assignment a JOIN task t ON t.id = a.task_id
       WHERE a.department_id = $1 AND a.withdrawn_at IS NULL ORDER BY t.path_key`,
      [into],
    );
    expect(roles).toEqual([
      { path: '一', role: 'LEAD' },
      { path: '三', role: 'SUPPORT' },
      { path: '二', role: 'LEAD' },
    ]);
    expect((await progressHistory(db(), shared)).map((r) => r.id)).toEqual([report.id]);
    expect((await findDepartmentByName(db(), fixture.jurisdictionId, '市卫健局'))?.id).toBe(into);

    const jointMeetingId = (
      await select<{ id: string }>(db(), `SELECT id FROM joint_meeting WHERE jurisdiction_id = $1`, [
        fixture.jurisdictionId,
      ])
    )[0]?.id;
    const members = await jointMeetingMembers(db(), jointMeetingId ?? '');
    expect(members.map((member) => [member.department.name, member.position])).toEqual([
      ['市卫生健康委', 'CONVENOR'],
      ['市民政局', 'MEMBER'],
    ]);

    // A later import naming the old unit lands on the surviving department.
    const again = await importTestPlan(
      db(),
      aParsedPolicy({
        jurisdiction: fixture.report.jurisdiction.name,
        docNumber: '本政办发〔2022〕9号',
        tasks: [{ path: '一', text: '新任务。', units: ['市卫健局'] }],
      }),
    );
    expect(again.report.departments.created).toEqual([]);
    expect(again.report.departments.matched[0]?.department.id).toBe(into);

    const self = await failure(mergeDepartments(db(), into, into));
    expect(isDbError(self, 'BAD_USER_INPUT')).toBe(true);
    const archived = await failure(mergeDepartments(db(), from, into));
    expect(isDbError(archived, 'BAD_USER_INPUT')).toBe(true);
  });

  it('lists the members of a joint meeting, convenor first; NOT_FOUND for an unknown one', async () => {
    const fixture = await plan();
    const [meeting] = await select<{ id: string }>(
      db(),
      `SELECT id FROM joint_meeting WHERE jurisdiction_id = $1`,
      [fixture.jurisdictionId],
    );
    const members = await jointMeetingMembers(db(), meeting?.id ?? '');
    expect(members.map((member) => [member.department.name, member.position])).toEqual([
      ['市卫健局', 'CONVENOR'],
      ['市卫生健康委', 'MEMBER'],
      ['市民政局', 'MEMBER'],
    ]);
    const error: unknown = await jointMeetingMembers(db(), '00000000-0000-4000-8000-000000000000').catch(
      (caught: unknown) => caught,
    );
    expect(isDbError(error, 'NOT_FOUND')).toBe(true);
  });
});
