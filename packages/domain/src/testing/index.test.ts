import { beforeEach, describe, expect, it } from 'vitest';
import { validateProgressInput } from '../progress.js';
import { parsePeriod } from '../period.js';
import { isIsoDate } from '../calendar.js';
import {
  aDepartment,
  aDocument,
  aDuty,
  aJointMeeting,
  aJurisdiction,
  aMeasurement,
  aMeeting,
  aMember,
  anAssignment,
  anIndicator,
  aProgressReport,
  aReminder,
  aResolution,
  aTarget,
  aTask,
  aUser,
  nextTestId,
  resetTestIds,
} from './index.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

beforeEach(resetTestIds);

describe('test builders', () => {
  it('number ids from a resettable counter, as UUIDs', () => {
    expect(nextTestId()).toBe('00000000-0000-4000-8000-000000000001');
    expect(aJurisdiction().id).toBe('00000000-0000-4000-8000-000000000002');
    resetTestIds();
    expect(nextTestId()).toBe('00000000-0000-4000-8000-000000000001');
    expect(nextTestId()).toMatch(UUID);
  });

  it('build the same data on every run', () => {
    const first = [aDepartment(), aTask(), aUser()];
    resetTestIds();
    expect([aDepartment(), aTask(), aUser()]).toEqual(first);
  });

  it('apply overrides', () => {
    const jurisdiction = aJurisdiction({ name: '新乡市红旗区', level: 'COUNTY' });
    const department = aDepartment({ jurisdictionId: jurisdiction.id, name: '区卫健委' });
    expect(department).toMatchObject({ jurisdictionId: jurisdiction.id, name: '区卫健委', version: 1 });
    expect(aTask({ path: ['二', '(一)', '1', '一是'] }).path).toEqual(['二', '(一)', '1', '一是']);
    expect(aUser({ role: 'ADMIN', departmentId: null, jurisdictionId: null })).toMatchObject({
      role: 'ADMIN',
      departmentId: null,
      jurisdictionId: null,
    });
  });

  it('give departments of one test different, realistic names', () => {
    const names = [aDepartment(), aDepartment(), aDepartment()].map((department) => department.name);
    expect(names).toEqual(['市卫生健康委', '市发展改革委', '市民政局']);
  });

  it('have realistic Chinese defaults', () => {
    expect(aJurisdiction().name).toBe('本溪市');
    expect(aDocument()).toMatchObject({
      docNumber: '本政办发〔2020〕33号',
      status: 'EFFECTIVE',
      revision: 1,
    });
    expect(aDocument().contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(anIndicator()).toMatchObject({ unit: '个', baseline: { value: 0.9, year: 2021 } });
    expect(aTarget()).toMatchObject({ comparator: 'GTE', value: 4.5, year: 2025 });
    expect(aMember().liaison?.name).toMatch(/^[\u4e00-\u9fff]{2}$/);
    expect(anAssignment().role).toBe('LEAD');
  });

  it('build objects the domain rules accept', () => {
    const report = aProgressReport();
    expect(validateProgressInput(report)).toEqual([]);
    expect(parsePeriod(report.period)).not.toBeNull();
    expect(isIsoDate(aTask().deadline ?? '')).toBe(true);
    expect(isIsoDate(aMeasurement().measuredOn)).toBe(true);
    expect(isIsoDate(aMeeting().heldOn)).toBe(true);
    for (const entity of [aDuty(), aJointMeeting(), aResolution(), aReminder(), aUser()])
      expect(entity.id).toMatch(UUID);
  });

  it('give usernames that do not collide', () => {
    const usernames = new Set([aUser(), aUser(), aUser()].map((user) => user.username));
    expect(usernames.size).toBe(3);
  });
});
