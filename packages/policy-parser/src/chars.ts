/**
 * Character classes looked up in a table instead of matched by a Unicode-property RegExp.
 *
 * A `/[\p{L}\p{N}]+/gu` scan over a plan costs V8 tens of nanoseconds per character (each one is tested against
 * hundreds of ranges); a plan is read several times over in cleaning. A `CharClass` answers from a table that it
 * fills lazily with the class's own RegExp — once per distinct character, a few thousand in a Chinese plan — so
 * the answer is by construction the RegExp's, for every code unit and code point.
 */
export class CharClass {
  /** Per UTF-16 code unit: 0 not yet asked, 1 in the class, 2 not. Lone surrogates are code units too. */
  private readonly units = new Uint8Array(0x10000);
  private readonly astral = new Map<number, boolean>();

  /** `pattern` matches exactly one character of the class, e.g. /^[\p{L}\p{N}]$/u. */
  constructor(private readonly pattern: RegExp) {}

  /** Whether the code point (or lone surrogate) is in the class. */
  has(codePoint: number): boolean {
    if (codePoint < 0x10000) {
      const known = this.units[codePoint];
      if (known === 1) return true;
      if (known === 2) return false;
      const member = this.pattern.test(String.fromCharCode(codePoint));
      this.units[codePoint] = member ? 1 : 2;
      return member;
    }
    let member = this.astral.get(codePoint);
    if (member === undefined) {
      member = this.pattern.test(String.fromCodePoint(codePoint));
      this.astral.set(codePoint, member);
    }
    return member;
  }
}

/**
 * The code point at `index` as a /u RegExp reads it: a surrogate pair is one code point, a lone surrogate is
 * itself. Its width in code units is `codePoint > 0xffff ? 2 : 1`.
 */
export function codePointAt(text: string, index: number): number {
  const code = text.charCodeAt(index);
  if (code >= 0xd800 && code <= 0xdbff && index + 1 < text.length) {
    const next = text.charCodeAt(index + 1);
    if (next >= 0xdc00 && next <= 0xdfff) return (code - 0xd800) * 0x400 + (next - 0xdc00) + 0x10000;
  }
  return code;
}

/** Letters and digits of any script: the characters of a word run. */
export const WORD = new CharClass(/^[\p{L}\p{N}]$/u);
/** Unicode "other symbol" (★ ✿ ® ℃ ㎡ and most emoji). */
export const OTHER_SYMBOL = new CharClass(/^\p{So}$/u);

/**
 * Calls `visit(start, end, codePoints)` for every maximal run of characters of `charClass` in `text`, in order:
 * the matches of `/[class]+/gu`, as code-unit offsets.
 */
export function forEachRun(
  text: string,
  charClass: CharClass,
  visit: (start: number, end: number, codePoints: number) => void,
): void {
  let index = 0;
  const length = text.length;
  while (index < length) {
    let codePoint = codePointAt(text, index);
    if (!charClass.has(codePoint)) {
      index += codePoint > 0xffff ? 2 : 1;
      continue;
    }
    const start = index;
    let codePoints = 0;
    do {
      index += codePoint > 0xffff ? 2 : 1;
      codePoints++;
      if (index >= length) break;
      codePoint = codePointAt(text, index);
    } while (charClass.has(codePoint));
    visit(start, index, codePoints);
  }
}
