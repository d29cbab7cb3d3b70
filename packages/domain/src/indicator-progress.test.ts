import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { comparatorLabel, comparatorSymbol, indicatorProgress } from './indicator-progress.js';
import type { Comparator } from './model.js';

describe('indicatorProgress', () => {
  describe('GTE', () => {
    it('measures the way from baseline to target (托位数 0.9 → ≥ 4.5)', () => {
      expect(indicatorProgress({ comparator: 'GTE', baseline: 0.9, target: 4.5, latest: 2.7 })).toEqual({
        percent: 50,
        met: false,
        remaining: 1.8,
      });
      expect(indicatorProgress({ comparator: 'GTE', baseline: 0.9, target: 4.5, latest: 4.5 })).toEqual({
        percent: 100,
        met: true,
        remaining: 0,
      });
    });

    it('counts from 0 without a baseline', () => {
      expect(indicatorProgress({ comparator: 'GTE', baseline: null, target: 60, latest: 45 })).toEqual({
        percent: 75,
        met: false,
        remaining: 15,
      });
    });

    it('clamps overshooting to 100 and moving backwards to 0', () => {
      expect(indicatorProgress({ comparator: 'GTE', baseline: 0.9, target: 4.5, latest: 6 }).percent).toBe(
        100,
      );
      expect(indicatorProgress({ comparator: 'GTE', baseline: 0.9, target: 4.5, latest: 0.5 })).toEqual({
        percent: 0,
        met: false,
        remaining: 4,
      });
    });

    it('is all or nothing when the baseline already meets the target', () => {
      expect(indicatorProgress({ comparator: 'GTE', baseline: 5, target: 5, latest: 5 }).percent).toBe(100);
      expect(indicatorProgress({ comparator: 'GTE', baseline: 6, target: 5, latest: 5.5 }).percent).toBe(100);
      expect(indicatorProgress({ comparator: 'GTE', baseline: 6, target: 5, latest: 4 })).toEqual({
        percent: 0,
        met: false,
        remaining: 1,
      });
    });

    it('forgives rounding noise', () => {
      expect(
        indicatorProgress({ comparator: 'GTE', baseline: 0, target: 0.3, latest: 0.1 + 0.2 - 1e-12 }).met,
      ).toBe(true);
    });
  });

  describe('LTE', () => {
    it('is the mirror of GTE (婴幼儿死亡率 6‰ → ≤ 4‰)', () => {
      expect(indicatorProgress({ comparator: 'LTE', baseline: 6, target: 4, latest: 5 })).toEqual({
        percent: 50,
        met: false,
        remaining: 1,
      });
      expect(indicatorProgress({ comparator: 'LTE', baseline: 6, target: 4, latest: 3.5 })).toEqual({
        percent: 100,
        met: true,
        remaining: 0,
      });
      expect(indicatorProgress({ comparator: 'LTE', baseline: 6, target: 4, latest: 7 }).percent).toBe(0);
    });

    it('has no percent without a baseline, but knows whether it is met', () => {
      expect(indicatorProgress({ comparator: 'LTE', baseline: null, target: 4, latest: 5 })).toEqual({
        percent: null,
        met: false,
        remaining: 1,
      });
    });

    it('mirrors GTE exactly for negated values', () => {
      const value = fc.integer({ min: -1000, max: 1000 });
      fc.assert(
        fc.property(value, value, value, (baseline, target, latest) => {
          const lte = indicatorProgress({ comparator: 'LTE', baseline, target, latest });
          const gte = indicatorProgress({
            comparator: 'GTE',
            baseline: -baseline,
            target: -target,
            latest: -latest,
          });
          expect(lte).toEqual(gte);
        }),
      );
    });
  });

  describe('EQ', () => {
    it('is met within the tolerance and scores closeness against the baseline', () => {
      expect(indicatorProgress({ comparator: 'EQ', baseline: 80, target: 100, latest: 95 })).toEqual({
        percent: 75,
        met: false,
        remaining: 5,
      });
      expect(indicatorProgress({ comparator: 'EQ', baseline: 80, target: 100, latest: 100 })).toMatchObject({
        percent: 100,
        met: true,
      });
      expect(indicatorProgress({ comparator: 'EQ', baseline: 80, target: 100, latest: 105 }).percent).toBe(
        75,
      );
      expect(
        indicatorProgress({ comparator: 'EQ', baseline: 80, target: 100, latest: 99.6, tolerance: 0.5 }),
      ).toEqual({
        percent: 100,
        met: true,
        remaining: 0,
      });
    });

    it('has no percent without a baseline', () => {
      expect(indicatorProgress({ comparator: 'EQ', baseline: null, target: 100, latest: 100 })).toEqual({
        percent: null,
        met: true,
        remaining: 0,
      });
    });
  });

  it('returns nulls without a latest value, or for values that are not numbers', () => {
    const unknown = { percent: null, met: null, remaining: null };
    expect(indicatorProgress({ comparator: 'GTE', baseline: 0.9, target: 4.5, latest: null })).toEqual(
      unknown,
    );
    expect(indicatorProgress({ comparator: 'GTE', baseline: 0.9, target: 4.5, latest: Number.NaN })).toEqual(
      unknown,
    );
    expect(
      indicatorProgress({ comparator: 'GTE', baseline: 0.9, target: Number.POSITIVE_INFINITY, latest: 1 }),
    ).toEqual(unknown);
    expect(
      indicatorProgress({ comparator: 'GTE', baseline: Number.NaN, target: 10, latest: 5 }).percent,
    ).toBe(50);
  });

  it('keeps its promises for any numbers', () => {
    const number = fc.double({ min: -1e6, max: 1e6, noNaN: true });
    fc.assert(
      fc.property(
        fc.constantFrom<Comparator>('GTE', 'LTE', 'EQ'),
        fc.option(number, { nil: null }),
        number,
        number,
        (comparator, baseline, target, latest) => {
          const { percent, met, remaining } = indicatorProgress({ comparator, baseline, target, latest });
          if (percent !== null) {
            expect(percent).toBeGreaterThanOrEqual(0);
            expect(percent).toBeLessThanOrEqual(100);
          }
          expect(remaining).toBeGreaterThanOrEqual(0);
          expect(remaining === 0).toBe(met);
          if (met === true && percent !== null) expect(percent).toBe(100);
        },
      ),
    );
  });

  it('never decreases as a GTE value rises', () => {
    const number = fc.integer({ min: -1000, max: 1000 });
    fc.assert(
      fc.property(number, number, number, number, (baseline, target, a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        const lower = indicatorProgress({ comparator: 'GTE', baseline, target, latest: low }).percent ?? 0;
        const higher = indicatorProgress({ comparator: 'GTE', baseline, target, latest: high }).percent ?? 0;
        expect(higher).toBeGreaterThanOrEqual(lower);
      }),
    );
  });
});

describe('comparator words', () => {
  it('has a symbol and a Chinese label', () => {
    expect(['GTE', 'LTE', 'EQ'].map((c) => comparatorSymbol(c as Comparator))).toEqual(['≥', '≤', '=']);
    expect(comparatorLabel('GTE')).toBe('不低于');
    expect(comparatorLabel('LTE')).toBe('不高于');
  });
});
