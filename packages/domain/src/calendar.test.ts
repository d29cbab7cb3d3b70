import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  calendarDateOf,
  compareIsoDates,
  daysBetween,
  daysInMonth,
  formatIsoDate,
  isIsoDate,
  parseIsoDate,
} from './calendar.js';

const isoDate = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));

describe('parseIsoDate / isIsoDate', () => {
  it('reads real dates', () => {
    expect(parseIsoDate('2025-12-31')).toEqual({ year: 2025, month: 12, day: 31 });
    expect(parseIsoDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(isIsoDate('2000-02-29')).toBe(true);
  });

  it.each([
    '2025-02-29',
    '1900-02-29',
    '2025-13-01',
    '2025-00-10',
    '2025-04-31',
    '2025-1-1',
    '2025-01-01T00:00',
    '',
    '到2025年',
  ])('rejects %j', (text) => {
    expect(parseIsoDate(text)).toBeNull();
    expect(isIsoDate(text)).toBe(false);
  });

  it('round-trips with formatIsoDate', () => {
    fc.assert(
      fc.property(
        isoDate,
        (date) => formatIsoDate(parseIsoDate(date) ?? { year: 0, month: 0, day: 0 }) === date,
      ),
    );
  });

  it('knows month lengths', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((month) => daysInMonth(2023, month))).toEqual([
      31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
    ]);
    expect(daysInMonth(2024, 2)).toBe(29);
  });
});

describe('addDays / daysBetween', () => {
  it('crosses months, years and leap days', () => {
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2025-03-01', -1)).toBe('2025-02-28');
    expect(daysBetween('2025-07-01', '2025-07-16')).toBe(15);
    expect(daysBetween('2025-01-01', '2026-01-01')).toBe(365);
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
  });

  it('agrees with the JavaScript calendar', () => {
    fc.assert(
      fc.property(isoDate, fc.integer({ min: -20_000, max: 20_000 }), (date, days) => {
        const expected = new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000)
          .toISOString()
          .slice(0, 10);
        expect(addDays(date, days)).toBe(expected);
      }),
    );
  });

  it('is the inverse of daysBetween', () => {
    fc.assert(
      fc.property(isoDate, isoDate, (from, to) => {
        expect(addDays(from, daysBetween(from, to))).toBe(to);
        expect(compareIsoDates(from, to)).toBe(from === to ? 0 : from < to ? -1 : 1);
      }),
    );
  });

  it('throws on a malformed date or a fraction of a day', () => {
    expect(() => addDays('2025-02-30', 1)).toThrow(RangeError);
    expect(() => daysBetween('2025-01-01', 'tomorrow')).toThrow(RangeError);
    expect(() => addDays('2025-01-01', 0.5)).toThrow(RangeError);
  });
});

describe('calendarDateOf', () => {
  it('uses China time by default', () => {
    expect(calendarDateOf(new Date('2025-06-30T15:59:59Z'))).toBe('2025-06-30');
    expect(calendarDateOf(new Date('2025-06-30T16:00:00Z'))).toBe('2025-07-01');
  });

  it('takes another offset', () => {
    expect(calendarDateOf(new Date('2025-06-30T16:00:00Z'), 0)).toBe('2025-06-30');
    expect(calendarDateOf(new Date('2025-01-01T02:00:00Z'), -5 * 60)).toBe('2024-12-31');
  });

  it('throws on an invalid Date', () => {
    expect(() => calendarDateOf(new Date('nonsense'))).toThrow(RangeError);
  });
});
