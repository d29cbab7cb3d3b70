import fc from 'fast-check';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  latestReport,
  latestReportsByAssignment,
  NARRATIVE_MAX_LENGTH,
  progressStatusLabel,
  validateProgressInput,
  type ProgressInput,
} from './progress.js';
import { aProgressReport, resetTestIds } from './testing/index.js';

beforeEach(resetTestIds);

const at = (iso: string) => new Date(iso);

describe('latestReport', () => {
  it('is null for no reports', () => {
    expect(latestReport([])).toBeNull();
  });

  it('follows the supersession chain', () => {
    const first = aProgressReport({ reportedAt: at('2025-04-10T02:00:00Z') });
    const second = aProgressReport({ reportedAt: at('2025-07-10T02:00:00Z'), supersedesId: first.id });
    const third = aProgressReport({ reportedAt: at('2025-10-10T02:00:00Z'), supersedesId: second.id });
    expect(latestReport([second, third, first])).toBe(third);
  });

  it('trusts the chain over a skewed clock', () => {
    const first = aProgressReport({ reportedAt: at('2025-07-10T02:00:00Z') });
    const second = aProgressReport({ reportedAt: at('2025-07-10T01:59:00Z'), supersedesId: first.id });
    expect(latestReport([first, second])).toBe(second);
  });

  it('decides between two heads by time, then by id', () => {
    const first = aProgressReport({ reportedAt: at('2025-04-10T02:00:00Z') });
    const a = aProgressReport({ id: 'b', reportedAt: at('2025-07-10T02:00:00Z'), supersedesId: first.id });
    const b = aProgressReport({ id: 'a', reportedAt: at('2025-07-10T02:00:00Z'), supersedesId: first.id });
    const c = aProgressReport({ id: 'c', reportedAt: at('2025-07-09T02:00:00Z'), supersedesId: first.id });
    expect(latestReport([a, b, c, first])).toBe(a);
  });

  it('still answers for a cycle, which the API never writes', () => {
    const a = aProgressReport({ id: 'a', reportedAt: at('2025-07-10T02:00:00Z'), supersedesId: 'b' });
    const b = aProgressReport({ id: 'b', reportedAt: at('2025-07-11T02:00:00Z'), supersedesId: 'a' });
    expect(latestReport([a, b])).toBe(b);
  });

  it('does not depend on the order of its input', () => {
    const reports = fc.array(
      fc.record({
        id: fc.constantFrom('r1', 'r2', 'r3', 'r4', 'r5'),
        reportedAt: fc.integer({ min: 0, max: 5 }).map((day) => new Date(Date.UTC(2025, 6, day + 1))),
        supersedesId: fc.constantFrom(null, 'r1', 'r2', 'r3', 'r9'),
      }),
      { minLength: 1, maxLength: 6 },
    );
    fc.assert(
      fc.property(
        reports.chain((list) =>
          fc.tuple(fc.constant(list), fc.shuffledSubarray(list, { minLength: list.length })),
        ),
        ([list, shuffled]) => {
          const latest = latestReport(list);
          const again = latestReport(shuffled);
          expect(again?.id).toBe(latest?.id);
          expect(again?.reportedAt.getTime()).toBe(latest?.reportedAt.getTime());
        },
      ),
    );
  });
});

describe('latestReportsByAssignment', () => {
  it('picks the head per assignment', () => {
    const a1 = aProgressReport({ assignmentId: 'A', reportedAt: at('2025-04-10T02:00:00Z') });
    const a2 = aProgressReport({
      assignmentId: 'A',
      reportedAt: at('2025-07-10T02:00:00Z'),
      supersedesId: a1.id,
    });
    const b1 = aProgressReport({ assignmentId: 'B', reportedAt: at('2025-01-10T02:00:00Z') });
    const latest = latestReportsByAssignment([a2, b1, a1]);
    expect([...latest.entries()]).toEqual([
      ['A', a2],
      ['B', b1],
    ]);
  });
});

describe('validateProgressInput', () => {
  const valid: ProgressInput = {
    status: 'IN_PROGRESS',
    percent: 40,
    narrative: '已完成托育机构摸底,正在制定布点规划。',
    indicatorValues: [{ indicatorId: 'i1', value: 2.7 }],
    period: '2025-Q3',
  };
  const codes = (input: Partial<ProgressInput>, options?: Parameters<typeof validateProgressInput>[1]) =>
    validateProgressInput({ ...valid, ...input }, options).map((problem) => problem.code);

  it('accepts a sound report', () => {
    expect(validateProgressInput(valid)).toEqual([]);
    expect(codes({ status: 'COMPLETED', percent: 100 })).toEqual([]);
    expect(codes({ status: 'NOT_STARTED', percent: 0, narrative: '' })).toEqual([]);
    expect(codes({ status: 'BLOCKED', percent: 30 })).toEqual([]);
    expect(codes({ status: 'IN_PROGRESS', percent: 0 })).toEqual([]);
    expect(codes({ period: undefined })).toEqual([]);
  });

  it('wants a whole percentage from 0 to 100', () => {
    expect(codes({ percent: 40.5 })).toEqual(['PERCENT_NOT_INTEGER']);
    expect(codes({ percent: Number.NaN })).toEqual(['PERCENT_NOT_INTEGER']);
    expect(codes({ percent: -1 })).toEqual(['PERCENT_OUT_OF_RANGE']);
    expect(codes({ percent: 101 })).toEqual(['PERCENT_OUT_OF_RANGE']);
  });

  it('ties 100 to COMPLETED and NOT_STARTED to 0', () => {
    expect(codes({ status: 'COMPLETED', percent: 90 })).toEqual(['COMPLETED_REQUIRES_FULL_PERCENT']);
    expect(codes({ status: 'IN_PROGRESS', percent: 100 })).toEqual(['FULL_PERCENT_REQUIRES_COMPLETED']);
    expect(codes({ status: 'BLOCKED', percent: 100 })).toEqual(['FULL_PERCENT_REQUIRES_COMPLETED']);
    expect(codes({ status: 'NOT_STARTED', percent: 10 })).toEqual(['NOT_STARTED_REQUIRES_ZERO_PERCENT']);
  });

  it('wants a narrative except before the work starts', () => {
    expect(codes({ narrative: '' })).toEqual(['NARRATIVE_REQUIRED']);
    expect(codes({ narrative: ' \n　' })).toEqual(['NARRATIVE_REQUIRED']);
    expect(codes({ status: 'BLOCKED', narrative: '' })).toEqual(['NARRATIVE_REQUIRED']);
  });

  it('limits the narrative to 4000 characters, counting a Chinese character as one', () => {
    expect(codes({ narrative: '进'.repeat(NARRATIVE_MAX_LENGTH) })).toEqual([]);
    expect(codes({ narrative: `  ${'进'.repeat(NARRATIVE_MAX_LENGTH)}  ` })).toEqual([]);
    expect(codes({ narrative: '𠀀'.repeat(NARRATIVE_MAX_LENGTH) })).toEqual([]);
    const tooLong = validateProgressInput({ ...valid, narrative: '进'.repeat(NARRATIVE_MAX_LENGTH + 1) });
    expect(tooLong).toEqual([
      { code: 'NARRATIVE_TOO_LONG', field: 'narrative', message: '进展情况不能超过4000字（当前4001字）' },
    ]);
    expect(codes({ status: 'NOT_STARTED', percent: 0, narrative: '进'.repeat(4001) })).toEqual([
      'NARRATIVE_TOO_LONG',
    ]);
  });

  it('checks the period when given', () => {
    expect(codes({ period: '2025年第三季度' })).toEqual(['PERIOD_INVALID']);
    expect(codes({ period: '2025' })).toEqual([]);
  });

  it('checks indicator values', () => {
    expect(codes({ indicatorValues: [{ indicatorId: 'i1', value: Number.NaN }] })).toEqual([
      'INDICATOR_VALUE_INVALID',
    ]);
    expect(
      codes({
        indicatorValues: [
          { indicatorId: 'i1', value: 1 },
          { indicatorId: 'i1', value: 2 },
        ],
      }),
    ).toEqual(['INDICATOR_DUPLICATE']);
    expect(codes({}, { indicatorIds: ['i2'] })).toEqual(['INDICATOR_UNKNOWN']);
    expect(codes({}, { indicatorIds: ['i1', 'i2'] })).toEqual([]);
    const [problem] = validateProgressInput({
      ...valid,
      indicatorValues: [{ indicatorId: 'i9', value: Infinity }],
    });
    expect(problem).toMatchObject({ field: 'indicatorValues', indicatorId: 'i9' });
  });

  it('reports several problems at once, each with a Chinese message', () => {
    const problems = validateProgressInput({
      status: 'COMPLETED',
      percent: 80,
      narrative: '',
      indicatorValues: [],
      period: 'Q3',
    });
    expect(problems.map((problem) => problem.code)).toEqual([
      'COMPLETED_REQUIRES_FULL_PERCENT',
      'NARRATIVE_REQUIRED',
      'PERIOD_INVALID',
    ]);
    for (const problem of problems) expect(problem.message).toMatch(/[\u4e00-\u9fff]/);
  });
});

describe('progressStatusLabel', () => {
  it('names each status in Chinese', () => {
    expect(progressStatusLabel('NOT_STARTED')).toBe('未启动');
    expect(progressStatusLabel('IN_PROGRESS')).toBe('推进中');
    expect(progressStatusLabel('COMPLETED')).toBe('已完成');
    expect(progressStatusLabel('BLOCKED')).toBe('受阻');
  });
});
