import { calendarDateOf, CHINA_UTC_OFFSET_MINUTES, compareIsoDates, daysBetween } from './calendar.js';
import type { IsoDate, ProgressReport, StatusLight } from './model.js';
import {
  parsePeriod,
  periodEnd,
  periodOf,
  periodStart,
  type PeriodKind,
  type ReportingPeriod,
} from './period.js';

/**
 * 红黄绿灯 — "green on track, yellow due soon or no report this period, red overdue" (DOMAIN.md).
 *
 * The light of one assignment is decided by the first rule that applies:
 *
 * 1. COMPLETED (green): the latest report says COMPLETED. A completion stays green for good, also once the
 *    deadline has passed. When the report was written after the deadline the reason is COMPLETED_LATE,
 *    still green: the work is done and nothing is left to chase, but the lateness stays visible.
 *    For a recurring task (每年 …) a completion only counts for the period it was reported for; in a later
 *    period the rules below apply again.
 * 2. OVERDUE (red): the deadline has passed (today is after it) and the work is not completed. Red means
 *    overdue and nothing else, as the glossary says.
 * 3. BLOCKED (yellow, `blockedLight: 'RED'` to escalate): the latest report says the unit is stuck. That
 *    calls for the office's attention, but it is not overdue yet.
 * 4. DUE_SOON (yellow): the deadline is within `dueSoonDays` days (today or up to 30 days ahead).
 * 5. NOT_REPORTED_THIS_PERIOD (yellow): `graceDays` days into the current period (by `cadence`), the
 *    latest report is for an earlier period (or there is none). With the defaults the units have the 1st to
 *    the 15th of January, April, July and October; from the 16th the light turns yellow. When reports are
 *    only expected from `startedOn` (the plan was issued or the assignment made mid-period), the grace
 *    counts from that day.
 * 6. ON_TRACK (green).
 *
 * `today` is a calendar date: the app turns its clock into one with `calendarDateOf(new Date())`.
 */

export type LightReason =
  | 'COMPLETED'
  | 'COMPLETED_LATE'
  | 'OVERDUE'
  | 'BLOCKED'
  | 'DUE_SOON'
  | 'NOT_REPORTED_THIS_PERIOD'
  | 'ON_TRACK';

export interface LightResult {
  light: StatusLight;
  reason: LightReason;
}

/** What the rules read from the assignment's latest report. */
export type LightReport = Pick<ProgressReport, 'period' | 'status' | 'reportedAt'>;

export interface AssignmentLightInput {
  /** The task's deadline; null when it has none. */
  deadline: IsoDate | null;
  /** The assignment's latest report (see `latestReport` in progress.ts); null when it never reported. */
  latestReport: LightReport | null;
  today: IsoDate;
  /** How often reports are expected. Default QUARTER. */
  cadence?: PeriodKind;
  /** How many days before the deadline the light turns yellow. Default 30. */
  dueSoonDays?: number;
  /** How many days of a new period the units have to report before the light turns yellow. Default 15. */
  graceDays?: number;
  /** The day from which reports are expected (the plan's issue date, the assignment's creation). */
  startedOn?: IsoDate | null;
  /** True for a recurring task (Task.recurrence set): a completion counts only for its own period. */
  recurring?: boolean;
  /** The light of a BLOCKED assignment. Default YELLOW. */
  blockedLight?: Exclude<StatusLight, 'GREEN'>;
  /** The UTC offset that turns `reportedAt` into a date. Default UTC+8 (China). */
  utcOffsetMinutes?: number;
}

export const DEFAULT_DUE_SOON_DAYS = 30;
export const DEFAULT_GRACE_DAYS = 15;

function requireDays(name: string, value: number): number {
  if (!Number.isInteger(value) || value < 0)
    throw new RangeError(`${name} must be a whole number ≥ 0: ${value}`);
  return value;
}

/** True when the report covers the current period or a later one (a yearly report covers its quarters). */
function coversPeriod(report: LightReport, current: ReportingPeriod, utcOffsetMinutes: number): boolean {
  const reported = parsePeriod(report.period);
  if (reported) return compareIsoDates(periodEnd(reported), periodStart(current)) >= 0;
  // An unreadable period (never stored by the API, which validates it): fall back to when it was written.
  return compareIsoDates(calendarDateOf(report.reportedAt, utcOffsetMinutes), periodStart(current)) >= 0;
}

export function assignmentLight(input: AssignmentLightInput): LightResult {
  const { deadline, latestReport: report, today } = input;
  const cadence = input.cadence ?? 'QUARTER';
  const dueSoonDays = requireDays('dueSoonDays', input.dueSoonDays ?? DEFAULT_DUE_SOON_DAYS);
  const graceDays = requireDays('graceDays', input.graceDays ?? DEFAULT_GRACE_DAYS);
  const utcOffsetMinutes = input.utcOffsetMinutes ?? CHINA_UTC_OFFSET_MINUTES;
  const current = periodOf(today, cadence);

  if (
    report?.status === 'COMPLETED' &&
    (!input.recurring || coversPeriod(report, current, utcOffsetMinutes))
  ) {
    const late =
      deadline !== null && compareIsoDates(calendarDateOf(report.reportedAt, utcOffsetMinutes), deadline) > 0;
    return { light: 'GREEN', reason: late ? 'COMPLETED_LATE' : 'COMPLETED' };
  }
  const daysLeft = deadline === null ? null : daysBetween(today, deadline);
  if (daysLeft !== null && daysLeft < 0) return { light: 'RED', reason: 'OVERDUE' };
  if (report?.status === 'BLOCKED') return { light: input.blockedLight ?? 'YELLOW', reason: 'BLOCKED' };
  if (daysLeft !== null && daysLeft <= dueSoonDays) return { light: 'YELLOW', reason: 'DUE_SOON' };

  const startedOn = input.startedOn ?? null;
  const windowStart =
    startedOn !== null && compareIsoDates(startedOn, periodStart(current)) > 0
      ? startedOn
      : periodStart(current);
  const graceOver = daysBetween(windowStart, today) >= graceDays;
  if (graceOver && (report === null || !coversPeriod(report, current, utcOffsetMinutes))) {
    return { light: 'YELLOW', reason: 'NOT_REPORTED_THIS_PERIOD' };
  }
  return { light: 'GREEN', reason: 'ON_TRACK' };
}

const SEVERITY: Readonly<Record<StatusLight, number>> = { GREEN: 0, YELLOW: 1, RED: 2 };

/** Orders lights by severity: GREEN < YELLOW < RED. */
export function compareLights(a: StatusLight, b: StatusLight): number {
  return SEVERITY[a] - SEVERITY[b];
}

/** A task's light: the worst of its assignments' lights; null for a task without assignments. */
export function taskLight(lights: readonly StatusLight[]): StatusLight | null {
  let worst: StatusLight | null = null;
  for (const light of lights) {
    if (worst === null || compareLights(light, worst) > 0) worst = light;
  }
  return worst;
}

export interface LightSummary {
  total: number;
  byLight: Record<StatusLight, number>;
  byReason: Record<LightReason, number>;
  /** COMPLETED and COMPLETED_LATE. */
  completed: number;
  /**
   * Completed as a whole percentage of the total, rounded down so that 100 means all done; null when there
   * is nothing to count.
   */
  percentDone: number | null;
}

/** Counts for a progress summary (a department's duties, a document, a leader's page). */
export function summariseLights(results: readonly LightResult[]): LightSummary {
  const byLight: Record<StatusLight, number> = { GREEN: 0, YELLOW: 0, RED: 0 };
  const byReason: Record<LightReason, number> = {
    COMPLETED: 0,
    COMPLETED_LATE: 0,
    OVERDUE: 0,
    BLOCKED: 0,
    DUE_SOON: 0,
    NOT_REPORTED_THIS_PERIOD: 0,
    ON_TRACK: 0,
  };
  for (const { light, reason } of results) {
    byLight[light]++;
    byReason[reason]++;
  }
  const completed = byReason.COMPLETED + byReason.COMPLETED_LATE;
  const total = results.length;
  return {
    total,
    byLight,
    byReason,
    completed,
    percentDone: total === 0 ? null : Math.floor((completed * 100) / total),
  };
}

const LIGHT_NAMES: Readonly<Record<StatusLight, string>> = { GREEN: '绿灯', YELLOW: '黄灯', RED: '红灯' };
const LIGHT_MEANINGS: Readonly<Record<StatusLight, string>> = { GREEN: '正常', YELLOW: '预警', RED: '逾期' };
const REASON_LABELS: Readonly<Record<LightReason, string>> = {
  COMPLETED: '已完成',
  COMPLETED_LATE: '逾期完成',
  OVERDUE: '逾期未完成',
  BLOCKED: '推进受阻',
  DUE_SOON: '临近期限',
  NOT_REPORTED_THIS_PERIOD: '本期未报送',
  ON_TRACK: '正常推进',
};

/** The reason in Chinese: 本期未报送, 临近期限, … */
export function reasonLabel(reason: LightReason): string {
  return REASON_LABELS[reason];
}

/**
 * A light in words, so that the UI never shows colour alone: `红灯·逾期`, `黄灯·预警`, `绿灯·正常`;
 * with a reason, the reason instead of the general meaning: `黄灯·本期未报送`.
 */
export function lightLabel(light: StatusLight, reason?: LightReason): string {
  return `${LIGHT_NAMES[light]}·${reason === undefined ? LIGHT_MEANINGS[light] : REASON_LABELS[reason]}`;
}
