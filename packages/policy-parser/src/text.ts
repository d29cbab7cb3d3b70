/** Small text helpers shared by the reader's stages. */

/** One line of the cleaned text with its offsets. */
export interface Line {
  index: number;
  text: string;
  start: number;
  end: number;
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  let index = 0;
  for (const text_ of text.split('\n')) {
    lines.push({ index, text: text_, start, end: start + text_.length });
    start += text_.length + 1;
    index++;
  }
  return lines;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** An ISO date when the parts make a real calendar date, else null. */
export function isoDate(year: number, month: number, day: number): string | null {
  if (!Number.isInteger(year) || year < 1900 || year > 2199) return null;
  if (!Number.isInteger(month) || month < 1 || month > 12) return null;
  if (!Number.isInteger(day) || day < 1 || day > daysInMonth(year, month)) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

export function endOfMonth(year: number, month: number): string | null {
  if (month < 1 || month > 12) return null;
  return isoDate(year, month, daysInMonth(year, month));
}

/** 2020年6月24日 / 2020-06-24 / 2020.6.24 → 2020-06-24; null for anything else. */
export function parseChineseDate(text: string): string | null {
  const match = /((?:19|20|21)\d{2})\s*[年\-./]\s*(\d{1,2})\s*[月\-./]\s*(\d{1,2})\s*日?/u.exec(text);
  if (!match) return null;
  return isoDate(Number(match[1]), Number(match[2]), Number(match[3]));
}

/** A line that is only a date: 2022年11月15日. */
export const DATE_LINE = /^((?:19|20|21)\d{2})年(\d{1,2})月(\d{1,2})日$/u;

/** Whitespace-free, NFKC form for comparing titles written with different brackets and spaces. */
export function comparable(text: string): string {
  return text.normalize('NFKC').replace(/[\s\u3000]+/gu, '');
}
