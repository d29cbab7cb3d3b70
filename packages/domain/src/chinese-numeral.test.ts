import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatChineseNumeral, parseChineseNumeral } from './chinese-numeral.js';

describe('parseChineseNumeral', () => {
  it.each([
    ['一', 1],
    ['九', 9],
    ['十', 10],
    ['十一', 11],
    ['十九', 19],
    ['二十', 20],
    ['二十九', 29],
    ['一十二', 12],
    ['九十九', 99],
    ['廿', 20],
    ['廿三', 23],
    ['卅', 30],
    ['卅一', 31],
  ])('%s → %i', (text, value) => {
    expect(parseChineseNumeral(text)).toBe(value);
  });

  it.each([
    '',
    '零',
    '〇',
    '百',
    '一百',
    '十十',
    '二二',
    '十二十',
    '一二三四',
    '廿十',
    '廿一二',
    '1',
    '一、',
    ' 一',
    '是',
    '两',
  ])('rejects %j', (text) => {
    expect(parseChineseNumeral(text)).toBeNull();
  });
});

describe('formatChineseNumeral', () => {
  it('writes the usual forms', () => {
    expect([1, 10, 11, 20, 21, 99].map(formatChineseNumeral)).toEqual([
      '一',
      '十',
      '十一',
      '二十',
      '二十一',
      '九十九',
    ]);
  });

  it('returns null outside 1–99', () => {
    expect([0, 100, -1, 1.5, Number.NaN].map(formatChineseNumeral)).toEqual([null, null, null, null, null]);
  });

  it('round-trips every number from 1 to 99', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99 }), (value) => {
        expect(parseChineseNumeral(formatChineseNumeral(value) ?? '')).toBe(value);
      }),
    );
  });
});
