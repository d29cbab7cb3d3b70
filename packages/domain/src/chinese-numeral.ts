/**
 * Chinese numerals as plans number their items and periods: 一 … 九十九. Larger numbers never number an item
 * (the longest list in the seed plans has 29 items, and those are arabic), so anything else is null rather
 * than a guess. The policy parser reuses these.
 */

const DIGITS: Readonly<Record<string, number>> = {
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

const DIGIT_CHARS = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const;

/** 廿 (20) and 卅 (30) still appear in dates and older numbering: 廿一 = 21. */
const TENS_SHORTHAND: Readonly<Record<string, number>> = { 廿: 20, 卅: 30 };

/**
 * 一 → 1, 十 → 10, 十一 → 11, 二十 → 20, 一十二 → 12, 九十九 → 99, 廿三 → 23; null for anything else
 * (empty, 零, 百, arabic digits, trailing punctuation). Surrounding whitespace is not trimmed: callers
 * normalise the segment first.
 */
export function parseChineseNumeral(text: string): number | null {
  const chars = Array.from(text);
  const [first, second] = chars;
  if (first === undefined || chars.length > 3) return null;

  const shorthand = TENS_SHORTHAND[first];
  if (shorthand !== undefined) {
    if (chars.length === 1) return shorthand;
    const unit = chars.length === 2 && second !== undefined ? DIGITS[second] : undefined;
    return unit === undefined ? null : shorthand + unit;
  }

  const tenIndex = chars.indexOf('十');
  if (tenIndex === -1) return chars.length === 1 ? (DIGITS[first] ?? null) : null;

  // [tens]十[units]: 十, 十五, 二十, 二十五, 一十五
  const tensChars = chars.slice(0, tenIndex);
  const unitChars = chars.slice(tenIndex + 1);
  if (tensChars.length > 1 || unitChars.length > 1 || unitChars.includes('十')) return null;
  const tens = tensChars.length === 0 ? 1 : DIGITS[tensChars[0] ?? ''];
  const units = unitChars.length === 0 ? 0 : DIGITS[unitChars[0] ?? ''];
  if (tens === undefined || units === undefined) return null;
  return tens * 10 + units;
}

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十, 99 → 九十九; null outside 1–99 or for a fraction. */
export function formatChineseNumeral(value: number): string | null {
  if (!Number.isInteger(value) || value < 1 || value > 99) return null;
  const tens = Math.floor(value / 10);
  const units = value % 10;
  if (tens === 0) return DIGIT_CHARS[units] ?? null;
  return `${tens === 1 ? '' : (DIGIT_CHARS[tens] ?? '')}十${DIGIT_CHARS[units] ?? ''}`;
}
