import { parseChineseNumeral } from './chinese-numeral.js';
import { compareCodeUnits } from './order.js';

/**
 * Task paths: the numbering of an item from the root of its document, e.g. ["三", "(一)", "1"] or
 * ["二", "(一)", "1", "一是"]. Plans number their levels 一、 / (一) / （一） / 1. / 1、 / 一是, and a district
 * plan may even start with 1、 at the top (红旗区), so a segment's level is its position in the path, never
 * its form.
 *
 * Canonical segments (what `normalizeSegment` returns and `pathKey` stores): no whitespace, half-width
 * brackets and digits, no trailing 、 or . — "（一）" → "(一)", "1." → "1", "三、" → "三".
 */

/** The numbering forms plans use. */
export type SegmentKind =
  /** 一 (written 一、) */
  | 'CHINESE'
  /** (一) or （一） */
  | 'BRACKETED_CHINESE'
  /** 1 (written 1. or 1、) */
  | 'ARABIC'
  /** (1) */
  | 'BRACKETED_ARABIC'
  /** 一是, 二是 … : items inside a paragraph */
  | 'ENUMERATION';

export interface Numbering {
  kind: SegmentKind;
  value: number;
}

const FULL_WIDTH_DIGIT = /[０-９]/g;
const WHITESPACE = /\s/g;
const TRAILING_PUNCTUATION = /[、.．,，]+$/;
const ARABIC = /^\d+$/;

/** The canonical form of one segment (see the module comment). Never throws; unknown text is kept. */
export function normalizeSegment(segment: string): string {
  return segment
    .replace(WHITESPACE, '')
    .replace(FULL_WIDTH_DIGIT, (digit) => String(digit.charCodeAt(0) - 0xff10))
    .replace(/（/g, '(')
    .replace(/）/g, ')')
    .replace(TRAILING_PUNCTUATION, '');
}

export function normalizePath(path: readonly string[]): string[] {
  return path.map(normalizeSegment);
}

function arabicValue(text: string): number | null {
  if (!ARABIC.test(text)) return null;
  const value = Number(text);
  return Number.isSafeInteger(value) ? value : null;
}

/** The form and number of a segment, or null when it is not a numbering plans use. */
export function parseSegment(segment: string): Numbering | null {
  const text = normalizeSegment(segment);
  const arabic = arabicValue(text);
  if (arabic !== null) return { kind: 'ARABIC', value: arabic };
  const chinese = parseChineseNumeral(text);
  if (chinese !== null) return { kind: 'CHINESE', value: chinese };

  if (text.startsWith('(') && text.endsWith(')')) {
    const inner = text.slice(1, -1);
    const bracketedArabic = arabicValue(inner);
    if (bracketedArabic !== null) return { kind: 'BRACKETED_ARABIC', value: bracketedArabic };
    const bracketedChinese = parseChineseNumeral(inner);
    if (bracketedChinese !== null) return { kind: 'BRACKETED_CHINESE', value: bracketedChinese };
    return null;
  }
  if (text.endsWith('是')) {
    const enumerated = parseChineseNumeral(text.slice(0, -1));
    if (enumerated !== null) return { kind: 'ENUMERATION', value: enumerated };
  }
  return null;
}

/** 三 → 3, (一) → 1, （十二） → 12, 1. → 1, 二是 → 2; null for a segment that is no known numbering. */
export function numberingValue(segment: string): number | null {
  return parseSegment(segment)?.value ?? null;
}

/**
 * Orders two segments of the same level. Numbered segments come first, by value, then by canonical text
 * (so (一) and 一 are told apart deterministically); unknown segments follow in code-unit order (never
 * `localeCompare`: the order must be the same on every machine). Keeping the two classes apart is what
 * makes this a total order: comparing a number with text by value on one side and by spelling on the
 * other would not be transitive. Returns 0 exactly when the canonical forms are equal.
 */
export function compareSegments(a: string, b: string): number {
  const textA = normalizeSegment(a);
  const textB = normalizeSegment(b);
  if (textA === textB) return 0;
  const valueA = numberingValue(textA);
  const valueB = numberingValue(textB);
  if (valueA !== null && valueB !== null && valueA !== valueB) return valueA < valueB ? -1 : 1;
  if (valueA !== null && valueB === null) return -1;
  if (valueA === null && valueB !== null) return 1;
  return compareCodeUnits(textA, textB);
}

/**
 * Document order: segment by segment, and a parent before its children (三 < 三/(一) < 三/(二) < 四).
 * Never throws; 0 exactly when the two paths have the same `pathKey`.
 */
export function comparePaths(a: readonly string[], b: readonly string[]): number {
  const shared = Math.min(a.length, b.length);
  for (let index = 0; index < shared; index++) {
    const order = compareSegments(a[index] ?? '', b[index] ?? '');
    if (order !== 0) return order;
  }
  return Math.sign(a.length - b.length);
}

/**
 * A stable string for a path, e.g. `三/(一)/1`: canonical segments joined by `/`. A `/` or `\` inside a
 * segment (never seen in a plan, but a key must not be ambiguous) is escaped with `\`. Segments should be
 * non-empty: `[]` and `[""]` would share the key "".
 */
export function pathKey(path: readonly string[]): string {
  return path.map((segment) => normalizeSegment(segment).replace(/[\\/]/g, (c) => `\\${c}`)).join('/');
}

/** The inverse of `pathKey`, normalising as it goes: "三/（一）/1." → ["三", "(一)", "1"]; "" → []. */
export function parsePathKey(key: string): string[] {
  if (key === '') return [];
  const segments: string[] = [];
  let current = '';
  for (let index = 0; index < key.length; index++) {
    const char = key.charAt(index);
    if (char === '\\' && index + 1 < key.length) {
      current += key.charAt(index + 1);
      index++;
    } else if (char === '/') {
      segments.push(current);
      current = '';
    } else {
      current += char;
    }
  }
  segments.push(current);
  return segments.map(normalizeSegment);
}

/** The path of the enclosing item: ["三", "(一)", "1"] → ["三", "(一)"]; null for a top-level item or []. */
export function parentPath(path: readonly string[]): string[] | null {
  return path.length <= 1 ? null : path.slice(0, -1);
}

/** True when `ancestor` is a strict prefix of `descendant` (compared in canonical form). */
export function isAncestor(ancestor: readonly string[], descendant: readonly string[]): boolean {
  return (
    ancestor.length < descendant.length &&
    ancestor.every(
      (segment, index) => normalizeSegment(segment) === normalizeSegment(descendant[index] ?? ''),
    )
  );
}
