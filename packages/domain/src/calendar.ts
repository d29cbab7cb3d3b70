import type { IsoDate } from './model.js';

/**
 * Calendar dates as ISO `YYYY-MM-DD` strings. A deadline (到2025年 → 2025-12-31) is a day, not an instant,
 * so all arithmetic here is on whole days, with integer day numbers (days since 1970-01-01) and no time zone.
 * The only place an instant meets a day is `calendarDateOf`, which needs the UTC offset of the place.
 *
 * Functions that take an `IsoDate` throw a RangeError on a malformed one: validate input at the boundary
 * with `isIsoDate` (the API's scalars, the admin form) and everything inside can trust the type.
 */

/** China Standard Time, UTC+8 all year (no daylight saving since 1991). */
export const CHINA_UTC_OFFSET_MINUTES = 8 * 60;

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export interface CalendarDate {
  year: number;
  /** 1–12 */
  month: number;
  /** 1–31 */
  day: number;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** The parts of an ISO date, or null when the string is not a real date of years 0001–9999. */
export function parseIsoDate(value: string): CalendarDate | null {
  const match = ISO_DATE.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

export function isIsoDate(value: string): value is IsoDate {
  return parseIsoDate(value) !== null;
}

export function formatIsoDate({ year, month, day }: CalendarDate): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/*
 * Day numbers ↔ civil dates in the proleptic Gregorian calendar, after Howard Hinnant's
 * days_from_civil / civil_from_days (https://howardhinnant.github.io/date_algorithms.html):
 * exact integer arithmetic, none of Date.UTC's two-digit-year surprises.
 */
function dayNumber({ year, month, day }: CalendarDate): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

function fromDayNumber(days: number): CalendarDate {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

function requireDate(value: IsoDate): CalendarDate {
  const parts = parseIsoDate(value);
  if (!parts) throw new RangeError(`Not an ISO date (YYYY-MM-DD): ${JSON.stringify(value)}`);
  return parts;
}

/** The date `days` days after `date` (before it when negative). */
export function addDays(date: IsoDate, days: number): IsoDate {
  if (!Number.isInteger(days)) throw new RangeError(`Not a whole number of days: ${days}`);
  return formatIsoDate(fromDayNumber(dayNumber(requireDate(date)) + days));
}

/** Whole days from `from` to `to`: positive when `to` is later, 0 on the same day. */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumber(requireDate(to)) - dayNumber(requireDate(from));
}

/** Orders valid ISO dates; for them this is plain string order, spelled out so intent is clear. */
export function compareIsoDates(a: IsoDate, b: IsoDate): number {
  return Math.sign(daysBetween(b, a));
}

/**
 * The calendar date an instant falls on at a UTC offset, by default in China (UTC+8): a report saved at
 * 2025-06-30T17:00Z was written on 2025-07-01 in 本溪. Pure: the caller passes the instant (`new Date()`
 * belongs to the app, not here).
 */
export function calendarDateOf(instant: Date, utcOffsetMinutes: number = CHINA_UTC_OFFSET_MINUTES): IsoDate {
  const ms = instant.getTime();
  if (!Number.isFinite(ms)) throw new RangeError('Invalid Date');
  return formatIsoDate(fromDayNumber(Math.floor((ms + utcOffsetMinutes * 60_000) / MS_PER_DAY)));
}
