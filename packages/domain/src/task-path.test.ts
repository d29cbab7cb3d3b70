import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  comparePaths,
  compareSegments,
  isAncestor,
  normalizePath,
  normalizeSegment,
  numberingValue,
  parentPath,
  parsePathKey,
  parseSegment,
  pathKey,
} from './task-path.js';

describe('normalizeSegment', () => {
  it.each([
    ['三、', '三'],
    ['（一）', '(一)'],
    ['(一）', '(一)'],
    ['1.', '1'],
    ['1、', '1'],
    ['１２．', '12'],
    [' （ 二 ） ', '(二)'],
    ['　　一、', '一'],
    ['一是', '一是'],
    ['附件', '附件'],
  ])('%j → %j', (segment, canonical) => {
    expect(normalizeSegment(segment)).toBe(canonical);
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(
        fc.string(),
        (segment) => normalizeSegment(normalizeSegment(segment)) === normalizeSegment(segment),
      ),
    );
  });
});

describe('parseSegment / numberingValue', () => {
  it.each([
    ['三', { kind: 'CHINESE', value: 3 }],
    ['十二、', { kind: 'CHINESE', value: 12 }],
    ['(一)', { kind: 'BRACKETED_CHINESE', value: 1 }],
    ['（十）', { kind: 'BRACKETED_CHINESE', value: 10 }],
    ['1', { kind: 'ARABIC', value: 1 }],
    ['29.', { kind: 'ARABIC', value: 29 }],
    ['1、', { kind: 'ARABIC', value: 1 }],
    ['(3)', { kind: 'BRACKETED_ARABIC', value: 3 }],
    ['一是', { kind: 'ENUMERATION', value: 1 }],
    ['十一是', { kind: 'ENUMERATION', value: 11 }],
  ])('%j', (segment, numbering) => {
    expect(parseSegment(segment)).toEqual(numbering);
    expect(numberingValue(segment)).toBe(numbering.value);
  });

  it.each(['', '附件', '第一', '是', '()', '(附件)', '一二', '99999999999999999999', 'a'])(
    '%j is no numbering',
    (segment) => {
      expect(parseSegment(segment)).toBeNull();
      expect(numberingValue(segment)).toBeNull();
    },
  );
});

describe('comparePaths', () => {
  it('sorts the numbering of a real plan into document order', () => {
    const documentOrder = [
      ['一'],
      ['二'],
      ['二', '(一)'],
      ['二', '(一)', '1'],
      ['二', '(一)', '1', '一是'],
      ['二', '(一)', '1', '二是'],
      ['二', '(一)', '1', '十是'],
      ['二', '(一)', '2'],
      ['二', '(一)', '10'],
      ['二', '(二)'],
      ['二', '(十)'],
      ['二', '(十一)'],
      ['三'],
      ['十'],
      ['十一'],
      ['二十'],
    ];
    const shuffled = [...documentOrder].reverse();
    shuffled.push(...shuffled.splice(0, 5));
    expect(shuffled.sort(comparePaths)).toEqual(documentOrder);
  });

  it('orders by value, not by spelling (2 < 10, 九 < 十)', () => {
    expect(comparePaths(['2'], ['10'])).toBeLessThan(0);
    expect(comparePaths(['九'], ['十'])).toBeLessThan(0);
    expect(comparePaths(['(九)'], ['（十）'])).toBeLessThan(0);
  });

  it('treats the spellings of one numbering as equal', () => {
    expect(comparePaths(['三、', '（一）', '1.'], ['三', '(一)', '1'])).toBe(0);
  });

  it('puts unknown segments after numbered ones, in code-unit order, without throwing', () => {
    expect(comparePaths(['附件'], ['一'])).toBeGreaterThan(0);
    expect(comparePaths(['附件1'], ['附件2'])).toBeLessThan(0);
    expect(comparePaths([''], ['一'])).toBeGreaterThan(0);
    expect(comparePaths([], ['一'])).toBeLessThan(0);
  });

  it('tells apart different forms of one value deterministically', () => {
    const order = compareSegments('(一)', '一');
    expect(order).not.toBe(0);
    expect(Math.sign(compareSegments('一', '(一)'))).toBe(-Math.sign(order));
  });

  const segment = fc.oneof(
    fc.constantFrom(
      '一',
      '二',
      '三',
      '十',
      '十一',
      '二十',
      '(一)',
      '（二）',
      '(十)',
      '1',
      '2',
      '10',
      '1.',
      '一是',
      '二是',
      '(1)',
    ),
    fc.string({ maxLength: 4 }),
  );
  const path = fc.array(segment, { maxLength: 4 });

  it('is a total order (antisymmetric, transitive, 0 exactly for equal keys)', () => {
    fc.assert(
      fc.property(path, path, path, (a, b, c) => {
        expect(Math.sign(comparePaths(a, b)) + Math.sign(comparePaths(b, a))).toBe(0);
        if (comparePaths(a, b) <= 0 && comparePaths(b, c) <= 0)
          expect(comparePaths(a, c)).toBeLessThanOrEqual(0);
        if (a.length === b.length) expect(comparePaths(a, b) === 0).toBe(pathKey(a) === pathKey(b));
      }),
    );
  });

  it('puts a parent before its descendants', () => {
    fc.assert(
      fc.property(path, fc.array(segment, { minLength: 1, maxLength: 3 }), (parent, rest) => {
        expect(comparePaths(parent, [...parent, ...rest])).toBeLessThan(0);
      }),
    );
  });
});

describe('pathKey / parsePathKey', () => {
  it('writes the canonical key', () => {
    expect(pathKey(['三', '(一)', '1'])).toBe('三/(一)/1');
    expect(pathKey(['二', '（一）', '1.', '一是'])).toBe('二/(一)/1/一是');
    expect(pathKey([])).toBe('');
  });

  it('reads a key back, normalising it', () => {
    expect(parsePathKey('三/(一)/1')).toEqual(['三', '(一)', '1']);
    expect(parsePathKey('三、/（一）/1.')).toEqual(['三', '(一)', '1']);
    expect(parsePathKey('')).toEqual([]);
  });

  it('escapes a slash or backslash inside a segment', () => {
    expect(pathKey(['a/b', 'c\\d'])).toBe('a\\/b/c\\\\d');
    expect(parsePathKey('a\\/b/c\\\\d')).toEqual(['a/b', 'c\\d']);
    expect(parsePathKey('trailing\\')).toEqual(['trailing\\']);
  });

  it('round-trips any path of non-empty segments', () => {
    const nonEmpty = fc.string({ minLength: 1, maxLength: 6 }).filter((s) => normalizeSegment(s) !== '');
    fc.assert(
      fc.property(fc.array(nonEmpty, { maxLength: 5 }), (path) => {
        expect(parsePathKey(pathKey(path))).toEqual(normalizePath(path));
        expect(pathKey(parsePathKey(pathKey(path)))).toBe(pathKey(path));
      }),
    );
  });
});

describe('parentPath / isAncestor', () => {
  it('finds the enclosing item', () => {
    expect(parentPath(['三', '(一)', '1'])).toEqual(['三', '(一)']);
    expect(parentPath(['三'])).toBeNull();
    expect(parentPath([])).toBeNull();
  });

  it('knows strict ancestors, in canonical form', () => {
    expect(isAncestor(['三'], ['三', '(一)', '1'])).toBe(true);
    expect(isAncestor(['三、', '（一）'], ['三', '(一)', '1'])).toBe(true);
    expect(isAncestor(['三', '(一)', '1'], ['三', '(一)', '1'])).toBe(false);
    expect(isAncestor(['三', '(二)'], ['三', '(一)', '1'])).toBe(false);
    expect(isAncestor(['三', '(一)', '1'], ['三'])).toBe(false);
    expect(isAncestor([], ['三'])).toBe(true);
  });

  it('agrees with parentPath', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 3 }), { minLength: 2, maxLength: 5 }), (path) => {
        expect(isAncestor(parentPath(path) ?? [], path)).toBe(true);
      }),
    );
  });
});
