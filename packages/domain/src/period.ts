import { formatChineseNumeral } from './chinese-numeral.js';
import { compareIsoDates, daysBetween, daysInMonth, formatIsoDate, parseIsoDate } from './calendar.js';
import type { IsoDate } from './model.js';

/**
 * Reporting periods: what a progress report covers. Joint meetings ask for progress quarterly (季度) or
 * yearly (年度). String form, as stored in `ProgressReport.period`: `2025-Q3` and `2025`.
 */

export type PeriodKind = 'QUARTER' | 'YEAR';
export type Quarter = 1 | 2 | 3 | 4;

export type ReportingPeriod =
  { kind: 'YEAR'; year: number } | { kind: 'QUARTER'; year: number; quarter: Quarter };

const PERIOD = /^([1-9]\d{3})(?:-Q([1-4]))?$/;
const MIN_YEAR = 1000;
const MAX_YEAR = 9999;

/**
 * `2025-Q3` → the third quarter of 2025, `2025` → the year; null for anything else. Strict on purpose
 * (no `2025q3`, no spaces, years 1000–9999): one period has one spelling in the database.
 */
export function parsePeriod(text: string): ReportingPeriod | null {
  const match = PERIOD.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  return match[2] === undefined
    ? { kind: 'YEAR', year }
    : { kind: 'QUARTER', year, quarter: Number(match[2]) as Quarter };
}

export function formatPeriod(period: ReportingPeriod): string {
  return period.kind === 'YEAR' ? String(period.year) : `${period.year}-Q${period.quarter}`;
}

/** The period of a kind that contains a date: 2025-08-15 → 2025-Q3 or 2025. */
export function periodOf(date: IsoDate, kind: PeriodKind): ReportingPeriod {
  const parts = parseIsoDate(date);
  if (!parts) throw new RangeError(`Not an ISO date (YYYY-MM-DD): ${JSON.stringify(date)}`);
  if (kind === 'YEAR') return { kind, year: parts.year };
  return { kind, year: parts.year, quarter: (Math.floor((parts.month - 1) / 3) + 1) as Quarter };
}

/** The first day: 2025-Q3 → 2025-07-01, 2025 → 2025-01-01. */
export function periodStart(period: ReportingPeriod): IsoDate {
  const month = period.kind === 'YEAR' ? 1 : (period.quarter - 1) * 3 + 1;
  return formatIsoDate({ year: period.year, month, day: 1 });
}

/** The last day, inclusive: 2025-Q3 → 2025-09-30, 2025 → 2025-12-31. */
export function periodEnd(period: ReportingPeriod): IsoDate {
  const month = period.kind === 'YEAR' ? 12 : period.quarter * 3;
  return formatIsoDate({ year: period.year, month, day: daysInMonth(period.year, month) });
}

/** True when the date falls within the period (both ends inclusive). */
export function periodContains(period: ReportingPeriod, date: IsoDate): boolean {
  return compareIsoDates(periodStart(period), date) <= 0 && compareIsoDates(date, periodEnd(period)) <= 0;
}

function checkYear(year: number): number {
  if (year < MIN_YEAR || year > MAX_YEAR) throw new RangeError(`Year out of range: ${year}`);
  return year;
}

/** The period of the same kind that follows: 2025-Q4 → 2026-Q1, 2025 → 2026. */
export function nextPeriod(period: ReportingPeriod): ReportingPeriod {
  if (period.kind === 'YEAR') return { kind: 'YEAR', year: checkYear(period.year + 1) };
  return period.quarter === 4
    ? { kind: 'QUARTER', year: checkYear(period.year + 1), quarter: 1 }
    : { kind: 'QUARTER', year: period.year, quarter: (period.quarter + 1) as Quarter };
}

/** The period of the same kind that precedes: 2025-Q1 → 2024-Q4, 2025 → 2024. */
export function previousPeriod(period: ReportingPeriod): ReportingPeriod {
  if (period.kind === 'YEAR') return { kind: 'YEAR', year: checkYear(period.year - 1) };
  return period.quarter === 1
    ? { kind: 'QUARTER', year: checkYear(period.year - 1), quarter: 4 }
    : { kind: 'QUARTER', year: period.year, quarter: (period.quarter - 1) as Quarter };
}

/**
 * Chronological order by first day; a year and its first quarter start together, and then the year comes
 * first, as a parent heading precedes its items (2024-Q4 < 2025 < 2025-Q1 < 2025-Q2). 0 only for equal periods.
 */
export function comparePeriods(a: ReportingPeriod, b: ReportingPeriod): number {
  const byStart = compareIsoDates(periodStart(a), periodStart(b));
  if (byStart !== 0) return byStart;
  if (a.kind !== b.kind) return a.kind === 'YEAR' ? -1 : 1;
  return 0;
}

/** 2025年第三季度, 2025年度. */
export function periodLabel(period: ReportingPeriod): string {
  if (period.kind === 'YEAR') return `${period.year}年度`;
  return `${period.year}年第${formatChineseNumeral(period.quarter) ?? period.quarter}季度`;
}

/**
 * How often member units report: joint meetings ask for progress every quarter. The API stamps each new
 * report with this cadence's period, and the status light counts "no report this period" by it.
 */
export const REPORTING_CADENCE: PeriodKind = 'QUARTER';

/** A period as the report form shows it: 2025-Q3, 2025年第三季度, 2025-07-01 to 2025-09-30. */
export interface PeriodSummary {
  /** The stored form, as in `ProgressReport.period`: `2025-Q3` or `2025`. */
  key: string;
  kind: PeriodKind;
  /** 2025年第三季度, 2025年度. */
  label: string;
  startsOn: IsoDate;
  /** The last day, inclusive. */
  endsOn: IsoDate;
}

export function summarisePeriod(period: ReportingPeriod): PeriodSummary {
  return {
    key: formatPeriod(period),
    kind: period.kind,
    label: periodLabel(period),
    startsOn: periodStart(period),
    endsOn: periodEnd(period),
  };
}

/**
 * The reporting period a report written on `today` belongs to — the one the API stamps on it — with the
 * days left until its last day (0 on the last day itself).
 */
export function currentReportingPeriod(
  today: IsoDate,
  cadence: PeriodKind = REPORTING_CADENCE,
): PeriodSummary & { daysLeft: number } {
  const summary = summarisePeriod(periodOf(today, cadence));
  return { ...summary, daysLeft: daysBetween(today, summary.endsOn) };
}
