import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ProgressStatus, StatusLight } from './model.js';
import {
  assignmentLight,
  compareLights,
  lightLabel,
  reasonLabel,
  summariseLights,
  taskLight,
  type AssignmentLightInput,
  type LightReason,
  type LightResult,
} from './status-light.js';
import { aProgressReport, resetTestIds } from './testing/index.js';

beforeEach(resetTestIds);

/** A report written at noon, China time, on a date. */
function report(status: ProgressStatus, period: string, writtenOn: string) {
  return aProgressReport({ status, period, reportedAt: new Date(`${writtenOn}T04:00:00Z`) });
}

function light(input: Partial<AssignmentLightInput>): LightResult {
  return assignmentLight({ deadline: '2025-12-31', latestReport: null, today: '2025-08-20', ...input });
}

describe('assignmentLight', () => {
  describe('COMPLETED', () => {
    it('stays green after the deadline when completed in time', () => {
      const done = report('COMPLETED', '2025-Q4', '2025-12-20');
      expect(light({ latestReport: done, today: '2026-03-01' })).toEqual({
        light: 'GREEN',
        reason: 'COMPLETED',
      });
    });

    it('counts the deadline day, in China time, as in time', () => {
      const lastMinute = aProgressReport({
        status: 'COMPLETED',
        reportedAt: new Date('2025-12-31T15:30:00Z'),
      });
      const afterMidnight = aProgressReport({
        status: 'COMPLETED',
        reportedAt: new Date('2025-12-31T16:30:00Z'),
      });
      expect(light({ latestReport: lastMinute, today: '2026-01-05' }).reason).toBe('COMPLETED');
      expect(light({ latestReport: afterMidnight, today: '2026-01-05' }).reason).toBe('COMPLETED_LATE');
      expect(light({ latestReport: afterMidnight, today: '2026-01-05', utcOffsetMinutes: 0 }).reason).toBe(
        'COMPLETED',
      );
    });

    it('is green but marked late when completed after the deadline', () => {
      const late = report('COMPLETED', '2026-Q1', '2026-02-01');
      expect(light({ latestReport: late, today: '2026-03-01' })).toEqual({
        light: 'GREEN',
        reason: 'COMPLETED_LATE',
      });
    });

    it('is plain COMPLETED without a deadline', () => {
      expect(
        light({ deadline: null, latestReport: report('COMPLETED', '2025-Q1', '2025-03-01') }).reason,
      ).toBe('COMPLETED');
    });

    it('for a recurring task, counts only in the period it was reported for', () => {
      const lastQuarter = report('COMPLETED', '2025-Q2', '2025-06-20');
      const thisQuarter = report('COMPLETED', '2025-Q3', '2025-08-01');
      expect(light({ recurring: true, latestReport: thisQuarter }).reason).toBe('COMPLETED');
      expect(light({ recurring: true, latestReport: lastQuarter })).toEqual({
        light: 'YELLOW',
        reason: 'NOT_REPORTED_THIS_PERIOD',
      });
      expect(light({ recurring: true, latestReport: lastQuarter, today: '2025-07-10' }).reason).toBe(
        'ON_TRACK',
      );
    });
  });

  describe('OVERDUE', () => {
    it('is red from the day after the deadline', () => {
      const working = report('IN_PROGRESS', '2025-Q4', '2025-12-01');
      expect(light({ latestReport: working, today: '2025-12-31' }).light).toBe('YELLOW');
      expect(light({ latestReport: working, today: '2026-01-01' })).toEqual({
        light: 'RED',
        reason: 'OVERDUE',
      });
    });

    it('outranks BLOCKED', () => {
      const blocked = report('BLOCKED', '2025-Q4', '2025-12-01');
      expect(light({ latestReport: blocked, today: '2026-01-01' }).reason).toBe('OVERDUE');
    });
  });

  describe('BLOCKED', () => {
    const blocked = report('BLOCKED', '2025-Q3', '2025-07-05');

    it('is yellow by default and red on request', () => {
      expect(light({ latestReport: blocked })).toEqual({ light: 'YELLOW', reason: 'BLOCKED' });
      expect(light({ latestReport: blocked, blockedLight: 'RED' })).toEqual({
        light: 'RED',
        reason: 'BLOCKED',
      });
    });

    it('outranks DUE_SOON', () => {
      expect(light({ latestReport: blocked, deadline: '2025-09-01' }).reason).toBe('BLOCKED');
    });
  });

  describe('DUE_SOON', () => {
    const current = report('IN_PROGRESS', '2025-Q3', '2025-07-05');

    it('is yellow within dueSoonDays of the deadline, the deadline day included', () => {
      expect(light({ latestReport: current, deadline: '2025-09-19' })).toEqual({
        light: 'YELLOW',
        reason: 'DUE_SOON',
      });
      expect(light({ latestReport: current, deadline: '2025-09-20' }).reason).toBe('ON_TRACK');
      expect(light({ latestReport: current, deadline: '2025-08-20' }).reason).toBe('DUE_SOON');
    });

    it('follows the option', () => {
      expect(light({ latestReport: current, deadline: '2025-09-19', dueSoonDays: 7 }).reason).toBe(
        'ON_TRACK',
      );
      expect(light({ latestReport: current, deadline: '2025-08-21', dueSoonDays: 0 }).reason).toBe(
        'ON_TRACK',
      );
      expect(light({ latestReport: current, deadline: '2025-08-20', dueSoonDays: 0 }).reason).toBe(
        'DUE_SOON',
      );
    });
  });

  describe('NOT_REPORTED_THIS_PERIOD', () => {
    it('gives the units the first 15 days of a quarter', () => {
      const lastQuarter = report('IN_PROGRESS', '2025-Q2', '2025-06-20');
      expect(light({ latestReport: lastQuarter, today: '2025-07-15' }).reason).toBe('ON_TRACK');
      expect(light({ latestReport: lastQuarter, today: '2025-07-16' })).toEqual({
        light: 'YELLOW',
        reason: 'NOT_REPORTED_THIS_PERIOD',
      });
      expect(light({ latestReport: lastQuarter, today: '2025-07-16', graceDays: 30 }).reason).toBe(
        'ON_TRACK',
      );
    });

    it('applies when there has never been a report', () => {
      expect(light({ today: '2025-07-01' }).reason).toBe('ON_TRACK');
      expect(light({ today: '2025-08-20' }).reason).toBe('NOT_REPORTED_THIS_PERIOD');
      expect(light({ deadline: null, today: '2025-08-20' }).reason).toBe('NOT_REPORTED_THIS_PERIOD');
    });

    it('is satisfied by a report of this period, a later one or the whole year', () => {
      expect(light({ latestReport: report('IN_PROGRESS', '2025-Q3', '2025-07-02') }).reason).toBe('ON_TRACK');
      expect(light({ latestReport: report('IN_PROGRESS', '2025-Q4', '2025-08-02') }).reason).toBe('ON_TRACK');
      expect(light({ latestReport: report('IN_PROGRESS', '2025', '2025-02-02') }).reason).toBe('ON_TRACK');
      expect(light({ latestReport: report('NOT_STARTED', '2025-Q3', '2025-07-02') }).reason).toBe('ON_TRACK');
    });

    it('reads yearly reporting', () => {
      const lastYear = report('IN_PROGRESS', '2024', '2024-12-20');
      expect(light({ cadence: 'YEAR', latestReport: lastYear, today: '2025-01-15' }).reason).toBe('ON_TRACK');
      expect(light({ cadence: 'YEAR', latestReport: lastYear, today: '2025-01-16' }).reason).toBe(
        'NOT_REPORTED_THIS_PERIOD',
      );
      const firstQuarter = report('IN_PROGRESS', '2025-Q1', '2025-03-20');
      expect(light({ cadence: 'YEAR', latestReport: firstQuarter, today: '2025-08-20' }).reason).toBe(
        'ON_TRACK',
      );
    });

    it('counts the grace from startedOn when the assignment began mid-period', () => {
      expect(light({ startedOn: '2025-08-10', today: '2025-08-24' }).reason).toBe('ON_TRACK');
      expect(light({ startedOn: '2025-08-10', today: '2025-08-25' }).reason).toBe('NOT_REPORTED_THIS_PERIOD');
      expect(light({ startedOn: '2025-09-01', today: '2025-08-25' }).reason).toBe('ON_TRACK');
      expect(light({ startedOn: '2025-01-01', today: '2025-08-20' }).reason).toBe('NOT_REPORTED_THIS_PERIOD');
    });

    it('falls back to the writing date for an unreadable period', () => {
      expect(light({ latestReport: report('IN_PROGRESS', '三季度', '2025-07-02') }).reason).toBe('ON_TRACK');
      expect(light({ latestReport: report('IN_PROGRESS', '二季度', '2025-06-02') }).reason).toBe(
        'NOT_REPORTED_THIS_PERIOD',
      );
    });
  });

  it('rejects nonsense options', () => {
    expect(() => light({ dueSoonDays: -1 })).toThrow(RangeError);
    expect(() => light({ graceDays: 1.5 })).toThrow(RangeError);
    expect(() => light({ today: '2025-13-01' })).toThrow(RangeError);
  });

  it('gives each reason one light, red only for OVERDUE or an escalated BLOCKED', () => {
    const expected: Record<LightReason, StatusLight> = {
      COMPLETED: 'GREEN',
      COMPLETED_LATE: 'GREEN',
      OVERDUE: 'RED',
      BLOCKED: 'YELLOW',
      DUE_SOON: 'YELLOW',
      NOT_REPORTED_THIS_PERIOD: 'YELLOW',
      ON_TRACK: 'GREEN',
    };
    const date = fc
      .integer({ min: 0, max: 800 })
      .map((days) => new Date(Date.UTC(2024, 6, 1) + days * 86_400_000));
    const day = date.map((d) => d.toISOString().slice(0, 10));
    const latestReport = fc.option(
      fc.record({
        status: fc.constantFrom<ProgressStatus>('NOT_STARTED', 'IN_PROGRESS', 'COMPLETED', 'BLOCKED'),
        period: fc.constantFrom('2024-Q3', '2024-Q4', '2025', '2025-Q1', '2025-Q3', '2026-Q1', 'x'),
        reportedAt: date,
      }),
      { nil: null },
    );
    fc.assert(
      fc.property(
        fc.option(day, { nil: null }),
        latestReport,
        day,
        fc.boolean(),
        fc.constantFrom<'QUARTER' | 'YEAR'>('QUARTER', 'YEAR'),
        (deadline, latest, today, recurring, cadence) => {
          const result = assignmentLight({ deadline, latestReport: latest, today, recurring, cadence });
          expect(result.light).toBe(expected[result.reason]);
          if (deadline === null)
            expect(['OVERDUE', 'DUE_SOON', 'COMPLETED_LATE']).not.toContain(result.reason);
          if (latest?.status === 'COMPLETED' && !recurring) expect(result.light).toBe('GREEN');
        },
      ),
    );
  });
});

describe('taskLight / compareLights', () => {
  it('is the worst light, null for none', () => {
    expect(taskLight(['GREEN', 'RED', 'YELLOW'])).toBe('RED');
    expect(taskLight(['GREEN', 'YELLOW'])).toBe('YELLOW');
    expect(taskLight(['GREEN'])).toBe('GREEN');
    expect(taskLight([])).toBeNull();
  });

  it('is the maximum by severity, whatever the order', () => {
    const lights = fc.array(fc.constantFrom<StatusLight>('GREEN', 'YELLOW', 'RED'), { minLength: 1 });
    fc.assert(
      fc.property(lights, (list) => {
        const worst = taskLight(list);
        expect(worst).toBe([...list].sort(compareLights).at(-1));
        expect(taskLight([...list].reverse())).toBe(worst);
      }),
    );
  });
});

describe('summariseLights', () => {
  it('counts lights and reasons, and the share done rounded down', () => {
    const summary = summariseLights([
      { light: 'GREEN', reason: 'COMPLETED' },
      { light: 'GREEN', reason: 'COMPLETED_LATE' },
      { light: 'YELLOW', reason: 'DUE_SOON' },
      { light: 'RED', reason: 'OVERDUE' },
      { light: 'RED', reason: 'OVERDUE' },
      { light: 'GREEN', reason: 'ON_TRACK' },
    ]);
    expect(summary.total).toBe(6);
    expect(summary.byLight).toEqual({ GREEN: 3, YELLOW: 1, RED: 2 });
    expect(summary.byReason.OVERDUE).toBe(2);
    expect(summary.completed).toBe(2);
    expect(summary.percentDone).toBe(33);
  });

  it('has no percentage for nothing', () => {
    expect(summariseLights([])).toMatchObject({ total: 0, completed: 0, percentDone: null });
  });

  it('only says 100 when everything is done', () => {
    const done: LightResult = { light: 'GREEN', reason: 'COMPLETED' };
    const open: LightResult = { light: 'GREEN', reason: 'ON_TRACK' };
    expect(summariseLights([...Array.from({ length: 199 }, () => done), open]).percentDone).toBe(99);
    expect(summariseLights([done, done]).percentDone).toBe(100);
  });
});

describe('labels', () => {
  it('never leaves a light to its colour', () => {
    expect(lightLabel('RED')).toBe('红灯·逾期');
    expect(lightLabel('YELLOW')).toBe('黄灯·预警');
    expect(lightLabel('GREEN')).toBe('绿灯·正常');
    expect(lightLabel('YELLOW', 'NOT_REPORTED_THIS_PERIOD')).toBe('黄灯·本期未报送');
    expect(lightLabel('GREEN', 'COMPLETED_LATE')).toBe('绿灯·逾期完成');
    expect(reasonLabel('DUE_SOON')).toBe('临近期限');
  });
});
