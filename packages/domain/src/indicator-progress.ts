import type { Comparator } from './model.js';

/**
 * How far an indicator has come towards its target, e.g. 每千常住人口托位数: baseline 0.9 (2021),
 * target ≥ 4.5 (2025), latest 2.7 → 50 %.
 *
 * - GTE (≥, 达到…以上 / 不低于): percent = (latest − baseline) / (target − baseline). No baseline counts as 0:
 *   a count or a rate that starts from nothing.
 * - LTE (≤, 不高于 / 控制在…以内): the mirror, (baseline − latest) / (baseline − target). No baseline: no
 *   percent (there is no natural start for a ceiling), but `met` is still known.
 * - EQ (=, 保持 / 达到): met when within `tolerance` of the target; percent by closeness compared with the
 *   baseline's distance, 1 − |latest − target| / |baseline − target|. No baseline: no percent.
 *
 * The percent is clamped to 0–100: moving away from the target is 0, overshooting is 100, and a met target
 * (within the tolerance) is always 100. When the baseline already satisfies the target (target = baseline,
 * or a GTE target below its baseline) the percent is all or nothing: 100 while met, 0 once not. A missing latest value, or a value that is not a finite
 * number, gives nulls: the figure is unknown, not zero.
 */

export interface IndicatorProgressInput {
  comparator: Comparator;
  target: number;
  /** Indicator.baseline?.value; null when the plan gives none. */
  baseline: number | null;
  /** The latest measured value; null when nothing was measured yet. */
  latest: number | null;
  /** How close counts as equal. Default 1e-9 (rounding noise); for EQ a plan may mean e.g. 0.5. */
  tolerance?: number;
}

export interface IndicatorProgress {
  /** 0–100; null when it cannot be computed (no latest value, no baseline for LTE/EQ). */
  percent: number | null;
  /** Whether the latest value satisfies the target; null without a latest value. */
  met: boolean | null;
  /** How much is still to go, in the indicator's unit, 0 when met; null without a latest value. */
  remaining: number | null;
}

export const DEFAULT_TOLERANCE = 1e-9;

/** Twelve significant digits: 4.5 − 0.9 is 3.6, not 3.5999999999999996. */
function tidy(value: number): number {
  return Number(value.toPrecision(12));
}

function clampPercent(value: number): number {
  return tidy(Math.min(100, Math.max(0, value)));
}

function isMet(comparator: Comparator, latest: number, target: number, tolerance: number): boolean {
  switch (comparator) {
    case 'GTE':
      return latest >= target - tolerance;
    case 'LTE':
      return latest <= target + tolerance;
    case 'EQ':
      return Math.abs(latest - target) <= tolerance;
  }
}

function remainingOf(comparator: Comparator, latest: number, target: number, met: boolean): number {
  if (met) return 0;
  switch (comparator) {
    case 'GTE':
      return tidy(target - latest);
    case 'LTE':
      return tidy(latest - target);
    case 'EQ':
      return tidy(Math.abs(target - latest));
  }
}

function percentOf(
  comparator: Comparator,
  baseline: number | null,
  latest: number,
  target: number,
  met: boolean,
  tolerance: number,
): number | null {
  const start = baseline ?? (comparator === 'GTE' ? 0 : null);
  if (start === null) return null;
  if (met) return 100;
  // The start already satisfied the target and the value has left it: no way back counts as progress.
  if (isMet(comparator, start, target, tolerance)) return 0;
  switch (comparator) {
    case 'GTE':
      return clampPercent(((latest - start) / (target - start)) * 100);
    case 'LTE':
      return clampPercent(((start - latest) / (start - target)) * 100);
    case 'EQ':
      return clampPercent((1 - Math.abs(latest - target) / Math.abs(start - target)) * 100);
  }
}

export function indicatorProgress(input: IndicatorProgressInput): IndicatorProgress {
  const { comparator, target } = input;
  const tolerance = Math.abs(input.tolerance ?? DEFAULT_TOLERANCE);
  const latest = input.latest !== null && Number.isFinite(input.latest) ? input.latest : null;
  const baseline = input.baseline !== null && Number.isFinite(input.baseline) ? input.baseline : null;
  if (latest === null || !Number.isFinite(target) || !Number.isFinite(tolerance)) {
    return { percent: null, met: null, remaining: null };
  }
  const met = isMet(comparator, latest, target, tolerance);
  return {
    percent: percentOf(comparator, baseline, latest, target, met, tolerance),
    met,
    remaining: remainingOf(comparator, latest, target, met),
  };
}

const SYMBOLS: Readonly<Record<Comparator, string>> = { GTE: '≥', LTE: '≤', EQ: '=' };
const LABELS: Readonly<Record<Comparator, string>> = { GTE: '不低于', LTE: '不高于', EQ: '等于' };

/** GTE → ≥, LTE → ≤, EQ → =. */
export function comparatorSymbol(comparator: Comparator): string {
  return SYMBOLS[comparator];
}

/** GTE → 不低于, LTE → 不高于, EQ → 等于 (reading Chinese phrasing is the parser's job, not this). */
export function comparatorLabel(comparator: Comparator): string {
  return LABELS[comparator];
}
