import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from './calendar.js';
import {
  comparePeriods,
  currentReportingPeriod,
  REPORTING_CADENCE,
  summarisePeriod,
  formatPeriod,
  nextPeriod,
  parsePeriod,
  periodContains,
  periodEnd,
  periodLabel,
  periodOf,
  periodStart,
  previousPeriod,
  type Quarter,
  type ReportingPeriod,
} from './period.js';

const period: fc.Arbitrary<ReportingPeriod> = fc.oneof(
  fc.integer({ min: 1001, max: 9998 }).map((year): ReportingPeriod => ({ kind: 'YEAR', year })),
  fc
    .tuple(fc.integer({ min: 1001, max: 9998 }), fc.constantFrom<Quarter>(1, 2, 3, 4))
    .map(([year, quarter]): ReportingPeriod => ({ kind: 'QUARTER', year, quarter })),
);

describe('parsePeriod / formatPeriod', () => {
  it('reads both forms', () => {
    expect(parsePeriod('2025-Q3')).toEqual({ kind: 'QUARTER', year: 2025, quarter: 3 });
    expect(parsePeriod('2025')).toEqual({ kind: 'YEAR', year: 2025 });
  });

  it.each([
    '2025-Q5',
    '2025-Q0',
    '2025q3',
    '2025-q3',
    ' 2025',
    '25',
    '0999',
    '2025-3',
    '2025年',
    '',
    '2025-Q3 ',
  ])('returns null for %j', (text) => {
    expect(parsePeriod(text)).toBeNull();
  });

  it('round-trips', () => {
    fc.assert(
      fc.property(period, (p) => {
        expect(parsePeriod(formatPeriod(p))).toEqual(p);
      }),
    );
  });
});

describe('periodOf / periodStart / periodEnd', () => {
  it('finds the quarter and the year of a date', () => {
    expect(periodOf('2025-08-15', 'QUARTER')).toEqual({ kind: 'QUARTER', year: 2025, quarter: 3 });
    expect(periodOf('2025-03-31', 'QUARTER')).toEqual({ kind: 'QUARTER', year: 2025, quarter: 1 });
    expect(periodOf('2025-04-01', 'QUARTER')).toEqual({ kind: 'QUARTER', year: 2025, quarter: 2 });
    expect(periodOf('2025-12-31', 'YEAR')).toEqual({ kind: 'YEAR', year: 2025 });
    expect(() => periodOf('2025-02-30', 'YEAR')).toThrow(RangeError);
  });

  it('gives first and last days', () => {
    expect(periodStart({ kind: 'QUARTER', year: 2025, quarter: 3 })).toBe('2025-07-01');
    expect(periodEnd({ kind: 'QUARTER', year: 2025, quarter: 3 })).toBe('2025-09-30');
    expect(periodEnd({ kind: 'QUARTER', year: 2025, quarter: 1 })).toBe('2025-03-31');
    expect(periodEnd({ kind: 'QUARTER', year: 2025, quarter: 4 })).toBe('2025-12-31');
    expect(periodStart({ kind: 'YEAR', year: 2025 })).toBe('2025-01-01');
    expect(periodEnd({ kind: 'YEAR', year: 2025 })).toBe('2025-12-31');
  });

  it('contains its own first and last day, and periods tile the calendar', () => {
    fc.assert(
      fc.property(period, (p) => {
        expect(periodOf(periodStart(p), p.kind)).toEqual(p);
        expect(periodOf(periodEnd(p), p.kind)).toEqual(p);
        expect(periodContains(p, periodStart(p))).toBe(true);
        expect(periodContains(p, addDays(periodStart(p), -1))).toBe(false);
        expect(periodStart(nextPeriod(p))).toBe(addDays(periodEnd(p), 1));
      }),
    );
  });
});

describe('nextPeriod / previousPeriod', () => {
  it('wraps around the year', () => {
    expect(nextPeriod({ kind: 'QUARTER', year: 2025, quarter: 4 })).toEqual({
      kind: 'QUARTER',
      year: 2026,
      quarter: 1,
    });
    expect(previousPeriod({ kind: 'QUARTER', year: 2025, quarter: 1 })).toEqual({
      kind: 'QUARTER',
      year: 2024,
      quarter: 4,
    });
    expect(nextPeriod({ kind: 'YEAR', year: 2025 })).toEqual({ kind: 'YEAR', year: 2026 });
    expect(previousPeriod({ kind: 'YEAR', year: 2025 })).toEqual({ kind: 'YEAR', year: 2024 });
  });

  it('are inverses, and next is later', () => {
    fc.assert(
      fc.property(period, (p) => {
        expect(previousPeriod(nextPeriod(p))).toEqual(p);
        expect(nextPeriod(previousPeriod(p))).toEqual(p);
        expect(comparePeriods(p, nextPeriod(p))).toBeLessThan(0);
      }),
    );
  });

  it('refuse to leave years 1000–9999', () => {
    expect(() => nextPeriod({ kind: 'YEAR', year: 9999 })).toThrow(RangeError);
    expect(() => previousPeriod({ kind: 'QUARTER', year: 1000, quarter: 1 })).toThrow(RangeError);
  });
});

describe('comparePeriods', () => {
  it('is chronological, a year before its first quarter', () => {
    const ordered = ['2024-Q4', '2025', '2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4', '2026'].map(
      (text) => parsePeriod(text) ?? { kind: 'YEAR' as const, year: 0 },
    );
    expect([...ordered].reverse().sort(comparePeriods).map(formatPeriod)).toEqual(ordered.map(formatPeriod));
  });

  it('is 0 only for equal periods', () => {
    fc.assert(
      fc.property(period, period, (a, b) => {
        expect(comparePeriods(a, b) === 0).toBe(formatPeriod(a) === formatPeriod(b));
        expect(Math.sign(comparePeriods(a, b)) + Math.sign(comparePeriods(b, a))).toBe(0);
      }),
    );
  });
});

describe('periodLabel', () => {
  it('reads in Chinese', () => {
    expect(periodLabel({ kind: 'QUARTER', year: 2025, quarter: 3 })).toBe('2025年第三季度');
    expect(periodLabel({ kind: 'QUARTER', year: 2026, quarter: 1 })).toBe('2026年第一季度');
    expect(periodLabel({ kind: 'YEAR', year: 2025 })).toBe('2025年度');
  });
});

describe('currentReportingPeriod / summarisePeriod', () => {
  it('gives the quarter a report written today belongs to, with its label, bounds and days left', () => {
    expect(currentReportingPeriod('2025-08-15')).toEqual({
      key: '2025-Q3',
      kind: 'QUARTER',
      label: '2025年第三季度',
      startsOn: '2025-07-01',
      endsOn: '2025-09-30',
      daysLeft: 46,
    });
    expect(currentReportingPeriod('2026-12-31')).toMatchObject({
      key: '2026-Q4',
      label: '2026年第四季度',
      daysLeft: 0,
    });
    expect(currentReportingPeriod('2026-01-01')).toMatchObject({ key: '2026-Q1', daysLeft: 89 });
    expect(REPORTING_CADENCE).toBe('QUARTER');
  });

  it('summarises a yearly period too', () => {
    expect(currentReportingPeriod('2024-02-29', 'YEAR')).toEqual({
      key: '2024',
      kind: 'YEAR',
      label: '2024年度',
      startsOn: '2024-01-01',
      endsOn: '2024-12-31',
      daysLeft: 306,
    });
  });

  it('always contains today, its key parses back to it, and daysLeft counts to its last day', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 365 * 200 }),
        fc.constantFrom('QUARTER' as const, 'YEAR' as const),
        (offset, kind) => {
          const today = addDays('1950-01-01', offset);
          const current = currentReportingPeriod(today, kind);
          const period = parsePeriod(current.key);
          expect(period).not.toBeNull();
          if (!period) return;
          expect(periodContains(period, today)).toBe(true);
          const { daysLeft, ...summary } = current;
          expect(summarisePeriod(period)).toEqual(summary);
          expect(addDays(today, daysLeft)).toBe(current.endsOn);
        },
      ),
    );
  });
});
